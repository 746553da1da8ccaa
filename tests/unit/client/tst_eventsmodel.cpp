// EventsModel over a real cache, under QAbstractItemModelTester: the upcoming / past split and
// their orders, one community or all of mine, and my RSVP shown at once (pending) then settled by
// the server's answer, always in place (never a reset).

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/eventsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::EventsModel;
using hearth::testing::PageBuilder;

class TestEventsModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;
    qint64 m_now = 0;
    static constexpr qint64 Day = 24 * 3600 * 1000;

    static QVariant value(const EventsModel &model, int row, int role) {
        return model.data(model.index(row), role);
    }
    static QStringList ids(const EventsModel &model) {
        QStringList list;
        for (int i = 0; i < model.rowCount(); ++i)
            list.append(value(model, i, EventsModel::EventIdRole).toString());
        return list;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("events%1.sqlite").arg(++m_files)),
                                   &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me Myself"));
        m_now = QDateTime::currentMSecsSinceEpoch();
        const QString c1 = QStringLiteral("c1"), c2 = QStringLiteral("c2"),
                      c3 = QStringLiteral("c3");
        m_store->applySyncPage(
            PageBuilder()
                .community(c1, QStringLiteral("Makers"))
                .community(c2, QStringLiteral("Runners"))
                .community(c3, QStringLiteral("Not mine"))
                .membership(c1, QStringLiteral("me"))
                .membership(c2, QStringLiteral("me"))
                .event(QStringLiteral("later"), c1, QStringLiteral("Raku night"), m_now + 9 * Day,
                       3, 10)
                .event(QStringLiteral("soon"), c1, QStringLiteral("Glaze lab"), m_now + 2 * Day)
                .event(QStringLiteral("run"), c2, QStringLiteral("Long run"), m_now + 5 * Day)
                .event(QStringLiteral("old"), c1, QStringLiteral("Open studio"), m_now - 30 * Day)
                .event(QStringLiteral("recent"), c1, QStringLiteral("Kiln day"), m_now - 3 * Day)
                .event(QStringLiteral("foreign"), c3, QStringLiteral("Elsewhere"), m_now + 1 * Day)
                .rsvp(QStringLiteral("later"), c1, QStringLiteral("me"), QStringLiteral("maybe"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void upcomingSoonestFirstPastMostRecentFirst() {
        EventsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(ids(model), QStringList({QStringLiteral("soon"), QStringLiteral("later")}));
        const int later = model.indexOf(QStringLiteral("later"));
        QCOMPARE(value(model, later, EventsModel::TitleRole).toString(),
                 QStringLiteral("Raku night"));
        QCOMPARE(value(model, later, EventsModel::StartsAtRole).toDateTime().toMSecsSinceEpoch(),
                 m_now + 9 * Day);
        QCOMPARE(value(model, later, EventsModel::EndsAtRole).toDateTime().toMSecsSinceEpoch(),
                 m_now + 9 * Day + 3600000);
        QCOMPARE(value(model, later, EventsModel::CapacityRole).toInt(), 10);
        QCOMPARE(value(model, later, EventsModel::GoingCountRole).toInt(), 3);
        QCOMPARE(value(model, later, EventsModel::PlaceRole).toString(),
                 QStringLiteral("The workshop"));
        QCOMPARE(value(model, later, EventsModel::MyRsvpRole).toString(), QStringLiteral("maybe"));
        QCOMPARE(value(model, 0, EventsModel::MyRsvpRole).toString(), QString());
        QCOMPARE(value(model, 0, EventsModel::PendingRole).toBool(), false);

        model.setWhen(EventsModel::Past);
        QCOMPARE(ids(model), QStringList({QStringLiteral("recent"), QStringLiteral("old")}));

        // All my communities: c1 and c2, not c3 where I am not a member.
        model.setCommunityId(QString());
        QCOMPARE(ids(model), QStringList({QStringLiteral("recent"), QStringLiteral("old")}));
        model.setWhen(EventsModel::Upcoming);
        QCOMPARE(ids(model), QStringList({QStringLiteral("soon"), QStringLiteral("run"),
                                          QStringLiteral("later")}));

        // A moved event moves in place; a new one is inserted; a purge removes a community's.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_store->applySyncPage(PageBuilder()
                                   .event(QStringLiteral("later"), QStringLiteral("c1"),
                                          QStringLiteral("Raku night"), m_now + 1 * Day, 3, 10)
                                   .event(QStringLiteral("new"), QStringLiteral("c2"),
                                          QStringLiteral("Trail"), m_now + 20 * Day)
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(ids(model), QStringList({QStringLiteral("later"), QStringLiteral("soon"),
                                          QStringLiteral("run"), QStringLiteral("new")}));
        m_store->applySyncPage(
            PageBuilder().purge(QStringLiteral("c2")).build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(ids(model), QStringList({QStringLiteral("later"), QStringLiteral("soon")}));
        QCOMPARE(reset.size(), 0);
    }

    void thisWeekLaterAndWhereIStand() {
        EventsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setWhen(EventsModel::ThisWeek);
        QCOMPARE(ids(model), QStringList({QStringLiteral("soon"), QStringLiteral("run")}));
        QCOMPARE(value(model, 1, EventsModel::CommunityNameRole).toString(),
                 QStringLiteral("Runners"));
        model.setWhen(EventsModel::Later);
        QCOMPARE(ids(model), QStringList({QStringLiteral("later")}));
        QCOMPARE(value(model, 0, EventsModel::WaitlistPositionRole).toInt(), 0);

        // Two others wait for "later", then me: I am third in line.
        m_store->applySyncPage(
            PageBuilder()
                .rsvp(QStringLiteral("later"), QStringLiteral("c1"), QStringLiteral("u2"),
                      QStringLiteral("waitlisted"), 1700000002000)
                .rsvp(QStringLiteral("later"), QStringLiteral("c1"), QStringLiteral("u1"),
                      QStringLiteral("waitlisted"), 1700000001000)
                .rsvp(QStringLiteral("later"), QStringLiteral("c1"), QStringLiteral("me"),
                      QStringLiteral("waitlisted"), 1700000003000)
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(value(model, 0, EventsModel::MyRsvpRole).toString(), QStringLiteral("waitlisted"));
        QCOMPARE(value(model, 0, EventsModel::WaitlistPositionRole).toInt(), 3);
        m_store->applySyncPage(PageBuilder()
                                   .rsvp(QStringLiteral("later"), QStringLiteral("c1"),
                                         QStringLiteral("u1"), QStringLiteral("going"),
                                         1700000001000)
                                   .build(QStringLiteral("cur-3")));
        m_store->waitForWrites();
        QCOMPARE(value(model, 0, EventsModel::WaitlistPositionRole).toInt(), 2);
    }

    void myRsvpIsOptimisticThenSettled() {
        EventsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int later = model.indexOf(QStringLiteral("later"));

        QCOMPARE(model.rsvp(QStringLiteral("later"), QStringLiteral("waitlisted")), QString());
        QCOMPARE(model.rsvp(QStringLiteral("nope"), QStringLiteral("going")), QString());
        const QString id = model.rsvp(QStringLiteral("later"), QStringLiteral("going"));
        QVERIFY(!id.isEmpty());
        m_store->waitForWrites();
        QCOMPARE(value(model, later, EventsModel::MyRsvpRole).toString(), QStringLiteral("going"));
        QCOMPARE(value(model, later, EventsModel::PendingRole).toBool(), true);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).toModelIndex().row(), later);

        // Every seat was taken: the server waitlisted me. Its answer settles my RSVP.
        const QJsonObject result{
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("applied")},
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("eventId"), QStringLiteral("later")},
                         {QStringLiteral("status"), QStringLiteral("waitlisted")}}}};
        m_store->settleMutations(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{result}}}).toJson());
        m_store->waitForWrites();
        QCOMPARE(value(model, later, EventsModel::MyRsvpRole).toString(),
                 QStringLiteral("waitlisted"));
        QCOMPARE(value(model, later, EventsModel::PendingRole).toBool(), false);

        // The sync that follows brings the event's new counts and my row.
        m_store->applySyncPage(PageBuilder()
                                   .event(QStringLiteral("later"), QStringLiteral("c1"),
                                          QStringLiteral("Raku night"), m_now + 9 * Day, 10, 10)
                                   .rsvp(QStringLiteral("later"), QStringLiteral("c1"),
                                         QStringLiteral("me"), QStringLiteral("waitlisted"))
                                   .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(value(model, later, EventsModel::GoingCountRole).toInt(), 10);
        QCOMPARE(value(model, later, EventsModel::MyRsvpRole).toString(),
                 QStringLiteral("waitlisted"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"
