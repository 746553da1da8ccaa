#pragma once
// The member's unsent writes, read out of a cache file that cannot be used any more (damaged,
// or written by a newer Hearth) and written into the new cache that replaces it. What else is
// carried over is what the server cannot give back: the cache's client id (the server's
// idempotency key with each mutation id, so a write it already applied is answered from its
// receipt, not applied twice), who "me" is, and the "keep offline" choices. Everything else comes
// again from the server.
//
// Reading is read-only and takes what can be read: a damaged page ends a scan, so the outbox is
// also read from its other end, and the rows on either side of the damage are kept.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hearth::cache {

class OutboxSalvage {
public:
    static OutboxSalvage readFrom(const QString &path);

    // Writes what was read into `db`, a cache just made at the latest schema, in one
    // transaction. False, with *error, when it cannot be written (nothing is then written).
    bool writeInto(QSqlDatabase &db, QString *error) const;

    int count() const { return int(m_rows.size()); }
    // False when the old file's outbox could not be read to the end (or at all).
    bool complete() const { return m_complete; }
    QString problem() const { return m_problem; }
    QString clientId() const { return m_state.value(QStringLiteral("client_id")).toString(); }

private:
    void readOutbox(QSqlDatabase &db);

    QList<QVariantMap> m_rows; // column -> value, in outbox order
    QVariantMap m_state;       // sync_state: client_id, user_id, display_name
    QStringList m_keepOffline; // community ids
    bool m_complete = false;
    QString m_problem;
};

} // namespace hearth::cache
