// AlertPreferences over a real cache, under QAbstractItemModelTester: one row per community I
// belong to with its level as hearthd keeps it (synced from another machine), each choice queued
// as alerts.set and shown at once, the digest likewise; a refusal waits in the outbox with the
// server's reason, and discarding it puts the choice back.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/alertpreferences.h"

#include "protocol/mutation.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::AlertPreferences;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

class TestAlertPreferences : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

    void sync(const PageBuilder &page, const QString &cursor) {
        m_store->applySyncPage(page.build(cursor));
        m_store->waitForWrites();
        QCoreApplication::processEvents();
    }

    QString level(const AlertPreferences &model, const QString &communityId) const {
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            if (model.data(index, AlertPreferences::CommunityIdRole).toString() == communityId)
                return model.data(index, AlertPreferences::LevelRole).toString();
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("prefs.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Sam"));
        sync(PageBuilder()
                 .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                 .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                 .community(QStringLiteral("c3"), QStringLiteral("Strangers"))
                 .membership(QStringLiteral("c1"), QStringLiteral("me"))
                 .membership(QStringLiteral("c2"), QStringLiteral("me")),
             QStringLiteral("cur-1"));
    }
    void cleanup() {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("prefs.sqlite")));
    }

    void listsMyCommunitiesWithTheLevelsTheServerKeeps() {
        AlertPreferences model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 2); // not Strangers
        QCOMPARE(level(model, QStringLiteral("c1")), QStringLiteral("all"));
        QVERIFY(!model.digest());

        // Chosen on another machine: synced to me.
        QSignalSpy digest(&model, &AlertPreferences::digestChanged);
        sync(PageBuilder().alerts(QStringLiteral("me"),
                                  {{QStringLiteral("c2"), QStringLiteral("none")}}, true),
             QStringLiteral("cur-2"));
        QCOMPARE(level(model, QStringLiteral("c2")), QStringLiteral("none"));
        QCOMPARE(level(model, QStringLiteral("c1")), QStringLiteral("all"));
        QVERIFY(model.digest());
        QCOMPARE(digest.size(), 1);
    }

    void aChoiceIsQueuedShownAtOnceAndPutBackWhenRefused() {
        AlertPreferences model;
        model.setStore(m_store.get());
        QVERIFY(!model.setLevel(QStringLiteral("c1"), QStringLiteral("loud")));
        QVERIFY(!model.setLevel(QStringLiteral("c3"), QStringLiteral("none"))); // not mine
        QVERIFY(!model.setLevel(QStringLiteral("c1"), QStringLiteral("all")));  // already
        QVERIFY(model.setLevel(QStringLiteral("c1"), QStringLiteral("mentions")));
        m_store->waitForWrites();
        QCoreApplication::processEvents();
        const auto queued = m_store->pendingMutations(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).name, QStringLiteral("alerts.set"));
        QCOMPARE(queued.at(0).args.value(QStringLiteral("communityId")).toString(),
                 QStringLiteral("c1"));
        QCOMPARE(queued.at(0).args.value(QStringLiteral("level")).toString(),
                 QStringLiteral("mentions"));
        QTRY_COMPARE(level(model, QStringLiteral("c1")), QStringLiteral("mentions"));

        model.setDigest(true);
        m_store->waitForWrites();
        QTRY_VERIFY(model.digest());
        const auto both = m_store->pendingMutations(10);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(1).args, QJsonObject({{QStringLiteral("digest"), true}}));

        // hearthd refuses the level (say I left Makers meanwhile): the outbox shows it refused,
        // and discarding it puts "all" back; the digest stays.
        protocol::MutationResult refused;
        refused.id = both.at(0).sendId;
        refused.status = QString::fromLatin1(protocol::MutationStatus::Rejected);
        refused.errorCode = QStringLiteral("not_found");
        refused.errorMessage = QStringLiteral("you are not a member of that community");
        protocol::MutationResponse response;
        response.results.append(refused);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson());
        m_store->waitForWrites();
        QTRY_COMPARE(m_store->failedCount(), 1);
        QCOMPARE(m_store->failedMutations().value(0).errorMessage,
                 QStringLiteral("you are not a member of that community"));
        m_store->discardMutation(both.at(0).id);
        m_store->waitForWrites();
        QTRY_COMPARE(level(model, QStringLiteral("c1")), QStringLiteral("all"));
        QVERIFY(model.digest());
    }
};

QTEST_GUILESS_MAIN(TestAlertPreferences)
#include "tst_alertpreferences.moc"
