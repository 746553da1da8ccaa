#pragma once
// Accounts and sessions: registering, signing in, and turning a bearer token back into a user.
// Passwords are Argon2id hashes; tokens are stored only as SHA-256.

#include "protocol/auth.h"
#include "server/domain/domainerror.h"

#include <QJsonArray>
#include <QStringList>

namespace hearthd {

class ChangeLog;
class Database;
class EntityReader;

class Accounts {
public:
    Accounts(Database &db, ChangeLog &log, EntityReader &reader);

    struct NewUser {
        QString handle;
        QString displayName;
        QString passwordHash; // PasswordHasher::hash
        QString bio;
        QStringList interests;
        QJsonArray links;
        QJsonArray showcase;
    };

    // 201 on the wire: a new account and its first token. handle_taken when the handle is used.
    Result<hearth::protocol::AuthResponse> registerUser(const hearth::protocol::AuthRequest &req);
    // invalid_credentials for an unknown handle or a wrong password (indistinguishable).
    Result<hearth::protocol::AuthResponse> login(const hearth::protocol::AuthRequest &req);
    // The user a token belongs to, or empty.
    QString authenticate(const QString &token) const;
    // The same from the token's hash (Tokens::hash), for what holds a token only that way.
    QString userForTokenHash(const QString &tokenHash) const;
    // Revokes one token (sign out on one device); false when it was not valid.
    bool revoke(const QString &token);

    // Inserts the user and logs their profile, inside the caller's transaction; returns the id.
    QString createUser(const NewUser &user, qint64 now);
    bool handleTaken(const QString &handle) const;

    static std::optional<DomainError> checkHandle(const QString &handle);
    static std::optional<DomainError> checkPassword(const QString &password);
    static std::optional<DomainError> checkDisplayName(const QString &displayName);

private:
    QString issueToken(const QString &userId, qint64 now);

    Database &m_db;
    ChangeLog &m_log;
    EntityReader &m_reader;
};

} // namespace hearthd
