#include "tlsconfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace hearthd {

namespace {

std::optional<QByteArray> readFile(const QString &path, const char *what, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 %2: %3")
                     .arg(QLatin1StringView(what), path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certFile,
                                                      const QString &keyFile, QString *error) {
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available: Qt found no TLS backend (OpenSSL)");
        return std::nullopt;
    }
    const auto certData = readFile(certFile, "certificate", error);
    if (!certData)
        return std::nullopt;
    const auto keyData = readFile(keyFile, "key", error);
    if (!keyData)
        return std::nullopt;

    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certData, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("the TLS certificate %1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("the TLS key %1 holds no unencrypted PEM private key (RSA, EC or "
                                "DSA)")
                     .arg(keyFile);
        return std::nullopt;
    }
    if (key.algorithm() != chain.first().publicKey().algorithm()) {
        *error = QStringLiteral("the TLS key %1 does not belong to the certificate %2")
                     .arg(keyFile, certFile);
        return std::nullopt;
    }

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

} // namespace hearthd
