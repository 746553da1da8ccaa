// Qt Quick Test runner for Hearth.Ui. Compiled (qmltestrunner cannot load static QML plugins).
// Each tst_*.qml file gets its own engine and its own cache file, filled as a sync would fill it
// with a small but realistic account: two communities Mara belongs to (one she owns), one where
// her request to join is pending, posts by others and by her (markdown, links, an image), and a
// short thread. QML sees it as `testStore`, the ids as `testCommunityId`,
// `testSecondCommunityId`, `testPendingCommunityId`, `testMyPostId`, `testImagePostId`, and
// `testFixture` for what only a server or the machine can do (answering a write, switching
// language) and for reading back the outbox rows an action queued.
//
// Any QML warning, binding loop or TypeError logged while the tests run fails the run.

#include "cache/cachestore.h"
#include "protocol/entities.h"
#include "protocol/historypage.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"
#include "ui/qmlwarnings.h"
#include "ui/translations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using namespace hearth;

namespace {

const auto communityId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000001");
const auto secondCommunityId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000002");
const auto pendingCommunityId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000003");
const auto meId = QStringLiteral("7d3c2a8e-0000-4000-8000-0000000000aa");
const auto otherId = QStringLiteral("7d3c2a8e-0000-4000-8000-0000000000bb");
const auto nadiaId = QStringLiteral("7d3c2a8e-0000-4000-8000-0000000000cc");
const auto myPostId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000104");
const auto imagePostId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000105");

protocol::Change change(qint64 seq, const char *type, const QString &id, const QString &community,
                        const QJsonObject &data) {
    protocol::Change c;
    c.seq = seq;
    c.type = QString::fromLatin1(type);
    c.op = QString::fromLatin1(protocol::ChangeOp::Upsert);
    c.id = id;
    c.community = community;
    c.data = data;
    return c;
}

// A community and my membership in it, as the sync sends them.
void addCommunityOf(protocol::SyncPage &page, qint64 &seq, qint64 now, const QString &id,
                    const char *slug, const char *name, const char *tagline, int members,
                    const char *visibility, const char *role, const char *state,
                    const QStringList &topics = {}) {
    constexpr qint64 day = 24 * 3600 * 1000;
    protocol::Community community;
    community.id = id;
    community.slug = QString::fromLatin1(slug);
    community.name = QString::fromUtf8(name);
    community.tagline = QString::fromUtf8(tagline);
    community.memberCount = members;
    community.visibility = QString::fromLatin1(visibility);
    community.topics = topics;
    community.createdAt = now - 200 * day;
    page.changes << change(++seq, protocol::ChangeType::Community, community.id, community.id,
                           community.toJson());
    protocol::Membership membership;
    membership.communityId = id;
    membership.userId = meId;
    membership.role = QString::fromLatin1(role);
    membership.state = QString::fromLatin1(state);
    membership.joinedAt = now - 30 * day;
    page.changes << change(++seq, protocol::ChangeType::Membership, membership.id(), id,
                           membership.toJson());
}

QByteArray cachedAccountPage() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 hour = 3600 * 1000;

    protocol::SyncPage page;
    qint64 seq = 0;

    const auto addUser = [&](const QString &id, const QString &handle, const QString &name,
                             const QString &bio) {
        protocol::UserProfile user;
        user.id = id;
        user.handle = handle;
        user.displayName = name;
        user.bio = bio;
        page.changes << change(++seq, protocol::ChangeType::User, user.id, {}, user.toJson());
    };
    addUser(meId, QStringLiteral("mara"), QStringLiteral("Mara Quinn"),
            QStringLiteral("Trail runner and weekend potter."));
    addUser(otherId, QStringLiteral("tom"), QStringLiteral("Tom Okafor"),
            QStringLiteral("Runs the Saturday long runs. Maps everything."));

    const auto addCommunity = [&](const QString &id, const char *slug, const char *name,
                                  const char *tagline, int members, const char *visibility,
                                  const char *role, const char *state) {
        addCommunityOf(page, seq, now, id, slug, name, tagline, members, visibility, role, state);
    };
    addCommunity(communityId, "ridge-runners", "Ridge Runners",
                 "Trail running on the hills around town", 14, "public", "member", "active");
    addCommunity(secondCommunityId, "kiln-and-loom", "Kiln & Loom Collective",
                 "Local makers: ceramics, textiles, woodwork", 23, "public", "owner", "active");
    addCommunity(pendingCommunityId, "night-owls", "Night Owls Astronomy",
                 "Dark skies, shared telescopes", 31, "request", "member", "pending");
    // Ridge Runners' other members (whom `@` completion offers).
    addUser(nadiaId, QStringLiteral("nadia.trails"), QStringLiteral("Nadia Brandt"),
            QStringLiteral("Ultra runner."));
    const auto addMember = [&](const QString &userId, const char *role) {
        protocol::Membership membership;
        membership.communityId = communityId;
        membership.userId = userId;
        membership.role = QString::fromLatin1(role);
        membership.state = QStringLiteral("active");
        membership.joinedAt = now - 90 * 24 * hour;
        page.changes << change(++seq, protocol::ChangeType::Membership, membership.id(),
                               communityId, membership.toJson());
    };
    addMember(otherId, "owner");
    addMember(nadiaId, "member");

    struct Seed {
        QString id;
        const char *author;
        const char *kind;
        const char *title;
        const char *body;
        qint64 ageHours;
        int comments;
    };
    const Seed seeds[] = {
        {QStringLiteral("7d3c2a8e-0000-4000-8000-000000000101"), "tom", "announcement",
         "Saturday long run: Ridge loop",
         "Meet at the **north car park** at 7:30. 18 km, about 600 m of climbing.", 2, 5},
        {myPostId, "mara", "question", "Anyone for a sunrise run on Sunday?",
         "Thinking of the *east ridge*, back by 8 for coffee.", 20, 0},
        {QStringLiteral("7d3c2a8e-0000-4000-8000-000000000102"), "tom", "question",
         "Shoes for muddy descents?",
         "My road shoes slide everywhere. What do you wear when it rains?", 26, 8},
        {imagePostId, "tom", "showcase", "Photos from the summit",
         "![Summit cairn](https://images.example.org/cairn.jpg)\n\nWhat a morning. "
         "<img src=\"https://tracker.example.org/pixel.gif\"> Thanks for coming!",
         50, 0},
        {QStringLiteral("7d3c2a8e-0000-4000-8000-000000000103"), "tom", "resource",
         "Route map of the quarry trails",
         "I traced the **quarry** trails: [map](https://example.org/quarry).", 72, 2},
    };
    for (const Seed &s : seeds) {
        const bool mine = QLatin1StringView(s.author) == QLatin1StringView("mara");
        protocol::Post post;
        post.id = s.id;
        post.communityId = communityId;
        post.authorId = mine ? meId : otherId;
        post.authorName = mine ? QStringLiteral("Mara Quinn") : QStringLiteral("Tom Okafor");
        post.kind = QString::fromLatin1(s.kind);
        post.title = QString::fromUtf8(s.title);
        post.body = QString::fromUtf8(s.body);
        post.commentCount = s.comments;
        post.createdAt = now - s.ageHours * hour;
        page.changes << change(++seq, protocol::ChangeType::Post, post.id, communityId,
                               post.toJson());
    }
    // Two comments on the first post: one reply to the post, one reply to that comment.
    const auto firstPostId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000101");
    protocol::Comment question;
    question.id = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000201");
    question.postId = firstPostId;
    question.communityId = communityId;
    question.authorId = meId;
    question.authorName = QStringLiteral("Mara Quinn");
    question.body = QStringLiteral("Is the **north car park** the one by the reservoir?");
    question.createdAt = now - 1 * hour;
    page.changes << change(++seq, protocol::ChangeType::Comment, question.id, communityId,
                           question.toJson());
    protocol::Comment answer = question;
    answer.id = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000202");
    answer.parentId = question.id;
    answer.authorId = otherId;
    answer.authorName = QStringLiteral("Tom Okafor");
    answer.body = QStringLiteral("Yes, the one with the café by the quarry road.");
    answer.createdAt = now - hour / 2;
    page.changes << change(++seq, protocol::ChangeType::Comment, answer.id, communityId,
                           answer.toJson());

    page.cursor = QStringLiteral("qml-test-cursor");
    page.hasMore = false;
    return page.toJson();
}

} // namespace

// What a test cannot do from QML alone: answer writes as hearthd answers them (the same typed
// response the server encodes), read back the outbox rows an action queued, and switch the
// language the way the app does at start.
class TestFixture : public QObject {
    Q_OBJECT

public:
    TestFixture(cache::CacheStore *store, QQmlEngine *engine, QObject *parent)
        : QObject(parent)
        , m_store(store)
        , m_engine(engine) {}

    // Every outbox row, oldest first: [{id, name, state, args, errorCode}].
    Q_INVOKABLE QVariantList outbox() const {
        QList<cache::OutboxEntry> entries = m_store->failedMutations();
        entries.append(m_store->pendingMutations(1000));
        std::sort(entries.begin(), entries.end(),
                  [](const auto &a, const auto &b) { return a.seq < b.seq; });
        QVariantList rows;
        for (const auto &e : std::as_const(entries))
            rows.append(QVariantMap{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("state"), e.state},
                                    {QStringLiteral("args"), e.args.toVariantMap()},
                                    {QStringLiteral("errorCode"), e.errorCode}});
        return rows;
    }

    // hearthd's answer to a write: applied, rejected with a reason, or a conflict with the post
    // as the server has it (`current`).
    Q_INVOKABLE void answer(const QString &mutationId, const QString &status,
                            const QString &errorCode, const QString &errorMessage,
                            const QVariantMap &current) {
        protocol::MutationResult result;
        result.id = mutationId;
        result.status = status;
        result.errorCode = errorCode;
        result.errorMessage = errorMessage;
        result.current = QJsonObject::fromVariantMap(current);
        protocol::MutationResponse response;
        response.results.append(result);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
        m_store->waitForWrites();
    }

    // hearthd's "applied" with what it made, e.g. community.create's {id, slug, welcomePostId}
    // or invite.create's {id, code}.
    Q_INVOKABLE void answerApplied(const QString &mutationId, const QVariantMap &made) {
        protocol::MutationResult result;
        result.id = mutationId;
        result.status = QString::fromLatin1(protocol::MutationStatus::Applied);
        result.result = QJsonObject::fromVariantMap(made);
        protocol::MutationResponse response;
        response.results.append(result);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
        m_store->waitForWrites();
    }

    // A post as the server would send it now, e.g. for a conflict's `current`.
    Q_INVOKABLE QVariantMap serverPost(const QString &postId, int version, const QString &title,
                                       const QString &body) const {
        protocol::Post post;
        post.id = postId;
        post.communityId = communityId;
        post.authorId = meId;
        post.authorName = QStringLiteral("Mara Quinn");
        post.kind = QStringLiteral("question");
        post.title = title;
        post.body = body;
        post.version = version;
        post.createdAt = QDateTime::currentMSecsSinceEpoch() - 20 * 3600 * 1000;
        post.editedAt = QDateTime::currentMSecsSinceEpoch();
        return post.toJson().toVariantMap();
    }

    Q_INVOKABLE void waitForWrites() { m_store->waitForWrites(); }

    // Ridge Runners' organizers set topics (routes, gear, races, trail-work), three older posts
    // carry one each, and the oldest has a reply from a minute ago: most active, not newest.
    Q_INVOKABLE void addTopicalPosts() {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 hour = 3600 * 1000;
        protocol::SyncPage page;
        addCommunityOf(page, m_seq, now, communityId, "ridge-runners", "Ridge Runners",
                       "Trail running on the hills around town", 14, "public", "member", "active",
                       {QStringLiteral("routes"), QStringLiteral("gear"), QStringLiteral("races"),
                        QStringLiteral("trail-work")});
        const struct {
            const char *id;
            const char *topic;
            const char *title;
            qint64 ageHours;
        } posts[] = {
            {"7d3c2a8e-0000-4000-8000-000000000301", "routes", "Quarry loop, GPX inside", 80},
            {"7d3c2a8e-0000-4000-8000-000000000302", "gear", "Waterproof jackets?", 90},
            {"7d3c2a8e-0000-4000-8000-000000000303", "races", "Hill race in May", 100},
        };
        for (const auto &p : posts) {
            protocol::Post post;
            post.id = QString::fromLatin1(p.id);
            post.communityId = communityId;
            post.authorId = otherId;
            post.authorName = QStringLiteral("Tom Okafor");
            post.kind = QStringLiteral("discussion");
            post.title = QString::fromUtf8(p.title);
            post.body = QStringLiteral("Details inside.");
            post.topic = QString::fromLatin1(p.topic);
            post.commentCount = post.topic == QLatin1StringView("races") ? 1 : 0;
            post.createdAt = now - p.ageHours * hour;
            page.changes << change(++m_seq, protocol::ChangeType::Post, post.id, communityId,
                                   post.toJson());
        }
        protocol::Comment reply;
        reply.id = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000304");
        reply.postId = QString::fromLatin1(posts[2].id);
        reply.communityId = communityId;
        reply.authorId = otherId;
        reply.authorName = QStringLiteral("Tom Okafor");
        reply.body = QStringLiteral("Entries open on Monday.");
        reply.createdAt = now - 60 * 1000;
        page.changes << change(++m_seq, protocol::ChangeType::Comment, reply.id, communityId,
                               reply.toJson());
        page.cursor = QStringLiteral("qml-test-cursor-%1").arg(m_seq);
        m_store->applySyncPage(page.toJson());
        m_store->waitForWrites();
    }

    // A community of mine whose whole history is cached: `posts` posts, one a minute, the
    // newest now, titled "Post N" (1 the oldest), and a history page that says nothing older
    // exists, as "keep offline" leaves a big community. Answers the community's id.
    Q_INVOKABLE QString addCommunityWithHistory(int posts) {
        const auto id = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000004");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        protocol::SyncPage page;
        addCommunityOf(page, m_seq, now, id, "trail-archive", "Trail Archive",
                       "Every run since the club began", 40, "public", "member", "active");
        for (int n = 1; n <= posts; ++n) {
            protocol::Post post;
            post.id = QStringLiteral("7d3c2a8e-0004-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
            post.communityId = id;
            post.authorId = otherId;
            post.authorName = QStringLiteral("Tom Okafor");
            post.kind = QStringLiteral("discussion");
            post.title = QStringLiteral("Post %1").arg(n);
            post.body = QStringLiteral("Run number %1: the ridge loop, *muddy* as ever.").arg(n);
            post.createdAt = now - qint64(posts - n) * 60 * 1000;
            page.changes << change(++m_seq, protocol::ChangeType::Post, post.id, id, post.toJson());
        }
        page.cursor = QStringLiteral("qml-test-cursor-%1").arg(m_seq);
        m_store->applySyncPage(page.toJson());
        protocol::HistoryPage history;
        history.complete = true;
        m_store->applyHistoryPage(id, history.toJson());
        m_store->waitForWrites();
        return id;
    }

    // A community I am a member of whose organizers changed its guidelines and required every
    // member to accept them again, after I last did (as hearthd sends it). Answers its id.
    Q_INVOKABLE QString addCommunityNeedingAcceptance(const QString &guidelines) {
        const auto id = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000005");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        protocol::Community community;
        community.id = id;
        community.slug = QStringLiteral("glaze-guild");
        community.name = QStringLiteral("Glaze Guild");
        community.memberCount = 12;
        community.guidelines = guidelines;
        community.version = 4;
        community.guidelinesRequiredAt = now - 60 * 1000;
        protocol::Membership membership;
        membership.communityId = id;
        membership.userId = meId;
        membership.joinedAt = now - 30 * 24 * 3600 * 1000LL;
        membership.guidelinesAcceptedAt = membership.joinedAt;
        membership.guidelinesDigest = protocol::guidelinesDigest(QStringLiteral("Be kind."));
        protocol::SyncPage page;
        // One seq each, in order (two ++ in one expression are unsequenced).
        const qint64 communitySeq = ++m_seq;
        const qint64 membershipSeq = ++m_seq;
        page.changes << change(communitySeq, protocol::ChangeType::Community, id, id,
                               community.toJson())
                     << change(membershipSeq, protocol::ChangeType::Membership, membership.id(), id,
                               membership.toJson());
        page.cursor = QStringLiteral("qml-test-cursor-%1").arg(m_seq);
        m_store->applySyncPage(page.toJson());
        m_store->waitForWrites();
        return id;
    }

    Q_INVOKABLE QString guidelinesDigest(const QString &text) const {
        return protocol::guidelinesDigest(text);
    }

    // What hearthd sends when a post was deleted: its tombstone in the next sync page. Queued
    // only (no wait), so a test can race a write of its own against it, as a member can.
    Q_INVOKABLE void deletePostBySync(const QString &postId) {
        protocol::Change tombstone;
        tombstone.seq = ++m_seq;
        tombstone.type = QString::fromLatin1(protocol::ChangeType::Post);
        tombstone.op = QString::fromLatin1(protocol::ChangeOp::Delete);
        tombstone.id = postId;
        tombstone.community = communityId;
        protocol::SyncPage page;
        page.changes.append(tombstone);
        page.cursor = QStringLiteral("qml-test-cursor-%1").arg(m_seq);
        m_store->applySyncPage(page.toJson());
    }

    // The app's translation for `language` ("de", or "" for English), as at start.
    Q_INVOKABLE bool useLanguage(const QString &language) {
        bool installed = false;
        if (language.isEmpty())
            hearth::ui::Translations::remove();
        else
            installed = hearth::ui::Translations::install(QLocale(language));
        m_engine->retranslate();
        return installed;
    }

private:
    cache::CacheStore *m_store;
    QQmlEngine *m_engine;
    qint64 m_seq = 1000;
};

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder for the test caches");
        QCoreApplication::setOrganizationName(QStringLiteral("HearthQmlTest"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth-qml-test"));
    }

    // Called once per test file, each with its own engine: each gets its own cache file.
    void qmlEngineAvailable(QQmlEngine *engine) {
        // Qt Test installs its own message handler for each file: ours goes in front of it.
        hearth::ui::QmlWarnings::install();
        // Static QML modules keep their qmldir under qrc:/<URI path> (Qt 6.4 has no qrc:/qt/qml).
        engine->addImportPath(QStringLiteral("qrc:/"));
        QString error;
        const QString path =
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_stores.size() + 1));
        auto store = cache::CacheStore::open(path, &error);
        if (!store)
            qFatal("cannot open the test cache: %s", qPrintable(error));
        store->setLocalUser(meId, QStringLiteral("Mara Quinn"));
        store->applySyncPage(cachedAccountPage());
        store->waitForWrites();
        auto *fixture = new TestFixture(store.get(), engine, engine);
        // Test set-up only: the app itself registers everything declaratively.
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("testStore"), store.get());
        context->setContextProperty(QStringLiteral("testFixture"), fixture);
        context->setContextProperty(QStringLiteral("testCommunityId"), communityId);
        context->setContextProperty(QStringLiteral("testSecondCommunityId"), secondCommunityId);
        context->setContextProperty(QStringLiteral("testPendingCommunityId"), pendingCommunityId);
        context->setContextProperty(QStringLiteral("testMyPostId"), myPostId);
        context->setContextProperty(QStringLiteral("testImagePostId"), imagePostId);
        m_stores.push_back(std::move(store));
    }

    void cleanupTestCase() {
        for (const auto &store : m_stores)
            store->waitForWrites();
    }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<cache::CacheStore>> m_stores;
};

int main(int argc, char **argv) {
    hearth::ui::QmlWarnings::install();
    int status = 0;
    {
        Setup setup;
        status =
            quick_test_main_with_setup(argc, argv, "hearth_qml", QUICK_TEST_SOURCE_DIR, &setup);
    }
    return hearth::ui::QmlWarnings::exitStatus(status);
}

#include "tst_qml.moc"
