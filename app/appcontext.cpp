#include "appcontext.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

namespace hearth::app {

Q_LOGGING_CATEGORY(lcApp, "hearth.app")

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_pendingInvite(m_options.inviteLink) {
    Q_ASSERT(!s_instance);
    s_instance = this;
    // Queued: the reactions (open the cache, sign in, sign out) call back into the session, which
    // must first finish the change it is announcing.
    connect(&m_session, &net::Session::stateChanged, this, &AppContext::onSessionStateChanged,
            Qt::QueuedConnection);
    connect(&m_session, &net::Session::errorStringChanged, this, &AppContext::errorStringChanged);
    connect(&m_session, &net::Session::accountChanged, this, &AppContext::rememberAccount);
    connect(&m_session, &net::Session::accountsChanged, this, &AppContext::initialValuesChanged);
    // The session removes the cache file after this signal: let go of it first.
    connect(&m_session, &net::Session::aboutToSignOut, this, &AppContext::closeAccount);
    m_cacheRetry.setInterval(5000);
    connect(&m_cacheRetry, &QTimer::timeout, this, [this] {
        if (m_session.state() == net::Session::SignedIn && !m_store)
            openAccountCache(false);
    });
}

AppContext::~AppContext() {
    // main() destroys the QML engine first, so nothing refers to these any more.
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_store.reset();
    s_instance = nullptr;
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(s_instance);
    // main() owns the instance; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppContext::start() {
    m_autoSignInPending = m_options.autoSignIn;
    m_session.restore();
    onSessionStateChanged();
}

// The form offers, in order: what the command line asked for, the account just signed out of,
// the account added last on this machine.
QString AppContext::initialServerUrl() const {
    if (!m_options.serverUrl.isEmpty())
        return m_options.serverUrl;
    if (!m_lastServerUrl.isEmpty())
        return m_lastServerUrl;
    const QVariantList accounts = m_session.accounts();
    return accounts.isEmpty()
               ? QString()
               : accounts.constLast().toMap().value(QStringLiteral("serverUrl")).toString();
}

QString AppContext::initialHandle() const {
    if (!m_options.handle.isEmpty())
        return m_options.handle;
    if (!m_lastHandle.isEmpty())
        return m_lastHandle;
    const QVariantList accounts = m_session.accounts();
    return accounts.isEmpty()
               ? QString()
               : accounts.constLast().toMap().value(QStringLiteral("handle")).toString();
}

void AppContext::rememberAccount() {
    // Kept after sign-out so the form offers the account that was just in use.
    if (m_session.serverUrl().isEmpty() || m_session.handle().isEmpty())
        return;
    m_lastServerUrl = m_session.serverUrl();
    m_lastHandle = m_session.handle();
    Q_EMIT initialValuesChanged();
}

QString AppContext::appVersion() const {
    return QCoreApplication::applicationVersion();
}

QString AppContext::qtVersion() const {
    return QString::fromLatin1(qVersion());
}

void AppContext::setFirstSync(bool firstSync) {
    if (m_firstSync == firstSync)
        return;
    m_firstSync = firstSync;
    Q_EMIT firstSyncChanged();
}

void AppContext::openInvite(const QString &link) {
    // Set again even when equal: the member opened the same link once more.
    m_pendingInvite = link.trimmed();
    Q_EMIT pendingInviteChanged();
}

void AppContext::takePendingInvite() {
    if (m_pendingInvite.isEmpty())
        return;
    m_pendingInvite.clear();
    Q_EMIT pendingInviteChanged();
}

void AppContext::clearCache() {
    if (!m_store || !m_sync)
        return;
    qCInfo(lcApp) << "clearing the cache at the member's request (the outbox stays)";
    // The engine must not pull into the cache while it is emptied: stop it, reset, start again
    // from no cursor once the reset committed.
    m_sync->stop();
    setFirstSync(true);
    m_firstSyncEnded = false;
    cache::CacheStore *store = m_store.get();
    auto restart = std::make_shared<QMetaObject::Connection>();
    *restart = connect(store, &cache::CacheStore::resetDone, this, [this, restart] {
        disconnect(*restart);
        if (m_sync)
            m_sync->start();
    });
    store->resetForResync();
}

QString AppContext::errorString() const {
    return m_cacheError.isEmpty() ? m_session.errorString() : m_cacheError;
}

bool AppContext::contentSettled() const {
    switch (m_session.state()) {
    case net::Session::SignedOut:
        return !m_autoSignInPending;
    case net::Session::SignedIn:
        return (m_store && m_firstSyncEnded) || (!m_store && !m_cacheNotice.isEmpty());
    default:
        return false;
    }
}

void AppContext::onSessionStateChanged() {
    switch (m_session.state()) {
    case net::Session::SignedIn:
        m_autoSignInPending = false;
        openAccount();
        break;
    case net::Session::SignedOut:
        closeAccount();
        if (m_autoSignInPending) {
            // Only once: a refused demo login leaves the form for the person at the keyboard.
            m_autoSignInPending = false;
            qCInfo(lcApp) << "signing in as" << m_options.handle << "at" << m_options.serverUrl;
            m_session.signIn(m_options.serverUrl, m_options.handle, m_options.password);
        }
        break;
    case net::Session::Restoring:
    case net::Session::SigningIn:
        setCacheError({});
        break;
    }
}

void AppContext::openAccount() {
    openAccountCache(false);
}

void AppContext::rebuildCache() {
    if (m_session.state() == net::Session::SignedIn && !m_store)
        openAccountCache(true);
}

void AppContext::dismissCacheNotice() {
    if (!m_cacheNeedsDecision)
        setCacheNotice({});
}

void AppContext::openAccountCache(bool rebuild) {
    if (m_store)
        return;
    cache::CacheOpenReport report;
    auto store = rebuild ? cache::CacheStore::rebuild(m_session.cachePath(), report)
                         : cache::CacheStore::open(m_session.cachePath(), report);
    const QString notice = report.message();
    if (!notice.isEmpty())
        qCWarning(lcApp).noquote() << "the account's cache:" << notice;
    if (!store) {
        // A cache from a newer Hearth waits for the member's choice, and one the disk is too
        // full to open for some room: the member stays signed in meanwhile.
        if (report.outcome == cache::CacheOpenReport::Outcome::RefusedNewer ||
            report.waitingForSpace()) {
            setCacheNotice(notice, !report.waitingForSpace());
            if (report.waitingForSpace())
                m_cacheRetry.start();
            return;
        }
        setCacheNotice({});
        setCacheError(notice);
        m_session.signOut(false);
        return;
    }
    m_cacheRetry.stop();
    setCacheNotice(notice);
    setCacheError({});
    connect(store.get(), &cache::CacheStore::damageFound, this, [this](const QString &detail) {
        setCacheNotice(tr("This account's cache is damaged (%1). Restart Hearth to rebuild it "
                          "from the server; your unsent changes are kept.")
                           .arg(detail));
    });
    store->setLocalUser(m_session.userId(), m_session.displayName());
    m_store = std::move(store);
    m_sync = std::make_unique<net::SyncEngine>();
    m_sync->setStore(m_store.get());
    m_sync->setServerUrl(QUrl(m_session.serverUrl()));
    m_sync->setToken(m_session.token());
    m_firstSyncEnded = false;
    m_syncStarted = false;
    // An empty cache: everything is still to come from the server.
    setFirstSync(m_store->cursor().isEmpty());
    connect(m_sync.get(), &net::SyncEngine::statusChanged, this, &AppContext::onSyncStatusChanged);
    connect(m_sync.get(), &net::SyncEngine::synced, this, [this] {
        m_firstSyncEnded = true;
        setFirstSync(false);
    });
    // Queued: signing out deletes the engine, which must not happen inside its own signal.
    connect(
        m_sync.get(), &net::SyncEngine::unauthorized, this,
        [this] {
            qCWarning(lcApp) << "the server refused the token; signing out";
            setCacheError(tr("Your sign-in has expired or was revoked. Sign in again."));
            m_session.signOut(false);
        },
        Qt::QueuedConnection);
    Q_EMIT accountChanged();
    m_sync->start();
}

void AppContext::closeAccount() {
    m_cacheRetry.stop();
    setCacheNotice({});
    if (!m_store)
        return;
    // QML lets go first: `store` and `sync` turn null and the signed-in page unloads (models hold
    // the store through QPointer). Then the cache closes its file at once, as the session removes
    // it next. The engine goes later, as this may run inside one of its signals.
    net::SyncEngine *sync = m_sync.release();
    std::unique_ptr<cache::CacheStore> store = std::move(m_store);
    if (sync) {
        sync->stop();
        disconnect(sync, nullptr, this, nullptr);
    }
    Q_EMIT accountChanged();
    store.reset();
    if (sync)
        sync->deleteLater();
    setFirstSync(false);
}

void AppContext::onSyncStatusChanged() {
    if (!m_sync)
        return;
    switch (m_sync->status()) {
    case net::SyncEngine::Connecting:
    case net::SyncEngine::Syncing:
        m_syncStarted = true;
        break;
    case net::SyncEngine::Offline:
        // The server could not be reached: what the window shows now is the cached state.
        if (m_syncStarted)
            m_firstSyncEnded = true;
        break;
    case net::SyncEngine::Online:
        break;
    }
}

void AppContext::setCacheNotice(const QString &notice, bool needsDecision) {
    if (m_cacheNotice == notice && m_cacheNeedsDecision == needsDecision)
        return;
    m_cacheNotice = notice;
    m_cacheNeedsDecision = needsDecision;
    Q_EMIT cacheNoticeChanged();
}

void AppContext::setCacheError(const QString &message) {
    if (m_cacheError == message)
        return;
    m_cacheError = message;
    Q_EMIT errorStringChanged();
}

} // namespace hearth::app
