#pragma once
// Strict reading of a mutation's args: protocol::JsonFields plus the domain's limits (lengths,
// enumerations, UUID ids). The first problem becomes an invalid_request naming the field, and
// unknown fields are refused so a client's typo cannot pass silently.

#include "protocol/jsonfields.h"
#include "server/domain/domainerror.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace hearthd {

class ArgsReader {
public:
    explicit ArgsReader(const QJsonObject &args)
        : m_args(args)
        , m_fields(m_args) {}

    // A lowercase canonical UUID ("0f8fad5b-d9cb-469f-a165-70867728950e").
    QString uuid(const QString &key, bool required = true);
    // Text of at most maxLength characters (at least minLength when present or required).
    QString text(const QString &key, int maxLength, bool required = false, int minLength = 0);
    QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback);
    bool boolean(const QString &key, bool fallback) { return m_fields.boolean(key, fallback); }
    qint64 integer(const QString &key, qint64 min, qint64 max, bool required, qint64 fallback);
    QStringList stringList(const QString &key, int maxItems, int maxLength);

    void rejectUnknown(std::initializer_list<QLatin1StringView> known) {
        m_fields.rejectUnknown(known);
    }
    // The first problem, if any.
    std::optional<DomainError> error() const;

private:
    const QJsonObject m_args;
    hearth::protocol::JsonFields m_fields;
};

} // namespace hearthd
