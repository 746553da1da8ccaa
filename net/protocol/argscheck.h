#pragma once
// What every mutation's args struct declares: its mutation's name, toJson(), fromJson() (the
// validator, see ArgsCheck) and ==. Written once here so a new mutation's struct is its fields
// plus one line:
//
//     struct PostDeleteArgs {
//         HEARTH_MUTATION_ARGS(PostDeleteArgs, MutationName::PostDelete)
//         QString id;
//     };
//
// and its schema in the .cpp (see wireschema.h, HEARTH_MUTATION_ARGS_CODEC).

#include <QJsonObject>
#include <QString>
#include <optional>

namespace hearth::protocol {

// How many of the rules reading args applies.
enum class ArgsCheck {
    // Every rule: types, required fields, UUID form, lengths, allowed values, ranges, unknown
    // fields and the rules across fields. hearthd validates with this.
    Strict,
    // Types and required fields only. The app's cache reads the args it stores with this: it
    // shows a member's write at once and leaves judging it to the server, whose refusal (with
    // its reason) is then shown on the write, which is kept.
    Shape,
};

enum class Presence { Required, Optional };

} // namespace hearth::protocol

// Inside the struct: `static constexpr auto Name`, toJson(), fromJson() and ==.
#define HEARTH_MUTATION_ARGS(Type, mutationName)                                                   \
    static constexpr auto Name = mutationName;                                                     \
    QJsonObject toJson() const;                                                                    \
    /* nullopt and the first problem in *error ("field 'body' must not be empty") */               \
    static std::optional<Type> fromJson(const QJsonObject &json, QString *error,                   \
                                        ::hearth::protocol::ArgsCheck check =                      \
                                            ::hearth::protocol::ArgsCheck::Strict);                \
    friend bool operator==(const Type &, const Type &) = default;
