#include "demoseeder.h"

#include "server/domain/accounts.h"
#include "server/domain/clock.h"
#include "server/domain/domainlogging.h"
#include "server/domain/joinwindow.h"
#include "server/domain/membershipmutations.h"
#include "server/domain/mutationcontext.h"
#include "server/domain/mutationservice.h"
#include "server/domain/passwordhasher.h"
#include "server/domain/policy.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>
#include <stdexcept>

namespace hearthd {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

// A problem in the seed file: unwinds the seeding transaction with a message for the operator.
class SeedError : public std::runtime_error {
public:
    explicit SeedError(const QString &message)
        : std::runtime_error(message.toStdString())
        , text(message) {}
    QString text;
};

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

qint64 ageToTime(const QJsonObject &o, qint64 now, qint64 fallback) {
    const QJsonValue age = o.value(QLatin1StringView("ageHours"));
    if (!age.isDouble())
        return fallback;
    return now - qint64(age.toDouble() * double(HourMs));
}

QJsonObject pick(const QJsonObject &from, std::initializer_list<const char *> keys) {
    QJsonObject out;
    for (const char *key : keys) {
        const QJsonValue v = from.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull())
            out.insert(QLatin1StringView(key), v);
    }
    return out;
}

double maxAgeHours(const QJsonArray &items) {
    double max = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        max = std::max(max, o.value(QLatin1StringView("ageHours")).toDouble());
        max = std::max(max, maxAgeHours(o.value(QLatin1StringView("comments")).toArray()));
        max = std::max(max, maxAgeHours(o.value(QLatin1StringView("replies")).toArray()));
    }
    return max;
}

} // namespace

DemoSeeder::DemoSeeder(Database &db, ChangeLog &log, EntityReader &reader, Accounts &accounts,
                       MutationService &mutations)
    : m_db(db)
    , m_log(log)
    , m_reader(reader)
    , m_accounts(accounts)
    , m_mutations(mutations) {}

Result<DemoSeeder::Summary> DemoSeeder::seed(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return DomainError::invalid(QStringLiteral("the seed file is not a JSON object: %1 at "
                                                   "offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    const QJsonObject root = doc.object();
    const qint64 users =
        Query(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users")).scalar();
    if (users > 0)
        return DomainError::conflict(QStringLiteral("the database already has %1 users; seeding "
                                                    "fills only a fresh, empty database")
                                         .arg(users));
    m_userIds.clear();
    m_summary = {};
    try {
        WriteTransaction tx(m_db);
        seedUsers(root);
        const qint64 now = Clock::nowMs();
        for (const QJsonValue &c : root.value(QLatin1StringView("communities")).toArray())
            seedCommunity(c.toObject(), now);
        tx.commit();
    } catch (const SeedError &e) {
        return DomainError::invalid(e.text);
    }
    qCInfo(lcSeed) << "seeded" << m_summary.users << "users," << m_summary.communities
                   << "communities," << m_summary.posts << "posts," << m_summary.comments
                   << "comments," << m_summary.reactions << "reactions," << m_summary.events
                   << "events," << m_summary.rsvps << "RSVPs," << m_summary.reports << "reports";
    return m_summary;
}

void DemoSeeder::seedUsers(const QJsonObject &root) {
    const QJsonObject demo = root.value(QLatin1StringView("demoAccount")).toObject();
    const QString demoHandle = str(demo, "handle");
    const QString defaultPassword = str(root, "defaultPassword");
    QJsonArray users = root.value(QLatin1StringView("users")).toArray();
    const bool demoListed = std::any_of(users.begin(), users.end(), [&](const QJsonValue &u) {
        return str(u.toObject(), "handle") == demoHandle;
    });
    if (!demoHandle.isEmpty() && !demoListed)
        users.append(QJsonObject{{QStringLiteral("handle"), demoHandle}});

    // Hash each distinct password once: Argon2id costs ~70 ms, and demo members share one.
    QHash<QString, QString> hashes;
    const qint64 now = Clock::nowMs();
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        Accounts::NewUser user;
        user.handle = str(u, "handle");
        if (auto e = Accounts::checkHandle(user.handle))
            throw SeedError(QStringLiteral("user '%1': %2").arg(user.handle, e->message));
        if (m_userIds.contains(user.handle))
            throw SeedError(QStringLiteral("user '%1' is listed twice").arg(user.handle));
        const QString password =
            user.handle == demoHandle ? str(demo, "password") : defaultPassword;
        if (auto e = Accounts::checkPassword(password))
            throw SeedError(QStringLiteral("password for '%1': %2").arg(user.handle, e->message));
        if (!hashes.contains(password))
            hashes.insert(password, PasswordHasher::hash(password));
        user.passwordHash = hashes.value(password);
        user.displayName = str(u, "displayName").left(64);
        user.bio = str(u, "bio");
        for (const QJsonValue &i : u.value(QLatin1StringView("interests")).toArray())
            user.interests.append(i.toString());
        user.links = u.value(QLatin1StringView("links")).toArray();
        user.showcase = u.value(QLatin1StringView("showcase")).toArray();
        m_userIds.insert(user.handle, m_accounts.createUser(user, now));
        ++m_summary.users;
    }
}

QString DemoSeeder::userId(const QString &handle, const QString &where) const {
    const QString id = m_userIds.value(handle);
    if (id.isEmpty())
        throw SeedError(QStringLiteral("%1 names '%2', who is not in 'users'").arg(where, handle));
    return id;
}

QJsonObject DemoSeeder::run(MutationContext &ctx, const QString &name, const QJsonObject &args,
                            const QString &where) {
    const auto result = m_mutations.run(ctx, name, args);
    if (!result.applied())
        throw SeedError(QStringLiteral("%1: %2").arg(where, result.errorMessage));
    return result.result;
}

void DemoSeeder::ensureMember(MutationContext &ctx, const QString &communityId,
                              const QString &memberId) {
    const auto m = m_reader.membership(communityId, memberId);
    // Members joined as anyone does: accepting the guidelines (those seeded in events and posts
    // too, as if they had joined earlier).
    const auto community = m_reader.community(communityId);
    if (!m || m->state != QLatin1StringView("active"))
        MembershipMutations::setMembership(
            ctx, communityId, memberId, QStringLiteral("member"), QStringLiteral("active"),
            community ? std::optional<QString>(community->guidelines) : std::nullopt);
}

void DemoSeeder::seedCommunity(const QJsonObject &c, qint64 now) {
    const QString slug = str(c, "slug");
    const QString where = QStringLiteral("community '%1'").arg(slug);
    const QJsonArray posts = c.value(QLatin1StringView("posts")).toArray();
    const qint64 founded = now - qint64((maxAgeHours(posts) + 24 * 14) * double(HourMs));

    MutationContext ctx{m_db, m_log, m_reader,
                        userId(str(c, "owner"), where + QStringLiteral(" owner")), founded};
    const QString communityId = newId();
    QJsonObject args = pick(c, {"slug", "name", "tagline", "description", "guidelines",
                                "visibility", "memberCap", "topics", "welcome"});
    args.insert(QStringLiteral("id"), communityId);
    run(ctx, QStringLiteral("community.create"), args, where);
    const QString ownerId = ctx.userId;
    ++m_summary.communities;

    qint64 joined = founded;
    // Further owners: the demo account owns one community, so its organizer pane can be seen.
    for (const QJsonValue &h : c.value(QLatin1StringView("owners")).toArray()) {
        ctx.now = (joined += 60 * 1000);
        const QString ownerOf = userId(h.toString(), where);
        MembershipMutations::setMembership(ctx, communityId, ownerOf, QStringLiteral("owner"),
                                           QStringLiteral("active"));
        // What came before them (the community's founder among its members), as a joiner gets.
        JoinWindow::deliver(ctx, communityId, ownerOf);
    }
    QStringList joiners;
    for (const QJsonValue &h : c.value(QLatin1StringView("moderators")).toArray()) {
        ctx.now = (joined += 60 * 1000);
        joiners.append(userId(h.toString(), where));
        MembershipMutations::setMembership(ctx, communityId, joiners.last(),
                                           QStringLiteral("moderator"), QStringLiteral("active"));
    }
    for (const QJsonValue &h : c.value(QLatin1StringView("members")).toArray()) {
        ctx.now = (joined += 60 * 1000);
        joiners.append(userId(h.toString(), where));
        ensureMember(ctx, communityId, joiners.last());
    }
    // These members were added directly, not through a join: each gets the join window a live
    // joiner gets (the community, every member and their profiles, the welcome post), or they
    // would never see the memberships logged before theirs and the directory would list
    // only those who came after them.
    for (const QString &memberId : std::as_const(joiners))
        JoinWindow::deliver(ctx, communityId, memberId);

    // Oldest first, so seqs follow time as they would have live.
    QList<QJsonObject> ordered;
    for (const QJsonValue &p : posts)
        ordered.append(p.toObject());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value(QLatin1StringView("ageHours")).toDouble() >
                                b.value(QLatin1StringView("ageHours")).toDouble();
                     });
    for (const QJsonObject &p : ordered) {
        const QString postWhere = where + QStringLiteral(" post '%1'").arg(str(p, "title"));
        ctx.userId = userId(str(p, "author"), postWhere);
        ctx.now = ageToTime(p, now, now);
        ensureMember(ctx, communityId, ctx.userId);
        const QString postId = newId();
        QJsonObject postArgs = pick(p, {"kind", "title", "body", "topic"});
        // Announcements are for organizers; demo data written by hand sometimes forgets. Keep
        // the post, as a discussion, rather than refusing the whole file.
        if (postArgs.value(QStringLiteral("kind")).toString() == QStringLiteral("announcement") &&
            !Policy::isOrganizer(m_reader.membership(communityId, ctx.userId))) {
            qCWarning(lcSeed) << postWhere << "is an announcement by" << str(p, "author")
                              << "who is not an organizer; seeded as a discussion";
            postArgs.insert(QStringLiteral("kind"), QStringLiteral("discussion"));
        }
        postArgs.insert(QStringLiteral("id"), postId);
        postArgs.insert(QStringLiteral("communityId"), communityId);
        run(ctx, QStringLiteral("post.create"), postArgs, postWhere);
        ++m_summary.posts;
        const qint64 postTime = ctx.now;
        if (p.value(QLatin1StringView("pinned")).toBool()) {
            ctx.userId = ownerId;
            run(ctx, QStringLiteral("post.pin"),
                {{QStringLiteral("id"), postId}, {QStringLiteral("pinned"), true}}, postWhere);
        }
        seedComments(ctx, p.value(QLatin1StringView("comments")).toArray(), postId, {}, communityId,
                     postTime, now);
        seedReactions(ctx, p.value(QLatin1StringView("reactions")).toObject(), postId, communityId,
                      postTime, now);
        seedReports(ctx, p.value(QLatin1StringView("reports")).toArray(), QStringLiteral("post"),
                    postId, communityId, now);
    }
    for (const QJsonValue &e : c.value(QLatin1StringView("events")).toArray())
        seedEvent(ctx, e.toObject(), communityId, ownerId, now);
    // People asking to join a request community, through membership.join as they would (having
    // read and accepted its guidelines): each waits, pending, for an organizer, who is notified.
    // The last one asked an hour ago.
    const QJsonArray requests = c.value(QLatin1StringView("requests")).toArray();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString requestWhere =
            where + QStringLiteral(" request by '%1'").arg(requests.at(i).toString());
        ctx.userId = userId(requests.at(i).toString(), requestWhere);
        ctx.now = now - qint64(requests.size() - i) * HourMs;
        run(ctx, QStringLiteral("membership.join"),
            {{QStringLiteral("communityId"), communityId},
             {QStringLiteral("acceptGuidelines"), true}},
            requestWhere);
        const auto m = m_reader.membership(communityId, ctx.userId);
        if (!m || m->state != QLatin1StringView("pending"))
            throw SeedError(requestWhere +
                            QStringLiteral(": only a request community has requests"));
    }
}

void DemoSeeder::seedReactions(MutationContext &ctx, const QJsonObject &reactions,
                               const QString &postId, const QString &communityId, qint64 postTime,
                               qint64 now) {
    // Reactions trickle in over the hours after the post, never later than now.
    qint64 at = postTime;
    for (auto it = reactions.begin(); it != reactions.end(); ++it) {
        for (const QJsonValue &h : it.value().toArray()) {
            const QString where = QStringLiteral("reaction %1 by '%2'").arg(it.key(), h.toString());
            ctx.userId = userId(h.toString(), where);
            ctx.now = std::min(at += 7 * 60 * 1000, now);
            ensureMember(ctx, communityId, ctx.userId);
            run(ctx, QStringLiteral("reaction.set"),
                {{QStringLiteral("targetType"), QStringLiteral("post")},
                 {QStringLiteral("targetId"), postId},
                 {QStringLiteral("emoji"), it.key()}},
                where);
            ++m_summary.reactions;
        }
    }
}

void DemoSeeder::seedReports(MutationContext &ctx, const QJsonArray &reports,
                             const QString &targetType, const QString &targetId,
                             const QString &communityId, qint64 now) {
    for (const QJsonValue &v : reports) {
        const QJsonObject r = v.toObject();
        const QString where = QStringLiteral("report by '%1'").arg(str(r, "by"));
        ctx.userId = userId(str(r, "by"), where);
        ctx.now = ageToTime(r, now, now - HourMs); // "ageHours", or an hour ago
        ensureMember(ctx, communityId, ctx.userId);
        run(ctx, QStringLiteral("report.create"),
            {{QStringLiteral("id"), newId()},
             {QStringLiteral("targetType"), targetType},
             {QStringLiteral("targetId"), targetId},
             {QStringLiteral("reason"), str(r, "reason")}},
            where);
        ++m_summary.reports;
    }
}

void DemoSeeder::seedEvent(MutationContext &ctx, const QJsonObject &e, const QString &communityId,
                           const QString &organizerId, qint64 now) {
    const QString where = QStringLiteral("event '%1'").arg(str(e, "title"));
    const qint64 startsAt =
        now + qint64(e.value(QLatin1StringView("startsInHours")).toDouble() * double(HourMs));
    const qint64 endsAt =
        startsAt + qint64(e.value(QLatin1StringView("durationHours")).toDouble() * double(HourMs));
    // Announced three weeks before it starts (or a day ago, for one still to come soon).
    ctx.now = std::min(startsAt - 21 * 24 * HourMs, now - 24 * HourMs);
    ctx.userId = organizerId;
    const QString eventId = newId();
    QJsonObject args = pick(e, {"title", "description", "place", "link", "capacity"});
    args.insert(QStringLiteral("id"), eventId);
    args.insert(QStringLiteral("communityId"), communityId);
    args.insert(QStringLiteral("startsAt"), double(startsAt));
    args.insert(QStringLiteral("endsAt"), double(endsAt));
    run(ctx, QStringLiteral("event.create"), args, where);
    ++m_summary.events;
    // Answers in the order listed, an hour apart: past the capacity, "going" waits in line.
    for (const char *status : {"going", "maybe"}) {
        for (const QJsonValue &h : e.value(QLatin1StringView(status)).toArray()) {
            const QString rsvpWhere = where + QStringLiteral(" RSVP by '%1'").arg(h.toString());
            ctx.userId = userId(h.toString(), rsvpWhere);
            ctx.now = std::min(ctx.now + HourMs, now);
            ensureMember(ctx, communityId, ctx.userId);
            run(ctx, QStringLiteral("rsvp.set"),
                {{QStringLiteral("eventId"), eventId},
                 {QStringLiteral("status"), QString::fromLatin1(status)}},
                rsvpWhere);
            ++m_summary.rsvps;
        }
    }
}

void DemoSeeder::seedComments(MutationContext &ctx, const QJsonArray &comments,
                              const QString &postId, const QString &parentId,
                              const QString &communityId, qint64 fallbackTime, qint64 now) {
    QList<QJsonObject> ordered;
    for (const QJsonValue &v : comments)
        ordered.append(v.toObject());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value(QLatin1StringView("ageHours")).toDouble() >
                                b.value(QLatin1StringView("ageHours")).toDouble();
                     });
    for (const QJsonObject &c : ordered) {
        const QString where = QStringLiteral("comment by '%1'").arg(str(c, "author"));
        ctx.userId = userId(str(c, "author"), where);
        // A comment is never older than what it answers.
        ctx.now = std::max(ageToTime(c, now, fallbackTime + 60 * 1000), fallbackTime + 1000);
        ensureMember(ctx, communityId, ctx.userId);
        const QString id = newId();
        QJsonObject args{{QStringLiteral("id"), id},
                         {QStringLiteral("postId"), postId},
                         {QStringLiteral("body"), str(c, "body")}};
        if (!parentId.isEmpty())
            args.insert(QStringLiteral("parentId"), parentId);
        run(ctx, QStringLiteral("comment.create"), args, where);
        ++m_summary.comments;
        seedReports(ctx, c.value(QLatin1StringView("reports")).toArray(), QStringLiteral("comment"),
                    id, communityId, now);
        seedComments(ctx, c.value(QLatin1StringView("replies")).toArray(), postId, id, communityId,
                     ctx.now, now);
    }
}

} // namespace hearthd
