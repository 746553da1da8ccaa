#pragma once
// The account's access token in the OS keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store) through QtKeychain. There is no plaintext fallback: when no keychain
// is available the operation fails with a message the app shows, and the member signs in again
// next time instead of having their token left in a file.

#include <QObject>
#include <QString>
#include <functional>

namespace hearth::net {

class TokenStore : public QObject {
    Q_OBJECT

public:
    struct Result {
        bool ok = false;
        bool notFound = false; // read/delete: no token stored for this account
        QString token;         // read
        QString error;         // for people, when !ok
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QObject *parent = nullptr);
    // The keychain "service" the entries are filed under (default "Hearth").
    explicit TokenStore(const QString &service, QObject *parent = nullptr);

    // `account` names the entry, e.g. "ada@https://hearth.example.org". The callback runs in
    // `context`'s thread and is dropped if `context` is destroyed first.
    void writeToken(const QString &account, const QString &token, QObject *context, Callback done);
    void readToken(const QString &account, QObject *context, Callback done);
    void deleteToken(const QString &account, QObject *context, Callback done);

private:
    QString m_service;
};

} // namespace hearth::net
