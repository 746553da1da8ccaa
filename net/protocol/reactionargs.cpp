#include "reactionargs.h"

#include "limits.h"
#include "vocabulary.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

QString emojiIsOneSymbol(const ReactionTarget &a) {
    for (const QChar c : a.emoji) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return QStringLiteral("field 'emoji' must not contain spaces or control characters");
    }
    return {};
}

template<typename T> QString emojiRule(const T &a) {
    return emojiIsOneSymbol(a);
}

template<typename T> const WireSchema<T> &schema() {
    static const WireSchema<T> schema{
        {
            field::choice<T>("targetType", &T::targetType, TargetType::all(), Presence::Required),
            field::uuid<T>("targetId", &T::targetId),
            field::text<T>("emoji", &T::emoji, {Limits::EmojiMax, 1, Presence::Required}),
        },
        emojiRule<T>};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(ReactionSetArgs, schema<ReactionSetArgs>)
HEARTH_MUTATION_ARGS_CODEC(ReactionClearArgs, schema<ReactionClearArgs>)

} // namespace hearth::protocol
