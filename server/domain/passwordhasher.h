#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str, interactive limits: ~70 ms here).
// The stored string carries its own salt and parameters.

#include <QString>

namespace hearthd::PasswordHasher {

// Initialises libsodium; false when it cannot (the server must not start then).
bool initialize();
// The encoded hash; empty when hashing failed (out of memory).
QString hash(const QString &password);
bool verify(const QString &encodedHash, const QString &password);
// Spends the same time as a real verify, so an unknown handle answers as slowly as a wrong
// password and handles cannot be probed by timing.
void verifyDummy(const QString &password);

} // namespace hearthd::PasswordHasher
