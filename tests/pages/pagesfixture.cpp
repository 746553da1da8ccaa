#include "pagesfixture.h"

#include "protocol/entities.h"
#include "protocol/syncpage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::testing {

namespace {

QString id(int n) {
    return QStringLiteral("5a1e0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

const QString me = id(1), maren = id(2), ada = id(3), cal = id(4), bea = id(5), june = id(6),
              hannah = id(7), tom = id(8), nadia = id(9), lottie = id(10), ravi = id(11);
const QString makers = id(101), trail = id(102);
const QString raku = id(201), spoons = id(202), hills = id(203), moon = id(204),
              demoNight = id(205);
const QString glazePost = id(301), jarPost = id(302), hillPost = id(303), askPost = id(304),
              myPost = id(305);
const QString replyComment = id(401), rudeComment = id(402), removedComment = id(403);
const QString hillReport = id(601), rudeReport = id(602), banterReport = id(603),
              spamReport = id(604);
const QString replyNote = id(501), mentionNote = id(502), reminderNote = id(503),
              joinNote = id(504), goneNote = id(505);

constexpr qint64 Hour = 3600 * 1000;

class Builder {
public:
    explicit Builder(qint64 now)
        : m_now(now) {}

    void add(const char *type, const QString &objectId, const QString &community,
             const QJsonObject &data) {
        protocol::Change c;
        c.seq = ++m_seq;
        c.type = QString::fromLatin1(type);
        c.op = QString::fromLatin1(protocol::ChangeOp::Upsert);
        c.id = objectId;
        c.community = community;
        c.data = data;
        m_page.changes.append(c);
    }

    void user(const QString &userId, const char *handle, const char *name, const char *bio,
              const QStringList &interests = {}, const QJsonArray &links = {},
              const QJsonArray &showcase = {}) {
        protocol::UserProfile u;
        u.id = userId;
        u.handle = QString::fromUtf8(handle);
        u.displayName = QString::fromUtf8(name);
        u.bio = QString::fromUtf8(bio);
        u.interests = interests;
        u.links = links;
        u.showcase = showcase;
        add(protocol::ChangeType::User, u.id, {}, u.toJson());
    }

    // `settings` gives the rest (description, topics, guidelines, ...) where a test needs it.
    void community(const QString &communityId, const char *slug, const char *name,
                   const char *tagline, int members, protocol::Community c = {}) {
        c.id = communityId;
        c.slug = QString::fromUtf8(slug);
        c.name = QString::fromUtf8(name);
        c.tagline = QString::fromUtf8(tagline);
        c.memberCount = members;
        c.createdAt = m_now - 400 * 24 * Hour;
        add(protocol::ChangeType::Community, c.id, c.id, c.toJson());
    }

    void member(const QString &communityId, const QString &userId, const char *role = "member",
                const char *state = "active", qint64 ageDays = 100) {
        protocol::Membership m;
        m.communityId = communityId;
        m.userId = userId;
        m.role = QString::fromLatin1(role);
        m.state = QString::fromLatin1(state);
        m.joinedAt = m_now - ageDays * 24 * Hour;
        add(protocol::ChangeType::Membership, m.id(), communityId, m.toJson());
    }

    void post(const QString &postId, const QString &communityId, const QString &authorId,
              const char *authorName, const char *kind, const char *title, const char *body,
              qint64 ageHours, int comments) {
        protocol::Post p;
        p.id = postId;
        p.communityId = communityId;
        p.authorId = authorId;
        p.authorName = QString::fromUtf8(authorName);
        p.kind = QString::fromLatin1(kind);
        p.title = QString::fromUtf8(title);
        p.body = QString::fromUtf8(body);
        p.commentCount = comments;
        p.createdAt = m_now - ageHours * Hour;
        add(protocol::ChangeType::Post, p.id, communityId, p.toJson());
    }

    void event(const QString &eventId, const QString &communityId, const char *title,
               const char *description, qint64 startsInHours, qint64 hours, const char *place,
               const char *link, int capacity, int going, int waiting) {
        protocol::Event e;
        e.id = eventId;
        e.communityId = communityId;
        e.creatorId = maren;
        e.title = QString::fromUtf8(title);
        e.description = QString::fromUtf8(description);
        e.startsAt = m_now + startsInHours * Hour;
        e.endsAt = e.startsAt + hours * Hour;
        e.place = QString::fromUtf8(place);
        e.link = QString::fromUtf8(link);
        e.capacity = capacity;
        e.goingCount = going;
        e.waitlistCount = waiting;
        e.createdAt = m_now - 21 * 24 * Hour;
        add(protocol::ChangeType::Event, e.id, communityId, e.toJson());
    }

    // Answers in the order given, a minute apart.
    void answers(const QString &eventId, const QString &communityId, const char *status,
                 const QStringList &users) {
        for (const QString &userId : users) {
            protocol::Rsvp r;
            r.eventId = eventId;
            r.communityId = communityId;
            r.userId = userId;
            r.status = QString::fromLatin1(status);
            r.respondedAt = m_now - 20 * 24 * Hour + (++m_answers) * 60000;
            add(protocol::ChangeType::Rsvp, r.id(), communityId, r.toJson());
        }
    }

    void notification(const QString &noteId, const char *kind, const QString &communityId,
                      const QString &actorId, const char *actorName, const char *targetType,
                      const QString &targetId, const char *text, qint64 ageMinutes,
                      bool read = false) {
        protocol::Notification n;
        n.id = noteId;
        n.kind = QString::fromLatin1(kind);
        n.communityId = communityId;
        n.actorId = actorId;
        n.actorName = QString::fromUtf8(actorName);
        n.targetType = QString::fromLatin1(targetType);
        n.targetId = targetId;
        n.text = QString::fromUtf8(text);
        n.createdAt = m_now - ageMinutes * 60000;
        n.readAt = read ? n.createdAt + 60000 : 0;
        add(protocol::ChangeType::Notification, n.id, communityId, n.toJson());
    }

    // A report as hearthd sends it to the community's organizers; resolved when `resolvedBy` is
    // set (status removed or dismissed, `resolvedAgo` minutes ago).
    void report(const QString &reportId, const QString &communityId, const QString &reporterId,
                const char *targetType, const QString &targetId, const QString &postId,
                const char *reason, qint64 ageMinutes, const char *status = "open",
                const QString &resolvedBy = {}, const char *note = "", qint64 resolvedAgo = 0) {
        protocol::Report r;
        r.id = reportId;
        r.communityId = communityId;
        r.reporterId = reporterId;
        r.targetType = QString::fromLatin1(targetType);
        r.targetId = targetId;
        r.postId = postId;
        r.reason = QString::fromUtf8(reason);
        r.status = QString::fromLatin1(status);
        r.resolvedBy = resolvedBy;
        r.note = QString::fromUtf8(note);
        r.createdAt = m_now - ageMinutes * 60000;
        r.resolvedAt = resolvedBy.isEmpty() ? 0 : m_now - resolvedAgo * 60000;
        add(protocol::ChangeType::Report, r.id, communityId, r.toJson());
    }

    QByteArray build() {
        m_page.cursor = QStringLiteral("pages-fixture");
        m_page.hasMore = false;
        return m_page.toJson();
    }

    qint64 m_now;

private:
    protocol::SyncPage m_page;
    qint64 m_seq = 0;
    int m_answers = 0;
};

QJsonObject link(const char *label, const char *url) {
    return {{QStringLiteral("label"), QString::fromUtf8(label)},
            {QStringLiteral("url"), QString::fromUtf8(url)}};
}

QJsonObject piece(const char *title, const char *text, const char *url, const char *image = "") {
    QJsonObject o{{QStringLiteral("title"), QString::fromUtf8(title)},
                  {QStringLiteral("text"), QString::fromUtf8(text)},
                  {QStringLiteral("link"), QString::fromUtf8(url)}};
    if (*image)
        o.insert(QStringLiteral("image"), QString::fromUtf8(image));
    return o;
}

} // namespace

QByteArray PagesFixture::syncPage(qint64 now) {
    Builder b(now);
    b.user(me, "demo", "Sam Rivera",
           "Product support by day, clay and trails by evening. Mostly here to learn from people "
           "who actually know what they're doing.",
           {QStringLiteral("pottery"), QStringLiteral("trail running"), QStringLiteral("coffee")},
           {link("Notes", "https://samrivera.example/notes")});
    b.user(
        maren, "maren.clay", "Maren Holt",
        "Potter for 14 years, mostly wood-fired stoneware. I run the shared studio on Tanner "
        "Lane and I will absolutely talk your ear off about glaze chemistry.",
        {QStringLiteral("stoneware"), QStringLiteral("wood firing"),
         QStringLiteral("glaze chemistry"), QStringLiteral("teaching")},
        {link("Studio", "https://tannerlanestudio.example"),
         link("Shop", "https://marenholt.example/shop")},
        {piece("Ash-glazed mugs, autumn batch",
               "Twenty-two mugs from the October firing. Local oak ash over a shino base, so "
               "every one runs a bit differently.",
               "https://marenholt.example/shop/ash-mugs", "https://marenholt.example/img/mugs.jpg"),
         piece("Large storage jars",
               "Three 40cm jars thrown in sections. Took four attempts to get the joins right.",
               "https://marenholt.example/jars")});
    b.user(ada, "ada.w", "Ada Whitfield", "Weaver. Natural dyes, slow cloth, too many looms.",
           {QStringLiteral("weaving"), QStringLiteral("natural dyes")});
    b.user(cal, "cal.m", "Cal Mendes", "Learning to carve spoons. Badly, for now.");
    b.user(bea, "bea.dyes", "Bea Lindqvist", "Dyer and knitter.");
    b.user(june, "june.glass", "June Park", "Glass beads and lampwork.");
    b.user(hannah, "hannah.b", "Hannah Brooks", "Bookkeeper for makers.");
    b.user(tom, "tobias_wood", "Tobias Wren", "Furniture maker.");
    b.user(nadia, "nadia.trails", "Nadia Osei", "Runs the Ridgeback club. Hills are good for you.",
           {QStringLiteral("fell running")});
    b.user(lottie, "lottie.knits", "Lottie Farrow", "");
    b.user(ravi, "ravi.okafor", "Ravi Okafor", "Green woodworker, spoon carving teacher.");

    b.community(makers, "wrenfield-makers", "Wrenfield Makers",
                "Potters, weavers and woodworkers of Wrenfield", 16);
    // The trail club's settings, as its Manage pane edits them.
    protocol::Community trailSettings;
    trailSettings.description = QStringLiteral("Hill reps on Tuesdays, long runs on Sundays.");
    trailSettings.topics = {QStringLiteral("trail running"), QStringLiteral("hills")};
    trailSettings.visibility = QStringLiteral("request");
    trailSettings.welcome = QStringLiteral("Say hello and tell us your favourite hill.");
    trailSettings.guidelines = QStringLiteral("Be kind on the hills. No selling.");
    trailSettings.version = 4;
    b.community(trail, "ridgeback-trail", "Ridgeback Trail Club", "Trail running on the ridge", 18,
                trailSettings);
    b.member(makers, maren, "owner");
    b.member(makers, ada, "moderator");
    for (const QString &u : {me, cal, bea, june, hannah, tom, lottie, ravi})
        b.member(makers, u);
    // Sam moderates the trail club: its organizer window holds a join request and a ban.
    b.member(trail, nadia, "owner");
    b.member(trail, me, "moderator");
    b.member(trail, maren);
    b.member(trail, june, "member", "active", 12);
    b.member(trail, ravi, "member", "pending", 2);
    b.member(trail, tom, "member", "banned", 40);

    b.post(glazePost, makers, maren, "Maren Holt", "resource", "Glaze recipes that behave",
           "My three most **reliable** cone 10 glazes, with notes on what goes wrong.", 5, 4);
    b.post(jarPost, makers, maren, "Maren Holt", "showcase", "Storage jars out of the kiln",
           "Third attempt at sectional throwing. The joins held!", 50, 7);
    b.post(hillPost, trail, maren, "Maren Holt", "discussion", "",
           "Anyone up for hill reps on Thursday before work?", 2, 1);
    b.post(askPost, makers, ada, "Ada Whitfield", "question", "Who has a spare warping board?",
           "Mine split along the grain. Happy to borrow for a weekend.", 8, 2);
    b.post(myPost, makers, me, "Sam Rivera", "question", "First bowl: why did it crack?",
           "S-crack in the base after drying. I compressed it, I think?", 30, 3);

    protocol::Comment reply;
    reply.id = replyComment;
    reply.postId = myPost;
    reply.communityId = makers;
    reply.authorId = maren;
    reply.authorName = QStringLiteral("Maren Holt");
    reply.body = QStringLiteral("Compress the base twice, and dry it upside down.");
    reply.createdAt = now - 20 * 60000;
    b.add(protocol::ChangeType::Comment, reply.id, makers, reply.toJson());

    // The trail club's moderation queue (Sam is a moderator there): a report of June's rude
    // comment on the hill reps post, and one of the post itself; resolved ones: a dismissal by
    // Nadia, and a removal by Sam of a comment that is gone from every cache since.
    protocol::Comment rude;
    rude.id = rudeComment;
    rude.postId = hillPost;
    rude.communityId = trail;
    rude.authorId = june;
    rude.authorName = QStringLiteral("June Park");
    rude.body =
        QStringLiteral("Hill reps are for people with **nothing better** to do. Slowpokes.");
    rude.createdAt = now - 90 * 60000;
    b.add(protocol::ChangeType::Comment, rude.id, trail, rude.toJson());
    b.report(rudeReport, trail, nadia, "comment", rudeComment, hillPost,
             "Rude to the newer runners, second time this month.", 60);
    b.report(hillReport, trail, june, "post", hillPost, hillPost,
             "Thursday is a race day, this clashes with the club calendar.", 30);
    b.report(banterReport, trail, maren, "post", hillPost, hillPost, "Is this spam?", 60 * 30,
             "dismissed", nadia, "It is a club run, not spam.", 60 * 26);
    b.report(spamReport, trail, nadia, "comment", removedComment, hillPost,
             "Link to a shoe shop, posted in every thread.", 60 * 50, "removed", me, "Spam link",
             60 * 48);

    // Raku is full: six seats taken, Cal waiting first, Sam second.
    b.event(raku, makers, "Raku firing evening",
            "We'll glaze and fire small raku pieces in the yard kiln. Bring up to three bisqued "
            "pieces, or buy one of Maren's test bowls for £5.\nWear natural fibres.",
            30, 4, "Tanner Lane Studio yard", "", 6, 6, 2);
    b.answers(raku, makers, "going", {maren, ada, june, hannah, tom, ravi});
    b.answers(raku, makers, "waitlisted", {cal, me});
    b.answers(raku, makers, "maybe", {bea});
    b.event(spoons, makers, "Spoon carving taster day",
            "A full day with Ravi learning axe work, knife grips and finishing. All tools and wood "
            "provided.",
            330, 6, "Okafor Furniture workshop, Unit 4, Mill Road Yard, Wrenfield", "", 6, 4, 0);
    b.answers(spoons, makers, "going", {me, ada, cal, lottie});
    b.event(hills, trail, "Tuesday hills — reservoir lane", "Six reps of the reservoir lane.", 50,
            1, "Reservoir car park", "", 0, 2, 0);
    b.answers(hills, trail, "going", {nadia, me});
    b.event(demoNight, makers, "Online show and tell", "Show one thing you made this month.", 100,
            2, "", "https://meet.example/wrenfield-show", 40, 0, 0);
    b.event(moon, trail, "Full moon ridge run", "Head torches on.", -190, 3, "Ridgeback trailhead",
            "", 20, 2, 0);
    b.answers(moon, trail, "going", {nadia, maren});

    b.notification(replyNote, "reply", makers, maren, "Maren Holt", "comment", replyComment,
                   "Compress the base twice, and dry it upside down.", 20);
    b.notification(mentionNote, "mention", makers, ada, "Ada Whitfield", "post", askPost,
                   "@demo you had a warping board, right?", 90);
    b.notification(reminderNote, "event_reminder", trail, QString(), "", "event", hills,
                   "Tuesday hills — reservoir lane", 180);
    b.notification(joinNote, "join_request", makers, lottie, "Lottie Farrow", "membership",
                   makers + QStringLiteral(":") + lottie, "Wrenfield Makers", 60 * 30, true);
    b.notification(goneNote, "reply", makers, tom, "Tobias Wren", "comment", id(499),
                   "That comment was deleted since.", 60 * 50, true);
    return b.build();
}

QVariantMap PagesFixture::ids() {
    return {{QStringLiteral("me"), me},
            {QStringLiteral("meName"), QStringLiteral("Sam Rivera")},
            {QStringLiteral("maren"), maren},
            {QStringLiteral("ada"), ada},
            {QStringLiteral("cal"), cal},
            {QStringLiteral("nadia"), nadia},
            {QStringLiteral("june"), june},
            {QStringLiteral("ravi"), ravi},
            {QStringLiteral("tom"), tom},
            {QStringLiteral("makers"), makers},
            {QStringLiteral("trail"), trail},
            {QStringLiteral("raku"), raku},
            {QStringLiteral("spoons"), spoons},
            {QStringLiteral("hills"), hills},
            {QStringLiteral("moon"), moon},
            {QStringLiteral("demoNight"), demoNight},
            {QStringLiteral("glazePost"), glazePost},
            {QStringLiteral("jarPost"), jarPost},
            {QStringLiteral("hillPost"), hillPost},
            {QStringLiteral("askPost"), askPost},
            {QStringLiteral("myPost"), myPost},
            {QStringLiteral("rudeComment"), rudeComment},
            {QStringLiteral("rudeReport"), rudeReport},
            {QStringLiteral("hillReport"), hillReport},
            {QStringLiteral("banterReport"), banterReport},
            {QStringLiteral("spamReport"), spamReport},
            {QStringLiteral("replyNotification"), replyNote},
            {QStringLiteral("mentionNotification"), mentionNote},
            {QStringLiteral("reminderNotification"), reminderNote},
            {QStringLiteral("joinNotification"), joinNote},
            {QStringLiteral("goneNotification"), goneNote}};
}

} // namespace hearth::testing
