#include "operatorcommands.h"

#include "protocol/apierror.h"
#include "server/domain/accounts.h"
#include "server/domain/clock.h"
#include "server/domain/domainlogging.h"
#include "server/domain/entityreader.h"
#include "server/domain/joinwindow.h"
#include "server/domain/membershipmutations.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/organizerwindow.h"
#include "server/domain/passwordhasher.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/writetransaction.h"

namespace hearthd {

OperatorCommands::OperatorCommands(Database &db, ChangeLog &log, EntityReader &reader,
                                   Accounts &accounts)
    : m_db(db)
    , m_log(log)
    , m_reader(reader)
    , m_accounts(accounts) {}

QString OperatorCommands::userIdFor(const QString &handle) const {
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM users WHERE handle = ?"));
    q.bind(handle).exec();
    return q.next() ? q.text(0) : QString();
}

Result<QString> OperatorCommands::createUser(const QString &handle, const QString &password,
                                             const QString &displayName) {
    if (auto e = Accounts::checkHandle(handle))
        return *e;
    if (auto e = Accounts::checkPassword(password))
        return *e;
    if (auto e = Accounts::checkDisplayName(displayName))
        return *e;
    const DomainError taken{QString::fromLatin1(hearth::protocol::ErrorCode::HandleTaken),
                            QStringLiteral("the handle '%1' is taken").arg(handle)};
    if (m_accounts.handleTaken(handle))
        return taken;
    Accounts::NewUser user;
    user.handle = handle;
    user.displayName = displayName;
    user.passwordHash = PasswordHasher::hash(password);
    // Again under the write lock: a running hearthd may have registered the handle meanwhile.
    const auto id = WriteTransaction::run(m_db, [&](WriteTransaction &tx) -> Result<QString> {
        if (m_accounts.handleTaken(handle))
            return taken;
        const QString id = m_accounts.createUser(user, Clock::nowMs());
        tx.commit();
        return id;
    });
    if (id)
        qCInfo(lcAuth) << "operator created" << handle;
    return id;
}

Result<int> OperatorCommands::resetPassword(const QString &handle, const QString &password) {
    if (auto e = Accounts::checkPassword(password))
        return *e;
    const QString id = userIdFor(handle);
    if (id.isEmpty())
        return DomainError::notFound(QStringLiteral("no user with the handle '%1'").arg(handle));
    const QString hash = PasswordHasher::hash(password);
    WriteTransaction tx(m_db);
    Query(m_db.connection(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"))
        .bind(hash)
        .bind(id)
        .exec();
    Query revoke(m_db.connection(), QStringLiteral("DELETE FROM tokens WHERE user_id = ?"));
    revoke.bind(id).exec();
    const int revoked = revoke.rowsAffected();
    tx.commit();
    qCInfo(lcAuth) << "operator reset the password of" << handle << "; tokens revoked:" << revoked;
    return revoked;
}

Result<QString> OperatorCommands::makeOwner(const QString &handle, const QString &slug) {
    const QString userId = userIdFor(handle);
    if (userId.isEmpty())
        return DomainError::notFound(QStringLiteral("no user with the handle '%1'").arg(handle));
    QString communityId;
    {
        Query q(m_db.connection(), QStringLiteral("SELECT id FROM communities WHERE slug = ?"));
        q.bind(slug).exec();
        if (q.next())
            communityId = q.text(0);
    }
    if (communityId.isEmpty())
        return DomainError::notFound(QStringLiteral("no community with the slug '%1'").arg(slug));
    // The room check and the new membership as one unit, like membership.join's.
    WriteTransaction tx(m_db);
    MutationContext ctx{m_db, m_log, m_reader, userId, Clock::nowMs()};
    const auto before = m_reader.membership(communityId, userId);
    if (!Policy::isActive(before)) {
        if (auto full = MembershipMutations::checkRoom(ctx, communityId))
            return *full;
    }
    MembershipMutations::setMembership(ctx, communityId, userId, QStringLiteral("owner"),
                                       QStringLiteral("active"));
    // A way in like any other: someone who was not a member receives the recent window.
    if (!Policy::isActive(before))
        JoinWindow::deliver(ctx, communityId, userId);
    if (!Policy::isOrganizer(before))
        OrganizerWindow::open(ctx, communityId, userId);
    tx.commit();
    qCInfo(lcMutations) << "operator made" << handle << "an owner of" << slug;
    return communityId;
}

} // namespace hearthd
