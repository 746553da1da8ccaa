#include "serverfixture.h"

#include "server/domain/accounts.h"
#include "server/domain/mutationservice.h"
#include "server/domain/syncservice.h"
#include "server/storage/postgresbackend.h"
#include "server/storage/sqlitebackend.h"

#include <QTest>

namespace hearthd::test {

using namespace hearth::protocol;
namespace TestDatabase = hearth::testing::TestDatabase;

namespace {
hearthd::ServerConfig loopbackConfig() {
    hearthd::ServerConfig config;
    config.port = 0; // a free one, when listen() is called
    config.userRequestsPerSecond = 0;
    return config;
}
} // namespace

ServerFixture::ServerFixture()
    : m_server(std::make_unique<hearthd::Server>(loopbackConfig())) {
    QString error;
    std::unique_ptr<hearthd::StorageBackend> backend;
    if (TestDatabase::usePostgres()) {
        m_postgresName = TestDatabase::uniqueName();
        const QString url = TestDatabase::createPostgres(m_postgresName, &error);
        if (!url.isEmpty())
            backend = hearthd::PostgresBackend::fromUrl(url, &error);
    } else {
        backend = std::make_unique<hearthd::SqliteBackend>(QStringLiteral(":memory:"));
    }
    if (!backend || !m_server->open(std::move(backend), &error))
        qFatal("cannot open the test database: %s", qPrintable(error));
}

ServerFixture::~ServerFixture() {
    m_server.reset(); // closes the connection before the database goes
    if (!m_postgresName.isEmpty())
        TestDatabase::dropPostgres(m_postgresName);
}

QUrl ServerFixture::listen() {
    QString error;
    if (!m_server->listen(&error))
        qFatal("the fixture's server cannot listen: %s", qPrintable(error));
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
}

TestUser ServerFixture::registerUser(const QString &handle) {
    AuthRequest req{handle, QStringLiteral("password-%1").arg(handle), {}};
    const auto r = m_server->accounts().registerUser(req);
    if (!r)
        qFatal("register %s failed: %s", qPrintable(handle), qPrintable(r.error().message));
    return {r->userId, handle, r->token};
}

Mutation ServerFixture::mutation(const QString &name, const QJsonObject &args) {
    return {newId(), name, args};
}

QList<MutationResult> ServerFixture::mutate(const TestUser &user, const QList<Mutation> &list,
                                            const QString &clientId) {
    const auto r = m_server->mutations().apply(user.id, MutationBatch{clientId, list});
    if (!r)
        qFatal("mutation batch failed: %s", qPrintable(r.error().message));
    return r->results;
}

MutationResult ServerFixture::mutateOne(const TestUser &user, const QString &name,
                                        const QJsonObject &args) {
    return mutate(user, {mutation(name, args)}).constFirst();
}

std::optional<SyncPage> ServerFixture::page(const TestUser &user, const QString &cursor, int limit,
                                            QString *errorCode) {
    const auto bytes = m_server->sync().page(user.id, cursor, limit);
    if (!bytes) {
        if (errorCode)
            *errorCode = bytes.error().code;
        return std::nullopt;
    }
    QString error;
    auto parsed = SyncPage::fromJson(bytes.value(), &error);
    if (!parsed)
        qFatal("the server wrote a page its own codec refuses: %s", qPrintable(error));
    return parsed;
}

QList<Change> ServerFixture::syncAll(const TestUser &user, const QString &cursor,
                                     QString *endCursor, int limit) {
    QList<Change> all;
    QString at = cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto p = page(user, at, limit);
        if (!p)
            qFatal("sync failed");
        all += p->changes;
        at = p->cursor;
        if (!p->hasMore)
            break;
    }
    if (endCursor)
        *endCursor = at;
    return all;
}

QByteArray ServerFixture::syncBytes(const TestUser &user, const QString &cursor,
                                    QString *endCursor) {
    QByteArray all;
    QString at = cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto bytes = m_server->sync().page(user.id, at, SyncService::MaxLimit);
        if (!bytes)
            qFatal("sync failed: %s", qPrintable(bytes.error().message));
        all += bytes.value();
        QString error;
        const auto parsed = SyncPage::fromJson(bytes.value(), &error);
        if (!parsed)
            qFatal("the server wrote a page its own codec refuses: %s", qPrintable(error));
        at = parsed->cursor;
        if (!parsed->hasMore)
            break;
    }
    if (endCursor)
        *endCursor = at;
    return all;
}

QString ServerFixture::createCommunity(const TestUser &owner, const QString &slug,
                                       const QString &visibility) {
    const QString id = newId();
    const auto r = mutateOne(owner, QStringLiteral("community.create"),
                             {{QStringLiteral("id"), id},
                              {QStringLiteral("slug"), slug},
                              {QStringLiteral("name"), slug.toUpper()},
                              {QStringLiteral("visibility"), visibility}});
    if (!r.applied())
        qFatal("community.create failed: %s", qPrintable(r.errorMessage));
    return id;
}

QString ServerFixture::createPost(const TestUser &author, const QString &communityId,
                                  const QString &body, const QString &title) {
    const QString id = newId();
    QJsonObject args{{QStringLiteral("id"), id},
                     {QStringLiteral("communityId"), communityId},
                     {QStringLiteral("body"), body}};
    if (!title.isEmpty())
        args.insert(QStringLiteral("title"), title);
    const auto r = mutateOne(author, QStringLiteral("post.create"), args);
    if (!r.applied())
        qFatal("post.create failed: %s", qPrintable(r.errorMessage));
    return id;
}

QString ServerFixture::createComment(const TestUser &author, const QString &postId,
                                     const QString &body) {
    const QString id = newId();
    const auto r = mutateOne(author, QStringLiteral("comment.create"),
                             {{QStringLiteral("id"), id},
                              {QStringLiteral("postId"), postId},
                              {QStringLiteral("body"), body}});
    if (!r.applied())
        qFatal("comment.create failed: %s", qPrintable(r.errorMessage));
    return id;
}

QList<Change> changesOf(const QList<Change> &changes, const QString &type, const QString &id) {
    QList<Change> out;
    for (const Change &c : changes) {
        if (c.type == type && (id.isEmpty() || c.id == id))
            out.append(c);
    }
    return out;
}

} // namespace hearthd::test
