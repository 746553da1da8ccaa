#include "fieldreader.h"

#include <QJsonArray>
#include <QUuid>

namespace hearth::protocol {

FieldReader::FieldReader(const QJsonObject &args, ArgsCheck check)
    : m_args(args)
    , m_fields(m_args)
    , m_check(check) {}

bool FieldReader::has(const QString &key) const {
    const QJsonValue v = m_args.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString FieldReader::uuid(const QString &key, Presence presence) {
    const bool required = presence == Presence::Required;
    const QString value = m_fields.string(key, required);
    if (value.isEmpty()) {
        if (required && m_fields.ok())
            fail(QStringLiteral("field '%1' must be a UUID").arg(key));
        return value;
    }
    if (!strict())
        return value;
    const QUuid parsed = QUuid::fromString(value);
    if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != value) {
        fail(QStringLiteral("field '%1' must be a lowercase UUID such as "
                            "0f8fad5b-d9cb-469f-a165-70867728950e")
                 .arg(key));
        return {};
    }
    return value;
}

QString FieldReader::text(const QString &key, Presence presence, int maxLength, int minLength) {
    const bool required = presence == Presence::Required;
    const QString value = m_fields.string(key, required);
    if (!m_fields.ok() || !strict())
        return value;
    if ((required || has(key)) && value.trimmed().size() < minLength) {
        fail(minLength == 1 ? QStringLiteral("field '%1' must not be empty").arg(key)
                            : QStringLiteral("field '%1' must be at least %2 characters")
                                  .arg(key)
                                  .arg(minLength));
        return {};
    }
    if (value.size() > maxLength) {
        fail(QStringLiteral("field '%1' must be at most %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return value;
}

QString FieldReader::choice(const QString &key, const QStringList &allowed, Presence presence,
                            const QString &fallback) {
    const QString value = m_fields.string(key, false);
    if (value.isEmpty()) {
        if (presence == Presence::Required && m_fields.ok())
            fail(QStringLiteral("field '%1' is required").arg(key));
        return fallback;
    }
    if (strict() && !allowed.contains(value)) {
        fail(QStringLiteral("field '%1' must be one of: %2")
                 .arg(key, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

qint64 FieldReader::integer(const QString &key, Presence presence, qint64 min, qint64 max,
                            qint64 fallback) {
    const qint64 value = m_fields.integer(key, presence == Presence::Required, fallback);
    if (strict() && m_fields.ok() && (value < min || value > max)) {
        fail(QStringLiteral("field '%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        return fallback;
    }
    return value;
}

bool FieldReader::boolean(const QString &key, bool fallback) {
    return m_fields.boolean(key, fallback);
}

QStringList FieldReader::strings(const QString &key, int maxItems, int maxLength) {
    const QJsonArray list = m_fields.array(key, false);
    if (strict() && list.size() > maxItems) {
        fail(QStringLiteral("field '%1' must have at most %2 items").arg(key).arg(maxItems));
        return {};
    }
    QStringList out;
    for (const QJsonValue &v : list) {
        const bool fits =
            v.isString() &&
            (!strict() || (!v.toString().trimmed().isEmpty() && v.toString().size() <= maxLength));
        if (!fits) {
            fail(QStringLiteral("field '%1' must hold non-empty strings of at most %2 characters")
                     .arg(key)
                     .arg(maxLength));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

void FieldReader::rejectUnknown(const QStringList &known) {
    if (!strict())
        return;
    for (auto it = m_args.begin(); it != m_args.end(); ++it) {
        if (!known.contains(it.key()))
            fail(QStringLiteral("unknown field '%1'").arg(it.key()));
    }
}

} // namespace hearth::protocol
