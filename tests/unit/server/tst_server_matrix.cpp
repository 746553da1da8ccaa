// The authorization matrix end to end, through the real mutation service on the real storage:
// every visibility (public, request, invite) x every actor state (non-member, pending, member,
// moderator, owner, banned) x every mutation the server knows, each row with the outcome the
// rules in docs/api.md give, written out by hand below (not computed from Policy), plus a few
// business rules on top of Policy (last owner, owners cannot be removed, locked posts, other
// people's posts). A refusal must change nothing: the change-log head, every table's rows for
// the community (and the users), and the notifications stay as they were, and the stored
// receipt holds the refusal, so a replay answers it again.
//
// The anonymous caller (no token) is refused every mutation and every read with 401 over HTTP
// (the fixture's server listens on loopback for that), changing nothing. The read side has its
// own matrix: sync, history, audit and engagement x anonymous and every actor state x every
// visibility; a check fails when docs/api.md documents a GET endpoint with no rows here.
//
// Each row gets a fresh community founded by `owner`, so one `actor` user can take every state;
// the users are registered once (Argon2id is slow). The actor's state is reached through
// mutations (an invite code to join any visibility, setRole, ban), except a pending request in a
// public or invite-only community, which no mutation can produce: that row is written straight
// into the memberships table, to check that a stale pending row grants nothing there either.

#include "serverfixture.h"

#include "protocol/apierror.h"
#include "protocol/entities.h"
#include "server/domain/mutationservice.h"
#include "server/domain/syncservice.h"
#include "server/storage/database.h"

#include "httpclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace hearth::protocol;
using namespace hearthd::test;
using hearth::testing::HttpClient;
using hearth::testing::HttpReply;

namespace {

constexpr qint64 Start = 1800000000000; // 2027

const QStringList &visibilities() {
    static const QStringList all{QStringLiteral("public"), QStringLiteral("request"),
                                 QStringLiteral("invite")};
    return all;
}

const QStringList &actorStates() {
    static const QStringList all{QStringLiteral("non-member"), QStringLiteral("pending"),
                                 QStringLiteral("member"),     QStringLiteral("moderator"),
                                 QStringLiteral("owner"),      QStringLiteral("banned")};
    return all;
}

// Expected outcomes, one word per actor state in the order of actorStates():
// ok = applied, F = forbidden, NF = not_found, - = no row (the situation cannot exist).
struct Expectation {
    const char *scenario; // a mutation name, optionally "@variant"
    const char *onPublic;
    const char *onRequest;
    const char *onInvite;
};

// clang-format off
const Expectation expectations[] = {
    //                               non-member pending member moderator owner banned
    {"community.create",            "ok ok ok ok ok ok", "ok ok ok ok ok ok", "ok ok ok ok ok ok"},
    {"community.update",            "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"membership.join",             "ok ok ok ok ok F",  "ok ok ok ok ok F",  "F ok ok ok ok F"},
    {"membership.acceptGuidelines", "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"membership.leave",            "NF ok ok ok F NF",  "NF ok ok ok F NF",  "NF ok ok ok F NF"},
    {"post.create",                 "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"post.edit",                   "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"post.delete",                 "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"post.pin",                    "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"post.lock",                   "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"comment.create",              "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"comment.edit",                "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"comment.delete",              "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"membership.approve",          "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"membership.deny",             "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"membership.remove",           "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"membership.ban",              "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"membership.unban",            "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"membership.setRole",          "F F F F ok F",      "F F F F ok F",      "F F F F ok F"},
    {"reaction.set",                "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"reaction.clear",              "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"event.create",                "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"event.edit",                  "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"event.cancel",                "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"rsvp.set",                    "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"invite.create",               "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"invite.revoke",               "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"report.create",               "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    {"report.resolve",              "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    // Not scoped to a community: one's own notifications, whatever one's standing anywhere
    // (someone else's notification answers not_found; tst_server_notifications covers that).
    {"notification.markRead",       "ok ok ok ok ok ok", "ok ok ok ok ok ok", "ok ok ok ok ok ok"},
    // One's own profile, whatever one's standing anywhere; never another user's.
    {"profile.update",              "ok ok ok ok ok ok", "ok ok ok ok ok ok", "ok ok ok ok ok ok"},
    {"profile.update@others-profile", "F F F F F F",     "F F F F F F",       "F F F F F F"},
    // One's own alert level for a community one belongs to (waiting included), not a banned one.
    {"alerts.set",                  "NF ok ok ok ok NF", "NF ok ok ok ok NF", "NF ok ok ok ok NF"},
    // Business rules on top of Policy.
    // Only the author edits a post, organizers included (the post is by another member).
    {"post.edit@others-post",       "F F F F F F",       "F F F F F F",       "F F F F F F"},
    // Organizers delete anyone's post (moderation removal); members only their own.
    {"post.delete@others-post",     "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    // On a locked post only organizers comment.
    {"comment.create@locked-post",  "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    // Only the author edits a comment, organizers included; organizers delete anyone's.
    {"comment.edit@others-comment", "F F F F F F",       "F F F F F F",       "F F F F F F"},
    {"comment.delete@others-comment", "F F F ok ok F",   "F F F ok ok F",     "F F F ok ok F"},
    // A locked thread takes edits from organizers only, but every author may take their words
    // down.
    {"comment.edit@locked-post",    "F F F ok ok F",     "F F F ok ok F",     "F F F ok ok F"},
    {"comment.delete@locked-post",  "F F ok ok ok F",    "F F ok ok ok F",    "F F ok ok ok F"},
    // Owners cannot be removed or banned, by moderators nor by other owners.
    {"membership.remove@owner",     "F F F F F F",       "F F F F F F",       "F F F F F F"},
    {"membership.ban@owner",        "F F F F F F",       "F F F F F F",       "F F F F F F"},
    // A moderator cannot act on another moderator; an owner can.
    {"membership.remove@moderator", "F F F F ok F",      "F F F F ok F",      "F F F F ok F"},
    // Nobody acts on themselves through moderation.
    {"membership.ban@self",         "F F F F F F",       "F F F F F F",       "F F F F F F"},
    // The last owner cannot step down (for the owner row: the actor is the only owner).
    {"membership.setRole@self-member", "F F F F F F",    "F F F F F F",       "F F F F F F"},
};
// clang-format on

// The read side, one word per caller in the order anonymous + actorStates():
// ok = 200 (for sync: with the community's newest post), hidden = 200 without it,
// F = 403 forbidden, 401 = unauthorized. Endpoints as docs/api.md names them.
struct ReadExpectation {
    const char *endpoint;
    const char *onPublic;
    const char *onRequest;
    const char *onInvite;
};

// clang-format off
const ReadExpectation readExpectations[] = {
    //                                  anonymous non-member pending member moderator owner banned
    {"/v1/sync",                        "401 hidden hidden ok ok ok hidden",
                                        "401 hidden hidden ok ok ok hidden",
                                        "401 hidden hidden ok ok ok hidden"},
    {"/v1/communities/{id}/history",    "401 F F ok ok ok F", "401 F F ok ok ok F",
                                        "401 F F ok ok ok F"},
    {"/v1/communities/{id}/audit",      "401 F F F ok ok F",  "401 F F F ok ok F",
                                        "401 F F F ok ok F"},
    {"/v1/communities/{id}/engagement", "401 F F F ok ok F",  "401 F F F ok ok F",
                                        "401 F F F ok ok F"},
    {"/v1/communities/{id}/guidelines", "401 F F F ok ok F",  "401 F F F ok ok F",
                                        "401 F F F ok ok F"},
};
// clang-format on

// GET endpoints that are not reads of community data: health, metrics, the poke stream.
const QStringList &notCommunityReads() {
    static const QStringList all{QStringLiteral("/healthz"), QStringLiteral("/metrics"),
                                 QStringLiteral("/v1/stream")};
    return all;
}

// Tables whose rows belong to one community (with the column that says which), and tables a
// refusal may touch or that hold no community's content. A table in neither list fails the
// matrix: whoever adds one (media, say) decides where it goes.
const QList<std::pair<QString, QString>> &communityTables() {
    static const QList<std::pair<QString, QString>> all{
        {QStringLiteral("communities"), QStringLiteral("id")},
        {QStringLiteral("memberships"), QStringLiteral("community_id")},
        {QStringLiteral("posts"), QStringLiteral("community_id")},
        {QStringLiteral("comments"), QStringLiteral("community_id")},
        {QStringLiteral("reactions"), QStringLiteral("community_id")},
        {QStringLiteral("events"), QStringLiteral("community_id")},
        {QStringLiteral("rsvps"), QStringLiteral("community_id")},
        {QStringLiteral("invites"), QStringLiteral("community_id")},
        {QStringLiteral("reports"), QStringLiteral("community_id")},
        {QStringLiteral("audit_log"), QStringLiteral("community_id")},
        {QStringLiteral("community_guidelines"), QStringLiteral("community_id")},
        {QStringLiteral("notifications"), QStringLiteral("community_id")},
    };
    return all;
}

const QStringList &otherTables() {
    static const QStringList all{
        QStringLiteral("users"),          // compared whole (a refusal changes no profile)
        QStringLiteral("alert_settings"), // compared whole, like users
        QStringLiteral("tokens"),         // sessions: not touched by mutations
        QStringLiteral("change_log"),
        QStringLiteral("counters"),          // compared by the log's head
        QStringLiteral("mutation_receipts"), // a refusal adds its receipt (checked on its own)
        QStringLiteral("meta")};
    return all;
}

// Every row of a query, each as one string, sorted: equal digests mean equal contents.
QByteArray digest(QSqlQuery &q) {
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).toString());
        rows.append(values.join(QChar(0x1f)));
    }
    rows.sort();
    return QCryptographicHash::hash(rows.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha1)
        .toHex();
}

QString codeFor(const QString &word) {
    if (word == QLatin1StringView("F"))
        return QString::fromLatin1(ErrorCode::Forbidden);
    if (word == QLatin1StringView("NF"))
        return QString::fromLatin1(ErrorCode::NotFound);
    if (word == QLatin1StringView("ok"))
        return {};
    qFatal("unknown expectation '%s'", qPrintable(word));
}

QString str(const char *s) {
    return QString::fromLatin1(s);
}

} // namespace

class TestServerMatrix : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    std::unique_ptr<HttpClient> m_http; // to the fixture's server, once it listens
    TestUser m_owner, m_actor, m_target, m_pending, m_banned;
    int m_slug = 0;

    MutationResult run(const TestUser &u, const QString &name, const QJsonObject &args) {
        return m_f->mutateOne(u, name, args);
    }

    // Setup steps must succeed; a failure here is a broken test, not a matrix result.
    MutationResult must(const TestUser &u, const QString &name, const QJsonObject &args) {
        const auto r = run(u, name, args);
        if (!r.applied())
            qFatal("setup %s by %s failed: %s %s", qPrintable(name), qPrintable(u.handle),
                   qPrintable(r.errorCode), qPrintable(r.errorMessage));
        return r;
    }

    QString community(const QString &visibility) {
        return m_f->createCommunity(m_owner, QStringLiteral("m%1").arg(++m_slug), visibility);
    }

    QString invite(const QString &c) {
        const QString id = ServerFixture::newId();
        must(m_owner, QStringLiteral("invite.create"),
             {{QStringLiteral("id"), id}, {QStringLiteral("communityId"), c}});
        return id;
    }

    // Joins through an invite code, which works for every visibility.
    void joinActive(const TestUser &u, const QString &c) {
        const QString id = ServerFixture::newId();
        const auto r = must(m_owner, QStringLiteral("invite.create"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("communityId"), c}});
        must(u, QStringLiteral("membership.join"),
             {{QStringLiteral("communityId"), c},
              {QStringLiteral("inviteCode"), r.result.value(QStringLiteral("code")).toString()}});
    }

    void makePending(const TestUser &u, const QString &c, const QString &visibility) {
        if (visibility == QLatin1StringView("request")) {
            const auto r =
                must(u, QStringLiteral("membership.join"), {{QStringLiteral("communityId"), c}});
            QCOMPARE(r.result.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
            return;
        }
        // No mutation makes a pending row outside a request community: write it directly.
        QSqlQuery q(m_f->server().database().connection());
        q.prepare(QStringLiteral("INSERT INTO memberships (community_id, user_id, role, state, "
                                 "joined_at) VALUES (?, ?, 'member', 'pending', ?)"));
        q.addBindValue(c);
        q.addBindValue(u.id);
        q.addBindValue(Start);
        if (!q.exec())
            qFatal("pending row: %s", qPrintable(q.lastError().text()));
    }

    void setRole(const TestUser &u, const QString &c, const QString &role) {
        must(m_owner, QStringLiteral("membership.setRole"),
             {{QStringLiteral("communityId"), c},
              {QStringLiteral("userId"), u.id},
              {QStringLiteral("role"), role}});
    }

    void ban(const TestUser &u, const QString &c) {
        must(m_owner, QStringLiteral("membership.ban"),
             {{QStringLiteral("communityId"), c}, {QStringLiteral("userId"), u.id}});
    }

    QString post(const TestUser &author, const QString &c) { return m_f->createPost(author, c); }

    // What a refusal must leave as it was: the log's head, the community's rows in every table
    // that has them, and the users.
    QMap<QString, QByteArray> snapshot(const QString &c) {
        const QSqlDatabase db = m_f->server().database().connection();
        QMap<QString, QByteArray> out;
        QSqlQuery head(db);
        head.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
        out.insert(QStringLiteral("change log head"),
                   head.next() ? head.value(0).toByteArray() : QByteArray("?"));
        for (const auto &[table, column] : communityTables()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column));
            q.addBindValue(c);
            if (!q.exec())
                qFatal("snapshot of %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
            out.insert(table, digest(q));
        }
        QSqlQuery users(db);
        users.exec(QStringLiteral("SELECT * FROM users"));
        out.insert(QStringLiteral("users"), digest(users));
        QSqlQuery alerts(db);
        alerts.exec(QStringLiteral("SELECT * FROM alert_settings"));
        out.insert(QStringLiteral("alert_settings"), digest(alerts));
        return out;
    }

    // The result stored for (user, clientId, mutation id), parsed; nullopt when none is stored.
    std::optional<MutationResult> receiptOf(const TestUser &u, const QString &clientId,
                                            const QString &mutationId) {
        QSqlQuery q(m_f->server().database().connection());
        q.prepare(QStringLiteral("SELECT result FROM mutation_receipts WHERE user_id = ? AND "
                                 "client_id = ? AND mutation_id = ?"));
        q.addBindValue(u.id);
        q.addBindValue(clientId);
        q.addBindValue(mutationId);
        if (!q.exec() || !q.next())
            return std::nullopt;
        QString error;
        return MutationResult::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &error);
    }

    HttpClient &http() {
        if (!m_http)
            m_http = std::make_unique<HttpClient>(m_f->listen());
        return *m_http;
    }

    // The request for one read endpoint (as docs/api.md names it) on community `c`.
    static QString readPath(const QString &endpoint, const QString &c, const QString &cursor) {
        if (endpoint == QLatin1StringView("/v1/sync"))
            return QStringLiteral("/v1/sync?limit=500&cursor=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        return QString(endpoint).replace(QStringLiteral("{id}"), c);
    }

    QString event(const QString &c) {
        const QString id = ServerFixture::newId();
        must(m_owner, QStringLiteral("event.create"),
             {{QStringLiteral("id"), id},
              {QStringLiteral("communityId"), c},
              {QStringLiteral("title"), QStringLiteral("Raku firing")},
              {QStringLiteral("startsAt"), double(Start)},
              {QStringLiteral("endsAt"), double(Start + 3600000)},
              {QStringLiteral("place"), QStringLiteral("The kiln shed")}});
        return id;
    }

private Q_SLOTS:
    void initTestCase() {
        HEARTHD_SKIP_WITHOUT_BACKEND();
        QLoggingCategory::setFilterRules(QStringLiteral("hearthd.*.info=false"));
        m_f = std::make_unique<ServerFixture>();
        m_owner = m_f->registerUser(QStringLiteral("owner"));
        m_actor = m_f->registerUser(QStringLiteral("actor"));
        m_target = m_f->registerUser(QStringLiteral("target"));
        m_pending = m_f->registerUser(QStringLiteral("applicant"));
        m_banned = m_f->registerUser(QStringLiteral("outcast"));
    }

    void cleanupTestCase() {
        m_http.reset();
        m_f.reset();
    }

    // The table names every mutation the server has, and nothing else.
    void everyMutationHasARow() {
        QStringList names;
        for (const Expectation &e : expectations) {
            const QString name = str(e.scenario).section(QLatin1Char('@'), 0, 0);
            if (!names.contains(name))
                names.append(name);
        }
        names.sort();
        QCOMPARE(names, hearthd::MutationService::names());
    }

    void matrix_data() {
        QTest::addColumn<QString>("visibility");
        QTest::addColumn<QString>("actorState");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected"); // "ok" or an error code
        for (const Expectation &e : expectations) {
            const char *perVisibility[] = {e.onPublic, e.onRequest, e.onInvite};
            for (int v = 0; v < 3; ++v) {
                const QStringList words =
                    str(perVisibility[v]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.size() != actorStates().size())
                    qFatal("row %s needs %d words", e.scenario, int(actorStates().size()));
                for (int s = 0; s < words.size(); ++s) {
                    if (words[s] == QLatin1StringView("-"))
                        continue;
                    const QString expected = codeFor(words[s]);
                    QTest::addRow("%s/%s/%s", qPrintable(visibilities()[v]),
                                  qPrintable(actorStates()[s]), e.scenario)
                        << visibilities()[v] << actorStates()[s] << str(e.scenario)
                        << (expected.isEmpty() ? QStringLiteral("ok") : expected);
                }
            }
        }
    }

    void matrix() {
        QFETCH(QString, visibility);
        QFETCH(QString, actorState);
        QFETCH(QString, scenario);
        QFETCH(QString, expected);
        const QString name = scenario.section(QLatin1Char('@'), 0, 0);
        const QString variant = scenario.section(QLatin1Char('@'), 1);

        const QString c = community(visibility);
        const bool isOwner = actorState == QLatin1StringView("owner");
        const TestUser actor = isOwner ? m_owner : m_actor;
        const bool wasMember = isOwner || actorState == QLatin1StringView("member") ||
                               actorState == QLatin1StringView("moderator") ||
                               actorState == QLatin1StringView("banned");

        // The actor's membership, up to the last step (a ban comes after their own content).
        if (actorState == QLatin1StringView("pending"))
            makePending(actor, c, visibility);
        else if (wasMember && !isOwner)
            joinActive(actor, c);
        if (actorState == QLatin1StringView("moderator"))
            setRole(actor, c, QStringLiteral("moderator"));

        // The objects the mutation acts on. A post of the actor's own when they could write one,
        // for edit and delete (the "others" variants use the owner's post).
        const bool ownPost = wasMember && variant.isEmpty();
        QString postId;
        if (name.startsWith(QLatin1StringView("post.")) ||
            name.startsWith(QLatin1StringView("comment.")) ||
            name.startsWith(QLatin1StringView("reaction.")) ||
            name.startsWith(QLatin1StringView("report."))) {
            const bool byActor = ownPost && (name == QLatin1StringView("post.edit") ||
                                             name == QLatin1StringView("post.delete"));
            if (variant == QLatin1StringView("others-post")) {
                joinActive(m_target, c); // someone who is neither the actor nor the owner
                postId = post(m_target, c);
            } else {
                postId = post(byActor ? actor : m_owner, c);
            }
        }
        // The comment edit and delete act on: the actor's own when they could write one (before
        // a lock or a ban), the owner's otherwise, another member's for the "others" variants.
        QString commentId;
        if (name == QLatin1StringView("comment.edit") ||
            name == QLatin1StringView("comment.delete")) {
            TestUser author = wasMember ? actor : m_owner;
            if (variant == QLatin1StringView("others-comment")) {
                joinActive(m_target, c);
                author = m_target;
            }
            commentId = m_f->createComment(author, postId, QStringLiteral("first thoughts"));
        }
        if (variant == QLatin1StringView("locked-post"))
            must(m_owner, QStringLiteral("post.lock"), {{QStringLiteral("id"), postId}});
        QString eventId;
        if (name.startsWith(QLatin1StringView("event.")) || name == QLatin1StringView("rsvp.set"))
            eventId = name == QLatin1StringView("event.create") ? ServerFixture::newId() : event(c);
        QString inviteId;
        if (name == QLatin1StringView("invite.revoke"))
            inviteId = invite(c);
        QString reportId;
        if (name == QLatin1StringView("report.resolve")) {
            reportId = ServerFixture::newId();
            must(m_owner, QStringLiteral("report.create"),
                 {{QStringLiteral("id"), reportId},
                  {QStringLiteral("targetType"), QStringLiteral("post")},
                  {QStringLiteral("targetId"), postId},
                  {QStringLiteral("reason"), QStringLiteral("spam")}});
        }
        TestUser target = m_target;
        if (name == QLatin1StringView("membership.approve") ||
            name == QLatin1StringView("membership.deny")) {
            target = m_pending;
            makePending(target, c, visibility);
        } else if (name == QLatin1StringView("membership.unban")) {
            target = m_banned;
            ban(target, c); // pre-emptively: no membership needed
        } else if (variant == QLatin1StringView("self") ||
                   variant == QLatin1StringView("self-member")) {
            target = actor;
        } else if (name == QLatin1StringView("membership.remove") ||
                   name == QLatin1StringView("membership.ban") ||
                   name == QLatin1StringView("membership.setRole")) {
            joinActive(target, c);
            if (variant == QLatin1StringView("owner"))
                setRole(target, c, QStringLiteral("owner"));
            else if (variant == QLatin1StringView("moderator"))
                setRole(target, c, QStringLiteral("moderator"));
        }

        if (actorState == QLatin1StringView("banned"))
            ban(actor, c);

        QJsonObject args;
        const QString newId = ServerFixture::newId();
        if (name == QLatin1StringView("community.create")) {
            args = {{QStringLiteral("id"), newId},
                    {QStringLiteral("slug"), QStringLiteral("n%1").arg(++m_slug)},
                    {QStringLiteral("name"), QStringLiteral("New")}};
        } else if (name == QLatin1StringView("community.update")) {
            args = {{QStringLiteral("id"), c},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("tagline"), QStringLiteral("Kilns and glazes")}};
        } else if (name == QLatin1StringView("membership.acceptGuidelines")) {
            args = {{QStringLiteral("communityId"), c},
                    {QStringLiteral("digest"), guidelinesDigest(QString())}};
        } else if (name == QLatin1StringView("membership.join") ||
                   name == QLatin1StringView("membership.leave")) {
            args = {{QStringLiteral("communityId"), c}};
        } else if (name == QLatin1StringView("post.create")) {
            args = {{QStringLiteral("id"), newId},
                    {QStringLiteral("communityId"), c},
                    {QStringLiteral("body"), QStringLiteral("hello")}};
        } else if (name == QLatin1StringView("post.edit")) {
            args = {{QStringLiteral("id"), postId},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("body"), QStringLiteral("edited")}};
        } else if (name == QLatin1StringView("post.delete") ||
                   name == QLatin1StringView("post.pin") ||
                   name == QLatin1StringView("post.lock")) {
            args = {{QStringLiteral("id"), postId}};
        } else if (name == QLatin1StringView("comment.create")) {
            args = {{QStringLiteral("id"), newId},
                    {QStringLiteral("postId"), postId},
                    {QStringLiteral("body"), QStringLiteral("a reply")}};
        } else if (name == QLatin1StringView("comment.edit")) {
            args = {{QStringLiteral("id"), commentId},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("body"), QStringLiteral("second thoughts")}};
        } else if (name == QLatin1StringView("comment.delete")) {
            args = {{QStringLiteral("id"), commentId}};
        } else if (name.startsWith(QLatin1StringView("membership."))) {
            args = {{QStringLiteral("communityId"), c}, {QStringLiteral("userId"), target.id}};
            if (name == QLatin1StringView("membership.setRole"))
                args.insert(QStringLiteral("role"), variant == QLatin1StringView("self-member")
                                                        ? QStringLiteral("member")
                                                        : QStringLiteral("moderator"));
        } else if (name.startsWith(QLatin1StringView("reaction."))) {
            args = {{QStringLiteral("targetType"), QStringLiteral("post")},
                    {QStringLiteral("targetId"), postId},
                    {QStringLiteral("emoji"), QStringLiteral("+1")}};
        } else if (name == QLatin1StringView("event.create")) {
            args = {{QStringLiteral("id"), eventId},
                    {QStringLiteral("communityId"), c},
                    {QStringLiteral("title"), QStringLiteral("Glaze day")},
                    {QStringLiteral("startsAt"), double(Start)},
                    {QStringLiteral("endsAt"), double(Start + 3600000)},
                    {QStringLiteral("place"), QStringLiteral("Studio")}};
        } else if (name == QLatin1StringView("event.edit")) {
            args = {{QStringLiteral("id"), eventId},
                    {QStringLiteral("title"), QStringLiteral("Moved")}};
        } else if (name == QLatin1StringView("event.cancel")) {
            args = {{QStringLiteral("id"), eventId}};
        } else if (name == QLatin1StringView("rsvp.set")) {
            args = {{QStringLiteral("eventId"), eventId},
                    {QStringLiteral("status"), QStringLiteral("going")}};
        } else if (name == QLatin1StringView("invite.create")) {
            args = {{QStringLiteral("id"), newId}, {QStringLiteral("communityId"), c}};
        } else if (name == QLatin1StringView("invite.revoke")) {
            args = {{QStringLiteral("id"), inviteId}};
        } else if (name == QLatin1StringView("report.create")) {
            args = {{QStringLiteral("id"), newId},
                    {QStringLiteral("targetType"), QStringLiteral("post")},
                    {QStringLiteral("targetId"), postId},
                    {QStringLiteral("reason"), QStringLiteral("off topic")}};
        } else if (name == QLatin1StringView("report.resolve")) {
            args = {{QStringLiteral("id"), reportId},
                    {QStringLiteral("action"), QStringLiteral("dismiss")}};
        } else if (name == QLatin1StringView("alerts.set")) {
            args = {{QStringLiteral("communityId"), c},
                    {QStringLiteral("level"), QStringLiteral("none")}};
        } else if (name == QLatin1StringView("notification.markRead")) {
            args = {{QStringLiteral("all"), true}};
        } else if (name == QLatin1StringView("profile.update")) {
            const TestUser &whose = variant.isEmpty() ? actor : m_target;
            QSqlQuery q(m_f->server().database().connection());
            q.prepare(QStringLiteral("SELECT version FROM users WHERE id = ?"));
            q.addBindValue(whose.id);
            QVERIFY(q.exec() && q.next());
            args = {{QStringLiteral("id"), whose.id},
                    {QStringLiteral("version"), q.value(0).toInt()},
                    {QStringLiteral("displayName"), QStringLiteral("Renamed")}};
        } else {
            QFAIL(qPrintable(QStringLiteral("no arguments for %1").arg(name)));
        }

        const auto before = snapshot(c);
        const Mutation m = ServerFixture::mutation(name, args);
        const QString clientId = QStringLiteral("matrix");
        const auto r = m_f->mutate(actor, {m}, clientId).constFirst();
        const QString got = r.applied() ? QStringLiteral("ok") : r.errorCode;
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("expected %1, got %2 %3 (%4)")
                                .arg(expected, r.status, r.errorCode, r.errorMessage)));
        if (r.applied())
            return;
        // A refusal changed nothing, and is remembered as the answer to this mutation.
        const auto after = snapshot(c);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("the refusal changed %1").arg(it.key())));
        const auto stored = receiptOf(actor, clientId, m.id);
        QVERIFY2(stored, "no receipt was stored for the refusal");
        QCOMPARE(stored->status, r.status);
        QCOMPARE(stored->errorCode, r.errorCode);
    }

    // Every table is either compared per community by the snapshot or named as outside it.
    void snapshotCoversEveryTable() {
        QStringList known = otherTables();
        for (const auto &[table, column] : communityTables())
            known.append(table);
        const QStringList tables = m_f->server().database().connection().tables();
        QVERIFY(!tables.isEmpty());
        for (const QString &table : tables)
            QVERIFY2(
                known.contains(table.toLower()),
                qPrintable(QStringLiteral("table %1 is not in the matrix's snapshot").arg(table)));
    }

    // Without a token, every mutation is refused with 401 before the mutation service sees it.
    void anonymousCallerIsRefusedEveryMutation_data() {
        QTest::addColumn<QString>("name");
        for (const QString &name : hearthd::MutationService::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void anonymousCallerIsRefusedEveryMutation() {
        QFETCH(QString, name);
        const QString c = community(QStringLiteral("public"));
        const QString postId = post(m_owner, c);
        const auto before = snapshot(c);
        // Arguments that would do something for a member: the refusal must not depend on them.
        const QJsonObject args{{QStringLiteral("id"), postId},
                               {QStringLiteral("communityId"), c},
                               {QStringLiteral("postId"), postId},
                               {QStringLiteral("targetType"), QStringLiteral("post")},
                               {QStringLiteral("targetId"), postId},
                               {QStringLiteral("body"), QStringLiteral("anonymous")}};
        const QJsonObject batch{
            {QStringLiteral("clientId"), QStringLiteral("anonymous")},
            {QStringLiteral("mutations"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), ServerFixture::newId()},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("args"), args}}}}};
        const HttpReply reply = http().post(QStringLiteral("/v1/mutations"),
                                            QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QString::fromLatin1(ErrorCode::Unauthorized));
        QVERIFY(snapshot(c) == before);
    }

    // Every GET endpoint docs/api.md documents (but health, metrics and the stream) has rows in
    // the read matrix.
    void everyReadEndpointHasRows() {
        QFile api(QStringLiteral(HEARTH_API_DOC));
        QVERIFY2(api.open(QIODevice::ReadOnly), qPrintable(api.fileName()));
        static const QRegularExpression heading(QStringLiteral("^#+ GET (/[^?\\s]*)"),
                                                QRegularExpression::MultilineOption);
        QStringList documented;
        auto it = heading.globalMatch(QString::fromUtf8(api.readAll()));
        while (it.hasNext()) {
            const QString endpoint = it.next().captured(1);
            if (!notCommunityReads().contains(endpoint))
                documented.append(endpoint);
        }
        QVERIFY(documented.contains(QStringLiteral("/v1/sync")));
        QStringList covered;
        for (const ReadExpectation &e : readExpectations)
            covered.append(str(e.endpoint));
        for (const QString &endpoint : std::as_const(documented))
            QVERIFY2(covered.contains(endpoint),
                     qPrintable(QStringLiteral("%1 has no rows in the read matrix").arg(endpoint)));
    }

    void readMatrix_data() {
        QTest::addColumn<QString>("visibility");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("expected");
        QStringList callers{QStringLiteral("anonymous")};
        callers += actorStates();
        for (const ReadExpectation &e : readExpectations) {
            const char *perVisibility[] = {e.onPublic, e.onRequest, e.onInvite};
            for (int v = 0; v < 3; ++v) {
                const QStringList words =
                    str(perVisibility[v]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.size() != callers.size())
                    qFatal("read row %s needs %d words", e.endpoint, int(callers.size()));
                for (int s = 0; s < words.size(); ++s)
                    QTest::addRow("%s/%s%s", qPrintable(visibilities()[v]), qPrintable(callers[s]),
                                  e.endpoint)
                        << visibilities()[v] << callers[s] << str(e.endpoint) << words[s];
            }
        }
    }

    void readMatrix() {
        QFETCH(QString, visibility);
        QFETCH(QString, caller);
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);
        const QString c = community(visibility);
        const bool anonymous = caller == QLatin1StringView("anonymous");
        const bool isOwner = caller == QLatin1StringView("owner");
        const TestUser actor = isOwner ? m_owner : m_actor;
        if (caller == QLatin1StringView("pending"))
            makePending(actor, c, visibility);
        else if (caller == QLatin1StringView("member") ||
                 caller == QLatin1StringView("moderator") || caller == QLatin1StringView("banned"))
            joinActive(actor, c);
        if (caller == QLatin1StringView("moderator"))
            setRole(actor, c, QStringLiteral("moderator"));
        // Content made after the caller joined (so no join window carries it): a post, and an
        // organizer action for the audit log.
        const QString cursor = m_f->server().sync().headCursor();
        const QString postId = post(m_owner, c);
        must(m_owner, QStringLiteral("post.pin"), {{QStringLiteral("id"), postId}});
        if (caller == QLatin1StringView("banned"))
            ban(actor, c);

        const HttpReply reply =
            http().get(readPath(endpoint, c, cursor), anonymous ? QString() : actor.token);
        QString got;
        if (reply.status == 200 && endpoint == QLatin1StringView("/v1/sync")) {
            bool seen = false;
            for (const QJsonValue &change : reply.json().value(QStringLiteral("changes")).toArray())
                seen = seen || (change[QStringLiteral("type")] == QStringLiteral("post") &&
                                change[QStringLiteral("id")] == postId);
            got = seen ? QStringLiteral("ok") : QStringLiteral("hidden");
        } else if (reply.status == 200) {
            got = QStringLiteral("ok");
        } else if (reply.status == 401) {
            got = QStringLiteral("401");
        } else if (reply.status == 403) {
            got = QStringLiteral("F");
        } else {
            got = QString::number(reply.status);
        }
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("expected %1, got %2: %3")
                                .arg(expected, got, QString::fromUtf8(reply.body.left(300)))));
    }
};

QTEST_GUILESS_MAIN(TestServerMatrix)
#include "tst_server_matrix.moc"
