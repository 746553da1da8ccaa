#pragma once
// What the fuzz targets share: how they report a broken property (a message and abort(), which
// libFuzzer records as a crash with the input that caused it), and the round-trip property every
// wire codec must have: what a decoder accepted, its encoder writes, and that writing decodes
// again to the very same bytes. A codec that accepts something it cannot write back, or writes
// something it refuses, would let hearthd answer what its own app rejects (or the reverse).

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace hearth::fuzz {

// Prints what broke, with the bytes involved, and aborts.
[[noreturn]] void fail(const char *what, const QString &detail, const QByteArray &bytes = {});

// The input as a JSON object, or nullopt when it is not one.
std::optional<QJsonObject> jsonObject(const QByteArray &bytes);
QByteArray compact(const QJsonObject &object);

inline QByteArray wireBytes(const QJsonObject &o) {
    return compact(o);
}
inline QByteArray wireBytes(const QByteArray &b) {
    return b;
}

// `decode(bytes, &error)` gives std::optional<T>; T has toJson() (a QJsonObject or bytes).
template<typename T, typename Decode>
void requireStable(const char *what, const std::optional<T> &decoded, Decode decode) {
    if (!decoded)
        return;
    const QByteArray once = wireBytes(decoded->toJson());
    QString error;
    const std::optional<T> again = decode(once, &error);
    if (!again)
        fail(what, QStringLiteral("its own encoding does not decode: ") + error, once);
    const QByteArray twice = wireBytes(again->toJson());
    if (twice != once)
        fail(what,
             QStringLiteral("encoding is not stable; second encoding: ") + QString::fromUtf8(twice),
             once);
}

// A decoder of T from a JSON object, as a decoder from bytes (for requireStable).
template<typename T, typename FromObject> auto fromObjectBytes(FromObject fromObject) {
    return [fromObject](const QByteArray &bytes, QString *error) -> std::optional<T> {
        const auto object = jsonObject(bytes);
        if (!object) {
            *error = QStringLiteral("not a JSON object");
            return std::nullopt;
        }
        return fromObject(*object, error);
    };
}

} // namespace hearth::fuzz
