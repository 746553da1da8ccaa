// What the member does with writes in the outbox, against a real hearthd: a stale edit comes back
// as a conflict with the server's text; "keep mine" sends a new edit based on that version and it
// is applied; "keep theirs" leaves the server's text and sends nothing; a refused post whose text
// is fixed goes out under a new mutation id and is applied; a waiting post whose text changes
// arrives with the new text.

#include "apicall.h"
#include "hearthdprocess.h"

#include "cache/cachestore.h"
#include "net/syncengine.h"
#include "protocol/auth.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::cache::CacheStore;
using hearth::cache::OutboxEntry;
using hearth::net::SyncEngine;
using hearth::testing::HearthdProcess;
using hearth::testing::registerUser;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One of the member's devices: its cache and sync engine.
struct Device {
    std::unique_ptr<CacheStore> store;
    std::unique_ptr<SyncEngine> engine;

    // (Call store->waitForWrites() after queuing a write: until then it is not counted.)
    bool settled() const {
        return engine->status() == SyncEngine::Online && store->unsentCount() == 0;
    }

    QString postField(const QString &postId, const char *column) const {
        QSqlQuery q(store->readConnection());
        q.prepare(
            QStringLiteral("SELECT %1 FROM posts WHERE id = ?").arg(QString::fromLatin1(column)));
        q.addBindValue(postId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
};

} // namespace

class TestOutboxRevisions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HearthdProcess> m_server;
    hearth::protocol::AuthResponse m_ada;
    QString m_communityId;

    std::unique_ptr<Device> device() {
        auto d = std::make_unique<Device>();
        QString error;
        d->store = CacheStore::open(m_dir.filePath(newId() + QStringLiteral(".sqlite")), &error);
        if (!d->store)
            return nullptr;
        d->store->setLocalUser(m_ada.userId, m_ada.displayName);
        d->engine = std::make_unique<SyncEngine>();
        d->engine->setStore(d->store.get());
        d->engine->setServerUrl(m_server->url());
        d->engine->setToken(m_ada.token);
        d->engine->setPollInterval(300);
        d->engine->setBackoff(100, 800);
        return d;
    }

    static OutboxEntry onlyFailed(const Device &d) {
        const auto failed = d.store->failedMutations();
        return failed.size() == 1 ? failed.constFirst() : OutboxEntry{};
    }

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        m_server = std::make_unique<HearthdProcess>(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_ada = registerUser(m_server->url(), QStringLiteral("ada"));
        QVERIFY(!m_ada.token.isEmpty());
        // Ada's community, made from a first device.
        auto setup = device();
        QVERIFY(setup);
        m_communityId = newId();
        setup->store->enqueueMutation(QStringLiteral("community.create"),
                                      {{QStringLiteral("id"), m_communityId},
                                       {QStringLiteral("slug"), QStringLiteral("ada-makes")},
                                       {QStringLiteral("name"), QStringLiteral("Ada Makes")},
                                       {QStringLiteral("visibility"), QStringLiteral("public")}});
        setup->store->waitForWrites();
        setup->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(setup->settled(), 20000);
    }

    void conflictKeepMineAndKeepTheirs() {
        auto laptop = device();
        auto phone = device();
        QVERIFY(laptop && phone);
        laptop->engine->start();
        const QString postId = newId();
        laptop->store->enqueueMutation(
            QStringLiteral("post.create"),
            {{QStringLiteral("id"), postId},
             {QStringLiteral("communityId"), m_communityId},
             {QStringLiteral("title"), QStringLiteral("Open studio")},
             {QStringLiteral("body"), QStringLiteral("Saturday 10-4.")}});
        QTRY_VERIFY_WITH_TIMEOUT(laptop->settled(), 20000);
        phone->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(phone->settled() && phone->postField(postId, "version") == u"1",
                                 20000);
        phone->engine->stop(); // the phone goes offline

        // Edited on the phone (offline, based on version 1) and on the laptop (online).
        const auto edit = [&](Device &d, const QString &body) {
            return d.store->enqueueMutation(
                QStringLiteral("post.edit"),
                {{QStringLiteral("id"), postId},
                 {QStringLiteral("version"), 1},
                 {QStringLiteral("title"), QStringLiteral("Open studio")},
                 {QStringLiteral("body"), body}});
        };
        edit(*phone, QStringLiteral("Saturday 10-4, tea provided."));
        edit(*laptop, QStringLiteral("Saturday 11-5 now."));
        laptop->store->waitForWrites();
        QTRY_VERIFY_WITH_TIMEOUT(laptop->settled(), 20000);
        QCOMPARE(laptop->store->failedCount(), 0);

        // Back online: the server answers the phone's edit with a conflict and its own text.
        QCOMPARE(phone->store->unsentCount(), 1);
        phone->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(phone->store->unsentCount() == 0, 20000);
        QVERIFY2(!onlyFailed(*phone).id.isEmpty(),
                 qPrintable(phone->postField(postId, "body") + QLatin1Char(' ') +
                            phone->postField(postId, "version")));
        OutboxEntry conflict = onlyFailed(*phone);
        QCOMPARE(conflict.errorCode, QStringLiteral("conflict"));
        QCOMPARE(conflict.current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Saturday 11-5 now."));
        QCOMPARE(conflict.current.value(QStringLiteral("version")).toInt(), 2);

        // Keep mine: a new edit based on version 2, applied; the laptop gets it.
        const QString resolved =
            phone->store->resolveConflict(conflict.id, QStringLiteral("Open studio"),
                                          QStringLiteral("Saturday 11-5, tea provided."));
        QVERIFY(resolved != conflict.id);
        QTRY_VERIFY_WITH_TIMEOUT(phone->settled() && phone->store->failedCount() == 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(laptop->postField(postId, "body"),
                                  QStringLiteral("Saturday 11-5, tea provided."), 20000);
        QCOMPARE(laptop->postField(postId, "version"), QStringLiteral("3"));

        // Once more, and this time keep theirs: nothing is sent, the phone shows the server's.
        phone->engine->stop();
        phone->store->enqueueMutation(
            QStringLiteral("post.edit"),
            {{QStringLiteral("id"), postId},
             {QStringLiteral("version"), 3},
             {QStringLiteral("body"), QStringLiteral("Sunday instead?")}});
        laptop->store->enqueueMutation(
            QStringLiteral("post.edit"),
            {{QStringLiteral("id"), postId},
             {QStringLiteral("version"), 3},
             {QStringLiteral("body"), QStringLiteral("Saturday 11-5, tea and cake.")}});
        laptop->store->waitForWrites();
        phone->store->waitForWrites();
        QTRY_VERIFY_WITH_TIMEOUT(laptop->settled(), 20000);
        phone->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(!onlyFailed(*phone).id.isEmpty(), 20000);
        conflict = onlyFailed(*phone);
        phone->store->acceptServerVersion(conflict.id);
        phone->store->waitForWrites();
        QCOMPARE(phone->store->failedCount(), 0);
        QCOMPARE(phone->store->unsentCount(), 0);
        QCOMPARE(phone->postField(postId, "body"), QStringLiteral("Saturday 11-5, tea and cake."));
        QCOMPARE(phone->postField(postId, "version"), QStringLiteral("4"));
    }

    void aFixedRefusedPostGoesOutUnderANewId() {
        auto d = device();
        QVERIFY(d);
        d->engine->start();
        const QString postId = newId();
        d->store->enqueueMutation(QStringLiteral("post.create"),
                                  {{QStringLiteral("id"), postId},
                                   {QStringLiteral("communityId"), m_communityId},
                                   {QStringLiteral("title"), QStringLiteral("Too long")},
                                   {QStringLiteral("body"), QString(20001, QLatin1Char('x'))}});
        QTRY_VERIFY_WITH_TIMEOUT(!onlyFailed(*d).id.isEmpty(), 20000);
        const OutboxEntry refused = onlyFailed(*d);
        QCOMPARE(refused.errorCode, QStringLiteral("invalid_request"));

        const QString revised = d->store->reviseMutation(refused.id, QStringLiteral("Shorter"),
                                                         QStringLiteral("Now it fits."));
        QVERIFY(revised != refused.id);
        d->store->waitForWrites();
        QTRY_VERIFY_WITH_TIMEOUT(d->settled() && d->store->failedCount() == 0, 20000);
        // The server has it, with the fixed text (a fresh device proves it came from there).
        auto other = device();
        other->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(other->postField(postId, "body"), QStringLiteral("Now it fits."),
                                  20000);
        QCOMPARE(other->postField(postId, "title"), QStringLiteral("Shorter"));
    }

    void aWaitingPostArrivesWithItsNewText() {
        auto d = device();
        QVERIFY(d);
        const QString postId = newId();
        d->store->enqueueMutation(QStringLiteral("post.create"),
                                  {{QStringLiteral("id"), postId},
                                   {QStringLiteral("communityId"), m_communityId},
                                   {QStringLiteral("title"), QStringLiteral("Kiln day")},
                                   {QStringLiteral("body"), QStringLiteral("Firing on Friday.")}});
        d->store->waitForWrites();
        const QString createId = d->store->pendingMutations(10).constFirst().id;
        d->store->reviseMutation(createId, QStringLiteral("Kiln day"),
                                 QStringLiteral("Firing on Saturday."));
        d->store->waitForWrites();
        QCOMPARE(d->store->unsentCount(), 2);
        QCOMPARE(d->postField(postId, "body"), QStringLiteral("Firing on Saturday."));
        d->engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(d->settled(), 20000);
        QCOMPARE(d->store->failedCount(), 0);
        auto other = device();
        other->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(other->postField(postId, "body"),
                                  QStringLiteral("Firing on Saturday."), 20000);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRevisions)
#include "tst_outboxrevisions.moc"
