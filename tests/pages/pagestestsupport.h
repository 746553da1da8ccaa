#pragma once
// What the QML tests of the people, events and notifications pages need beyond the pages: the
// outbox rows an action queued (as the sync engine would send them), hearthd's answers to them,
// a way to drop them between tests, a community row synced again, and files in a temporary
// folder.

#include "cache/cachestore.h"

#include <QObject>
#include <QTemporaryDir>
#include <QVariantList>

namespace hearth::testing {

class PagesTestSupport : public QObject {
    Q_OBJECT

public:
    PagesTestSupport(cache::CacheStore *store, const QString &folder, QObject *parent = nullptr);

    // [{id, name, args, state, errorMessage}] oldest first.
    Q_INVOKABLE QVariantList outbox() const;
    // Settles an entry as hearthd answers a refusal ({status: rejected, error}), through the
    // same path as the sync engine. The end-to-end tests get real refusals from a real hearthd.
    Q_INVOKABLE void refuse(const QString &mutationId, const QString &code, const QString &message);
    // Settles an entry as hearthd answers an applied one, with what it made (`result`, e.g.
    // community.update's {id, version}).
    Q_INVOKABLE void apply(const QString &mutationId, const QVariantMap &result);
    // A community's row as the next sync page brings it (another organizer's change, or the
    // fixture's again): `community` is the wire's community object.
    Q_INVOKABLE void syncCommunity(const QVariantMap &community);
    // Discards every outbox entry, newest first, so each one's optimistic effect is undone.
    Q_INVOKABLE void discardOutbox();
    // A community's audit log as hearthd answers GET /v1/communities/{id}/audit: `entries` are
    // the wire's entry objects; stored as fetched at `fetchedAt` (ms since the epoch).
    Q_INVOKABLE void fetchedAudit(const QString &communityId, const QVariantList &entries,
                                  double fetchedAt);
    // A community's engagement figures as hearthd answers GET /v1/communities/{id}/engagement
    // (`report` is the wire's object), stored as fetched at `fetchedAt`.
    Q_INVOKABLE void fetchedEngagement(const QString &communityId, const QVariantMap &report,
                                       double fetchedAt);
    Q_INVOKABLE void waitForWrites();
    Q_INVOKABLE QString readFile(const QUrl &url) const;
    Q_INVOKABLE QUrl fileUrl(const QString &name) const;

private:
    cache::CacheStore *m_store;
    qint64 m_seq = 1000000; // after the fixture's changes
    QString m_folder;
};

} // namespace hearth::testing
