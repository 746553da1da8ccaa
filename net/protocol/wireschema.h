#pragma once
// A wire type's JSON, declared once. A schema lists each field as (JSON key, struct member,
// rules); that one table writes the struct (toJson) and reads it (fromJson), so a field's name,
// type, optionality, default and limits live in exactly one line:
//
//     static const WireSchema<PostCreateArgs> schema{{
//         field::uuid("id", &PostCreateArgs::id),
//         field::text("body", &PostCreateArgs::body, {Limits::PostBodyMax, 1, Presence::Required}),
//         ...}};
//
// Mutation args are read with ArgsCheck::Strict by hearthd (every rule) and ArgsCheck::Shape by
// the app's cache; response bodies (audit page, engagement report) are read with Shape, so a
// newer server's extra fields do not break an older app.
//
// Reading applies the fields in order, then refuses unknown keys, then the schema's rule across
// fields (Strict only), and keeps the first problem. A member's default in the struct is the
// value an absent optional field reads as. Writing leaves out what reads back the same when
// absent: empty optional text, ids and lists, and unset std::optional members.

#include "fieldreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <limits>
#include <optional>

namespace hearth::protocol {

template<typename T> struct WireField {
    QString key;
    std::function<void(FieldReader &, T &)> read;
    std::function<void(const T &, QJsonObject &)> write;
};

template<typename T> class WireSchema {
public:
    // A rule across fields, checked last (Strict only): the problem, or "" when it holds.
    using Rule = QString (*)(const T &);

    WireSchema(QList<WireField<T>> fields, Rule rule = nullptr)
        : m_fields(fields)
        , m_rule(rule) {
        for (const auto &f : m_fields)
            m_keys.append(f.key);
    }

    QJsonObject toJson(const T &args) const {
        QJsonObject out;
        for (const auto &f : m_fields)
            f.write(args, out);
        return out;
    }

    std::optional<T> fromJson(const QJsonObject &json, QString *error, ArgsCheck check) const {
        FieldReader reader(json, check);
        T args;
        for (const auto &f : m_fields)
            f.read(reader, args);
        reader.rejectUnknown(m_keys);
        if (reader.ok() && reader.strict() && m_rule) {
            const QString problem = m_rule(args);
            if (!problem.isEmpty())
                reader.fail(problem);
        }
        if (!reader.ok()) {
            if (error)
                *error = reader.error();
            return std::nullopt;
        }
        return args;
    }

private:
    QList<WireField<T>> m_fields;
    QStringList m_keys;
    Rule m_rule;
};

// Limits of a text field: at most maxLength characters, at least minLength (trimmed) when given.
struct TextRule {
    int maxLength = std::numeric_limits<int>::max();
    int minLength = 0;
    Presence presence = Presence::Optional;
};

// A text a response always carries (written even when empty, required when read).
inline constexpr TextRule RequiredText{std::numeric_limits<int>::max(), 0, Presence::Required};

struct Range {
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
};

struct ListRule {
    int maxItems;
    int maxLength; // of each item
};

// The field kinds. T is deduced from the member, or given when the member is a base's.
namespace field {

template<typename T>
WireField<T> uuid(const char *key, QString T::*member, Presence presence = Presence::Required) {
    const QString k = QString::fromLatin1(key);
    return {k, [=](FieldReader &r, T &a) { a.*member = r.uuid(k, presence); },
            [=](const T &a, QJsonObject &o) {
                if (presence == Presence::Required || !(a.*member).isEmpty())
                    o.insert(k, a.*member);
            }};
}

template<typename T> WireField<T> text(const char *key, QString T::*member, TextRule rule = {}) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                a.*member = r.text(k, rule.presence, rule.maxLength, rule.minLength);
            },
            [=](const T &a, QJsonObject &o) {
                if (rule.presence == Presence::Required || !(a.*member).isEmpty())
                    o.insert(k, a.*member);
            }};
}

// A text an edit may leave out: unset = unchanged.
template<typename T>
WireField<T> text(const char *key, std::optional<QString> T::*member, TextRule rule) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                if (r.has(k))
                    a.*member = r.text(k, Presence::Optional, rule.maxLength, rule.minLength);
            },
            [=](const T &a, QJsonObject &o) {
                if (a.*member)
                    o.insert(k, *(a.*member));
            }};
}

// One of `allowed`. Optional: absent or "" reads as the member's default.
template<typename T>
WireField<T> choice(const char *key, QString T::*member, const QStringList &allowed,
                    Presence presence = Presence::Optional) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) { a.*member = r.choice(k, allowed, presence, T{}.*member); },
            [=](const T &a, QJsonObject &o) {
                if (!(a.*member).isEmpty())
                    o.insert(k, a.*member);
            }};
}

template<typename T>
WireField<T> choice(const char *key, std::optional<QString> T::*member,
                    const QStringList &allowed) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                const QString value = r.choice(k, allowed, Presence::Optional, QString());
                if (!value.isEmpty())
                    a.*member = value;
            },
            [=](const T &a, QJsonObject &o) {
                if (a.*member)
                    o.insert(k, *(a.*member));
            }};
}

// A whole number in `range`. Optional: absent reads as the member's default.
template<typename T, typename I>
WireField<T> integer(const char *key, I T::*member, Range range = {},
                     Presence presence = Presence::Optional) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                a.*member = I(r.integer(k, presence, range.min, range.max, qint64(T{}.*member)));
            },
            [=](const T &a, QJsonObject &o) { o.insert(k, qint64(a.*member)); }};
}

template<typename T, typename I>
WireField<T> integer(const char *key, std::optional<I> T::*member, Range range) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                if (r.has(k))
                    a.*member = I(r.integer(k, Presence::Optional, range.min, range.max, 0));
            },
            [=](const T &a, QJsonObject &o) {
                if (a.*member)
                    o.insert(k, qint64(*(a.*member)));
            }};
}

// true or false; absent reads as the member's default.
template<typename T> WireField<T> flag(const char *key, bool T::*member) {
    const QString k = QString::fromLatin1(key);
    return {k, [=](FieldReader &r, T &a) { a.*member = r.boolean(k, T{}.*member); },
            [=](const T &a, QJsonObject &o) { o.insert(k, a.*member); }};
}

// A choice an action may leave out: unset = unchanged.
template<typename T> WireField<T> flag(const char *key, std::optional<bool> T::*member) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                if (r.has(k))
                    a.*member = r.boolean(k, false);
            },
            [=](const T &a, QJsonObject &o) {
                if (a.*member)
                    o.insert(k, *(a.*member));
            }};
}

template<typename T> WireField<T> strings(const char *key, QStringList T::*member, ListRule rule) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) { a.*member = r.strings(k, rule.maxItems, rule.maxLength); },
            [=](const T &a, QJsonObject &o) {
                if (!(a.*member).isEmpty())
                    o.insert(k, QJsonArray::fromStringList(a.*member));
            }};
}

// A list an edit may leave out: unset = unchanged (an empty list is a change to none).
template<typename T>
WireField<T> strings(const char *key, std::optional<QStringList> T::*member, ListRule rule) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                if (r.has(k))
                    a.*member = r.strings(k, rule.maxItems, rule.maxLength);
            },
            [=](const T &a, QJsonObject &o) {
                if (a.*member)
                    o.insert(k, QJsonArray::fromStringList(*(a.*member)));
            }};
}

// A list of objects of a wire type Item (with its own toJson() and fromJson()).
template<typename T, typename Item> WireField<T> list(const char *key, QList<Item> T::*member) {
    const QString k = QString::fromLatin1(key);
    return {k,
            [=](FieldReader &r, T &a) {
                a.*member = r.objects<Item>(k, [](const QJsonObject &o, QString *error) {
                    return Item::fromJson(o, error);
                });
            },
            [=](const T &a, QJsonObject &o) {
                QJsonArray items;
                for (const Item &item : a.*member)
                    items.append(item.toJson());
                o.insert(k, items);
            }};
}

// At most maxItems objects of a wire type Item, each read with the schema's own check by
// Item::fromJson(json, error, check) (its limits apply under Strict only, as the count does).
template<typename T, typename Item>
WireField<T> items(const char *key, QList<Item> T::*member, int maxItems) {
    const QString k = QString::fromLatin1(key);
    return {
        k,
        [=](FieldReader &r, T &a) {
            const ArgsCheck check = r.strict() ? ArgsCheck::Strict : ArgsCheck::Shape;
            a.*member = r.objects<Item>(k, [check](const QJsonObject &o, QString *error) {
                return Item::fromJson(o, error, check);
            });
            if (r.ok() && r.strict() && (a.*member).size() > maxItems)
                r.fail(
                    QStringLiteral("field '%1' must have at most %2 items").arg(k).arg(maxItems));
        },
        [=](const T &a, QJsonObject &o) {
            if ((a.*member).isEmpty())
                return;
            QJsonArray list;
            for (const Item &item : a.*member)
                list.append(item.toJson());
            o.insert(k, list);
        }};
}

} // namespace field

} // namespace hearth::protocol

// In the .cpp of a response body: Type::toJson() and Type::fromJson(json, error), which reads
// with ArgsCheck::Shape (a newer server's extra fields do not break an older app).
#define HEARTH_WIRE_CODEC(Type, schemaFunction)                                                    \
    QJsonObject Type::toJson() const {                                                             \
        return schemaFunction().toJson(*this);                                                     \
    }                                                                                              \
    std::optional<Type> Type::fromJson(const QJsonObject &json, QString *error) {                  \
        return schemaFunction().fromJson(json, error, ::hearth::protocol::ArgsCheck::Shape);       \
    }

// In the .cpp of mutation args: Type::toJson() and Type::fromJson() from the schema
// `schemaFunction()` returns.
#define HEARTH_MUTATION_ARGS_CODEC(Type, schemaFunction)                                           \
    QJsonObject Type::toJson() const {                                                             \
        return schemaFunction().toJson(*this);                                                     \
    }                                                                                              \
    std::optional<Type> Type::fromJson(const QJsonObject &json, QString *error,                    \
                                       ::hearth::protocol::ArgsCheck check) {                      \
        return schemaFunction().fromJson(json, error, check);                                      \
    }
