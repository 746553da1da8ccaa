// Several real hearthd processes on one PostgreSQL database behave like one: requests that race
// each other across processes (many in flight at once, on connections of their own) never crash a
// process, never answer 500, and never break a limit or a rule that one process keeps. Each test
// repeats its race for a number of rounds (HEARTH_RACE_ROUNDS overrides the default), with
// several races in flight per round, because one lucky interleaving proves little.
//
// Invariants checked after every round, from the answers and from what clients then sync:
//  - every request is answered (no process died) and no answer is a 5xx;
//  - a member cap, a single-use invite and an event's seats are never exceeded, and the
//    community's memberCount is the number of active memberships a member list holds;
//  - of two edits on the same base version (of a post, a comment, a profile or a community's
//    settings), exactly one is applied and the other is `conflict` with the winner's text;
//  - nothing is logged for a post or a comment after its tombstone (comments, reactions,
//    edits), a removed comment's text is served to no one, and no
//    notification reaches a banned member after their community was purged;
//  - a unique slug, id or handle claimed twice at once is given once, the other claim answered
//    with its error code; the same mutation sent twice at once is answered the same both times;
//  - processes started together on a fresh database all come up (one migrates, the others wait).

#include "concurrentrequests.h"
#include "hearthdprocess.h"
#include "httpclient.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hearth::testing;

namespace {

constexpr int Processes = 3;

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString str(const char *s) {
    return QString::fromLatin1(s);
}

struct User {
    QString id;
    QString handle;
    QString token;
};

// The first result of a one-mutation batch, or why there is none.
struct Outcome {
    int http = 0;
    QString status; // applied / rejected / conflict
    QString code;   // error code when not applied
    QJsonObject result;
    QJsonObject current; // a conflict's object as the server has it
    QByteArray body;

    bool applied() const { return status == QLatin1StringView("applied"); }
    QString describe() const {
        return QStringLiteral("HTTP %1 %2 %3 %4")
            .arg(http)
            .arg(status, code, QString::fromUtf8(body.left(300)));
    }
};

Outcome outcomeOf(const HttpReply &reply) {
    Outcome o;
    o.http = reply.status;
    o.body = reply.body;
    const QJsonObject first =
        reply.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    o.status = first.value(QStringLiteral("status")).toString();
    o.code =
        first.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    o.result = first.value(QStringLiteral("result")).toObject();
    o.current = first.value(QStringLiteral("current")).toObject();
    return o;
}

// What a client holds after applying changes in order: (type, id) -> latest data.
class Held {
public:
    void apply(const QJsonObject &change) {
        const QString key = change.value(QStringLiteral("type")).toString() + QLatin1Char('/') +
                            change.value(QStringLiteral("id")).toString();
        if (change.value(QStringLiteral("op")).toString() == QLatin1StringView("upsert"))
            m_objects.insert(key, change.value(QStringLiteral("data")).toObject());
        else
            m_objects.remove(key);
    }
    QJsonObject get(const QString &type, const QString &id) const {
        return m_objects.value(type + QLatin1Char('/') + id);
    }
    int count(const QString &type, const std::function<bool(const QJsonObject &)> &match) const {
        int n = 0;
        const QString prefix = type + QLatin1Char('/');
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
            n += it.key().startsWith(prefix) && match(it.value());
        return n;
    }

private:
    QHash<QString, QJsonObject> m_objects;
};

} // namespace

class TestHearthdRaces : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<HearthdProcess>> m_servers;
    std::unique_ptr<HttpClient> m_http; // sequential set-up, through the first process
    ConcurrentRequests m_race;
    User m_owner;
    QList<User> m_members;
    int m_rounds = 0;
    int m_slug = 0;
    int m_requests = 0; // raced requests, for the summary
    QStringList m_failures;
    QHash<QString, QString> m_cursors; // user id -> where their last pull ended
    Held m_ownerHeld;

    static QStringList serverArgs() {
        return {QStringLiteral("--rate-limit"), QStringLiteral("0"),
                QStringLiteral("--idle-timeout"), QStringLiteral("600")};
    }

    quint16 port(int i) const { return m_servers[size_t(i % Processes)]->port(); }

    // ---- sequential set-up -------------------------------------------------------------

    Outcome mutate(const User &u, const QString &name, const QJsonObject &args) {
        const QJsonObject m{{QStringLiteral("id"), newId()},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("args"), args}};
        return outcomeOf(
            m_http->post(QStringLiteral("/v1/mutations"),
                         compact({{QStringLiteral("clientId"), QStringLiteral("setup")},
                                  {QStringLiteral("mutations"), QJsonArray{m}}}),
                         u.token));
    }

    // A set-up step that must work; a failure is a broken test, reported at the end of the test.
    Outcome must(const User &u, const QString &name, const QJsonObject &args) {
        const Outcome o = mutate(u, name, args);
        if (!o.applied())
            m_failures.append(
                QStringLiteral("set-up %1 by %2 failed: %3").arg(name, u.handle, o.describe()));
        return o;
    }

    QString community(const QString &visibility, int memberCap = 250) {
        const QString id = newId();
        must(m_owner, QStringLiteral("community.create"),
             {{QStringLiteral("id"), id},
              {QStringLiteral("slug"), QStringLiteral("race-%1").arg(++m_slug)},
              {QStringLiteral("name"), QStringLiteral("Race %1").arg(m_slug)},
              {QStringLiteral("visibility"), visibility},
              {QStringLiteral("memberCap"), memberCap}});
        return id;
    }

    void join(const User &u, const QString &communityId) {
        must(u, QStringLiteral("membership.join"), {{QStringLiteral("communityId"), communityId}});
    }

    QString post(const User &author, const QString &communityId) {
        const QString id = newId();
        must(author, QStringLiteral("post.create"),
             {{QStringLiteral("id"), id},
              {QStringLiteral("communityId"), communityId},
              {QStringLiteral("body"), QStringLiteral("first words")}});
        return id;
    }

    QString event(const QString &communityId, int capacity, qint64 startsAt) {
        const QString id = newId();
        must(m_owner, QStringLiteral("event.create"),
             {{QStringLiteral("id"), id},
              {QStringLiteral("communityId"), communityId},
              {QStringLiteral("title"), QStringLiteral("Kiln night")},
              {QStringLiteral("startsAt"), double(startsAt)},
              {QStringLiteral("endsAt"), double(startsAt + 3600000)},
              {QStringLiteral("place"), QStringLiteral("The shed")},
              {QStringLiteral("capacity"), capacity}});
        return id;
    }

    static qint64 nextWeek() { return QDateTime::currentMSecsSinceEpoch() + 7LL * 24 * 3600000; }

    // Changes visible to `u` after *cursor (the whole log for an empty one); moves the cursor.
    QList<QJsonObject> pull(const User &u, QString *cursor) {
        QList<QJsonObject> out;
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpReply r =
                m_http->get(QStringLiteral("/v1/sync?limit=500&cursor=") +
                                QString::fromLatin1(QUrl::toPercentEncoding(*cursor)),
                            u.token);
            if (r.status != 200) {
                m_failures.append(QStringLiteral("sync for %1 answered %2 %3")
                                      .arg(u.handle)
                                      .arg(r.status)
                                      .arg(QString::fromUtf8(r.body.left(200))));
                return out;
            }
            const QJsonObject page = r.json();
            for (const QJsonValue &c : page.value(QStringLiteral("changes")).toArray())
                out.append(c.toObject());
            *cursor = page.value(QStringLiteral("cursor")).toString();
            if (!page.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        return out;
    }

    // Pulls what `u` has not seen yet (from where their last pull ended) and returns the cursor
    // at the head: a later pull from it brings only what happens next.
    QString caughtUp(const User &u) {
        QString &cursor = m_cursors[u.id];
        const QList<QJsonObject> changes = pull(u, &cursor);
        if (u.id == m_owner.id) {
            for (const QJsonObject &c : changes)
                m_ownerHeld.apply(c);
        }
        return cursor;
    }

    // What the owner's client holds now (the owner sees every community made here).
    const Held &ownerView() {
        caughtUp(m_owner);
        return m_ownerHeld;
    }

    // ---- the races ----------------------------------------------------------------------

    RawRequest mutation(int server, const User &u, const QString &name, const QJsonObject &args,
                        const QString &clientId = newId(), const QString &mutationId = newId()) {
        const QJsonObject m{{QStringLiteral("id"), mutationId},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("args"), args}};
        return {port(server), "POST", "/v1/mutations",
                compact({{QStringLiteral("clientId"), clientId},
                         {QStringLiteral("mutations"), QJsonArray{m}}}),
                u.token};
    }

    // Runs the requests at once; every one must get an HTTP answer below 500.
    QList<HttpReply> raceRaw(const QList<RawRequest> &requests, const QString &what) {
        const QList<HttpReply> replies = m_race.run(requests);
        m_requests += int(requests.size());
        for (qsizetype i = 0; i < replies.size(); ++i) {
            if (replies[i].status == 0)
                m_failures.append(QStringLiteral("%1: request %2 got no answer (process died?)")
                                      .arg(what)
                                      .arg(i));
            else if (replies[i].status >= 500)
                m_failures.append(QStringLiteral("%1: request %2 answered %3 %4")
                                      .arg(what)
                                      .arg(i)
                                      .arg(replies[i].status)
                                      .arg(QString::fromUtf8(replies[i].body.left(200))));
        }
        for (const auto &s : m_servers) {
            if (!s->isRunning())
                m_failures.append(QStringLiteral("%1: a hearthd process stopped: %2")
                                      .arg(what, QString::fromUtf8(s->stderrOutput().right(600))));
        }
        return replies;
    }

    QList<Outcome> race(const QList<RawRequest> &requests, const QString &what) {
        QList<Outcome> out;
        for (const HttpReply &r : raceRaw(requests, what))
            out.append(outcomeOf(r));
        return out;
    }

    void fail(const QString &message) { m_failures.append(message); }

    // Ends a test: all failures at once, so a run against broken code shows how often it broke.
    void verdict() {
        const QStringList failures = m_failures;
        m_failures.clear();
        if (failures.isEmpty())
            return;
        QStringList shown = failures.mid(0, 12);
        if (failures.size() > shown.size())
            shown.append(QStringLiteral("... and %1 more").arg(failures.size() - shown.size()));
        QFAIL(qPrintable(QStringLiteral("%1 failures:\n  ").arg(failures.size()) +
                         shown.join(QStringLiteral("\n  "))));
    }

    // Nothing may be logged for a post after its tombstone (no edit, comment or reaction), nor
    // for a comment after its own (no edit, no reaction to it).
    void checkNothingAfterTombstones(const QList<QJsonObject> &changes, const QString &what) {
        QSet<QString> deleted, deletedComments;
        for (const QJsonObject &c : changes) {
            const QString type = c.value(QStringLiteral("type")).toString();
            const QString op = c.value(QStringLiteral("op")).toString();
            const QString id = c.value(QStringLiteral("id")).toString();
            const QJsonObject data = c.value(QStringLiteral("data")).toObject();
            const QString postId = type == QLatin1StringView("post")
                                       ? id
                                       : data.value(QStringLiteral("postId")).toString();
            if (type == QLatin1StringView("post") && op == QLatin1StringView("delete")) {
                deleted.insert(postId);
                continue;
            }
            if (type == QLatin1StringView("comment") && op == QLatin1StringView("delete")) {
                deletedComments.insert(id);
                continue;
            }
            if (op != QLatin1StringView("upsert"))
                continue;
            if (!postId.isEmpty() && deleted.contains(postId))
                fail(QStringLiteral("%1: %2 %3 logged after the tombstone of post %4")
                         .arg(what, type, id, postId));
            // About a deleted comment, only its mentions and replies may follow the tombstone
            // (logged again without their excerpt); no edit of it, no reaction to it.
            const bool aboutComment =
                data.value(QStringLiteral("targetType")).toString() == QLatin1StringView("comment");
            const QString commentId = type == QLatin1StringView("comment") ? id
                                      : aboutComment
                                          ? data.value(QStringLiteral("targetId")).toString()
                                          : QString();
            const bool blankedNotice = type == QLatin1StringView("notification") &&
                                       data.value(QStringLiteral("text")).toString().isEmpty();
            if (!commentId.isEmpty() && deletedComments.contains(commentId) && !blankedNotice)
                fail(QStringLiteral("%1: %2 %3 logged after the tombstone of comment %4")
                         .arg(what, type, id, commentId));
        }
    }

    // memberCount of the community as members hold it equals the active memberships they hold.
    void checkMemberCount(const Held &held, const QString &communityId, int expected,
                          const QString &what) {
        const int active = held.count(str("membership"), [&](const QJsonObject &m) {
            return m.value(QStringLiteral("communityId")).toString() == communityId &&
                   m.value(QStringLiteral("state")).toString() == QLatin1StringView("active");
        });
        const int memberCount =
            held.get(str("community"), communityId).value(QStringLiteral("memberCount")).toInt();
        if (active != expected || memberCount != expected)
            fail(QStringLiteral("%1: %2 active memberships, memberCount %3, expected %4")
                     .arg(what)
                     .arg(active)
                     .arg(memberCount)
                     .arg(expected));
    }

    // `name` on a fresh post (args from `argsFor`) by one member, racing the author's delete of
    // it, eight posts a round; the answers to `name`, and everything the owner synced meanwhile.
    QList<Outcome> raceAgainstPostDelete(const QString &name,
                                         const std::function<QJsonObject(const QString &)> &argsFor,
                                         const QString &what, QList<QJsonObject> *logged) {
        const User &author = m_members[0];
        const User &other = m_members[1];
        const QString c = community(str("public"));
        join(author, c);
        join(other, c);
        QString cursor = caughtUp(m_owner);
        QList<Outcome> answers;
        for (int round = 0; round < m_rounds; ++round) {
            QList<RawRequest> requests;
            for (int i = 0; i < 8; ++i) {
                const QString p = post(author, c);
                requests.append(mutation(round + i, other, name, argsFor(p)));
                requests.append(mutation(round + i + 1, author, str("post.delete"),
                                         {{QStringLiteral("id"), p}}));
            }
            const QList<Outcome> out = race(requests, what);
            for (qsizetype i = 0; i < out.size(); i += 2)
                answers.append(out[i]);
        }
        *logged = pull(m_owner, &cursor);
        return answers;
    }

    // One object about to be changed twice from the same version: by whom, which object, which
    // version the edits are based on.
    struct Base {
        User by;
        QString id;
        int version = 1;
    };

    // `name` twice on the same version of each object `make`s (`perRound` a round), as from two
    // devices through two processes, each setting `field` to its own text: one is applied, the
    // other is a conflict carrying the winner's text at the next version (never a lost update).
    // Returns the texts that won, by object id.
    QHash<QString, QString> raceSameBase(const QString &name, const std::function<Base()> &make,
                                         const QString &field, const QString &what,
                                         int perRound = 8) {
        QHash<QString, QString> won;
        for (int round = 0; round < m_rounds; ++round) {
            QList<RawRequest> requests;
            QList<Base> bases;
            for (int i = 0; i < perRound; ++i) {
                bases.append(make());
                for (int device = 0; device < 2; ++device)
                    requests.append(mutation(
                        round + i + device, bases.last().by, name,
                        {{QStringLiteral("id"), bases.last().id},
                         {QStringLiteral("version"), bases.last().version},
                         {field, QStringLiteral("%1 from device %2").arg(what).arg(device)}}));
            }
            const QList<Outcome> out = race(requests, what);
            for (qsizetype i = 0; i + 1 < out.size(); i += 2) {
                const Base &base = bases.at(i / 2);
                const int applied = out[i].applied() + out[i + 1].applied();
                const Outcome &loser = out[i].applied() ? out[i + 1] : out[i];
                const QString winner =
                    QStringLiteral("%1 from device %2").arg(what).arg(out[i].applied() ? 0 : 1);
                won.insert(base.id, winner);
                if (applied != 1 || loser.status != QLatin1StringView("conflict") ||
                    loser.current.value(field).toString() != winner ||
                    loser.current.value(QStringLiteral("version")).toInt() != base.version + 1)
                    fail(QStringLiteral("%1: %2 applied (%3 | %4)")
                             .arg(what)
                             .arg(applied)
                             .arg(out[i].describe(), out[i + 1].describe()));
            }
        }
        verdict();
        return won;
    }

    // post.edit or comment.edit on version 1 of objects m_members[0] writes.
    void raceSameBaseEdits(const QString &name, const std::function<QString()> &make,
                           const QString &what) {
        raceSameBase(
            name,
            [&] {
                return Base{m_members[0], make(), 1};
            },
            QStringLiteral("body"), what);
    }

    // Two claims on one unique thing, raced in pairs: one applied, the other refused with `code`.
    void checkOneOfEachPairWins(const QList<Outcome> &out, const QString &code,
                                const QString &what) {
        for (qsizetype i = 0; i + 1 < out.size(); i += 2) {
            const int applied = out[i].applied() + out[i + 1].applied();
            const Outcome &loser = out[i].applied() ? out[i + 1] : out[i];
            if (applied != 1 || loser.code != code)
                fail(QStringLiteral("%1: %2 applied; the other answered %3")
                         .arg(what)
                         .arg(applied)
                         .arg(loser.describe()));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!TestDatabase::available(&why))
            QSKIP(qPrintable(why));
        if (!TestDatabase::usePostgres())
            QSKIP("several hearthd processes share one database only on PostgreSQL");
        m_rounds = qEnvironmentVariableIntValue("HEARTH_RACE_ROUNDS");
        if (m_rounds <= 0)
            m_rounds = 6;
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < Processes; ++i) {
            // The same folder, so the same PostgreSQL database (HearthdProcess::storageArgs).
            m_servers.push_back(std::make_unique<HearthdProcess>(m_dir.path()));
            QString error;
            QVERIFY2(m_servers.back()->start(serverArgs(), &error), qPrintable(error));
        }
        m_http = std::make_unique<HttpClient>(m_servers[0]->url());
        const auto signUp = [&](const QString &handle) {
            const QString password = QStringLiteral("password-") + handle;
            const HttpReply r = m_http->post(QStringLiteral("/v1/auth/register"),
                                             compact({{QStringLiteral("handle"), handle},
                                                      {QStringLiteral("password"), password}}));
            return User{r.json()[QStringLiteral("user")][QStringLiteral("id")].toString(), handle,
                        r.json().value(QStringLiteral("token")).toString()};
        };
        m_owner = signUp(QStringLiteral("owner"));
        QVERIFY(!m_owner.token.isEmpty() && !m_owner.id.isEmpty());
        for (int i = 0; i < 6; ++i) {
            m_members.append(signUp(QStringLiteral("member%1").arg(i)));
            QVERIFY(!m_members.last().token.isEmpty());
        }
    }

    // A process that died in the previous test is started again, so one crash does not hide
    // what the next race would show.
    void init() {
        for (const auto &s : m_servers) {
            if (!s->isRunning()) {
                QString error;
                QVERIFY2(s->start(serverArgs(), &error), qPrintable(error));
            }
        }
        m_http = std::make_unique<HttpClient>(m_servers[0]->url());
        m_failures.clear();
    }

    void cleanupTestCase() {
        qInfo("%d requests raced across %d processes, %d rounds per test", m_requests, Processes,
              m_rounds);
    }

    // post.edit racing post.delete of the same post: the edit is applied before the delete or
    // answered not_found after it; the process never dereferences the vanished post.
    void editRacingDelete() {
        const User &author = m_members[0];
        const QString c = community(str("public"));
        join(author, c);
        QString cursor = caughtUp(m_owner);
        for (int round = 0; round < m_rounds; ++round) {
            QStringList posts;
            QList<RawRequest> requests;
            for (int i = 0; i < 8; ++i) {
                const QString p = post(author, c);
                posts.append(p);
                requests.append(
                    mutation(round + i, author, str("post.edit"),
                             {{QStringLiteral("id"), p},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("body"), QStringLiteral("second words")}}));
                requests.append(mutation(round + i + 1, author, str("post.delete"),
                                         {{QStringLiteral("id"), p}}));
            }
            const QList<Outcome> out = race(requests, QStringLiteral("edit/delete"));
            for (qsizetype i = 0; i + 1 < out.size(); i += 2) {
                if (out[i].http == 200 && !out[i].applied() &&
                    out[i].code != QLatin1StringView("not_found"))
                    fail(
                        QStringLiteral("edit/delete: the edit answered %1").arg(out[i].describe()));
                if (out[i + 1].http == 200 && !out[i + 1].applied())
                    fail(QStringLiteral("edit/delete: the delete answered %1")
                             .arg(out[i + 1].describe()));
            }
        }
        checkNothingAfterTombstones(pull(m_owner, &cursor), QStringLiteral("edit/delete"));
        verdict();
    }

    // Two edits based on the same version, from two devices through two processes: one is
    // applied, the other is a conflict (never a lost update).
    void sameBaseEditsApplyOnce() {
        const User &author = m_members[0];
        const QString c = community(str("public"));
        join(author, c);
        raceSameBaseEdits(
            str("post.edit"), [&] { return post(author, c); }, QStringLiteral("edit/edit"));
    }

    // A member saving their profile on two devices at once, through two processes: one save is
    // applied, the other is a conflict with the winner's profile; each round on the version the
    // last one left.
    void profileSavesOnTheSameBaseApplyOnce() {
        QHash<QString, int> versions; // every member starts at version 1 (registered here)
        int next = 0;
        raceSameBase(
            str("profile.update"),
            [&] {
                const User &u = m_members[next++ % m_members.size()];
                const int v = versions.value(u.id, 1);
                versions.insert(u.id, v + 1);
                return Base{u, u.id, v};
            },
            str("displayName"), QStringLiteral("name"), int(m_members.size()));
    }

    // Two organizers' settings saves on the same version of a community, through two
    // processes: one applied, the other a conflict with the winner's settings.
    void settingsSavesOnTheSameBaseApplyOnce() {
        raceSameBase(
            str("community.update"),
            [&] {
                return Base{m_owner, community(str("public")), 1};
            },
            str("tagline"), QStringLiteral("tagline"));
    }

    // One member's alert levels for eight communities and the digest, set at once from several
    // machines through three processes: every choice is kept (never a lost update of the one
    // settings row), and the member's last synced row holds them all.
    void alertChoicesFromSeveralMachinesAreAllKept() {
        const User &member = m_members[1];
        QString cursor;
        for (int round = 0; round < m_rounds; ++round) {
            QStringList communities;
            QList<RawRequest> requests;
            for (int i = 0; i < 8; ++i) {
                communities.append(community(str("public")));
                join(member, communities.last());
                requests.append(
                    mutation(round + i, member, str("alerts.set"),
                             {{QStringLiteral("communityId"), communities.last()},
                              {QStringLiteral("level"), i % 2 ? str("none") : str("mentions")}}));
            }
            requests.append(mutation(round, member, str("alerts.set"),
                                     {{QStringLiteral("digest"), round % 2 == 0}}));
            const QList<Outcome> out = race(requests, QStringLiteral("alerts"));
            for (const Outcome &o : out) {
                if (!o.applied())
                    fail(QStringLiteral("alerts: %1").arg(o.describe()));
            }
            QJsonObject last;
            for (const QJsonObject &c : pull(member, &cursor)) {
                if (c.value(QStringLiteral("type")).toString() == QLatin1StringView("alerts"))
                    last = c.value(QStringLiteral("data")).toObject();
            }
            const QJsonObject levels = last.value(QStringLiteral("levels")).toObject();
            for (int i = 0; i < communities.size(); ++i) {
                const QString want = i % 2 ? str("none") : str("mentions");
                if (levels.value(communities[i]).toString() != want)
                    fail(QStringLiteral("alerts: round %1 lost the level of community %2 (%3)")
                             .arg(round)
                             .arg(i)
                             .arg(levels.value(communities[i]).toString()));
            }
            if (last.value(QStringLiteral("digest")).toBool() != (round % 2 == 0))
                fail(QStringLiteral("alerts: round %1 lost the digest").arg(round));
        }
        verdict();
    }

    // Six people join a community with one seat left, through three processes at once.
    void memberCapHolds() {
        for (int round = 0; round < m_rounds; ++round) {
            const QString c = community(str("public"), 2); // the owner and one more
            QList<RawRequest> requests;
            for (int i = 0; i < m_members.size(); ++i)
                requests.append(mutation(round + i, m_members[i], str("membership.join"),
                                         {{QStringLiteral("communityId"), c}}));
            const QList<Outcome> out = race(requests, QStringLiteral("cap"));
            const int admitted = int(std::count_if(out.cbegin(), out.cend(),
                                                   [](const Outcome &o) { return o.applied(); }));
            if (admitted != 1)
                fail(QStringLiteral("cap: %1 joined a community with one seat left").arg(admitted));
            checkMemberCount(ownerView(), c, 2, QStringLiteral("cap"));
        }
        verdict();
    }

    // A single-use invite shared with six people who all use it at once.
    void singleUseInviteAdmitsOne() {
        for (int round = 0; round < m_rounds; ++round) {
            const QString c = community(str("invite"));
            const QString inviteId = newId();
            const Outcome invite = must(m_owner, str("invite.create"),
                                        {{QStringLiteral("id"), inviteId},
                                         {QStringLiteral("communityId"), c},
                                         {QStringLiteral("maxUses"), 1}});
            const QString code = invite.result.value(QStringLiteral("code")).toString();
            QList<RawRequest> requests;
            for (int i = 0; i < m_members.size(); ++i)
                requests.append(mutation(round + i, m_members[i], str("membership.join"),
                                         {{QStringLiteral("inviteCode"), code}}));
            const QList<Outcome> out = race(requests, QStringLiteral("invite"));
            const int admitted = int(std::count_if(out.cbegin(), out.cend(),
                                                   [](const Outcome &o) { return o.applied(); }));
            if (admitted != 1)
                fail(QStringLiteral("invite: a single-use invite admitted %1").arg(admitted));
            const Held &held = ownerView();
            const int uses =
                held.get(str("invite"), inviteId).value(QStringLiteral("uses")).toInt();
            if (uses != 1)
                fail(QStringLiteral("invite: the invite shows %1 uses").arg(uses));
            checkMemberCount(held, c, 2, QStringLiteral("invite"));
        }
        verdict();
    }

    // Six members answer "going" to a one-seat event at once: one seat, five in line.
    void oneSeatEventSeatsOne() {
        const QString c = community(str("public"));
        for (const User &m : std::as_const(m_members))
            join(m, c);
        for (int round = 0; round < m_rounds; ++round) {
            const QString e = event(c, 1, nextWeek());
            QList<RawRequest> requests;
            for (int i = 0; i < m_members.size(); ++i)
                requests.append(mutation(round + i, m_members[i], str("rsvp.set"),
                                         {{QStringLiteral("eventId"), e},
                                          {QStringLiteral("status"), QStringLiteral("going")}}));
            const QList<Outcome> out = race(requests, QStringLiteral("capacity"));
            int going = 0, waitlisted = 0;
            for (const Outcome &o : out) {
                const QString status = o.result.value(QStringLiteral("status")).toString();
                going += status == QLatin1StringView("going");
                waitlisted += status == QLatin1StringView("waitlisted");
            }
            const QJsonObject held = ownerView().get(str("event"), e);
            const int goingCount = held.value(QStringLiteral("goingCount")).toInt();
            const int waitlistCount = held.value(QStringLiteral("waitlistCount")).toInt();
            if (going != 1 || waitlisted != 5 || goingCount != 1 || waitlistCount != 5)
                fail(QStringLiteral("capacity: answers %1 going / %2 waitlisted, event shows "
                                    "%3 / %4 for one seat")
                         .arg(going)
                         .arg(waitlisted)
                         .arg(goingCount)
                         .arg(waitlistCount));
        }
        verdict();
    }

    // Six join requests, one seat: organizers approving them all at once admit one.
    void approvalsAtTheLastSeatAdmitOne() {
        for (int round = 0; round < m_rounds; ++round) {
            const QString c = community(str("request"), 2);
            for (const User &m : std::as_const(m_members))
                join(m, c); // pending
            QList<RawRequest> requests;
            for (int i = 0; i < m_members.size(); ++i)
                requests.append(mutation(round + i, m_owner, str("membership.approve"),
                                         {{QStringLiteral("communityId"), c},
                                          {QStringLiteral("userId"), m_members[i].id}}));
            const QList<Outcome> out = race(requests, QStringLiteral("approvals"));
            const int admitted = int(std::count_if(out.cbegin(), out.cend(),
                                                   [](const Outcome &o) { return o.applied(); }));
            if (admitted != 1)
                fail(QStringLiteral("approvals: %1 approved into one seat").arg(admitted));
            checkMemberCount(ownerView(), c, 2, QStringLiteral("approvals"));
        }
        verdict();
    }

    // The member holding the seat leaves (promoting the first in line) while the one in line
    // answers "maybe": either order ends with nobody going and both answers kept.
    void promotionRacingTheAnswer() {
        const User &seated = m_members[0];
        const User &waiting = m_members[1];
        const QString c = community(str("public"));
        join(seated, c);
        join(waiting, c);
        for (int round = 0; round < m_rounds; ++round) {
            QStringList events;
            QList<RawRequest> requests;
            for (int i = 0; i < 6; ++i) {
                const QString e = event(c, 1, nextWeek());
                events.append(e);
                must(seated, str("rsvp.set"),
                     {{QStringLiteral("eventId"), e}, {QStringLiteral("status"), str("going")}});
                must(waiting, str("rsvp.set"),
                     {{QStringLiteral("eventId"), e}, {QStringLiteral("status"), str("going")}});
                requests.append(mutation(round + i, seated, str("rsvp.set"),
                                         {{QStringLiteral("eventId"), e},
                                          {QStringLiteral("status"), str("not_going")}}));
                requests.append(mutation(
                    round + i + 1, waiting, str("rsvp.set"),
                    {{QStringLiteral("eventId"), e}, {QStringLiteral("status"), str("maybe")}}));
            }
            const QList<Outcome> out = race(requests, QStringLiteral("promotion"));
            for (const Outcome &o : out) {
                if (o.http == 200 && !o.applied())
                    fail(QStringLiteral("promotion: an answer was refused: %1").arg(o.describe()));
            }
            const Held &held = ownerView();
            for (const QString &e : std::as_const(events)) {
                const int going =
                    held.get(str("event"), e).value(QStringLiteral("goingCount")).toInt();
                const QString last = held.get(str("rsvp"), e + QLatin1Char(':') + waiting.id)
                                         .value(QStringLiteral("status"))
                                         .toString();
                if (going != 0 || last != QLatin1StringView("maybe"))
                    fail(QStringLiteral("promotion: event shows %1 going, the one in line is '%2'")
                             .arg(going)
                             .arg(last));
            }
        }
        verdict();
    }

    // The same member sets the same reaction from two devices through two processes.
    void sameReactionFromTwoDevices() {
        const User &m = m_members[0];
        const QString c = community(str("public"));
        join(m, c);
        for (int round = 0; round < m_rounds; ++round) {
            QStringList posts;
            QList<RawRequest> requests;
            for (int i = 0; i < 8; ++i) {
                const QString p = post(m_owner, c);
                posts.append(p);
                for (int device = 0; device < 2; ++device)
                    requests.append(mutation(round + i + device, m, str("reaction.set"),
                                             {{QStringLiteral("targetType"), str("post")},
                                              {QStringLiteral("targetId"), p},
                                              {QStringLiteral("emoji"), QStringLiteral("+1")}}));
            }
            const QList<Outcome> out = race(requests, QStringLiteral("reaction"));
            for (const Outcome &o : out) {
                if (o.http == 200 && !o.applied())
                    fail(QStringLiteral("reaction: refused: %1").arg(o.describe()));
            }
            const Held &held = ownerView();
            for (const QString &p : std::as_const(posts)) {
                const int reactions = held.count(str("reaction"), [&](const QJsonObject &r) {
                    return r.value(QStringLiteral("postId")).toString() == p;
                });
                if (reactions != 1)
                    fail(QStringLiteral("reaction: the post holds %1 reactions").arg(reactions));
            }
        }
        verdict();
    }

    // A comment racing the delete of its post: applied before the delete or not_found after it,
    // and never logged after the post's tombstone.
    void commentRacingPostDelete() {
        QList<QJsonObject> logged;
        const QList<Outcome> answers = raceAgainstPostDelete(
            str("comment.create"),
            [](const QString &p) {
                return QJsonObject{{QStringLiteral("id"), newId()},
                                   {QStringLiteral("postId"), p},
                                   {QStringLiteral("body"), QStringLiteral("a reply")}};
            },
            QStringLiteral("comment/delete"), &logged);
        for (const Outcome &o : answers) {
            if (o.http == 200 && !o.applied() && o.code != QLatin1StringView("not_found"))
                fail(QStringLiteral("comment/delete: the comment answered %1").arg(o.describe()));
        }
        checkNothingAfterTombstones(logged, QStringLiteral("comment/delete"));
        verdict();
    }

    // comment.edit by its author racing comment.delete of it, by the author or by an organizer
    // (a moderation removal), through different processes: the edit is applied before the
    // delete or answered not_found after it, the delete is applied, nothing of the comment is
    // logged after its tombstone, and no text of it is left for anyone: a client holds no
    // comment, the post counts none, and every organizer delete is audited exactly once.
    void commentEditRacingDelete() {
        const User &author = m_members[0];
        const QString c = community(str("public"));
        join(author, c);
        const QString p = post(m_owner, c);
        QString cursor = caughtUp(m_owner);
        QStringList comments;
        int removals = 0, editsFirst = 0, deletesFirst = 0;
        for (int round = 0; round < m_rounds; ++round) {
            QList<RawRequest> requests;
            for (int i = 0; i < 8; ++i) {
                const QString k = newId();
                must(author, str("comment.create"),
                     {{QStringLiteral("id"), k},
                      {QStringLiteral("postId"), p},
                      {QStringLiteral("body"), QStringLiteral("EARLY-WORDS %1").arg(k)}});
                comments.append(k);
                const User &deleter = i % 2 ? m_owner : author;
                removals += i % 2;
                requests.append(
                    mutation(round + i, author, str("comment.edit"),
                             {{QStringLiteral("id"), k},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("body"), QStringLiteral("LATER-WORDS %1").arg(k)}}));
                requests.append(mutation(round + i + 1, deleter, str("comment.delete"),
                                         {{QStringLiteral("id"), k}}));
            }
            const QList<Outcome> out = race(requests, QStringLiteral("comment edit/delete"));
            for (qsizetype i = 0; i + 1 < out.size(); i += 2) {
                editsFirst += out[i].applied();
                deletesFirst += out[i].code == QLatin1StringView("not_found");
                if (out[i].http == 200 && !out[i].applied() &&
                    out[i].code != QLatin1StringView("not_found"))
                    fail(QStringLiteral("comment edit/delete: the edit answered %1")
                             .arg(out[i].describe()));
                if (out[i + 1].http == 200 && !out[i + 1].applied())
                    fail(QStringLiteral("comment edit/delete: the delete answered %1")
                             .arg(out[i + 1].describe()));
            }
        }
        // Which way each race went (both ways, over enough rounds).
        qInfo("comment edit/delete: %d edits applied before their delete, %d after it "
              "(not_found)",
              editsFirst, deletesFirst);
        checkNothingAfterTombstones(pull(m_owner, &cursor), QStringLiteral("comment edit/delete"));

        const Held &held = ownerView();
        const int live = held.count(str("comment"), [&](const QJsonObject &k) {
            return k.value(QStringLiteral("postId")).toString() == p;
        });
        const int counted =
            held.get(str("post"), p).value(QStringLiteral("commentCount")).toInt(-1);
        if (live != 0 || counted != 0)
            fail(QStringLiteral("comment edit/delete: the owner holds %1 comments, the post "
                                "counts %2")
                     .arg(live)
                     .arg(counted));
        // From no cursor, a new device of the author's or of the owner's (who was notified of
        // each reply) gets nothing of any of them back.
        for (const User *u : std::initializer_list<const User *>{&author, &m_owner}) {
            QString fresh;
            for (const QJsonObject &change : pull(*u, &fresh)) {
                const QByteArray bytes = compact(change);
                if (bytes.contains("EARLY-WORDS") || bytes.contains("LATER-WORDS"))
                    fail(QStringLiteral("comment edit/delete: a fresh sync for %1 serves %2")
                             .arg(u->handle, QString::fromUtf8(bytes.left(200))));
            }
        }
        const HttpReply audit =
            m_http->get(QStringLiteral("/v1/communities/%1/audit?limit=200").arg(c), m_owner.token);
        int audited = 0;
        for (const QJsonValue &e : audit.json().value(QStringLiteral("entries")).toArray())
            audited +=
                e[QStringLiteral("action")].toString() == QLatin1StringView("comment.delete");
        if (audited != removals)
            fail(QStringLiteral("comment edit/delete: %1 removals audited, %2 made")
                     .arg(audited)
                     .arg(removals));
        verdict();
    }

    // The same for a comment: two edits on its first version, one applied.
    void commentEditsOnTheSameBaseApplyOnce() {
        const User &author = m_members[0];
        const QString c = community(str("public"));
        join(author, c);
        const QString p = post(author, c);
        raceSameBaseEdits(
            str("comment.edit"),
            [&] {
                const QString k = newId();
                must(author, str("comment.create"),
                     {{QStringLiteral("id"), k},
                      {QStringLiteral("postId"), p},
                      {QStringLiteral("body"), QStringLiteral("first")}});
                return k;
            },
            QStringLiteral("comment edit/edit"));
    }

    // A reaction racing the delete of its post is never logged after the tombstone (where it
    // would stay in every cache).
    void reactionRacingPostDelete() {
        QList<QJsonObject> logged;
        raceAgainstPostDelete(
            str("reaction.set"),
            [](const QString &p) {
                return QJsonObject{{QStringLiteral("targetType"), str("post")},
                                   {QStringLiteral("targetId"), p},
                                   {QStringLiteral("emoji"), QStringLiteral("+1")}};
            },
            QStringLiteral("reaction/delete"), &logged);
        checkNothingAfterTombstones(logged, QStringLiteral("reaction/delete"));
        verdict();
    }

    // An event reminder is made by the member's own sync; a ban at the same moment purges the
    // community from their client. The reminder comes before the purge or not at all.
    void reminderRacingBan() {
        for (int round = 0; round < m_rounds; ++round) {
            const QString c = community(str("public"));
            QStringList cursors;
            for (const User &m : std::as_const(m_members)) {
                join(m, c);
                cursors.append(caughtUp(m)); // before the RSVP: no reminder is due yet
            }
            const QString e = event(c, 0, QDateTime::currentMSecsSinceEpoch() + 3600000);
            for (const User &m : std::as_const(m_members))
                must(m, str("rsvp.set"),
                     {{QStringLiteral("eventId"), e}, {QStringLiteral("status"), str("going")}});
            QList<RawRequest> requests;
            for (int i = 0; i < m_members.size(); ++i) {
                const User &m = m_members[i];
                requests.append({port(round + i),
                                 "GET",
                                 "/v1/sync?cursor=" + QUrl::toPercentEncoding(cursors[i]),
                                 {},
                                 m.token});
                requests.append(mutation(
                    round + i + 1, m_owner, str("membership.ban"),
                    {{QStringLiteral("communityId"), c}, {QStringLiteral("userId"), m.id}}));
            }
            raceRaw(requests, QStringLiteral("reminder/ban"));
            for (int i = 0; i < m_members.size(); ++i) {
                QString cursor = cursors[i];
                bool purged = false;
                for (const QJsonObject &change : pull(m_members[i], &cursor)) {
                    const QString type = change.value(QStringLiteral("type")).toString();
                    if (change.value(QStringLiteral("community")).toString() != c)
                        continue;
                    if (type == QLatin1StringView("community") &&
                        change.value(QStringLiteral("op")).toString() == QLatin1StringView("purge"))
                        purged = true;
                    else if (purged && type == QLatin1StringView("notification"))
                        fail(QStringLiteral("reminder/ban: a notification for %1 after the purge")
                                 .arg(m_members[i].handle));
                }
                if (!purged)
                    fail(QStringLiteral("reminder/ban: %1 was never purged")
                             .arg(m_members[i].handle));
            }
        }
        verdict();
    }

    // Two communities claiming one slug at once: one gets it, the other is told slug_taken.
    void uniqueSlugClaimedOnce() {
        for (int round = 0; round < m_rounds; ++round) {
            QList<RawRequest> requests;
            for (int i = 0; i < 6; ++i) {
                const QString slug = QStringLiteral("slug-race-%1").arg(++m_slug);
                for (int who = 0; who < 2; ++who)
                    requests.append(mutation(round + i + who, m_members[who],
                                             str("community.create"),
                                             {{QStringLiteral("id"), newId()},
                                              {QStringLiteral("slug"), slug},
                                              {QStringLiteral("name"), slug}}));
            }
            checkOneOfEachPairWins(race(requests, QStringLiteral("slug")), str("slug_taken"),
                                   QStringLiteral("slug"));
        }
        verdict();
    }

    // Two members creating a post with the same id at once: one post, the other told conflict.
    void uniqueIdClaimedOnce() {
        const QString c = community(str("public"));
        join(m_members[0], c);
        join(m_members[1], c);
        for (int round = 0; round < m_rounds; ++round) {
            QList<RawRequest> requests;
            for (int i = 0; i < 6; ++i) {
                const QString id = newId();
                for (int who = 0; who < 2; ++who)
                    requests.append(mutation(round + i + who, m_members[who], str("post.create"),
                                             {{QStringLiteral("id"), id},
                                              {QStringLiteral("communityId"), c},
                                              {QStringLiteral("body"), QStringLiteral("mine")}}));
            }
            checkOneOfEachPairWins(race(requests, QStringLiteral("id")), str("conflict"),
                                   QStringLiteral("id"));
        }
        verdict();
    }

    // A client re-sending a mutation while the first send is still being answered (through
    // another process): both answers are the one first result, and the post exists once.
    void sameMutationTwiceAnswersTheSame() {
        const User &m = m_members[0];
        const QString c = community(str("public"));
        join(m, c);
        QString cursor = caughtUp(m_owner);
        QStringList posts;
        for (int round = 0; round < m_rounds; ++round) {
            QList<RawRequest> requests;
            const QString clientId = newId();
            for (int i = 0; i < 6; ++i) {
                const QString postId = newId();
                posts.append(postId);
                const QString mutationId = newId();
                for (int copy = 0; copy < 2; ++copy)
                    requests.append(mutation(round + i + copy, m, str("post.create"),
                                             {{QStringLiteral("id"), postId},
                                              {QStringLiteral("communityId"), c},
                                              {QStringLiteral("body"), QStringLiteral("once")}},
                                             clientId, mutationId));
            }
            const QList<Outcome> out = race(requests, QStringLiteral("replay"));
            for (qsizetype i = 0; i + 1 < out.size(); i += 2) {
                if (!out[i].applied() || out[i].body != out[i + 1].body)
                    fail(QStringLiteral("replay: answered %1 | %2")
                             .arg(out[i].describe(), out[i + 1].describe()));
            }
        }
        QHash<QString, int> created;
        for (const QJsonObject &change : pull(m_owner, &cursor)) {
            if (change.value(QStringLiteral("type")).toString() == QLatin1StringView("post"))
                ++created[change.value(QStringLiteral("id")).toString()];
        }
        for (const QString &p : std::as_const(posts)) {
            if (created.value(p) != 1)
                fail(
                    QStringLiteral("replay: post %1 logged %2 times").arg(p).arg(created.value(p)));
        }
        verdict();
    }

    // Three processes started at the same moment on a fresh database: one migrates the schema,
    // the others wait for it and then serve (none fails on a half-made schema).
    void processesStartingTogetherOnAFreshDatabaseAllServe() {
        QTemporaryDir fresh;
        QVERIFY(fresh.isValid());
        const QStringList args =
            HearthdProcess::storageArgs(fresh.path()) +
            QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < Processes; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->setProcessChannelMode(QProcess::MergedChannels);
        }
        for (const auto &p : processes)
            p->start(HearthdProcess::binary(), args);
        QList<QByteArray> output(Processes);
        const auto settled = [&] {
            int done = 0;
            for (int i = 0; i < Processes; ++i) {
                output[i] += processes[size_t(i)]->readAll();
                done += output[i].contains("listening on ") ||
                        processes[size_t(i)]->state() == QProcess::NotRunning;
            }
            return done == Processes;
        };
        QVERIFY(QTest::qWaitFor(settled, 30000));
        for (int i = 0; i < Processes; ++i)
            QVERIFY2(output[i].contains("listening on "), output[i].right(600).constData());
        for (const auto &p : processes) {
            p->terminate();
            p->waitForFinished(10000);
        }
    }

    // Two people registering one handle at once: one account, the other told handle_taken.
    void uniqueHandleRegisteredOnce() {
        const int pairs = qMax(2, m_rounds / 2); // Argon2id makes each registration slow
        QList<RawRequest> requests;
        for (int i = 0; i < pairs; ++i) {
            const QByteArray body =
                compact({{QStringLiteral("handle"), QStringLiteral("twin%1").arg(i)},
                         {QStringLiteral("password"), QStringLiteral("password-%1").arg(i)}});
            for (int who = 0; who < 2; ++who)
                requests.append({port(i + who), "POST", "/v1/auth/register", body, {}});
        }
        const QList<HttpReply> out = raceRaw(requests, QStringLiteral("handle"));
        for (qsizetype i = 0; i + 1 < out.size(); i += 2) {
            const int created = (out[i].status == 201) + (out[i + 1].status == 201);
            const HttpReply &loser = out[i].status == 201 ? out[i + 1] : out[i];
            if (created != 1 || loser.errorCode() != QLatin1StringView("handle_taken"))
                fail(QStringLiteral("handle: %1 created; the other answered %2 %3")
                         .arg(created)
                         .arg(loser.status)
                         .arg(QString::fromUtf8(loser.body.left(200))));
        }
        verdict();
    }
};

QTEST_GUILESS_MAIN(TestHearthdRaces)
#include "tst_hearthd_races.moc"
