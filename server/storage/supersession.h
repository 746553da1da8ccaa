#pragma once
// When a later change-log row of an object supersedes an earlier one. A row is read by whoever
// its reach admits at the moment the page is read (ChangeLog::read); if everyone the earlier row
// could ever admit is also admitted by the later one, the earlier row can be hidden from everyone
// and its payload blanked: a reader either gets the later row, which replaces the object or drops
// it, or already held the earlier one. This is what keeps text that was deleted, removed or
// edited away off the wire, and it never hides a row some reader still needs (a member list's
// delete behind an organizers-only row, a purge behind a listing).

#include <QString>

namespace hearthd {

class Database;

namespace Supersession {

// Who may read a change-log row (the columns of the same names).
struct Reach {
    QString op;        // upsert, delete, purge
    QString scope;     // direct, directory, members, organizers, profile
    QString community; // empty outside a community (profiles)
    QString subject;   // a user who sees the row whatever the scope (their own membership)
    QString audience;  // the one reader of an addressed row; empty for everyone in scope
};

// True when every reader `earlier` admits, at any time, is admitted by `later`. Purges are never
// superseded and supersede nothing: each tells one reader to drop a community they left.
bool covers(const Reach &later, const Reach &earlier);

// Marks the live rows of (type, entityId) older than `laterSeq` that `later` covers as superseded
// and blanks their payload, inside the caller's transaction. Returns how many it marked.
int apply(Database &db, const QString &type, const QString &entityId, const Reach &later,
          qint64 laterSeq);

} // namespace Supersession
} // namespace hearthd
