#pragma once
// How the outbox marks an object a list shows: pending while a write about it waits to be sent,
// failed (with the refused entry's id, for retry or discard, and the server's reason) when the
// server refused one. Queries select the two columns of columns() and read them back with read().

#include <QSqlQuery>
#include <QString>

namespace hearth::cache {

struct OutboxMark {
    bool pending = false;
    QString failedMutationId; // the first refused entry about the object ("" when none)
    QString errorString;      // the server's reason for it, for people

    bool failed() const { return !failedMutationId.isEmpty(); }

    // Two SQL result columns for the object whose id is the SQL expression `idColumn`.
    static QString columns(const QString &idColumn);
    // Reads the two columns starting at `first`.
    static OutboxMark read(const QSqlQuery &query, int first);
};

} // namespace hearth::cache
