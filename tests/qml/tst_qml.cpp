// Qt Quick Test runner for Hearth.Ui. Compiled (qmltestrunner cannot load static QML plugins);
// before the tests run it fills a temporary cache with one community and a few posts, as a sync
// would (two communities, three posts in one, a short thread on the first post), and hands that
// store to the QML tests as `testStore`, with the communities' ids as `testCommunityId` and
// `testSecondCommunityId`.

#include "cache/cachestore.h"
#include "protocol/entities.h"
#include "protocol/syncpage.h"

#include <QDateTime>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using namespace hearth;

namespace {

const auto communityId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000001");
const auto meId = QStringLiteral("7d3c2a8e-0000-4000-8000-0000000000aa");
const auto otherId = QStringLiteral("7d3c2a8e-0000-4000-8000-0000000000bb");
const auto secondCommunityId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000002");

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

QByteArray cachedCommunityPage() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 hour = 3600 * 1000;

    protocol::SyncPage page;
    qint64 seq = 0;

    const auto addUser = [&](const QString &id, const QString &handle, const QString &name) {
        protocol::UserProfile user;
        user.id = id;
        user.handle = handle;
        user.displayName = name;
        page.changes << change(++seq, protocol::ChangeType::User, user.id, {}, user.toJson());
    };
    addUser(meId, QStringLiteral("mara"), QStringLiteral("Mara Quinn"));
    addUser(otherId, QStringLiteral("tom"), QStringLiteral("Tom Okafor"));

    protocol::Community community;
    community.id = communityId;
    community.slug = QStringLiteral("ridge-runners");
    community.name = QStringLiteral("Ridge Runners");
    community.tagline = QStringLiteral("Trail running on the hills around town");
    community.memberCount = 14;
    community.createdAt = now - 90 * 24 * hour;
    page.changes << change(++seq, protocol::ChangeType::Community, community.id, community.id,
                           community.toJson());

    protocol::Membership membership;
    membership.communityId = communityId;
    membership.userId = meId;
    membership.joinedAt = now - 30 * 24 * hour;
    page.changes << change(++seq, protocol::ChangeType::Membership, membership.id(), communityId,
                           membership.toJson());

    // A second community, so switching between communities can be tested.
    protocol::Community makers;
    makers.id = secondCommunityId;
    makers.slug = QStringLiteral("kiln-and-loom");
    makers.name = QStringLiteral("Kiln & Loom Collective");
    makers.tagline = QStringLiteral("Local makers: ceramics, textiles, woodwork");
    makers.memberCount = 23;
    makers.createdAt = now - 200 * 24 * hour;
    page.changes << change(++seq, protocol::ChangeType::Community, makers.id, makers.id,
                           makers.toJson());
    protocol::Membership makerMembership;
    makerMembership.communityId = secondCommunityId;
    makerMembership.userId = meId;
    makerMembership.role = QStringLiteral("owner");
    makerMembership.joinedAt = now - 200 * 24 * hour;
    page.changes << change(++seq, protocol::ChangeType::Membership, makerMembership.id(),
                           secondCommunityId, makerMembership.toJson());

    struct Seed {
        const char *id;
        const char *kind;
        const char *title;
        const char *body;
        qint64 ageHours;
        int comments;
    };
    const Seed seeds[] = {
        {"7d3c2a8e-0000-4000-8000-000000000101", "announcement", "Saturday long run: Ridge loop",
         "Meet at the **north car park** at 7:30. 18 km, about 600 m of climbing.", 2, 5},
        {"7d3c2a8e-0000-4000-8000-000000000102", "question", "Shoes for muddy descents?",
         "My road shoes slide everywhere. What do you wear when it rains?", 26, 8},
        {"7d3c2a8e-0000-4000-8000-000000000103", "resource", "Route map of the quarry trails",
         "I traced the quarry trails: [map](https://example.org/quarry).", 72, 2},
    };
    for (const Seed &s : seeds) {
        protocol::Post post;
        post.id = QString::fromLatin1(s.id);
        post.communityId = communityId;
        post.authorId = otherId;
        post.authorName = QStringLiteral("Tom Okafor");
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
    answer.body = QStringLiteral("Yes, the one with the café.");
    answer.createdAt = now - hour / 2;
    page.changes << change(++seq, protocol::ChangeType::Comment, answer.id, communityId,
                           answer.toJson());

    page.cursor = QStringLiteral("qml-test-cursor");
    page.hasMore = false;
    return page.toJson();
}

} // namespace

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder for the test cache");
        QString error;
        m_store = cache::CacheStore::open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error);
        if (!m_store)
            qFatal("cannot open the test cache: %s", qPrintable(error));
        m_store->setLocalUser(meId, QStringLiteral("Mara Quinn"));
        m_store->applySyncPage(cachedCommunityPage());
        m_store->waitForWrites();
    }

    // Called once per test file, each with its own engine.
    void qmlEngineAvailable(QQmlEngine *engine) {
        // Static QML modules keep their qmldir under qrc:/<URI path> (Qt 6.4 has no qrc:/qt/qml).
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Test set-up only: the app itself registers everything declaratively.
        engine->rootContext()->setContextProperty(QStringLiteral("testStore"), m_store.get());
        engine->rootContext()->setContextProperty(QStringLiteral("testCommunityId"), communityId);
        engine->rootContext()->setContextProperty(QStringLiteral("testSecondCommunityId"),
                                                  secondCommunityId);
    }

    void cleanupTestCase() {
        if (m_store)
            m_store->waitForWrites();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<cache::CacheStore> m_store;
};

QUICK_TEST_MAIN_WITH_SETUP(hearth_qml, Setup)

#include "tst_qml.moc"
