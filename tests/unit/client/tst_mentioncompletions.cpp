// MentionCompletions over a real cache, under QAbstractItemModelTester: which mention is being
// typed (hearthd's own rule), the members offered for it best first and never me, and how the
// chosen handle goes into the text.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/mentioncompletions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::MentionCompletions;
using hearth::testing::PageBuilder;

class TestMentionCompletions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

    static QStringList handles(const MentionCompletions &model) {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out.append(model.data(model.index(i), MentionCompletions::HandleRole).toString());
        return out;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(m_dir.filePath(QStringLiteral("mentions.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("amanda"));
        m_store->applySyncPage(
            PageBuilder()
                .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                .community(QStringLiteral("c2"), QStringLiteral("Runners"))
                .user(QStringLiteral("me"), QStringLiteral("amanda"), QString())
                .user(QStringLiteral("u-sam"), QStringLiteral("samira"), QString())
                .user(QStringLiteral("u-amy"), QStringLiteral("amy"), QString())
                .user(QStringLiteral("u-lia"), QStringLiteral("lia.am"), QString())
                .user(QStringLiteral("u-bo"), QStringLiteral("bo"), QString())
                .membership(QStringLiteral("c1"), QStringLiteral("me"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-sam"), QStringLiteral("owner"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-amy"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-lia"))
                .membership(QStringLiteral("c1"), QStringLiteral("u-bo"), QStringLiteral("member"),
                            QStringLiteral("pending"))
                .membership(QStringLiteral("c2"), QStringLiteral("u-bo"))
                // A member whose profile has not synced yet has no handle to mention.
                .membership(QStringLiteral("c1"), QStringLiteral("u-ghost"))
                .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void findsTheMentionBeingTyped_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("just @") << "Thanks @" << 8 << 7 << "";
        QTest::newRow("typing") << "Thanks @sa" << 10 << 7 << "sa";
        QTest::newRow("at the start") << "@am" << 3 << 0 << "am";
        QTest::newRow("cursor inside") << "@amy is here" << 2 << 0 << "a";
        QTest::newRow("after a space") << "@amy is" << 7 << -1 << "";
        QTest::newRow("an address") << "write to me@example" << 19 << -1 << "";
        QTest::newRow("double @") << "@@am" << 4 << -1 << "";
        QTest::newRow("new line") << "Hi\n@li" << 6 << 3 << "li";
        QTest::newRow("dots in handles") << "cc @lia.a" << 9 << 3 << "lia.a";
        QTest::newRow("no text") << "" << 0 << -1 << "";
        QTest::newRow("cursor past the end") << "@a" << 5 << -1 << "";
    }
    void findsTheMentionBeingTyped() {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(int, start);
        QFETCH(QString, prefix);
        QCOMPARE(MentionCompletions::mentionStart(text, cursor), start);
        QCOMPARE(MentionCompletions::mentionPrefix(text, cursor), prefix);
    }

    void offersMatchingMembersBestFirstNeverMe() {
        MentionCompletions model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 0); // nothing is being typed
        model.setActive(true);
        // Right after "@": every active member with a handle but me (owners first, by name).
        QCOMPARE(handles(model), (QStringList{QStringLiteral("samira"), QStringLiteral("amy"),
                                              QStringLiteral("lia.am")}));
        // Handles starting with it first, then the rest containing it (owners first, then by
        // name); "amanda" (me) never.
        model.setPrefix(QStringLiteral("am"));
        QCOMPARE(handles(model), (QStringList{QStringLiteral("amy"), QStringLiteral("samira"),
                                              QStringLiteral("lia.am")}));
        model.setPrefix(QStringLiteral("SAM"));
        QCOMPARE(handles(model), QStringList{QStringLiteral("samira")});
        QCOMPARE(model.handleAt(0), QStringLiteral("samira"));
        QCOMPARE(model.handleAt(1), QString());
        QCOMPARE(model.data(model.index(0), MentionCompletions::RoleRole).toString(),
                 QStringLiteral("owner"));
        // Bo's request is pending here: not a member to mention yet.
        model.setPrefix(QStringLiteral("bo"));
        QCOMPARE(model.rowCount(), 0);
        model.setPrefix(QString());
        model.setLimit(2);
        QCOMPARE(model.rowCount(), 2);
        model.setActive(false);
        QCOMPARE(model.rowCount(), 0);
    }

    void aNewMemberIsOfferedOnceTheirProfileSyncs() {
        MentionCompletions model;
        model.setStore(m_store.get());
        model.setCommunityId(QStringLiteral("c1"));
        model.setActive(true);
        model.setPrefix(QStringLiteral("gh"));
        QCOMPARE(model.rowCount(), 0);
        m_store->applySyncPage(
            PageBuilder()
                .user(QStringLiteral("u-ghost"), QStringLiteral("ghostwriter"), QString())
                .build(QStringLiteral("cur-2")));
        m_store->waitForWrites();
        QCOMPARE(handles(model), QStringList{QStringLiteral("ghostwriter")});
    }

    void completesTheHandleInTheText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("newCursor");
        QTest::newRow("at the end") << "Thanks @sa" << 10 << "Thanks @samira " << 15;
        QTest::newRow("mid word") << "@sam, hi" << 2 << "@samira , hi" << 8;
        QTest::newRow("space follows") << "cc @sa and" << 6 << "cc @samira and" << 11;
        QTest::newRow("no mention") << "no mention" << 3 << "no mention" << 3;
    }
    void completesTheHandleInTheText() {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(QString, result);
        QFETCH(int, newCursor);
        const QVariantMap c = MentionCompletions::complete(text, cursor, QStringLiteral("samira"));
        QCOMPARE(c.value(QStringLiteral("text")).toString(), result);
        QCOMPARE(c.value(QStringLiteral("cursor")).toInt(), newCursor);
        // The same edit as remove + insert (what the text area does, keeping its undo).
        QString edited = text;
        edited.remove(c.value(QStringLiteral("start")).toInt(),
                      c.value(QStringLiteral("end")).toInt() -
                          c.value(QStringLiteral("start")).toInt());
        edited.insert(c.value(QStringLiteral("start")).toInt(),
                      c.value(QStringLiteral("inserted")).toString());
        QCOMPARE(edited, result);
    }
};

QTEST_MAIN(TestMentionCompletions)
#include "tst_mentioncompletions.moc"
