#include "jsonfields.h"

#include <QJsonArray>

#include <cmath>

namespace hearth::protocol {

void JsonFields::fail(const QString &message) {
    if (m_error.isEmpty())
        m_error = message;
}

QString JsonFields::string(const QString &key, bool required) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("field '%1' is required").arg(key));
        return {};
    }
    if (!v.isString()) {
        fail(QStringLiteral("field '%1' must be a string").arg(key));
        return {};
    }
    return v.toString();
}

bool JsonFields::boolean(const QString &key, bool fallback) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(QStringLiteral("field '%1' must be true or false").arg(key));
        return fallback;
    }
    return v.toBool();
}

qint64 JsonFields::integer(const QString &key, bool required, qint64 fallback) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("field '%1' is required").arg(key));
        return fallback;
    }
    // JSON numbers arrive as doubles: only whole ones that a double holds exactly (|n| <= 2^53,
    // what JavaScript calls safe) are integers. Converting a larger one to qint64 is undefined.
    constexpr double SafeMax = 9007199254740992.0;
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::fabs(d) > SafeMax || std::trunc(d) != d) {
        fail(QStringLiteral("field '%1' must be an integer").arg(key));
        return fallback;
    }
    return qint64(d);
}

QJsonObject JsonFields::object(const QString &key, bool required) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("field '%1' is required").arg(key));
        return {};
    }
    if (!v.isObject()) {
        fail(QStringLiteral("field '%1' must be an object").arg(key));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QString &key, bool required) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("field '%1' is required").arg(key));
        return {};
    }
    if (!v.isArray()) {
        fail(QStringLiteral("field '%1' must be an array").arg(key));
        return {};
    }
    return v.toArray();
}

void JsonFields::rejectUnknown(std::initializer_list<QLatin1StringView> known) {
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool found = false;
        for (const auto &k : known)
            found = found || it.key() == k;
        if (!found)
            fail(QStringLiteral("unknown field '%1'").arg(it.key()));
    }
}

} // namespace hearth::protocol
