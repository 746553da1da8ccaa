#include "accounts.h"

#include "protocol/apierror.h"
#include "protocol/limits.h"
#include "server/domain/clock.h"
#include "server/domain/domainlogging.h"
#include "server/domain/entityreader.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/passwordhasher.h"
#include "server/domain/tokens.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/transaction.h"
#include "server/storage/writetransaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace hearthd {

using namespace hearth::protocol;

namespace {
QString jsonText(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

Accounts::Accounts(Database &db, ChangeLog &log, EntityReader &reader)
    : m_db(db)
    , m_log(log)
    , m_reader(reader) {}

std::optional<DomainError> Accounts::checkHandle(const QString &handle) {
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9_.-]{%1,%2}$").arg(Limits::HandleMin).arg(Limits::HandleMax));
    if (!pattern.match(handle).hasMatch())
        return DomainError::invalid(
            QStringLiteral(
                "field 'handle' must be %1 to %2 characters of a-z, 0-9, '_', '.' and '-'")
                .arg(Limits::HandleMin)
                .arg(Limits::HandleMax));
    return std::nullopt;
}

std::optional<DomainError> Accounts::checkPassword(const QString &password) {
    if (password.size() < Limits::PasswordMin)
        return DomainError::invalid(
            QStringLiteral("field 'password' must be at least %1 characters")
                .arg(Limits::PasswordMin));
    if (password.size() > Limits::PasswordMax)
        return DomainError::invalid(QStringLiteral("field 'password' must be at most %1 characters")
                                        .arg(Limits::PasswordMax));
    return std::nullopt;
}

std::optional<DomainError> Accounts::checkDisplayName(const QString &displayName) {
    if (displayName.size() > Limits::DisplayNameMax)
        return DomainError::invalid(
            QStringLiteral("field 'displayName' must be at most %1 characters")
                .arg(Limits::DisplayNameMax));
    return std::nullopt;
}

bool Accounts::handleTaken(const QString &handle) const {
    Query q(m_db.connection(), QStringLiteral("SELECT 1 FROM users WHERE handle = ?"));
    q.bind(handle).exec();
    return q.next();
}

QString Accounts::createUser(const NewUser &user, qint64 now) {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Query(m_db.connection(),
          QStringLiteral("INSERT INTO users (id, handle, display_name, password_hash, bio, "
                         "interests, links, showcase, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(user.handle)
        .bind(user.displayName.isEmpty() ? user.handle : user.displayName)
        .bind(user.passwordHash)
        .bind(user.bio)
        .bind(jsonText(QJsonArray::fromStringList(user.interests)))
        .bind(jsonText(user.links))
        .bind(jsonText(user.showcase))
        .bind(now)
        .exec();
    MutationContext ctx{m_db, m_log, m_reader, id, now};
    ctx.emitUser(id);
    return id;
}

QString Accounts::issueToken(const QString &userId, qint64 now) {
    const QString token = Tokens::generate();
    Query(m_db.connection(),
          QStringLiteral("INSERT INTO tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)"))
        .bind(Tokens::hash(token))
        .bind(userId)
        .bind(now)
        .exec();
    return token;
}

Result<AuthResponse> Accounts::registerUser(const AuthRequest &req) {
    if (auto e = checkHandle(req.handle))
        return *e;
    if (auto e = checkPassword(req.password))
        return *e;
    if (auto e = checkDisplayName(req.displayName))
        return *e;
    const auto taken = DomainError{QString::fromLatin1(ErrorCode::HandleTaken),
                                   QStringLiteral("the handle '%1' is taken").arg(req.handle)};
    if (handleTaken(req.handle))
        return taken;
    // Hash outside the transaction: it takes ~70 ms and needs no lock.
    const QString hash = PasswordHasher::hash(req.password);
    if (hash.isEmpty())
        return DomainError::internal();

    NewUser user;
    user.handle = req.handle;
    user.displayName = req.displayName.trimmed();
    user.passwordHash = hash;
    // Checked again under the write lock: someone may have taken the handle (through another
    // process, too) while the password was being hashed.
    const auto created =
        WriteTransaction::run(m_db, [&](WriteTransaction &tx) -> Result<AuthResponse> {
            if (handleTaken(req.handle))
                return taken;
            const qint64 now = Clock::nowMs();
            const QString id = createUser(user, now);
            const QString token = issueToken(id, now);
            tx.commit();
            return AuthResponse{token, id, req.handle,
                                user.displayName.isEmpty() ? req.handle : user.displayName};
        });
    if (created)
        qCInfo(lcAuth) << "registered" << req.handle;
    return created;
}

Result<AuthResponse> Accounts::login(const AuthRequest &req) {
    const DomainError wrong{QString::fromLatin1(ErrorCode::InvalidCredentials),
                            QStringLiteral("wrong handle or password")};
    QString id, displayName, hash;
    {
        Query q(m_db.connection(), QStringLiteral("SELECT id, display_name, password_hash "
                                                  "FROM users WHERE handle = ?"));
        q.bind(req.handle).exec();
        if (q.next()) {
            id = q.text(0);
            displayName = q.text(1);
            hash = q.text(2);
        }
    }
    if (id.isEmpty()) {
        PasswordHasher::verifyDummy(req.password);
        return wrong;
    }
    if (!PasswordHasher::verify(hash, req.password)) {
        qCInfo(lcAuth) << "failed sign-in for" << req.handle;
        return wrong;
    }
    Transaction tx(m_db.connection());
    const QString token = issueToken(id, Clock::nowMs());
    tx.commit();
    return AuthResponse{token, id, req.handle, displayName};
}

QString Accounts::authenticate(const QString &token) const {
    if (token.isEmpty() || token.size() > 128)
        return {};
    return userForTokenHash(Tokens::hash(token));
}

QString Accounts::userForTokenHash(const QString &tokenHash) const {
    Query q =
        Query::cached(m_db, QStringLiteral("SELECT user_id FROM tokens WHERE token_hash = ?"));
    q.bind(tokenHash).exec();
    return q.next() ? q.text(0) : QString();
}

bool Accounts::revoke(const QString &token) {
    if (token.isEmpty() || token.size() > 128)
        return false;
    Transaction tx(m_db.connection());
    Query q(m_db.connection(), QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    q.bind(Tokens::hash(token)).exec();
    const bool revoked = q.rowsAffected() > 0;
    tx.commit();
    return revoked;
}

} // namespace hearthd
