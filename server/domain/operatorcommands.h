#pragma once
// What an operator does from the command line, outside any client: create an account, reset a
// password (signing the account out everywhere), make someone owner of a community.

#include "server/domain/domainerror.h"

namespace hearthd {

class Accounts;
class ChangeLog;
class Database;
class EntityReader;

class OperatorCommands {
public:
    OperatorCommands(Database &db, ChangeLog &log, EntityReader &reader, Accounts &accounts);

    // The new user's id.
    Result<QString> createUser(const QString &handle, const QString &password,
                               const QString &displayName);
    // The number of tokens revoked.
    Result<int> resetPassword(const QString &handle, const QString &password);
    // The community's id.
    Result<QString> makeOwner(const QString &handle, const QString &communitySlug);

private:
    QString userIdFor(const QString &handle) const;

    Database &m_db;
    ChangeLog &m_log;
    EntityReader &m_reader;
    Accounts &m_accounts;
};

} // namespace hearthd
