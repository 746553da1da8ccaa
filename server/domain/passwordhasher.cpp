#include "passwordhasher.h"

#include <sodium.h>

namespace hearthd::PasswordHasher {

bool initialize() {
    return sodium_init() >= 0;
}

QString hash(const QString &password) {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &encodedHash, const QString &password) {
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

void verifyDummy(const QString &password) {
    static const QString dummy = hash(QStringLiteral("hearthd-timing-equaliser"));
    verify(dummy, password);
}

} // namespace hearthd::PasswordHasher
