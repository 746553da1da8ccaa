#pragma once
// An in-process hearthd on a private in-memory SQLite database (or a PostgreSQL one, see
// TestDatabase), with helpers that speak to the domain services the way the HTTP routes do:
// register users, send mutation batches, read the sync stream as one user sees it. Its clock is
// a TestClock: tests move time on with clock().advance() instead of sleeping.

#include "protocol/auth.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"
#include "server/server.h"
#include "testclock.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QUrl>
#include <QUuid>
#include <memory>

namespace hearthd::test {

struct TestUser {
    QString id;
    QString handle;
    QString token;
};

class ServerFixture {
public:
    ServerFixture();
    ~ServerFixture();
    ServerFixture(const ServerFixture &) = delete;

    hearthd::Server &server() { return *m_server; }
    // Serves the fixture's server over HTTP on a free loopback port, in this thread (a blocking
    // HttpClient spins the event loop the server answers from); its base URL.
    QUrl listen();
    TestClock &clock() { return m_clock; }

    TestUser registerUser(const QString &handle);
    // Sends one batch under `clientId` and returns the results (fails the test on a 4xx/5xx).
    QList<hearth::protocol::MutationResult>
    mutate(const TestUser &user, const QList<hearth::protocol::Mutation> &list,
           const QString &clientId = QStringLiteral("client-1"));
    hearth::protocol::MutationResult mutateOne(const TestUser &user, const QString &name,
                                               const QJsonObject &args);
    // Pages through the whole visible log from `cursor`; *endCursor receives the last cursor.
    QList<hearth::protocol::Change> syncAll(const TestUser &user, const QString &cursor = {},
                                            QString *endCursor = nullptr, int limit = 50);
    // The same as the bytes the service wrote, pages concatenated: for asserting what is (not)
    // on the wire at all.
    QByteArray syncBytes(const TestUser &user, const QString &cursor = {},
                         QString *endCursor = nullptr);
    // A page parsed; nullopt (with the error) when the service refused.
    std::optional<hearth::protocol::SyncPage> page(const TestUser &user, const QString &cursor,
                                                   int limit, QString *errorCode = nullptr);

    // Ids for client-made objects.
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static hearth::protocol::Mutation mutation(const QString &name, const QJsonObject &args);

    // A community founded by `owner`; returns its id.
    QString createCommunity(const TestUser &owner, const QString &slug,
                            const QString &visibility = QStringLiteral("public"));
    QString createPost(const TestUser &author, const QString &communityId,
                       const QString &body = QStringLiteral("hello"), const QString &title = {});
    QString createComment(const TestUser &author, const QString &postId, const QString &body);

private:
    TestClock m_clock; // first in, last out: the server never sees the system clock
    std::unique_ptr<hearthd::Server> m_server;
    QString m_postgresName; // the per-fixture PostgreSQL database, if that is the backend
};

// Changes of one type (and id, when given) in a list.
QList<hearth::protocol::Change> changesOf(const QList<hearth::protocol::Change> &changes,
                                          const QString &type, const QString &id = {});

} // namespace hearthd::test
