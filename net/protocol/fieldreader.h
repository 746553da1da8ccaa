#pragma once
// Reads a JSON object field by field, keeping the first problem with the field's name ("field
// 'body' must not be empty") so a refusal says exactly what to fix. Used through WireSchema,
// which declares each wire type's fields once; see wireschema.h.

#include "argscheck.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace hearth::protocol {

class FieldReader {
public:
    FieldReader(const QJsonObject &args, ArgsCheck check);

    bool strict() const { return m_check == ArgsCheck::Strict; }
    // Present and not null (null reads as absent).
    bool has(const QString &key) const;

    // A lowercase canonical UUID ("0f8fad5b-d9cb-469f-a165-70867728950e"); "" when optional
    // and absent.
    QString uuid(const QString &key, Presence presence);
    // At most maxLength characters; at least minLength (trimmed) when present or required.
    QString text(const QString &key, Presence presence, int maxLength, int minLength);
    // One of `allowed`; absent or "" gives `fallback` when optional.
    QString choice(const QString &key, const QStringList &allowed, Presence presence,
                   const QString &fallback);
    qint64 integer(const QString &key, Presence presence, qint64 min, qint64 max, qint64 fallback);
    bool boolean(const QString &key, bool fallback);
    // An optional array of at most maxItems non-empty strings of at most maxLength each.
    QStringList strings(const QString &key, int maxItems, int maxLength);

    // An optional array of objects, each read by `read` (nullopt and its problem on failure).
    template<typename Item, typename Read> QList<Item> objects(const QString &key, Read read) {
        QList<Item> out;
        const QJsonArray list = m_fields.array(key, false);
        for (qsizetype i = 0; i < list.size() && ok(); ++i) {
            QString error;
            std::optional<Item> item =
                list.at(i).isObject() ? read(list.at(i).toObject(), &error) : std::nullopt;
            if (!item)
                fail(QStringLiteral("field '%1' item %2: %3")
                         .arg(key)
                         .arg(i)
                         .arg(error.isEmpty() ? QStringLiteral("must be an object") : error));
            else
                out.append(std::move(*item));
        }
        return out;
    }

    void rejectUnknown(const QStringList &known);
    void fail(const QString &message) { m_fields.fail(message); }
    bool ok() const { return m_fields.ok(); }
    const QString &error() const { return m_fields.error(); }

private:
    const QJsonObject m_args; // before m_fields, which refers to it
    JsonFields m_fields;
    ArgsCheck m_check;
};

} // namespace hearth::protocol
