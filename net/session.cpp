#include "session.h"

#include "netlogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace hearth::net {

namespace {
const QString AccountsKey = QStringLiteral("accounts/list");
const QString LastAccountKey = QStringLiteral("accounts/last");

QVariantMap accountMap(const QString &server, const QString &handle, const QString &userId,
                       const QString &displayName) {
    return {{QStringLiteral("serverUrl"), server},
            {QStringLiteral("handle"), handle},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("displayName"), displayName}};
}

QString keyOf(const QVariantMap &account) {
    return account.value(QStringLiteral("handle")).toString() + QLatin1Char('@') +
           account.value(QStringLiteral("serverUrl")).toString();
}
} // namespace

Session::Session(QObject *parent)
    : Session(QStringLiteral("Hearth"), parent) {}

Session::Session(const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_tokens(keychainService) {}

QString Session::normalizeServerUrl(const QString &typed) {
    QString text = typed.trimmed();
    if (!text.contains(QLatin1StringView("://")))
        text.prepend(QLatin1StringView("http://"));
    QUrl url(text);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString Session::cachePathFor(const QString &serverUrl, const QString &userId) {
    const QByteArray digest =
        QCryptographicHash::hash((serverUrl + QLatin1Char('|') + userId).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(
        QStringLiteral("accounts/%1.sqlite").arg(QString::fromLatin1(digest)));
}

QString Session::cachePath() const {
    if (m_userId.isEmpty())
        return {};
    return cachePathFor(m_serverUrl, m_userId);
}

QString Session::accountKey() const {
    return m_handle + QLatin1Char('@') + m_serverUrl;
}

QVariantList Session::accounts() const {
    return QSettings().value(AccountsKey).toList();
}

void Session::signIn(const QString &serverUrl, const QString &handle, const QString &password) {
    authenticate(false, serverUrl, handle, password, QString());
}

void Session::createAccount(const QString &serverUrl, const QString &handle,
                            const QString &password, const QString &displayName) {
    authenticate(true, serverUrl, handle, password, displayName);
}

void Session::authenticate(bool create, const QString &serverUrl, const QString &handle,
                           const QString &password, const QString &displayName) {
    if (m_state == SigningIn || m_state == Restoring)
        return;
    const QString server = normalizeServerUrl(serverUrl);
    if (!QUrl(server).isValid() || QUrl(server).host().isEmpty()) {
        setErrorString(QStringLiteral("'%1' is not a server address").arg(serverUrl));
        return;
    }
    setErrorString(QString());
    setState(SigningIn);
    m_api.setServerUrl(QUrl(server));
    m_api.setToken(QString());
    const protocol::AuthRequest request{handle.trimmed(), password, displayName};
    auto done = [this, server](const ApiResult &r) {
        if (!r.ok()) {
            setErrorString(r.reachedServer()
                               ? r.describe()
                               : QStringLiteral("Cannot reach %1: %2").arg(server, r.describe()));
            setState(SignedOut);
            return;
        }
        QString error;
        const auto auth =
            protocol::AuthResponse::fromJson(QJsonDocument::fromJson(r.body).object(), &error);
        if (!auth) {
            setErrorString(QStringLiteral("The server's answer is unreadable: %1").arg(error));
            setState(SignedOut);
            return;
        }
        const QString account = auth->handle + QLatin1Char('@') + server;
        const auto response = *auth;
        m_tokens.writeToken(
            account, auth->token, this, [this, server, response](const TokenStore::Result &w) {
                if (!w.ok) {
                    // No plaintext fallback: without a keychain there is no saved sign-in.
                    setErrorString(w.error);
                    setState(SignedOut);
                    return;
                }
                m_serverUrl = server;
                m_handle = response.handle;
                m_userId = response.userId;
                m_displayName =
                    response.displayName.isEmpty() ? response.handle : response.displayName;
                m_token = response.token;
                rememberAccount();
                Q_EMIT accountChanged();
                setState(SignedIn);
                qCInfo(lcSession) << "signed in as" << m_handle << "on" << m_serverUrl;
                Q_EMIT signedIn();
            });
    };
    if (create)
        m_api.registerAccount(request, this, done);
    else
        m_api.login(request, this, done);
}

void Session::rememberAccount() {
    QSettings settings;
    QVariantList list = settings.value(AccountsKey).toList();
    const QVariantMap mine = accountMap(m_serverUrl, m_handle, m_userId, m_displayName);
    const QString key = keyOf(mine);
    bool replaced = false;
    for (QVariant &entry : list) {
        if (keyOf(entry.toMap()) == key) {
            entry = mine;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(mine);
    settings.setValue(AccountsKey, list);
    settings.setValue(LastAccountKey, key);
    Q_EMIT accountsChanged();
}

void Session::restore() {
    if (m_state != SignedOut)
        return;
    // Nobody signed in before: stay SignedOut, no error.
    restoreAccount(QSettings().value(LastAccountKey).toString());
}

bool Session::restoreAccount(const QString &key) {
    QVariantMap account;
    for (const QVariant &entry : QSettings().value(AccountsKey).toList()) {
        if (keyOf(entry.toMap()) == key)
            account = entry.toMap();
    }
    if (account.isEmpty())
        return false;
    m_serverUrl = account.value(QStringLiteral("serverUrl")).toString();
    m_handle = account.value(QStringLiteral("handle")).toString();
    m_userId = account.value(QStringLiteral("userId")).toString();
    m_displayName = account.value(QStringLiteral("displayName")).toString();
    Q_EMIT accountChanged();
    setErrorString(QString());
    setState(Restoring);
    m_tokens.readToken(accountKey(), this, [this](const TokenStore::Result &r) {
        if (!r.ok) {
            setErrorString(r.notFound ? QStringLiteral("Sign in again to continue.") : r.error);
            m_token.clear();
            setState(SignedOut);
            return;
        }
        m_token = r.token;
        QSettings().setValue(LastAccountKey, accountKey());
        setState(SignedIn);
        qCInfo(lcSession) << "restored" << m_handle << "on" << m_serverUrl;
        Q_EMIT signedIn();
    });
    return true;
}

void Session::closeCurrent() {
    if (m_state != SignedIn)
        return;
    Q_EMIT aboutToSignOut();
    clearAccount();
    setState(SignedOut);
}

void Session::switchAccount(const QString &serverUrl, const QString &handle) {
    if (m_state == SigningIn || m_state == Restoring)
        return;
    const QString key = handle + QLatin1Char('@') + normalizeServerUrl(serverUrl);
    if (m_state == SignedIn && key == accountKey())
        return;
    closeCurrent();
    if (!restoreAccount(key))
        setErrorString(QStringLiteral("%1 is not an account on this computer any more.").arg(key));
}

void Session::addAccount() {
    closeCurrent();
}

void Session::signOut(bool removeCache) {
    if (m_state != SignedIn)
        return;
    const QString path = cachePath();
    Q_EMIT aboutToSignOut();
    m_tokens.deleteToken(accountKey(), this, [this](const TokenStore::Result &r) {
        if (!r.ok && !r.notFound)
            setErrorString(
                QStringLiteral("Signed out, but the sign-in could not be removed from the "
                               "keychain: %1")
                    .arg(r.error));
    });
    QSettings settings;
    settings.remove(LastAccountKey);
    if (removeCache) {
        if (!path.isEmpty()) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        // This device forgets the account altogether.
        QVariantList list = settings.value(AccountsKey).toList();
        const QString key = accountKey();
        list.erase(
            std::remove_if(list.begin(), list.end(),
                           [&key](const QVariant &entry) { return keyOf(entry.toMap()) == key; }),
            list.end());
        settings.setValue(AccountsKey, list);
        Q_EMIT accountsChanged();
    }
    clearAccount();
    setState(SignedOut);
    qCInfo(lcSession) << "signed out";
    Q_EMIT signedOut();
}

void Session::clearAccount() {
    m_serverUrl.clear();
    m_handle.clear();
    m_userId.clear();
    m_displayName.clear();
    m_token.clear();
    Q_EMIT accountChanged();
}

void Session::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void Session::setErrorString(const QString &error) {
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

} // namespace hearth::net
