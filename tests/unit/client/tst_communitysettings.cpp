// CommunitySettings over a real cache: the values an organizer's Settings form is loaded at, the
// community.update a save queues (only the fields that changed, trimmed, at the loaded version;
// re-acceptance only with new guidelines), its outcome from hearthd's answer (applied, or refused
// naming its field), and a change synced in while the form has edits waiting behind them.

#include "pagebuilder.h"

#include "cache/cachestore.h"
#include "models/communitysettings.h"
#include "protocol/apierror.h"
#include "protocol/mutation.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hearth::cache::CacheStore;
using hearth::models::CommunitySettings;
using hearth::testing::PageBuilder;
namespace protocol = hearth::protocol;

namespace {

protocol::Community potters(int version) {
    protocol::Community c;
    c.id = QStringLiteral("c1");
    c.slug = QStringLiteral("potters");
    c.name = QStringLiteral("Hollin Potters");
    c.tagline = QStringLiteral("Wheel and kiln");
    c.description = QStringLiteral("Thursday nights at the studio.");
    c.visibility = QStringLiteral("request");
    c.memberCount = 3;
    c.memberCap = 40;
    c.topics = {QStringLiteral("glaze"), QStringLiteral("firing")};
    c.guidelines = QStringLiteral("Be kind.");
    c.welcome = QStringLiteral("Welcome!");
    c.createdAt = 1700000000000;
    c.version = version;
    return c;
}

} // namespace

class TestCommunitySettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;
    int m_files = 0;

    hearth::cache::OutboxEntry pending() const {
        m_store->waitForWrites();
        for (const auto &entry : m_store->pendingMutations(20)) {
            if (entry.name == QLatin1String("community.update"))
                return entry;
        }
        return {};
    }

    void answer(const QJsonObject &result, const QString &code = {}, const QString &message = {}) {
        const auto entry = pending();
        QVERIFY2(!entry.id.isEmpty(), "community.update is not pending");
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

    void sync(const protocol::Community &c, const QString &cursor) {
        m_store->applySyncPage(PageBuilder().community(c).build(cursor));
        m_store->waitForWrites();
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_store = CacheStore::open(
            m_dir.filePath(QStringLiteral("settings%1.sqlite").arg(++m_files)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setLocalUser(QStringLiteral("me"), QStringLiteral("Me"));
        sync(potters(3), QStringLiteral("cur-1"));
    }
    void cleanup() { m_store.reset(); }

    void loadsTheCachedSettings() {
        CommunitySettings settings;
        settings.setStore(m_store.get());
        QVERIFY(!settings.loaded());
        settings.setCommunityId(QStringLiteral("c1"));
        QVERIFY(settings.loaded());
        QCOMPARE(settings.name(), QStringLiteral("Hollin Potters"));
        QCOMPARE(settings.tagline(), QStringLiteral("Wheel and kiln"));
        QCOMPARE(settings.topics(),
                 (QStringList{QStringLiteral("glaze"), QStringLiteral("firing")}));
        QCOMPARE(settings.visibility(), QStringLiteral("request"));
        QCOMPARE(settings.memberCap(), 40);
        QCOMPARE(settings.guidelines(), QStringLiteral("Be kind."));
        QCOMPARE(settings.version(), 3);
        QCOMPARE(settings.saveState(), CommunitySettings::Idle);

        settings.setCommunityId(QStringLiteral("nowhere"));
        QVERIFY(!settings.loaded());
        QVERIFY(settings.save({{QStringLiteral("tagline"), QStringLiteral("x")}}, false).isEmpty());
    }

    void savesOnlyWhatChangedAtTheLoadedVersion() {
        CommunitySettings settings;
        settings.setStore(m_store.get());
        settings.setCommunityId(QStringLiteral("c1"));
        const QVariantMap form{{QStringLiteral("name"), QStringLiteral("  Hollin Potters ")},
                               {QStringLiteral("tagline"), QStringLiteral(" Clay on Thursdays ")},
                               {QStringLiteral("memberCap"), 40}};
        QCOMPARE(settings.changedFields(form), QStringList{QStringLiteral("tagline")});
        // Nothing changed: nothing to send.
        QVERIFY(settings.save({{QStringLiteral("name"), QStringLiteral("Hollin Potters")}}, false)
                    .isEmpty());

        // Re-acceptance goes only with new guidelines.
        QVERIFY(!settings.save(form, true).isEmpty());
        QCOMPARE(settings.saveState(), CommunitySettings::Pending);
        auto args = pending().args;
        QCOMPARE(args.value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
        QCOMPARE(args.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(args.value(QStringLiteral("tagline")).toString(),
                 QStringLiteral("Clay on Thursdays"));
        QVERIFY(!args.contains(QStringLiteral("name")));
        QVERIFY(!args.contains(QStringLiteral("memberCap")));
        QVERIFY(!args.value(QStringLiteral("requireReacceptance")).toBool());
        // One save at a time: a second would carry the same version.
        QVERIFY(
            settings.save({{QStringLiteral("welcome"), QStringLiteral("Hi")}}, false).isEmpty());

        answer({{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("version"), 4}});
        QCOMPARE(settings.saveState(), CommunitySettings::Applied);
        QCOMPARE(settings.version(), 4);
        QCOMPARE(settings.tagline(), QStringLiteral("Clay on Thursdays"));

        QVERIFY(
            !settings
                 .save({{QStringLiteral("guidelines"), QStringLiteral("Be kind. Credit makers.")}},
                       true)
                 .isEmpty());
        args = pending().args;
        QCOMPARE(args.value(QStringLiteral("version")).toInt(), 4);
        QCOMPARE(args.value(QStringLiteral("guidelines")).toString(),
                 QStringLiteral("Be kind. Credit makers."));
        QVERIFY(args.value(QStringLiteral("requireReacceptance")).toBool());
    }

    void aRefusalNamesItsFieldAndTheCacheShowsHearthdsSettings() {
        CommunitySettings settings;
        settings.setStore(m_store.get());
        settings.setCommunityId(QStringLiteral("c1"));
        QVERIFY(!settings.save({{QStringLiteral("memberCap"), 2}}, false).isEmpty());
        answer({}, QString::fromLatin1(protocol::ErrorCode::InvalidRequest),
               QStringLiteral("field 'memberCap' must not be below the 3 active members"));
        QCOMPARE(settings.saveState(), CommunitySettings::Refused);
        QCOMPARE(settings.errorField(), QStringLiteral("memberCap"));
        QCOMPARE(settings.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY(settings.errorMessage().contains(QLatin1String("below")));
        m_store->waitForWrites();
        QVERIFY(m_store->pendingMutations(10).isEmpty());
        // The optimistic cap is gone from the cache again.
        CommunitySettings fresh;
        fresh.setStore(m_store.get());
        fresh.setCommunityId(QStringLiteral("c1"));
        QCOMPARE(fresh.memberCap(), 40);
    }

    void aChangeSyncedInWaitsBehindTheFormsEdits() {
        CommunitySettings settings;
        settings.setStore(m_store.get());
        settings.setCommunityId(QStringLiteral("c1"));
        QSignalSpy reloaded(&settings, &CommunitySettings::reloaded);
        settings.setEditing(true);

        auto theirs = potters(4);
        theirs.tagline = QStringLiteral("Another organizer's words");
        sync(theirs, QStringLiteral("cur-2"));
        QTRY_COMPARE(settings.cachedVersion(), 4);
        QCOMPARE(settings.version(), 3);
        QCOMPARE(settings.tagline(), QStringLiteral("Wheel and kiln"));

        // The form's save is based on what it was loaded at: hearthd answers it as a conflict.
        QVERIFY(
            !settings.save({{QStringLiteral("welcome"), QStringLiteral("Hi")}}, false).isEmpty());
        QCOMPARE(pending().args.value(QStringLiteral("version")).toInt(), 3);

        // Without edits, the form follows the cache.
        const int before = reloaded.size();
        m_store->discardMutation(pending().id);
        m_store->waitForWrites();
        settings.setEditing(false);
        QTRY_COMPARE(settings.version(), 4);
        QCOMPARE(settings.tagline(), QStringLiteral("Another organizer's words"));
        QVERIFY(reloaded.size() > before);
    }
};

QTEST_GUILESS_MAIN(TestCommunitySettings)
#include "tst_communitysettings.moc"
