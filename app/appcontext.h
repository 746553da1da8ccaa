#pragma once
// The application's state as QML sees it: the Session it owns, and while an account is signed in,
// that account's CacheStore and the SyncEngine that fills it. main() owns the one instance; QML
// reaches it as the AppContext singleton of Hearth.App.

#include "cache/cachestore.h"
#include "net/session.h"
#include "net/syncengine.h"
#include "options.h"

#include "ui/preferences.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

namespace hearth::app {

class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(hearth::net::Session *session READ session CONSTANT)
    // The member's choices on this machine (theme, text size, alerts, last community).
    Q_PROPERTY(hearth::ui::Preferences *preferences READ preferences CONSTANT)
    // Null while signed out; the account's cache once signed in (also when offline).
    Q_PROPERTY(hearth::cache::CacheStore *store READ store NOTIFY accountChanged)
    Q_PROPERTY(hearth::net::SyncEngine *sync READ sync NOTIFY accountChanged)
    // What the sign-in form starts with: the command line's --server/--handle, else the last
    // account.
    Q_PROPERTY(QString initialServerUrl READ initialServerUrl NOTIFY initialValuesChanged)
    Q_PROPERTY(QString initialHandle READ initialHandle NOTIFY initialValuesChanged)
    // Why signing in or opening the account failed, for the sign-in page.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // What the member should know about the account's cache (rebuilt after damage, written by
    // a newer Hearth, a full disk); empty when nothing. With cacheNeedsDecision the cache stays
    // closed until the member chooses rebuildCache() or signs out.
    Q_PROPERTY(QString cacheNotice READ cacheNotice NOTIFY cacheNoticeChanged)
    Q_PROPERTY(bool cacheNeedsDecision READ cacheNeedsDecision NOTIFY cacheNoticeChanged)
    // The account's cache started empty and its first sync has not finished: lists are loading.
    Q_PROPERTY(bool firstSync READ firstSync NOTIFY firstSyncChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    // A hearth://invite/CODE link to join with (the command line's, or one a second hearth handed
    // over), until the signed-in window takes it (takePendingInvite).
    Q_PROPERTY(QString pendingInvite READ pendingInvite NOTIFY pendingInviteChanged)

public:
    explicit AppContext(Options options, QObject *parent = nullptr);
    ~AppContext() override;

    // The QML engine asks for the singleton here; it stays owned by main().
    static AppContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // Restores the last account (offline too), or signs in when --auto-sign-in asked for it.
    void start();

    net::Session *session() { return &m_session; }
    ui::Preferences *preferences() { return &m_preferences; }
    cache::CacheStore *store() const { return m_store.get(); }
    net::SyncEngine *sync() const { return m_sync.get(); }
    QString initialServerUrl() const;
    QString initialHandle() const;
    QString errorString() const;
    QString cacheNotice() const { return m_cacheNotice; }
    bool cacheNeedsDecision() const { return m_cacheNeedsDecision; }
    // Sets the refused cache aside (kept as <file>.broken-<time>) and opens a new one with its
    // unsent changes.
    Q_INVOKABLE void rebuildCache();
    Q_INVOKABLE void dismissCacheNotice();
    bool firstSync() const { return m_firstSync; }
    QString appVersion() const;
    QString qtVersion() const;

    QString pendingInvite() const { return m_pendingInvite; }
    // An invite link to open (the desktop opened one while hearth was running).
    void openInvite(const QString &link);
    // The window has opened the join-with-invite flow with it.
    Q_INVOKABLE void takePendingInvite();

    // Drops everything the account's cache holds except the outbox, then syncs it in again.
    Q_INVOKABLE void clearCache();

    // True once what the window will show has settled: the sign-in page with no sign-in under
    // way, or the account's cache after the first sync attempt ended (online or not).
    bool contentSettled() const;

Q_SIGNALS:
    void accountChanged();
    void initialValuesChanged();
    void errorStringChanged();
    void cacheNoticeChanged();
    void firstSyncChanged();
    void pendingInviteChanged();

private:
    void onSessionStateChanged();
    void onSyncStatusChanged();
    void openAccount();
    void openAccountCache(bool rebuild);
    void setCacheNotice(const QString &notice, bool needsDecision = false);
    void closeAccount();
    void setCacheError(const QString &message);
    void rememberAccount();
    void setFirstSync(bool firstSync);

    Options m_options;
    net::Session m_session;
    ui::Preferences m_preferences;
    std::unique_ptr<cache::CacheStore> m_store;
    std::unique_ptr<net::SyncEngine> m_sync;
    QString m_cacheError;
    QString m_cacheNotice;
    bool m_cacheNeedsDecision = false;
    QTimer m_cacheRetry; // the disk was too full to open the cache: try again
    QString m_lastServerUrl;
    QString m_lastHandle;
    bool m_autoSignInPending = false;
    bool m_firstSyncEnded = false;
    bool m_syncStarted = false;
    bool m_firstSync = false;
    QString m_pendingInvite;

    static inline AppContext *s_instance = nullptr;
};

} // namespace hearth::app
