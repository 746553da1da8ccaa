#pragma once
// The signed-in account. Server URL and the account list live in QSettings; the access token
// only in the OS keychain (TokenStore). restore() brings the last account back without the
// network, so a member opens Hearth offline and sees their cache at once.
//
// Several accounts (on one server or several) can stay signed in on one machine: switchAccount()
// closes the current one, keeping its token, and opens another from the keychain; addAccount()
// closes the current one the same way to sign in to another.
//
// Closing: the app releases the account's CacheStore when aboutToSignOut() is emitted (the
// signal is delivered synchronously, before a sign-out removes the cache file, and also when
// the account is only put aside by switchAccount() or addAccount()).

#include "apiclient.h"
#include "tokenstore.h"

#include <QObject>
#include <QVariantList>

namespace hearth::net {

class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString handle READ handle NOTIFY accountChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    // Why the last sign-in, restore or sign-out failed, for people; empty otherwise.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // Accounts signed in before on this machine: [{serverUrl, handle, userId, displayName}].
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)

public:
    enum State { SignedOut, Restoring, SigningIn, SignedIn };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    // For tests: keychain entries under another service name.
    Session(const QString &keychainService, QObject *parent);

    State state() const { return m_state; }
    QString serverUrl() const { return m_serverUrl; }
    QString handle() const { return m_handle; }
    QString userId() const { return m_userId; }
    QString displayName() const { return m_displayName; }
    QString errorString() const { return m_errorString; }
    QVariantList accounts() const;

    Q_INVOKABLE void signIn(const QString &serverUrl, const QString &handle,
                            const QString &password);
    Q_INVOKABLE void createAccount(const QString &serverUrl, const QString &handle,
                                   const QString &password, const QString &displayName);
    // The last account from QSettings and its token from the keychain; works offline.
    Q_INVOKABLE void restore();
    // Removes the token from the keychain and forgets the account as "last"; with removeCache
    // also deletes its cache file and drops it from accounts() (this device forgets it).
    Q_INVOKABLE void signOut(bool removeCache = false);
    // Opens another account kept on this machine (`handle` at `serverUrl`): the current one is
    // closed but stays signed in, then the other is restored like at start (offline too). When
    // its sign-in is not saved any more, ends SignedOut with the account filled in and a message.
    Q_INVOKABLE void switchAccount(const QString &serverUrl, const QString &handle);
    // Puts the current account aside (still signed in) and shows SignedOut, to sign in to or
    // create another one.
    Q_INVOKABLE void addAccount();

    QString token() const { return m_token; }
    // The account's cache file, under QStandardPaths::AppDataLocation; empty when signed out.
    QString cachePath() const;
    static QString cachePathFor(const QString &serverUrl, const QString &userId);
    // "http://host:port" from what a person typed ("host:port", trailing slashes, ...).
    static QString normalizeServerUrl(const QString &typed);

Q_SIGNALS:
    void stateChanged();
    void accountChanged();
    void errorStringChanged();
    void accountsChanged();
    void signedIn();
    void aboutToSignOut();
    void signedOut();

private:
    void authenticate(bool create, const QString &serverUrl, const QString &handle,
                      const QString &password, const QString &displayName);
    // Restores the saved account `key` ("handle@server"); false when there is none.
    bool restoreAccount(const QString &key);
    // Lets go of the signed-in account without removing its token.
    void closeCurrent();
    void rememberAccount();
    QString accountKey() const;
    void setState(State state);
    void setErrorString(const QString &error);
    void clearAccount();

    ApiClient m_api;
    TokenStore m_tokens;
    State m_state = SignedOut;
    QString m_serverUrl;
    QString m_handle;
    QString m_userId;
    QString m_displayName;
    QString m_token;
    QString m_errorString;
};

} // namespace hearth::net
