// CommunityFounder over a real cache: a slug made from the name and checked as typed (the wire's
// rules, and communities the cache knows), the community queued through the outbox, then its
// invite once the server has made it; a refused slug names its field and leaves nothing behind.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/communityfounder.h"
#include "protocol/apierror.h"
#include "protocol/limits.h"
#include "protocol/mutation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::CommunityFounder;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

class TestCommunityFounder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    QVariantMap potters() const {
        return {{QStringLiteral("name"), QStringLiteral("Hollin Potters")},
                {QStringLiteral("slug"), QStringLiteral("hollin-potters")},
                {QStringLiteral("tagline"), QStringLiteral("  Wheel and kiln  ")},
                {QStringLiteral("guidelines"), QStringLiteral("Be kind.")},
                {QStringLiteral("visibility"), QStringLiteral("invite")},
                {QStringLiteral("memberCap"), 150},
                {QStringLiteral("topics"), QStringList{QStringLiteral("glaze")}},
                {QStringLiteral("welcome"), QStringLiteral("Welcome, potters!")}};
    }

    // The outbox's one pending write named `name`.
    hearth::cache::OutboxEntry pending(const QString &name) const {
        m_store->waitForWrites();
        for (const auto &entry : m_store->pendingMutations(20)) {
            if (entry.name == name)
                return entry;
        }
        return {};
    }

    // hearthd's answer to the pending `name`: applied with `result`, or refused with `code`.
    void answer(const QString &name, const QJsonObject &result, const QString &code = {},
                const QString &message = {}) {
        const auto entry = pending(name);
        QVERIFY2(!entry.id.isEmpty(), qPrintable(name + QStringLiteral(" is not pending")));
        protocol::MutationResult r;
        r.id = entry.sendId.isEmpty() ? entry.id : entry.sendId;
        r.status = QString::fromLatin1(code.isEmpty() ? protocol::MutationStatus::Applied
                                                      : protocol::MutationStatus::Rejected);
        r.result = result;
        r.errorCode = code;
        r.errorMessage = message;
        protocol::MutationResponse response;
        response.results.append(r);
        m_store->settleMutations(QJsonDocument(response.toJson()).toJson());
        m_store->waitForWrites();
    }

    int cachedCommunities(const QString &id) const {
        QSqlQuery q(m_store->readConnection());
        q.prepare(QStringLiteral("SELECT count(*) FROM communities WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("founder%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        // A community the directory lists, under the slug "makers".
        m_store->applySyncPage(PageBuilder()
                                   .community(QStringLiteral("c1"), QStringLiteral("Makers"))
                                   .build(QStringLiteral("cur-1")));
        m_store->waitForWrites();
    }
    void cleanup() { m_store.reset(); }

    void slugsAreMadeFromNamesAndCheckedAsTyped() {
        CommunityFounder founder;
        founder.setStore(m_store.get());
        QCOMPARE(founder.slugFor(QStringLiteral("Café Öl & Co")), QStringLiteral("cafe-ol-co"));
        QCOMPARE(founder.slugFor(QStringLiteral("  --Hollin Potters!! ")),
                 QStringLiteral("hollin-potters"));
        QCOMPARE(founder.slugFor(QString(80, QLatin1Char('a'))).size(), protocol::Limits::SlugMax);

        QCOMPARE(founder.slugProblem(QString()), QStringLiteral("empty"));
        QCOMPARE(founder.slugProblem(QStringLiteral("a")), QStringLiteral("short"));
        QCOMPARE(founder.slugProblem(QString(protocol::Limits::SlugMax + 1, QLatin1Char('a'))),
                 QStringLiteral("long"));
        QCOMPARE(founder.slugProblem(QStringLiteral("Bad_Slug")), QStringLiteral("characters"));
        QCOMPARE(founder.slugProblem(QStringLiteral("-edge")), QStringLiteral("characters"));
        QCOMPARE(founder.slugProblem(QStringLiteral("makers")), QStringLiteral("taken"));
        QCOMPARE(founder.slugProblem(QStringLiteral("hollin-potters")), QString());
    }

    void theCommunityIsMadeThenItsInvite() {
        CommunityFounder founder;
        founder.setStore(m_store.get());
        QSignalSpy stages(&founder, &CommunityFounder::stageChanged);
        QCOMPARE(founder.stage(), CommunityFounder::Editing);

        QVERIFY(founder.create(potters()));
        QCOMPARE(founder.stage(), CommunityFounder::Creating);
        QVERIFY(!founder.create(potters())); // one at a time
        const auto create = pending(QStringLiteral("community.create"));
        QCOMPARE(create.args.value(QStringLiteral("id")).toString(), founder.communityId());
        QCOMPARE(create.args.value(QStringLiteral("slug")).toString(),
                 QStringLiteral("hollin-potters"));
        QCOMPARE(create.args.value(QStringLiteral("tagline")).toString(),
                 QStringLiteral("Wheel and kiln"));
        QCOMPARE(create.args.value(QStringLiteral("visibility")).toString(),
                 QStringLiteral("invite"));
        QCOMPARE(create.args.value(QStringLiteral("memberCap")).toInt(), 150);
        QCOMPARE(create.args.value(QStringLiteral("welcome")).toString(),
                 QStringLiteral("Welcome, potters!"));
        // Its own slug is not "taken" by the optimistic copy in the cache.
        QCOMPARE(founder.slugProblem(QStringLiteral("hollin-potters")), QString());

        answer(QStringLiteral("community.create"),
               {{QStringLiteral("id"), founder.communityId()},
                {QStringLiteral("slug"), QStringLiteral("hollin-potters")},
                {QStringLiteral("welcomePostId"), QStringLiteral("w1")}});
        QCOMPARE(founder.stage(), CommunityFounder::Inviting);
        QCOMPARE(founder.welcomePostId(), QStringLiteral("w1"));
        const auto invite = pending(QStringLiteral("invite.create"));
        QCOMPARE(invite.args.value(QStringLiteral("communityId")).toString(),
                 founder.communityId());

        answer(QStringLiteral("invite.create"),
               {{QStringLiteral("id"), invite.args.value(QStringLiteral("id"))},
                {QStringLiteral("code"), QStringLiteral("abcd2345efgh")}});
        QCOMPARE(founder.stage(), CommunityFounder::Ready);
        QCOMPARE(founder.inviteCode(), QStringLiteral("abcd2345efgh"));
        QCOMPARE(founder.inviteLink(), QStringLiteral("hearth://invite/abcd2345efgh"));
        QCOMPARE(founder.errorCode(), QString());
        QVERIFY(stages.size() >= 3);

        founder.reset();
        QCOMPARE(founder.stage(), CommunityFounder::Editing);
        QCOMPARE(founder.communityId(), QString());
        QCOMPARE(founder.inviteLink(), QString());
    }

    void aRefusedSlugNamesItsFieldAndLeavesNothingBehind() {
        CommunityFounder founder;
        founder.setStore(m_store.get());
        QVariantMap fields = potters();
        fields.insert(QStringLiteral("slug"), QStringLiteral("hollin"));
        QVERIFY(founder.create(fields));
        const QString id = founder.communityId();
        m_store->waitForWrites();
        QCOMPARE(cachedCommunities(id), 1); // shown at once

        answer(QStringLiteral("community.create"), {},
               QString::fromLatin1(protocol::ErrorCode::SlugTaken),
               QStringLiteral("slug 'hollin' is taken"));
        QCOMPARE(founder.stage(), CommunityFounder::Failed);
        QCOMPARE(founder.errorField(), QStringLiteral("slug"));
        QCOMPARE(founder.errorCode(), QStringLiteral("slug_taken"));
        QCOMPARE(founder.slugProblem(QStringLiteral("hollin")), QStringLiteral("taken"));
        m_store->waitForWrites();
        QCOMPARE(cachedCommunities(id), 0);
        QVERIFY(m_store->pendingMutations(10).isEmpty());
        QVERIFY(m_store->failedMutations().isEmpty());

        // A field the server names in its message lands there.
        QVERIFY(founder.create(potters()));
        answer(QStringLiteral("community.create"), {},
               QString::fromLatin1(protocol::ErrorCode::InvalidRequest),
               QStringLiteral("field 'args.tagline' is too long"));
        QCOMPARE(founder.errorField(), QStringLiteral("tagline"));
    }

    void aRefusedInviteLeavesTheCommunityMade() {
        CommunityFounder founder;
        founder.setStore(m_store.get());
        QVERIFY(founder.create(potters()));
        answer(QStringLiteral("community.create"), {{QStringLiteral("id"), founder.communityId()}});
        answer(QStringLiteral("invite.create"), {},
               QString::fromLatin1(protocol::ErrorCode::Forbidden),
               QStringLiteral("only organizers can do this"));
        QCOMPARE(founder.stage(), CommunityFounder::Ready);
        QCOMPARE(founder.inviteLink(), QString());
        QCOMPARE(founder.errorCode(), QStringLiteral("forbidden"));
        m_store->waitForWrites(); // the refused invite is taken out of the outbox
        QVERIFY(m_store->failedMutations().isEmpty());
    }

    void withoutAStoreNothingIsSent() {
        CommunityFounder founder;
        QVERIFY(!founder.create(potters()));
        QCOMPARE(founder.stage(), CommunityFounder::Editing);
        QCOMPARE(founder.slugProblem(QStringLiteral("fine-slug")), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommunityFounder)
#include "tst_communityfounder.moc"
