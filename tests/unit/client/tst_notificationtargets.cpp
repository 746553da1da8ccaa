// NotificationTargets over a real cache: what a notification opens. A post or a comment leads to
// the post's thread (with the post as the feed shows it), an event to the event, a membership to
// its community, and anything no longer cached says so rather than opening something broken.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/notificationtargets.h"

#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::NotificationTargets;
using hearth::testing::PageBuilder;

class TestNotificationTargets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("targets.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Sam"));
        m_store->applySyncPage(PageBuilder()
                                   .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                   .membership(QStringLiteral("c1"), QStringLiteral("me"))
                                   .post(QStringLiteral("p1"), QStringLiteral("c1"), 1700000001000,
                                         QStringLiteral("Glaze test"),
                                         QStringLiteral("Celadon over iron"))
                                   .comment(QStringLiteral("k1"), QStringLiteral("p1"),
                                            QStringLiteral("c1"), QStringLiteral("Lovely"))
                                   .event(QStringLiteral("e1"), QStringLiteral("c1"),
                                          QStringLiteral("Raku"), 1800000000000)
                                   .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }

    void aPostOrCommentOpensTheThread() {
        NotificationTargets targets;
        targets.setStore(m_store.get());
        QVariantMap t = targets.resolve(QStringLiteral("post"), QStringLiteral("p1")).toMap();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("thread"));
        QCOMPARE(t.value(QStringLiteral("communityId")).toString(), QStringLiteral("c1"));
        const QVariantMap post = t.value(QStringLiteral("post")).toMap();
        QCOMPARE(post.value(QStringLiteral("postId")).toString(), QStringLiteral("p1"));
        QCOMPARE(post.value(QStringLiteral("title")).toString(), QStringLiteral("Glaze test"));
        QCOMPARE(post.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Celadon over iron"));
        QCOMPARE(post.value(QStringLiteral("authorName")).toString(), QStringLiteral("Ada"));
        QCOMPARE(post.value(QStringLiteral("authorId")).toString(), QStringLiteral("u-author"));
        QCOMPARE(post.value(QStringLiteral("createdAt")).toDateTime().toMSecsSinceEpoch(),
                 1700000001000);

        t = targets.resolve(QStringLiteral("comment"), QStringLiteral("k1")).toMap();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("thread"));
        QCOMPARE(t.value(QStringLiteral("commentId")).toString(), QStringLiteral("k1"));
        QCOMPARE(t.value(QStringLiteral("post")).toMap().value(QStringLiteral("postId")).toString(),
                 QStringLiteral("p1"));
    }

    void anEventOrAMembershipOpensItsPage() {
        NotificationTargets targets;
        targets.setStore(m_store.get());
        QVariantMap t = targets.resolve(QStringLiteral("event"), QStringLiteral("e1")).toMap();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("event"));
        QCOMPARE(t.value(QStringLiteral("eventId")).toString(), QStringLiteral("e1"));
        QCOMPARE(t.value(QStringLiteral("communityId")).toString(), QStringLiteral("c1"));

        t = targets.resolve(QStringLiteral("membership"), QStringLiteral("c1:someone")).toMap();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("community"));
        QCOMPARE(t.value(QStringLiteral("communityId")).toString(), QStringLiteral("c1"));
        QCOMPARE(t.value(QStringLiteral("userId")).toString(), QStringLiteral("someone"));
    }

    void whatIsGoneIsMissing() {
        NotificationTargets targets;
        QCOMPARE(targets.resolve(QStringLiteral("post"), QStringLiteral("p1"))
                     .toMap()
                     .value(QStringLiteral("kind")),
                 QVariant(QStringLiteral("missing"))); // no store
        targets.setStore(m_store.get());
        for (const auto &[type, id] : {std::pair{"post", "gone"},
                                       {"comment", "gone"},
                                       {"event", "gone"},
                                       {"membership", "gone:me"},
                                       {"something-new", "p1"}})
            QCOMPARE(targets.resolve(QString::fromLatin1(type), QString::fromLatin1(id))
                         .toMap()
                         .value(QStringLiteral("kind"))
                         .toString(),
                     QStringLiteral("missing"));
    }
};

QTEST_GUILESS_MAIN(TestNotificationTargets)
#include "tst_notificationtargets.moc"
