#pragma once
// Taking a post or a comment down, by its author or by a moderator: the one path that makes
// removed text gone. The text is blanked where it is stored, the tombstone supersedes every
// earlier change-log row of the object and of what goes with it (a post's comments, the
// reactions to both), and the mentions and replies that quoted it lose their excerpt. Nothing
// served afterwards, by any endpoint, can carry the text again.

#include <QString>

namespace hearthd {

struct MutationContext;

namespace ContentRemoval {

void removePost(MutationContext &ctx, const QString &postId, const QString &communityId);
// Also logs the post's new comment count while the post is live.
void removeComment(MutationContext &ctx, const QString &commentId, const QString &postId,
                   const QString &communityId);

} // namespace ContentRemoval
} // namespace hearthd
