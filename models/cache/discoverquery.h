#pragma once
// The directory for the Discover page: the public and request-only communities the server lists
// (they sync to every signed-in user), with my membership in each, optionally only those whose
// name, tagline or one of whose topics contains `search`. Joined ones and the others alike, by
// name; a join of mine still in the outbox, or the server's refusal of it, comes with the row.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace hearth::cache {

struct DiscoverRow {
    QString id;
    QString name;
    QString slug;
    QString tagline;
    QString description; // markdown
    QString guidelines;  // markdown
    QString visibility;  // public | request
    int memberCount = 0;
    int memberCap = 0;
    QStringList topics;
    QVariantList organizers;  // [{userId, displayName, role}], owners first
    QString membershipState;  // active | pending | banned, "" when not a member
    bool joinPending = false; // a join of mine is waiting in the outbox
    QString joinError;        // the server's reason for refusing my last join, "" when none
    QString joinErrorId;      // that outbox entry (to retry or discard)
};

struct DiscoverQuery {
    QString localUserId;
    QString search; // "" for all; matched in any case (ASCII) as a substring

    QList<DiscoverRow> run(const QSqlDatabase &db) const;
};

} // namespace hearth::cache
