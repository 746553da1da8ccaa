#pragma once
// The append-only change log: every accepted change gets the next seq in the same transaction as
// the change, and its payload is kept as compact JSON bytes so sync pages are written from them
// without parsing. Who may read a row is decided at read time from its scope (or audience) and
// the reader's current memberships.

#include <QByteArray>
#include <QList>
#include <QString>

namespace hearthd {

class Database;

struct LogEntry {
    enum class Scope {
        Directory,  // communities: anyone signed in for public/request, members for invite
        Members,    // content of a community: its active members
        Organizers, // owners and moderators of the community (join requests)
        Profile,    // a user profile: the user and whoever shares an active community with them
        Direct,     // only `audience` (join windows, purge instructions)
    };

    QString type; // protocol::ChangeType
    QString op;   // protocol::ChangeOp
    QString id;
    QString community;
    Scope scope = Scope::Members;
    QString subject;  // a user who also sees the row whatever the scope (their own membership)
    QString audience; // Direct: the one reader
    QByteArray data;  // compact JSON; empty for delete and purge
};

class ChangeLog {
public:
    explicit ChangeLog(Database &db)
        : m_db(db) {}
    ChangeLog(const ChangeLog &) = delete;

    // Appends inside the caller's transaction and returns the entry's seq. Taking the seq from a
    // counter row serialises writers, so seqs become visible in order and a reader that has
    // seen seq N will never later find a smaller one committed.
    qint64 append(const LogEntry &entry);
    // The last committed seq (0 for an empty log).
    qint64 head() const;

    struct Page {
        QList<QByteArray> changes; // encoded with protocol::Change::encode
        qint64 lastSeq = 0;        // seq the next page starts after
        bool hasMore = false;
    };
    // Up to `limit` changes visible to `userId` in (after, upTo].
    Page read(const QString &userId, qint64 after, qint64 upTo, int limit) const;

private:
    Database &m_db;
};

} // namespace hearthd
