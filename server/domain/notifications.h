#pragma once
// Notifications for one member each: a reply to their post or comment, a mention of their
// @handle in a community they belong to, a join request for the organizers of a `request`
// community and the organizers' decision for the applicant, and a reminder of an event they are
// going to that starts within a day. Each is a row of its own and is logged for its recipient
// alone, served while they may read what it points at. A mention or reply of content that is taken
// down loses its excerpt; one of content that is edited quotes the new text.

#include "protocol/limits.h"
#include "protocol/mutation.h"
#include "protocol/notificationargs.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hearthd {

class ChangeLog;
class Database;
class EntityReader;
struct MutationContext;

namespace Notifications {

inline constexpr qint64 ReminderWindowMs = 24LL * 3600 * 1000;
inline constexpr int ExcerptLength = hearth::protocol::Limits::ExcerptMax;

// After a post was created: mentions in its body.
void postCreated(MutationContext &ctx, const QString &postId);
// After a comment was created: a reply for the parent's author (the comment's, or the post's)
// and mentions in its body.
void commentCreated(MutationContext &ctx, const QString &commentId);
// After the actor asked to join a `request` community: one for each active owner and moderator.
void joinRequested(MutationContext &ctx, const QString &communityId);
// After an organizer (the actor) approved or denied `userId`'s request: one for the applicant,
// served to them whatever their membership is now (a denied one has none). A denial's `reason`
// ("" for none) is its text.
void joinDecided(MutationContext &ctx, const QString &communityId, const QString &userId,
                 bool approved, const QString &reason = {});
// Reminders due for `userId` at `now`, each created once per user x event, in a transaction of
// its own. Returns how many were created.
int remindEvents(Database &db, ChangeLog &log, EntityReader &reader, const QString &userId,
                 qint64 now);

// After posts or comments were deleted or removed: the mentions and replies that quote them
// lose their excerpt, and are logged again to their recipients without it.
void dropExcerpts(MutationContext &ctx, const QString &targetType, const QStringList &targetIds);
// After a post or comment was edited: the mentions and replies that quote it quote `text` (its
// new title and body, or body) instead, and are logged again to their recipients, so the text
// edited away is served to no one. Nobody is notified anew.
void excerptsEdited(MutationContext &ctx, const QString &targetType, const QString &targetId,
                    const QString &text);
// notification.markRead: only the recipient's own.
hearth::protocol::MutationResult markRead(MutationContext &ctx,
                                          const hearth::protocol::NotificationMarkReadArgs &args);

} // namespace Notifications
} // namespace hearthd
