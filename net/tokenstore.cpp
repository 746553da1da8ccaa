#include "tokenstore.h"

#include "netlogging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace hearth::net {

namespace {
TokenStore::Result resultOf(QKeychain::Job *job) {
    TokenStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.ok = true;
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.error = QStringLiteral("no saved sign-in for this account");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = QStringLiteral("No system keychain is available to keep your sign-in safe (%1). "
                                 "Hearth does not store it in a plain file; install or unlock a "
                                 "keychain such as GNOME Keyring or KWallet.")
                      .arg(job->errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.error = QStringLiteral("The system keychain refused access to your sign-in (%1).")
                      .arg(job->errorString());
        break;
    default:
        r.error = QStringLiteral("Hearth keeps your sign-in only in the system keychain, and the "
                                 "keychain failed (%1). Make sure a keychain such as GNOME Keyring "
                                 "or KWallet is running and unlocked.")
                      .arg(job->errorString());
        break;
    }
    return r;
}

void finishWith(QKeychain::Job *job, QObject *context, TokenStore::Callback done,
                std::function<void(TokenStore::Result &)> fill = {}) {
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done), fill = std::move(fill)](QKeychain::Job *j) {
                         TokenStore::Result r = resultOf(j);
                         if (r.ok && fill)
                             fill(r);
                         if (!r.ok && !r.notFound)
                             qCWarning(lcSession) << "keychain:" << r.error;
                         if (guard)
                             done(r);
                     });
    job->start();
}
} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(QStringLiteral("Hearth"), parent) {}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

void TokenStore::writeToken(const QString &account, const QString &token, QObject *context,
                            Callback done) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(token);
    finishWith(job, context, std::move(done));
}

void TokenStore::readToken(const QString &account, QObject *context, Callback done) {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    finishWith(job, context, std::move(done), [job](Result &r) { r.token = job->textData(); });
}

void TokenStore::deleteToken(const QString &account, QObject *context, Callback done) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    finishWith(job, context, std::move(done));
}

} // namespace hearth::net
