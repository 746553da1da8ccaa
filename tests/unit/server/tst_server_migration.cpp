// A database written by the hearthd before reactions were keyed by type and before the change log
// superseded rows (schema 7), brought up to date: the text that log still served once deleted or
// edited away is gone, late joiners and leavers are served what the current code serves them,
// reactions and receipts are renamed and stripped, and cursors carry stamps.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "server/domain/changelog.h"
#include "server/domain/mutationservice.h"
#include "server/domain/syncservice.h"
#include "server/storage/database.h"
#include "server/storage/postgresbackend.h"
#include "server/storage/query.h"
#include "server/storage/sqlitebackend.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd;
using namespace hearthd::test;
using namespace hearth::testing;

namespace {

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString C = QStringLiteral("0c0c0c0c-0000-4000-8000-000000000001");
const QString P = QStringLiteral("0c0c0c0c-0000-4000-8000-0000000000a1");
const QString Q = QStringLiteral("0c0c0c0c-0000-4000-8000-0000000000a2");
const QString K = QStringLiteral("0c0c0c0c-0000-4000-8000-0000000000b1");
const QString Ada = QStringLiteral("0c0c0c0c-0000-4000-8000-00000000a0da");
const QString Bo = QStringLiteral("0c0c0c0c-0000-4000-8000-00000000b0b0");
const QString Cy = QStringLiteral("0c0c0c0c-0000-4000-8000-00000000c0c0");

// Writes what the schema 7 hearthd left after: ada founds C, posts P and edits it, posts Q
// (with a comment and a reaction, and a mention of her own that bo's client quoted) and deletes
// it; bo joins (his join window); bo reacts to P; cy left C. The rows are written the way that
// hearthd wrote them: addressed rows all "direct", reactions named "<target>:<user>:<emoji>".
void writeSchema7(Database &db) {
    const QSqlDatabase c = db.connection();
    for (const auto &[id, handle] :
         {std::pair{Ada, QStringLiteral("ada")}, std::pair{Bo, QStringLiteral("bo")},
          std::pair{Cy, QStringLiteral("cy")}})
        Query(c, QStringLiteral("INSERT INTO users (id, handle, display_name, password_hash, "
                                "created_at) VALUES (?, ?, ?, 'x', 1)"))
            .bind(id)
            .bind(handle)
            .bind(handle)
            .exec();
    Query(c, QStringLiteral("INSERT INTO communities (id, slug, name, visibility, member_cap, "
                            "created_by, created_at) VALUES (?, 'potters', 'Potters', 'public', "
                            "250, ?, 1)"))
        .bind(C)
        .bind(Ada)
        .exec();
    for (const auto &[user, role] :
         {std::pair{Ada, QStringLiteral("owner")}, std::pair{Bo, QStringLiteral("member")}})
        Query(c, QStringLiteral("INSERT INTO memberships (community_id, user_id, role, state, "
                                "joined_at) VALUES (?, ?, ?, 'active', 1)"))
            .bind(C)
            .bind(user)
            .bind(role)
            .exec();
    Query(c, QStringLiteral("INSERT INTO posts (id, community_id, author_id, kind, title, body, "
                            "version, deleted, created_at) VALUES (?, ?, ?, 'discussion', '', "
                            "'NEW-TEXT', 2, 0, 1), (?, ?, ?, 'discussion', '', 'GONE-TEXT', 1, 1, "
                            "2)"))
        .bind(P)
        .bind(C)
        .bind(Ada)
        .bind(Q)
        .bind(C)
        .bind(Ada)
        .exec();
    Query(c, QStringLiteral("INSERT INTO comments (id, post_id, community_id, author_id, body, "
                            "created_at) VALUES (?, ?, ?, ?, 'GONE-COMMENT', 3)"))
        .bind(K)
        .bind(Q)
        .bind(C)
        .bind(Bo)
        .exec();
    Query(c, QStringLiteral("INSERT INTO reactions (target_id, user_id, emoji, target_type, "
                            "post_id, community_id, created_at) VALUES (?, ?, '👍', 'post', ?, ?, "
                            "4)"))
        .bind(P)
        .bind(Bo)
        .bind(P)
        .bind(C)
        .exec();
    Query(c, QStringLiteral("INSERT INTO notifications (id, recipient_id, kind, community_id, "
                            "actor_id, target_type, target_id, text, dedupe_key, created_at) "
                            "VALUES ('n1', ?, 'mention', ?, ?, 'comment', ?, 'GONE-COMMENT @ada', "
                            "'n1', 3)"))
        .bind(Ada)
        .bind(C)
        .bind(Bo)
        .bind(K)
        .exec();
    Query(c, QStringLiteral("INSERT INTO mutation_receipts (user_id, client_id, mutation_id, "
                            "name, result, created_at) VALUES (?, 'laptop', 'm1', 'post.edit', ?, "
                            "5)"))
        .bind(Ada)
        .bind(QString::fromUtf8(
            compact({{QStringLiteral("id"), QStringLiteral("m1")},
                     {QStringLiteral("status"), QStringLiteral("conflict")},
                     {QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("conflict")},
                                  {QStringLiteral("message"), QStringLiteral("stale")}}},
                     {QStringLiteral("current"),
                      QJsonObject{{QStringLiteral("id"), P},
                                  {QStringLiteral("body"), QStringLiteral("OLD-TEXT")}}}})))
        .exec();

    Post p;
    p.id = P;
    p.communityId = C;
    p.authorId = Ada;
    p.body = QStringLiteral("OLD-TEXT");
    Post edited = p;
    edited.body = QStringLiteral("NEW-TEXT");
    edited.version = 2;
    Post q = p;
    q.id = Q;
    q.body = QStringLiteral("GONE-TEXT");
    Comment k;
    k.id = K;
    k.postId = Q;
    k.communityId = C;
    k.authorId = Bo;
    k.body = QStringLiteral("GONE-COMMENT @ada");
    Reaction onQ{Q, QStringLiteral("post"), Q, C, Ada, QStringLiteral("🔥"), 3};
    Reaction onP{P, QStringLiteral("post"), P, C, Bo, QStringLiteral("👍"), 4};
    const QString oldOnQ = Q + QStringLiteral(":") + Ada + QStringLiteral(":🔥");
    const QString oldOnP = P + QStringLiteral(":") + Bo + QStringLiteral(":👍");
    QJsonObject onQJson = onQ.toJson();
    onQJson.insert(QStringLiteral("id"), oldOnQ);
    QJsonObject onPJson = onP.toJson();
    onPJson.insert(QStringLiteral("id"), oldOnP);
    Community community;
    community.id = C;
    community.slug = QStringLiteral("potters");
    community.name = QStringLiteral("Potters");
    const auto member = [&](const QString &user, const QString &role) {
        Membership m;
        m.communityId = C;
        m.userId = user;
        m.role = role;
        return compact(m.toJson());
    };
    Notification n;
    n.id = QStringLiteral("n1");
    n.kind = QStringLiteral("mention");
    n.communityId = C;
    n.actorId = Bo;
    n.targetType = QStringLiteral("comment");
    n.targetId = K;
    n.text = QStringLiteral("GONE-COMMENT @ada");

    struct Old {
        QString type, op, id, community, scope, subject, audience;
        QByteArray data;
    };
    const QString up = QStringLiteral("upsert");
    const QString del = QStringLiteral("delete");
    const QList<Old> rows{
        {QStringLiteral("community"),
         up,
         C,
         C,
         QStringLiteral("directory"),
         {},
         {},
         compact(community.toJson())},
        {QStringLiteral("membership"),
         up,
         C + QStringLiteral(":") + Ada,
         C,
         QStringLiteral("members"),
         Ada,
         {},
         member(Ada, QStringLiteral("owner"))},
        {QStringLiteral("post"), up, P, C, QStringLiteral("members"), {}, {}, compact(p.toJson())},
        {QStringLiteral("post"),
         up,
         P,
         C,
         QStringLiteral("members"),
         {},
         {},
         compact(edited.toJson())},
        // bo joins: his membership, then his join window.
        {QStringLiteral("membership"),
         up,
         C + QStringLiteral(":") + Bo,
         C,
         QStringLiteral("members"),
         Bo,
         {},
         member(Bo, QStringLiteral("member"))},
        {QStringLiteral("community"),
         up,
         C,
         C,
         QStringLiteral("direct"),
         {},
         Bo,
         compact(community.toJson())},
        {QStringLiteral("membership"),
         up,
         C + QStringLiteral(":") + Ada,
         C,
         QStringLiteral("direct"),
         {},
         Bo,
         member(Ada, QStringLiteral("owner"))},
        {QStringLiteral("post"),
         up,
         P,
         C,
         QStringLiteral("direct"),
         {},
         Bo,
         compact(edited.toJson())},
        {QStringLiteral("reaction"),
         up,
         oldOnP,
         C,
         QStringLiteral("members"),
         {},
         {},
         compact(onPJson)},
        // Q, bo's comment mentioning ada, a reaction; then Q is deleted.
        {QStringLiteral("post"), up, Q, C, QStringLiteral("members"), {}, {}, compact(q.toJson())},
        {QStringLiteral("comment"),
         up,
         K,
         C,
         QStringLiteral("members"),
         {},
         {},
         compact(k.toJson())},
        {QStringLiteral("notification"),
         up,
         QStringLiteral("n1"),
         C,
         QStringLiteral("direct"),
         {},
         Ada,
         compact(n.toJson())},
        {QStringLiteral("reaction"),
         up,
         oldOnQ,
         C,
         QStringLiteral("members"),
         {},
         {},
         compact(onQJson)},
        {QStringLiteral("post"), del, Q, C, QStringLiteral("members"), {}, {}, {}},
        // cy left: the purge and the listing.
        {QStringLiteral("community"),
         QStringLiteral("purge"),
         C,
         C,
         QStringLiteral("direct"),
         {},
         Cy,
         {}},
        {QStringLiteral("community"),
         up,
         C,
         C,
         QStringLiteral("direct"),
         {},
         Cy,
         compact(community.toJson())},
    };
    qint64 seq = 0;
    for (const Old &r : rows) {
        ++seq;
        Query(c, QStringLiteral("INSERT INTO change_log (seq, type, op, entity_id, community_id, "
                                "scope, subject_id, audience, change, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))
            .bind(seq)
            .bindText(r.type)
            .bindText(r.op)
            .bindText(r.id)
            .bindNullableText(r.community)
            .bindText(r.scope)
            .bindNullableText(r.subject)
            .bindNullableText(r.audience)
            .bind(Change::encode(seq, r.type, r.op, r.id, r.community, r.data))
            .exec();
    }
    Query(c, QStringLiteral("UPDATE counters SET value = ? WHERE name = 'seq'")).bind(seq).exec();
}

} // namespace

class TestServerMigration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_postgres; // the database's name on PostgreSQL
    QString m_url;

    std::unique_ptr<StorageBackend> backend() {
        QString error;
        if (TestDatabase::usePostgres())
            return PostgresBackend::fromUrl(m_url, &error);
        return std::make_unique<SqliteBackend>(m_dir.filePath(QStringLiteral("hearthd.db")));
    }

    static QByteArray everything(Server &server, const QString &userId) {
        QByteArray all;
        QString cursor;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = server.sync().page(userId, cursor, 500);
            if (!page)
                qFatal("sync failed: %s", qPrintable(page.error().message));
            all += page.value();
            QString error;
            const auto parsed = SyncPage::fromJson(page.value(), &error);
            cursor = parsed->cursor;
            if (!parsed->hasMore)
                break;
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() {
        HEARTHD_SKIP_WITHOUT_BACKEND();
        QVERIFY(m_dir.isValid());
        if (TestDatabase::usePostgres()) {
            QString error;
            m_postgres = TestDatabase::uniqueName();
            m_url = TestDatabase::createPostgres(m_postgres, &error);
            QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        }
    }

    void cleanupTestCase() {
        if (!m_postgres.isEmpty())
            TestDatabase::dropPostgres(m_postgres);
    }

    void aSchema7DatabaseIsBroughtUpToDate() {
        {
            QString error;
            auto old = Database::open(backend(), &error, 0, 7);
            QVERIFY2(old, qPrintable(error));
            writeSchema7(*old);
        }
        Server server{ServerConfig{}};
        QString error;
        QVERIFY2(server.open(backend(), &error), qPrintable(error));

        // ada, the founder, is served P as edited, Q's tombstone and nothing of Q's thread.
        const QByteArray adas = everything(server, Ada);
        QVERIFY(adas.contains("NEW-TEXT"));
        QVERIFY(!adas.contains("OLD-TEXT"));
        QVERIFY(!adas.contains("GONE-"));
        // The mention that quoted the removed comment is sent without its excerpt.
        QString parseError;
        const auto adasPage =
            SyncPage::fromJson(server.sync().page(Ada, {}, 500).value(), &parseError);
        QVERIFY(adasPage);
        const auto mention = changesOf(adasPage->changes, QStringLiteral("notification"));
        QCOMPARE(mention.size(), 1);
        QCOMPARE(mention.constFirst().data.value(QStringLiteral("text")).toString(), QString());
        // bo joined later: his window and what came after, not the older rows.
        const QByteArray bos = everything(server, Bo);
        QVERIFY(!bos.contains("OLD-TEXT"));
        QVERIFY(!bos.contains("GONE-"));
        const auto bosPage =
            SyncPage::fromJson(server.sync().page(Bo, {}, 500).value(), &parseError);
        QVERIFY(bosPage);
        QCOMPARE(changesOf(bosPage->changes, QStringLiteral("post"), P).size(), 1);
        // Reactions carry their target's type in their id.
        const QString reaction =
            QStringLiteral("post:") + P + QStringLiteral(":") + Bo + QStringLiteral(":👍");
        QCOMPARE(changesOf(bosPage->changes, QStringLiteral("reaction"), reaction).size(), 1);
        // cy, who left, is told to purge and sees the listing, nothing of the content.
        const auto cys = SyncPage::fromJson(server.sync().page(Cy, {}, 500).value(), &parseError);
        QVERIFY(cys);
        int purges = 0;
        for (const Change &ch : cys->changes) {
            QVERIFY2(ch.type == QStringLiteral("community") || ch.id == Cy,
                     qPrintable(ch.type + QLatin1Char(' ') + ch.id));
            purges += ch.op == QStringLiteral("purge");
        }
        QCOMPARE(purges, 1);

        // The migrated reaction is found under its new key, and clearing it is logged.
        const auto cleared = server.mutations().apply(
            Bo, MutationBatch{QStringLiteral("phone"),
                              {ServerFixture::mutation(
                                  QStringLiteral("reaction.clear"),
                                  {{QStringLiteral("targetType"), QStringLiteral("post")},
                                   {QStringLiteral("targetId"), P},
                                   {QStringLiteral("emoji"), QStringLiteral("👍")}})}});
        QVERIFY(cleared);
        const auto after =
            SyncPage::fromJson(server.sync().page(Bo, bosPage->cursor, 500).value(), &parseError);
        QVERIFY(after);
        const auto gone = changesOf(after->changes, QStringLiteral("reaction"), reaction);
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.constFirst().op, QStringLiteral("delete"));

        // A replayed conflict no longer carries the text it was answered with.
        const auto replay = server.mutations().apply(
            Ada, MutationBatch{QStringLiteral("laptop"),
                               {{QStringLiteral("m1"), QStringLiteral("post.edit"), {}}}});
        QVERIFY(replay);
        const MutationResult r = replay->results.constFirst();
        QCOMPARE(r.status, QStringLiteral("conflict"));
        QCOMPARE(r.current.value(QStringLiteral("body")).toString(), QStringLiteral("NEW-TEXT"));

        // Every row has a stamp, and cursors carry it.
        const ChangeLog::Position head = server.changeLog().headPosition();
        QVERIFY(!head.stamp.isEmpty());
        QVERIFY(!server.changeLog().stampAt(1).isEmpty());
        QVERIFY(server.changeLog().stampAt(1) != server.changeLog().stampAt(2));
    }
};

QTEST_GUILESS_MAIN(TestServerMigration)
#include "tst_server_migration.moc"
