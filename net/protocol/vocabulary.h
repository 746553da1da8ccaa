#pragma once
// The wire's closed sets of words (post kinds, visibilities, roles, RSVP statuses...), written
// once: the args schemas allow exactly these, the entities carry them, and the app lists them
// through WireConstants in Hearth.Models. Each set's all() is in the order a UI offers them.

#include <QStringList>

namespace hearth::protocol {

namespace PostKind {
inline constexpr auto Discussion = "discussion";
inline constexpr auto Question = "question";
inline constexpr auto Showcase = "showcase";
inline constexpr auto Resource = "resource";
inline constexpr auto Announcement = "announcement"; // organizers only
const QStringList &all();
const QStringList &forMembers(); // all but the organizers' announcement
} // namespace PostKind

namespace Visibility {
inline constexpr auto Public = "public";   // anyone joins
inline constexpr auto Request = "request"; // anyone asks; organizers approve
inline constexpr auto Invite = "invite";   // hidden; invite codes only
const QStringList &all();
} // namespace Visibility

namespace Role {
inline constexpr auto Owner = "owner";
inline constexpr auto Moderator = "moderator";
inline constexpr auto Member = "member";
const QStringList &all();
} // namespace Role

namespace MembershipState {
inline constexpr auto Active = "active";
inline constexpr auto Pending = "pending";
inline constexpr auto Banned = "banned";
const QStringList &all();
} // namespace MembershipState

namespace RsvpStatus {
inline constexpr auto Going = "going";
inline constexpr auto Waitlisted = "waitlisted"; // stored by the server, never asked for
inline constexpr auto Maybe = "maybe";
inline constexpr auto NotGoing = "not_going";
const QStringList &all();
const QStringList &answers(); // what a member may answer: going, maybe, not_going
} // namespace RsvpStatus

// What a reaction or a report points at.
namespace TargetType {
inline constexpr auto Post = "post";
inline constexpr auto Comment = "comment";
const QStringList &all();
} // namespace TargetType

namespace ReportAction {
inline constexpr auto Remove = "remove";
inline constexpr auto Dismiss = "dismiss";
const QStringList &all();
} // namespace ReportAction

namespace ReportStatus {
inline constexpr auto Open = "open";
inline constexpr auto Removed = "removed";
inline constexpr auto Dismissed = "dismissed";
const QStringList &all();
} // namespace ReportStatus

namespace NotificationKind {
inline constexpr auto Mention = "mention";
inline constexpr auto Reply = "reply";
inline constexpr auto EventReminder = "event_reminder";
inline constexpr auto JoinRequest = "join_request";
inline constexpr auto JoinApproved = "join_approved"; // for the applicant
inline constexpr auto JoinDenied = "join_denied";     // for the applicant
const QStringList &all();
} // namespace NotificationKind

// How much of a community's news becomes a desktop alert for one member (alerts.set). The
// in-app list keeps everything whatever the level.
namespace AlertLevel {
inline constexpr auto All = "all";           // every notification (the default)
inline constexpr auto Mentions = "mentions"; // mentions of me, replies to me, my join decisions
inline constexpr auto None = "none";         // nothing from this community
const QStringList &all();
} // namespace AlertLevel

} // namespace hearth::protocol
