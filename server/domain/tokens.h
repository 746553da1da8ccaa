#pragma once
// Bearer tokens: 32 random bytes, base64url without padding, handed to the client once. The
// database keeps only their SHA-256, so a leaked database does not leak sessions.

#include <QString>

namespace hearthd::Tokens {

QString generate();
// Hex SHA-256 of the token text: the key under which the token is stored.
QString hash(const QString &token);

} // namespace hearthd::Tokens
