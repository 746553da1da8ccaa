#pragma once
// comment.create, comment.edit and comment.delete: replies to a post or, with parentId, to
// another comment on it, kept by their author and taken down by them or by an organizer.

#include "protocol/commentargs.h"
#include "server/domain/mutationcontext.h"

namespace hearthd::CommentMutations {

// Active members; on a locked post organizers only.
hearth::protocol::MutationResult create(MutationContext &ctx,
                                        const hearth::protocol::CommentCreateArgs &args);
// The author, while an active member; on a locked post only an author who is an organizer. A
// stale version is answered "conflict" with the current comment; a deleted comment (or one of a
// deleted post) is not_found: a delete beats an edit.
hearth::protocol::MutationResult edit(MutationContext &ctx,
                                      const hearth::protocol::CommentEditArgs &args);
// The author (locked post or not), or an organizer (a moderation removal, audited). Leaves a
// tombstone; deleting again, or a comment whose post is gone, is applied and changes nothing.
hearth::protocol::MutationResult remove(MutationContext &ctx,
                                        const hearth::protocol::CommentDeleteArgs &args);

} // namespace hearthd::CommentMutations
