#include "postargs.h"

#include "limits.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

const TextRule Title{Limits::PostTitleMax};
const TextRule Topic{Limits::TopicMax};

const WireSchema<PostCreateArgs> &createSchema() {
    using A = PostCreateArgs;
    static const WireSchema<A> schema{{
        field::uuid("id", &A::id),
        field::uuid("communityId", &A::communityId),
        field::choice("kind", &A::kind, PostKind::all()),
        field::text("title", &A::title, Title),
        field::text("body", &A::body, {Limits::PostBodyMax, 1, Presence::Required}),
        field::text("topic", &A::topic, Topic),
    }};
    return schema;
}

QString changesSomething(const PostEditArgs &a) {
    if (a.title || a.body || a.topic || a.kind)
        return {};
    return QStringLiteral("an edit needs at least one of 'title', 'body', 'topic', 'kind'");
}

const WireSchema<PostEditArgs> &editSchema() {
    using A = PostEditArgs;
    static const WireSchema<A> schema{
        {
            field::uuid("id", &A::id),
            field::integer("version", &A::version, {1, Limits::VersionMax}, Presence::Required),
            field::text("title", &A::title, Title),
            field::text("body", &A::body, {Limits::PostBodyMax, 1}),
            field::text("topic", &A::topic, Topic),
            field::choice("kind", &A::kind, PostKind::all()),
        },
        changesSomething};
    return schema;
}

const WireSchema<PostDeleteArgs> &deleteSchema() {
    static const WireSchema<PostDeleteArgs> schema{{field::uuid("id", &PostDeleteArgs::id)}};
    return schema;
}

const WireSchema<PostPinArgs> &pinSchema() {
    static const WireSchema<PostPinArgs> schema{
        {field::uuid("id", &PostPinArgs::id), field::flag("pinned", &PostPinArgs::pinned)}};
    return schema;
}

const WireSchema<PostLockArgs> &lockSchema() {
    static const WireSchema<PostLockArgs> schema{
        {field::uuid("id", &PostLockArgs::id), field::flag("locked", &PostLockArgs::locked)}};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(PostCreateArgs, createSchema)
HEARTH_MUTATION_ARGS_CODEC(PostEditArgs, editSchema)
HEARTH_MUTATION_ARGS_CODEC(PostDeleteArgs, deleteSchema)
HEARTH_MUTATION_ARGS_CODEC(PostPinArgs, pinSchema)
HEARTH_MUTATION_ARGS_CODEC(PostLockArgs, lockSchema)

} // namespace hearth::protocol
