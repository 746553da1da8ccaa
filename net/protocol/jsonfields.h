#pragma once
// Strict readers for JSON request fields. Each records the first problem it finds so a codec can
// answer bad input with one precise message ("field 'handle' must be a string") instead of
// silently defaulting.

#include <QJsonObject>
#include <QString>

namespace hearth::protocol {

class JsonFields {
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object) {}

    QString string(const QString &key, bool required = true);
    bool boolean(const QString &key, bool fallback);
    qint64 integer(const QString &key, bool required = true, qint64 fallback = 0);
    QJsonObject object(const QString &key, bool required = true);
    QJsonArray array(const QString &key, bool required = true);

    // Fails when the object carries a key outside `known` (typos must not pass silently).
    void rejectUnknown(std::initializer_list<QLatin1StringView> known);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message);

private:
    const QJsonObject &m_object;
    QString m_error;
};

} // namespace hearth::protocol
