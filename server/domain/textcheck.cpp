#include "textcheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearthd::TextCheck {

std::optional<DomainError> check(const QString &text, const QString &where) {
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return DomainError::invalid(
                QStringLiteral("%1 contains a NUL character (U+0000), which hearthd does not "
                               "store; remove it")
                    .arg(where));
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i; // a pair: one character beyond the BMP
            continue;
        }
        if (c.isSurrogate())
            return DomainError::invalid(
                QStringLiteral("%1 contains a lone UTF-16 surrogate (\\u%2), which is not a "
                               "character; send the text as valid Unicode")
                    .arg(where)
                    .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return std::nullopt;
}

namespace {
QString fieldName(const QString &path) {
    return path.isEmpty() ? QStringLiteral("the JSON text")
                          : QStringLiteral("field '%1'").arg(path);
}
} // namespace

std::optional<DomainError> check(const QJsonValue &value, const QString &path) {
    switch (value.type()) {
    case QJsonValue::String:
        return check(value.toString(), fieldName(path));
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto e = check(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                return e;
        }
        return std::nullopt;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (auto e = check(it.key(), QStringLiteral("a field name in ") + fieldName(path)))
                return e;
            const QString inner = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (auto e = check(it.value(), inner))
                return e;
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace hearthd::TextCheck
