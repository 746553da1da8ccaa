#pragma once
// The reports of one community for its organizers' moderation queue: the open ones oldest first
// (nothing waits forever), or the resolved ones newest first. Each row carries what a moderator
// needs to judge the report where it was made: who reported it, the reported post or comment as
// the cache holds it (author, text, the post's title), whether it is still there, and the latest
// resolution of it still in the outbox (pending, or refused with the server's reason). Reports
// are few in a micro community, so the queue is read whole rather than paged.

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearth::cache {

struct ReportRow {
    QString id;
    QString communityId;
    QString reporterId;
    QString reporterName; // display name, else handle; "" when the profile is not cached
    QString targetType;   // post | comment
    QString targetId;
    QString postId; // the post itself, or the comment's post (to open the thread)
    QString reason;
    QString status; // open | removed | dismissed
    QString resolvedBy;
    QString resolvedByName; // "" while open or when the profile is not cached
    QString note;
    qint64 createdAt = 0;
    qint64 resolvedAt = 0;
    // The reported content as the cache holds it: its author (current display name, else the
    // name it was sent with), its text (a post's body, a comment's body) and the post's title
    // (also for a comment, the post it is on; the start of its body for an untitled post; ""
    // when that post is not cached).
    QString authorId;
    QString authorName;
    QString text;
    QString postTitle;
    // False once the post or comment is gone from the cache (deleted, removed, or never paged in).
    bool contentAvailable = false;
    // The post (the thread to open) is in the cache.
    bool postAvailable = false;
    // The newest report.resolve of this report in the outbox ("" when none): its id, state
    // (pending | failed), the server's reason when refused, and the action and note it carries.
    QString decisionId;
    QString decisionState;
    QString decisionError;
    QString decisionAction; // remove | dismiss
    QString decisionNote;
};

struct ReportsQuery {
    QString communityId;
    bool resolved = false; // false: open reports; true: removed and dismissed ones

    QList<ReportRow> run(const QSqlDatabase &db) const;
    // The community's open reports (for the Manage pane's badge).
    static int openCount(const QSqlDatabase &db, const QString &communityId);
};

} // namespace hearth::cache
