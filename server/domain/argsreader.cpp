#include "argsreader.h"

#include <QJsonArray>
#include <QUuid>

namespace hearthd {

QString ArgsReader::uuid(const QString &key, bool required) {
    const QString value = m_fields.string(key, required);
    if (value.isEmpty()) {
        if (required && m_fields.ok())
            m_fields.fail(QStringLiteral("field '%1' must be a UUID").arg(key));
        return value;
    }
    const QUuid parsed = QUuid::fromString(value);
    if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != value) {
        m_fields.fail(QStringLiteral("field '%1' must be a lowercase UUID such as "
                                     "0f8fad5b-d9cb-469f-a165-70867728950e")
                          .arg(key));
        return {};
    }
    return value;
}

QString ArgsReader::text(const QString &key, int maxLength, bool required, int minLength) {
    const QString value = m_fields.string(key, required);
    const bool present = m_args.contains(key) && !m_args.value(key).isNull();
    if (!m_fields.ok())
        return {};
    if ((present || required) && value.trimmed().size() < minLength) {
        m_fields.fail(minLength == 1 ? QStringLiteral("field '%1' must not be empty").arg(key)
                                     : QStringLiteral("field '%1' must be at least %2 characters")
                                           .arg(key)
                                           .arg(minLength));
        return {};
    }
    if (value.size() > maxLength) {
        m_fields.fail(
            QStringLiteral("field '%1' must be at most %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return value;
}

QString ArgsReader::oneOf(const QString &key, const QStringList &allowed, const QString &fallback) {
    const QString value = m_fields.string(key, false);
    if (value.isEmpty())
        return fallback;
    if (!allowed.contains(value)) {
        m_fields.fail(QStringLiteral("field '%1' must be one of: %2")
                          .arg(key, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

qint64 ArgsReader::integer(const QString &key, qint64 min, qint64 max, bool required,
                           qint64 fallback) {
    const qint64 value = m_fields.integer(key, required, fallback);
    if (m_fields.ok() && (value < min || value > max)) {
        m_fields.fail(
            QStringLiteral("field '%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        return fallback;
    }
    return value;
}

QStringList ArgsReader::stringList(const QString &key, int maxItems, int maxLength) {
    const QJsonArray list = m_fields.array(key, false);
    if (list.size() > maxItems) {
        m_fields.fail(
            QStringLiteral("field '%1' must have at most %2 items").arg(key).arg(maxItems));
        return {};
    }
    QStringList out;
    for (const QJsonValue &v : list) {
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > maxLength) {
            m_fields.fail(QStringLiteral("field '%1' must hold non-empty strings of at most %2 "
                                         "characters")
                              .arg(key)
                              .arg(maxLength));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

std::optional<DomainError> ArgsReader::error() const {
    if (m_fields.ok())
        return std::nullopt;
    return DomainError::invalid(m_fields.error());
}

} // namespace hearthd
