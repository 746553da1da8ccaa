#pragma once
// The append-only change log: every accepted change gets the next seq in the same transaction as
// the change, and its payload is kept as compact JSON bytes so sync pages are written from them
// without parsing. Who may read a row is decided at read time from its reach (scope, subject,
// audience) and the reader's memberships then. A later row of an object supersedes the earlier
// rows it covers (server/storage/supersession.h): those are never served again.

#include <QByteArray>
#include <QList>
#include <QString>

namespace hearthd {

class Database;

struct LogEntry {
    // Without an audience a row is read by everyone its scope admits (and its subject); with an
    // audience, by that one reader and only while the scope admits them. A member's access
    // starts at the seq they became active (memberships.member_since): rows of their community
    // older than that reach them through their join window, not from the log.
    enum class Scope {
        Directory,  // communities: anyone signed in for public/request, members for invite
        Members,    // content of a community: its active members (since they joined)
        Organizers, // owners and moderators of the community (since they became one)
        Profile,    // a user profile: the user and whoever shares an active community with them
        Direct,     // no condition: the audience alone, whatever their memberships (purges)
    };

    QString type; // protocol::ChangeType
    QString op;   // protocol::ChangeOp
    QString id;
    QString community;
    Scope scope = Scope::Members;
    QString subject;  // a user who also sees the row whatever the scope (their own membership)
    QString audience; // the one reader of a row addressed to them (join windows, purges...)
    QByteArray data;  // compact JSON; empty for delete and purge
};

class ChangeLog {
public:
    // Where a reader stands in the log: a seq and the random stamp of the row there. A cursor
    // carries both, so a cursor from a history this log no longer has (a restored backup) is
    // told apart from one of this history even where the seq exists again.
    struct Position {
        qint64 seq = 0;
        QString stamp; // empty at seq 0
    };

    explicit ChangeLog(Database &db)
        : m_db(db) {}
    ChangeLog(const ChangeLog &) = delete;

    // Appends inside the caller's transaction and returns the entry's seq. Taking the seq from a
    // counter row serialises writers, so seqs become visible in order and a reader that has
    // seen seq N will never later find a smaller one committed. The new row supersedes the
    // earlier rows of the same object that it covers.
    qint64 append(const LogEntry &entry);
    // Makes the row at `bySeq` (which is `by`) supersede the rows of another object that goes
    // with it: a post's tombstone supersedes its comments and the reactions to them, which
    // clients drop with the post.
    void supersede(const QString &type, const QString &entityId, const LogEntry &by, qint64 bySeq);
    // The last committed seq (0 for an empty log).
    qint64 head() const;
    Position headPosition() const;
    // The stamp of the row at `seq`; empty for 0 or a seq this log has no row for.
    QString stampAt(qint64 seq) const;

    struct Page {
        QList<QByteArray> changes; // encoded with protocol::Change::encode
        Position last;             // where the next page starts after
        bool hasMore = false;
    };
    // Up to `limit` changes visible to `userId` in (after, upTo].
    Page read(const QString &userId, qint64 after, qint64 upTo, int limit) const;

private:
    Database &m_db;
};

} // namespace hearthd
