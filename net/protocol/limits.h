#pragma once
// The wire's numeric limits, written once: hearthd refuses what breaks them (see the args
// schemas), and the app shows them (text fields, counters) through WireConstants in
// Hearth.Models. Text lengths are in characters (UTF-16 code units, as QString::size()).

#include <QtGlobal>

namespace hearth::protocol::Limits {

// Accounts (POST /v1/auth/register).
inline constexpr int HandleMin = 2;
inline constexpr int HandleMax = 32;
inline constexpr int PasswordMin = 8;
inline constexpr int PasswordMax = 1024;
inline constexpr int DisplayNameMax = 64;

// Profiles (profile.update).
inline constexpr int BioMax = 2000;
inline constexpr int InterestsMax = 12; // tags on a profile
inline constexpr int InterestMax = 32;  // one tag
inline constexpr int LinksMax = 8;
inline constexpr int LinkLabelMax = 64;
inline constexpr int UrlMax = 500; // a profile link's or a showcase item's address
inline constexpr int ShowcaseMax = 12;
inline constexpr int ShowcaseTitleMax = 120;
inline constexpr int ShowcaseTextMax = 1000;
inline constexpr int ShowcaseImageMax = 500;

// Communities.
inline constexpr int SlugMin = 2;
inline constexpr int SlugMax = 48;
inline constexpr int CommunityNameMax = 80;
inline constexpr int TaglineMax = 140;
inline constexpr int DescriptionMax = 4000;
inline constexpr int GuidelinesMax = 20000;
inline constexpr int WelcomeMax = 2000;
inline constexpr int TopicsMax = 20; // topics of a community
inline constexpr int TopicMax = 32;  // one topic, of a community or a post
inline constexpr int MemberCapMin = 2;
inline constexpr int MemberCapMax = 5000;
inline constexpr int MemberCapDefault = 250;
// What the app proposes to a founder: a micro community, where everyone can still know everyone.
inline constexpr int MemberCapSuggested = 150;

// Posts and comments.
inline constexpr int PostTitleMax = 200;
inline constexpr int PostBodyMax = 20000;
inline constexpr int CommentBodyMax = 10000;
inline constexpr int VersionMax = 1 << 30;
inline constexpr int EmojiMax = 16;

// Moderation: a removal's, ban's or cancellation's reason; a report and its resolution.
inline constexpr int ReasonMax = 500;
inline constexpr int ReportReasonMax = 1000;
inline constexpr int ReportNoteMax = 500;

// Events.
inline constexpr int EventTitleMax = 200;
inline constexpr int EventDescriptionMax = 4000;
inline constexpr int EventPlaceMax = 200;
inline constexpr int EventLinkMax = 500;
inline constexpr int EventCapacityMax = 100000; // 0 = no limit

// Invites.
inline constexpr int InviteCodeMax = 64;
inline constexpr int InviteUsesMax = 100000; // 0 = no limit

// Communities in the directory: the organizers a listing names.
inline constexpr int ListedOrganizersMax = 10;

// Notifications.
inline constexpr int MarkReadMax = 500; // ids in one notification.markRead
inline constexpr int NotificationIdMax = 64;
inline constexpr int ExcerptMax = 140; // a notification's text

// Times (ms since the epoch): far beyond any calendar, and exact in a JSON double.
inline constexpr qint64 TimeMax = qint64(1) << 50;

} // namespace hearth::protocol::Limits
