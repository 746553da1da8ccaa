#pragma once
// The TLS settings hearthd serves with when given a certificate and a private key (PEM files).

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace hearthd {

// Reads the certificate chain (first certificate first) and the unencrypted private key (RSA,
// EC or DSA) and returns a server configuration, or nullopt with a message naming the file.
std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certFile,
                                                      const QString &keyFile, QString *error);

} // namespace hearthd
