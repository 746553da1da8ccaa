#include "schema.h"

#include "protocol/syncpage.h"
#include "server/storage/database.h"
#include "server/storage/logmigrations.h"
#include "server/storage/query.h"
#include "server/storage/storageerror.h"
#include "server/storage/storagelogging.h"
#include "server/storage/transaction.h"

#include <QStringList>
#include <QUuid>

namespace hearthd {

namespace {

// One list of statements per version. "%BLOB%" is the backend's type for opaque bytes, "%SEQ%"
// its type for the change log's 64-bit key.
// Booleans are INTEGER 0/1 and times BIGINT milliseconds since the epoch, on every backend.
struct Step {
    QStringList sql;
    // Runs after the statements, in the same transaction (data that SQL alone cannot move).
    void (*after)(Database &db) = nullptr;
};

// Migration 2 keeps each change fully encoded (protocol::Change::encode), computed from the
// columns of the version 1 log.
void encodeOldChanges(Database &db) {
    QList<std::pair<qint64, QByteArray>> encoded;
    {
        Query q(db.connection(), QStringLiteral("SELECT seq, type, op, entity_id, community_id, "
                                                "data FROM change_log_v1 ORDER BY seq"));
        q.exec();
        while (q.next())
            encoded.append(
                {q.integer(0), hearth::protocol::Change::encode(q.integer(0), q.text(1), q.text(2),
                                                                q.text(3), q.text(4), q.bytes(5))});
    }
    for (const auto &[seq, bytes] : encoded)
        Query(db.connection(), QStringLiteral("UPDATE change_log SET change = ? WHERE seq = ?"))
            .bind(bytes)
            .bind(seq)
            .exec();
    Query::execute(db.connection(), QStringLiteral("DROP TABLE change_log_v1"));
}

const QList<Step> &steps() {
    static const QList<Step> all{
        // 1: accounts, communities, posts, comments, the change log and mutation receipts.
        {{
            QStringLiteral("CREATE TABLE users ("
                           " id TEXT PRIMARY KEY,"
                           " handle TEXT NOT NULL UNIQUE,"
                           " display_name TEXT NOT NULL,"
                           " password_hash TEXT NOT NULL,"
                           " bio TEXT NOT NULL DEFAULT '',"
                           " interests TEXT NOT NULL DEFAULT '[]',"
                           " links TEXT NOT NULL DEFAULT '[]',"
                           " showcase TEXT NOT NULL DEFAULT '[]',"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE tokens ("
                           " token_hash TEXT PRIMARY KEY,"
                           " user_id TEXT NOT NULL REFERENCES users(id),"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX tokens_user ON tokens (user_id)"),
            QStringLiteral("CREATE TABLE communities ("
                           " id TEXT PRIMARY KEY,"
                           " slug TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " tagline TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " guidelines TEXT NOT NULL DEFAULT '',"
                           " visibility TEXT NOT NULL,"
                           " member_cap INTEGER NOT NULL,"
                           " topics TEXT NOT NULL DEFAULT '[]',"
                           " welcome TEXT NOT NULL DEFAULT '',"
                           " created_by TEXT NOT NULL REFERENCES users(id),"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE memberships ("
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " user_id TEXT NOT NULL REFERENCES users(id),"
                           " role TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " joined_at BIGINT NOT NULL,"
                           " PRIMARY KEY (community_id, user_id))"),
            QStringLiteral("CREATE INDEX memberships_user ON memberships (user_id, state)"),
            QStringLiteral("CREATE TABLE posts ("
                           " id TEXT PRIMARY KEY,"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " author_id TEXT NOT NULL REFERENCES users(id),"
                           " kind TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL,"
                           " topic TEXT NOT NULL DEFAULT '',"
                           " pinned INTEGER NOT NULL DEFAULT 0,"
                           " locked INTEGER NOT NULL DEFAULT 0,"
                           " comment_count INTEGER NOT NULL DEFAULT 0,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created_at BIGINT NOT NULL,"
                           " edited_at BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX posts_feed ON posts (community_id, created_at)"),
            QStringLiteral("CREATE TABLE comments ("
                           " id TEXT PRIMARY KEY,"
                           " post_id TEXT NOT NULL REFERENCES posts(id),"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " parent_id TEXT NOT NULL DEFAULT '',"
                           " author_id TEXT NOT NULL REFERENCES users(id),"
                           " body TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created_at BIGINT NOT NULL,"
                           " edited_at BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX comments_post ON comments (post_id, created_at)"),
            // scope: who may read a row with no audience (see ChangeLog::Scope).
            QStringLiteral("CREATE TABLE change_log ("
                           " seq BIGINT PRIMARY KEY,"
                           " type TEXT NOT NULL,"
                           " op TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " community_id TEXT,"
                           " scope TEXT NOT NULL,"
                           " subject_id TEXT,"
                           " audience TEXT,"
                           " data %BLOB%,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX change_log_audience ON change_log (audience, seq)"),
            QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO counters (name, value) VALUES ('seq', 0)"),
            QStringLiteral("CREATE TABLE mutation_receipts ("
                           " user_id TEXT NOT NULL,"
                           " client_id TEXT NOT NULL,"
                           " mutation_id TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL,"
                           " PRIMARY KEY (user_id, client_id, mutation_id))"),
        }},
        // 2: the change log keyed directly by seq, each row holding its change fully encoded.
        // Sync pages walk seq in order, stop at the page size and concatenate stored bytes; the
        // version 1 index on audience tempted the planner into collecting and sorting the whole
        // tail of the log for every page.
        {{
             QStringLiteral("ALTER TABLE change_log RENAME TO change_log_v1"),
             QStringLiteral("DROP INDEX change_log_audience"),
             QStringLiteral("CREATE TABLE change_log ("
                            " seq %SEQ% PRIMARY KEY,"
                            " type TEXT NOT NULL,"
                            " op TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " community_id TEXT,"
                            " scope TEXT NOT NULL,"
                            " subject_id TEXT,"
                            " audience TEXT,"
                            " change %BLOB% NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO change_log (seq, type, op, entity_id, community_id, "
                            "scope, subject_id, audience, change, created_at) "
                            "SELECT seq, type, op, entity_id, community_id, scope, subject_id, "
                            "audience, '', created_at FROM change_log_v1"),
         },
         encodeOldChanges},
        // 3: the audit log of organizer actions.
        {{
            QStringLiteral("CREATE TABLE audit_log ("
                           " id TEXT PRIMARY KEY,"
                           " seq BIGINT NOT NULL,"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " actor_id TEXT NOT NULL REFERENCES users(id),"
                           " action TEXT NOT NULL,"
                           " target_id TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX audit_log_community ON audit_log (community_id, created_at)"),
        }},
        // 4: reactions (one per user x target x emoji), events and their RSVPs.
        {{
            QStringLiteral("CREATE TABLE reactions ("
                           " target_id TEXT NOT NULL,"
                           " user_id TEXT NOT NULL REFERENCES users(id),"
                           " emoji TEXT NOT NULL,"
                           " target_type TEXT NOT NULL,"
                           " post_id TEXT NOT NULL REFERENCES posts(id),"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " created_at BIGINT NOT NULL,"
                           " PRIMARY KEY (target_id, user_id, emoji))"),
            QStringLiteral("CREATE INDEX reactions_post ON reactions (post_id)"),
            QStringLiteral("CREATE TABLE events ("
                           " id TEXT PRIMARY KEY,"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " creator_id TEXT NOT NULL REFERENCES users(id),"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " starts_at BIGINT NOT NULL,"
                           " ends_at BIGINT NOT NULL,"
                           " place TEXT NOT NULL DEFAULT '',"
                           " link TEXT NOT NULL DEFAULT '',"
                           " capacity INTEGER NOT NULL DEFAULT 0,"
                           " cancelled INTEGER NOT NULL DEFAULT 0,"
                           " created_at BIGINT NOT NULL,"
                           " edited_at BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX events_community ON events (community_id, starts_at)"),
            // queue: the order answers arrived in (per event), which decides who leaves the
            // waitlist first.
            QStringLiteral("CREATE TABLE rsvps ("
                           " event_id TEXT NOT NULL REFERENCES events(id),"
                           " user_id TEXT NOT NULL REFERENCES users(id),"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " status TEXT NOT NULL,"
                           " queue BIGINT NOT NULL,"
                           " responded_at BIGINT NOT NULL,"
                           " PRIMARY KEY (event_id, user_id))"),
        }},
        // 5: invites. The code is what people share; it is unique across communities so a code
        // alone finds its community (invite-only communities are not listed).
        {{
            QStringLiteral("CREATE TABLE invites ("
                           " id TEXT PRIMARY KEY,"
                           " code TEXT NOT NULL UNIQUE,"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " created_by TEXT NOT NULL REFERENCES users(id),"
                           " created_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL DEFAULT 0,"
                           " max_uses INTEGER NOT NULL DEFAULT 0,"
                           " uses INTEGER NOT NULL DEFAULT 0,"
                           " revoked INTEGER NOT NULL DEFAULT 0)"),
        }},
        // 6: reports of posts and comments; resolving keeps them.
        {{
            QStringLiteral("CREATE TABLE reports ("
                           " id TEXT PRIMARY KEY,"
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " reporter_id TEXT NOT NULL REFERENCES users(id),"
                           " target_type TEXT NOT NULL,"
                           " target_id TEXT NOT NULL,"
                           " post_id TEXT NOT NULL REFERENCES posts(id),"
                           " reason TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " resolved_by TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " created_at BIGINT NOT NULL,"
                           " resolved_at BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX reports_community ON reports (community_id, status)"),
        }},
        // 7: notifications for one member each. dedupe_key is unique: the notification's own id,
        // or "event_reminder:<user>:<event>" so a reminder is created exactly once.
        {{
            QStringLiteral("CREATE TABLE notifications ("
                           " id TEXT PRIMARY KEY,"
                           " recipient_id TEXT NOT NULL REFERENCES users(id),"
                           " kind TEXT NOT NULL,"
                           " community_id TEXT NOT NULL DEFAULT '',"
                           " actor_id TEXT NOT NULL DEFAULT '',"
                           " target_type TEXT NOT NULL,"
                           " target_id TEXT NOT NULL,"
                           " text TEXT NOT NULL DEFAULT '',"
                           " dedupe_key TEXT NOT NULL UNIQUE,"
                           " created_at BIGINT NOT NULL,"
                           " read_at BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE INDEX notifications_recipient ON notifications (recipient_id, read_at)"),
            // Reminders are looked for on every sync of a user: their RSVPs, by user.
            QStringLiteral("CREATE INDEX rsvps_user ON rsvps (user_id, status)"),
        }},
        // 8: reactions keyed by their target's type as well as its id: ids are made by clients,
        // so a post and a comment may share one. Logged reactions are renamed to match.
        {{
             QStringLiteral("CREATE TABLE reactions_by_type ("
                            " target_type TEXT NOT NULL,"
                            " target_id TEXT NOT NULL,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " emoji TEXT NOT NULL,"
                            " post_id TEXT NOT NULL REFERENCES posts(id),"
                            " community_id TEXT NOT NULL REFERENCES communities(id),"
                            " created_at BIGINT NOT NULL,"
                            " PRIMARY KEY (target_type, target_id, user_id, emoji))"),
             QStringLiteral(
                 "INSERT INTO reactions_by_type (target_type, target_id, user_id, emoji, "
                 "post_id, community_id, created_at) SELECT target_type, target_id, "
                 "user_id, emoji, post_id, community_id, created_at FROM reactions"),
             QStringLiteral("DROP TABLE reactions"),
             QStringLiteral("ALTER TABLE reactions_by_type RENAME TO reactions"),
             QStringLiteral("CREATE INDEX reactions_post ON reactions (post_id)"),
         },
         LogMigrations::keyReactionsByType},
        // 9: what was deleted, removed or edited away leaves the wire. A later row of an object
        // supersedes the earlier ones it covers (superseded = 1, payload blanked; the partial
        // index finds an object's live rows); each row gets a random stamp that cursors carry,
        // so a restored backup is recognised; a membership remembers the seq its access (as a
        // member, as an organizer) began at, so a late joiner is served the join window and not
        // the community's older rows. Removed text is blanked in the tables too.
        {{
             QStringLiteral("ALTER TABLE change_log ADD COLUMN superseded INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE change_log ADD COLUMN stamp TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX change_log_live ON change_log (type, entity_id) "
                            "WHERE superseded = 0"),
             QStringLiteral("ALTER TABLE memberships ADD COLUMN member_since BIGINT NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE memberships ADD COLUMN organizer_since BIGINT NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("UPDATE posts SET title = '', body = '' WHERE deleted = 1"),
             QStringLiteral("UPDATE comments SET body = '' WHERE deleted = 1 OR post_id IN "
                            "(SELECT id FROM posts WHERE deleted = 1)"),
         },
         LogMigrations::superseded},
        // 10: a membership remembers when the member accepted the community's guidelines, and
        // which text (protocol::guidelinesDigest).
        {{
            QStringLiteral("ALTER TABLE memberships ADD COLUMN guidelines_accepted_at BIGINT "
                           "NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE memberships ADD COLUMN guidelines_digest TEXT NOT NULL "
                           "DEFAULT ''"),
        }},
        // 11: a profile has a version, which profile.update is based on (a stale one is a
        // conflict, as for posts).
        {{
            QStringLiteral("ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        }},
        // 12: community.update. A community has a version (an update names the one it was
        // based on), the time an update last required members to accept the guidelines again,
        // and every version of its guidelines (version 1 is the founder's text, written lazily
        // by the first update that changes it).
        {{
            QStringLiteral("ALTER TABLE communities ADD COLUMN version INTEGER NOT NULL "
                           "DEFAULT 1"),
            QStringLiteral("ALTER TABLE communities ADD COLUMN guidelines_required_at BIGINT "
                           "NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE community_guidelines ("
                           " community_id TEXT NOT NULL REFERENCES communities(id),"
                           " version INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " digest TEXT NOT NULL,"
                           " author_id TEXT NOT NULL REFERENCES users(id),"
                           " created_at BIGINT NOT NULL,"
                           " PRIMARY KEY (community_id, version))"),
        }},
        // 13: alerts.set. A member's desktop-alert choices: a daily digest, and the level of
        // each community whose level is not "all" (a JSON object, read and written whole under
        // its version).
        {{
            QStringLiteral("CREATE TABLE alert_settings ("
                           " user_id TEXT PRIMARY KEY REFERENCES users(id),"
                           " digest INTEGER NOT NULL DEFAULT 0,"
                           " levels TEXT NOT NULL DEFAULT '{}',"
                           " version INTEGER NOT NULL DEFAULT 0)"),
        }},
    };
    return all;
}

} // namespace

int Schema::currentVersion() {
    return int(steps().size());
}

namespace {
// Holds the backend's migration lock for a scope: a process that starts while another migrates
// waits, then finds the schema current (and, in any case, never runs a step twice).
class SchemaLock {
public:
    explicit SchemaLock(Database &db)
        : m_db(db) {
        if (!db.backend().schemaLockSql().isEmpty())
            Query::execute(db.connection(), db.backend().schemaLockSql());
    }
    ~SchemaLock() {
        if (m_db.backend().schemaUnlockSql().isEmpty())
            return;
        try {
            Query::execute(m_db.connection(), m_db.backend().schemaUnlockSql());
        } catch (const StorageError &e) {
            qCWarning(lcStorage) << "releasing the migration lock failed:" << e.message();
        }
    }
    SchemaLock(const SchemaLock &) = delete;
    SchemaLock &operator=(const SchemaLock &) = delete;

private:
    Database &m_db;
};
} // namespace

bool Schema::migrate(Database &db, QString *error, int upTo) {
    const SchemaLock lock(db);
    Query::execute(
        db.connection(),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    const int version = db.meta(QStringLiteral("schema_version")).toInt();
    if (version > currentVersion()) {
        *error = QStringLiteral("the database has schema version %1 but this hearthd knows only "
                                "up to %2; use a newer hearthd")
                     .arg(version)
                     .arg(currentVersion());
        return false;
    }
    const int target = upTo < 0 ? currentVersion() : qMin(upTo, currentVersion());
    for (int v = version + 1; v <= target; ++v) {
        Transaction tx(db.connection());
        const Step &step = steps().at(v - 1);
        for (QString sql : step.sql) {
            sql.replace(QStringLiteral("%BLOB%"), db.backend().blobType());
            sql.replace(QStringLiteral("%SEQ%"), db.backend().sequenceKeyType());
            Query::execute(db.connection(), sql);
        }
        if (step.after)
            step.after(db);
        if (v == 1) {
            // The log's identity: cursors carry it, so a cursor from another database (or one
            // recreated from scratch) is recognised and answered with "resync".
            db.setMeta(QStringLiteral("log_id"),
                       QUuid::createUuid().toString(QUuid::Id128).left(12));
        }
        db.setMeta(QStringLiteral("schema_version"), QString::number(v));
        tx.commit();
        qCInfo(lcStorage) << "schema migrated to version" << v;
    }
    return true;
}

} // namespace hearthd
