#include "schema.h"

#include "cachelogging.h"
#include "sqlstep.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace hearth::cache {

namespace {

// Version 1: entities, outbox, sync state and the FTS5 index. The FTS tables are external-content
// tables over the entity tables (content_rowid = the INTEGER PRIMARY KEY, which VACUUM keeps
// stable); triggers keep them in step with every insert, update and delete the writer makes.
const QStringList version1 = {
    QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE users (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                   " handle TEXT NOT NULL DEFAULT '', display_name TEXT NOT NULL DEFAULT '',"
                   " bio TEXT NOT NULL DEFAULT '')"),
    QStringLiteral(
        "CREATE TABLE communities (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
        " slug TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',"
        " tagline TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
        " visibility TEXT NOT NULL DEFAULT 'public',"
        " member_count INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE memberships (community_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                   " role TEXT NOT NULL DEFAULT 'member', state TEXT NOT NULL DEFAULT 'active',"
                   " joined_at INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (community_id, user_id))"
                   " WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX memberships_user ON memberships(user_id)"),
    QStringLiteral("CREATE TABLE posts (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                   " community_id TEXT NOT NULL, author_id TEXT NOT NULL DEFAULT '',"
                   " author_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'discussion',"
                   " title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
                   " topic TEXT NOT NULL DEFAULT '', pinned INTEGER NOT NULL DEFAULT 0,"
                   " locked INTEGER NOT NULL DEFAULT 0, comment_count INTEGER NOT NULL DEFAULT 0,"
                   " version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL DEFAULT 0,"
                   " edited_at INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX posts_feed ON posts(community_id, created_at DESC, id DESC)"),
    QStringLiteral("CREATE TABLE comments (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                   " post_id TEXT NOT NULL, community_id TEXT NOT NULL,"
                   " parent_id TEXT NOT NULL DEFAULT '', author_id TEXT NOT NULL DEFAULT '',"
                   " author_name TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
                   " version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX comments_thread ON comments(post_id, created_at, id)"),
    QStringLiteral("CREATE INDEX comments_community ON comments(community_id)"),
    // The outbox: the member's writes in the order they were made. `target_id` is the object the
    // mutation creates or changes, so models can show it as pending or failed.
    QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, args TEXT NOT NULL,"
                   " target_id TEXT NOT NULL DEFAULT '', community_id TEXT NOT NULL DEFAULT '',"
                   " created_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
                   " error_code TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '',"
                   " current TEXT NOT NULL DEFAULT '', previous TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX outbox_target ON outbox(target_id)"),
    QStringLiteral("CREATE INDEX outbox_state ON outbox(state, seq)"),

    QStringLiteral("CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, content='posts',"
                   " content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
    QStringLiteral(
        "CREATE TRIGGER posts_fts_ai AFTER INSERT ON posts BEGIN"
        " INSERT INTO posts_fts(rowid, title, body) VALUES (new.rid, new.title, new.body);"
        " END"),
    QStringLiteral("CREATE TRIGGER posts_fts_ad AFTER DELETE ON posts BEGIN"
                   " INSERT INTO posts_fts(posts_fts, rowid, title, body)"
                   " VALUES ('delete', old.rid, old.title, old.body); END"),
    QStringLiteral(
        "CREATE TRIGGER posts_fts_au AFTER UPDATE OF title, body ON posts BEGIN"
        " INSERT INTO posts_fts(posts_fts, rowid, title, body)"
        " VALUES ('delete', old.rid, old.title, old.body);"
        " INSERT INTO posts_fts(rowid, title, body) VALUES (new.rid, new.title, new.body);"
        " END"),

    QStringLiteral("CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments',"
                   " content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
    QStringLiteral("CREATE TRIGGER comments_fts_ai AFTER INSERT ON comments BEGIN"
                   " INSERT INTO comments_fts(rowid, body) VALUES (new.rid, new.body); END"),
    QStringLiteral("CREATE TRIGGER comments_fts_ad AFTER DELETE ON comments BEGIN"
                   " INSERT INTO comments_fts(comments_fts, rowid, body)"
                   " VALUES ('delete', old.rid, old.body); END"),
    QStringLiteral("CREATE TRIGGER comments_fts_au AFTER UPDATE OF body ON comments BEGIN"
                   " INSERT INTO comments_fts(comments_fts, rowid, body)"
                   " VALUES ('delete', old.rid, old.body);"
                   " INSERT INTO comments_fts(rowid, body) VALUES (new.rid, new.body); END"),

    QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5(handle, display_name, bio,"
                   " content='users', content_rowid='rid',"
                   " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
    QStringLiteral("CREATE TRIGGER users_fts_ai AFTER INSERT ON users BEGIN"
                   " INSERT INTO users_fts(rowid, handle, display_name, bio)"
                   " VALUES (new.rid, new.handle, new.display_name, new.bio); END"),
    QStringLiteral("CREATE TRIGGER users_fts_ad AFTER DELETE ON users BEGIN"
                   " INSERT INTO users_fts(users_fts, rowid, handle, display_name, bio)"
                   " VALUES ('delete', old.rid, old.handle, old.display_name, old.bio); END"),
    QStringLiteral("CREATE TRIGGER users_fts_au AFTER UPDATE OF handle, display_name, bio ON users"
                   " BEGIN INSERT INTO users_fts(users_fts, rowid, handle, display_name, bio)"
                   " VALUES ('delete', old.rid, old.handle, old.display_name, old.bio);"
                   " INSERT INTO users_fts(rowid, handle, display_name, bio)"
                   " VALUES (new.rid, new.handle, new.display_name, new.bio); END"),
};

// Version 2: per-community history state (issue 4: history paged on demand with an explicit
// `complete` flag, and "keep offline").
const QStringList version2 = {
    QStringLiteral("CREATE TABLE community_state (community_id TEXT PRIMARY KEY,"
                   " keep_offline INTEGER NOT NULL DEFAULT 0,"
                   " history_complete INTEGER NOT NULL DEFAULT 0,"
                   " history_cursor TEXT NOT NULL DEFAULT '')"),
};

// Version 3: the richer profiles and communities of protocol v1 (interests, links, showcase;
// guidelines, topics, member cap, welcome), what the member has read per community (unread
// counts), and an index for "pinned first" feeds.
const QStringList version3 = {
    QStringLiteral("ALTER TABLE users ADD COLUMN interests TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral("ALTER TABLE users ADD COLUMN links TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral("ALTER TABLE users ADD COLUMN showcase TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral("ALTER TABLE communities ADD COLUMN guidelines TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE communities ADD COLUMN topics TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral("ALTER TABLE communities ADD COLUMN member_cap INTEGER NOT NULL DEFAULT 250"),
    QStringLiteral("ALTER TABLE communities ADD COLUMN welcome TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(
        "ALTER TABLE community_state ADD COLUMN last_read_at INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE INDEX posts_pinned_feed ON posts(community_id, pinned DESC,"
                   " created_at DESC, id DESC)"),
};

// Version 4: feeds sorted by activity (the newest of a post's own time and its comments' times).
// `activity_at` is kept by triggers, so every writer (sync pages, history pages, optimistic
// writes) keeps it right, and feeds page over an index instead of sorting computed values.
// The activity of the post whose id is the SQL expression `post`.
QString activityOf(const char *post) {
    return QStringLiteral("MAX(created_at, coalesce((SELECT MAX(c.created_at) FROM comments c"
                          " WHERE c.post_id = %1), 0))")
        .arg(QLatin1StringView(post));
}

const QStringList version4 = {
    QStringLiteral("ALTER TABLE posts ADD COLUMN activity_at INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("UPDATE posts SET activity_at = ") + activityOf("posts.id"),
    QStringLiteral("CREATE INDEX posts_activity_feed ON posts(community_id, activity_at DESC,"
                   " id DESC)"),
    QStringLiteral("CREATE INDEX posts_pinned_activity_feed ON posts(community_id, pinned DESC,"
                   " activity_at DESC, id DESC)"),
    QStringLiteral("CREATE TRIGGER posts_activity_ai AFTER INSERT ON posts BEGIN"
                   " UPDATE posts SET activity_at = ") +
        activityOf("new.id") + QStringLiteral(" WHERE rid = new.rid; END"),
    QStringLiteral("CREATE TRIGGER posts_activity_au AFTER UPDATE OF created_at ON posts BEGIN"
                   " UPDATE posts SET activity_at = ") +
        activityOf("new.id") + QStringLiteral(" WHERE rid = new.rid; END"),
    QStringLiteral("CREATE TRIGGER comments_activity_ai AFTER INSERT ON comments BEGIN"
                   " UPDATE posts SET activity_at = MAX(activity_at, new.created_at)"
                   " WHERE id = new.post_id; END"),
    QStringLiteral("CREATE TRIGGER comments_activity_au AFTER UPDATE OF created_at, post_id"
                   " ON comments BEGIN UPDATE posts SET activity_at = ") +
        activityOf("posts.id") + QStringLiteral(" WHERE id IN (old.post_id, new.post_id); END"),
    QStringLiteral("CREATE TRIGGER comments_activity_ad AFTER DELETE ON comments BEGIN"
                   " UPDATE posts SET activity_at = ") +
        activityOf("posts.id") + QStringLiteral(" WHERE id = old.post_id; END"),
};

// Version 5: reactions to posts and comments (one row per member and emoji; counts are computed),
// a community's events and the members' RSVPs to them.
const QStringList version5 = {
    QStringLiteral("CREATE TABLE reactions (id TEXT PRIMARY KEY, target_id TEXT NOT NULL,"
                   " target_type TEXT NOT NULL DEFAULT 'post', post_id TEXT NOT NULL DEFAULT '',"
                   " community_id TEXT NOT NULL DEFAULT '', user_id TEXT NOT NULL,"
                   " emoji TEXT NOT NULL, created_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX reactions_target ON reactions(target_id, emoji)"),
    QStringLiteral("CREATE INDEX reactions_community ON reactions(community_id)"),
    QStringLiteral("CREATE TABLE events (id TEXT PRIMARY KEY, community_id TEXT NOT NULL,"
                   " creator_id TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
                   " description TEXT NOT NULL DEFAULT '', starts_at INTEGER NOT NULL DEFAULT 0,"
                   " ends_at INTEGER NOT NULL DEFAULT 0, place TEXT NOT NULL DEFAULT '',"
                   " link TEXT NOT NULL DEFAULT '', capacity INTEGER NOT NULL DEFAULT 0,"
                   " going_count INTEGER NOT NULL DEFAULT 0,"
                   " waitlist_count INTEGER NOT NULL DEFAULT 0,"
                   " cancelled INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL DEFAULT 0,"
                   " edited_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX events_community ON events(community_id, starts_at)"),
    QStringLiteral("CREATE INDEX events_start ON events(starts_at)"),
    QStringLiteral("CREATE TABLE rsvps (event_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                   " community_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
                   " responded_at INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, user_id))"
                   " WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX rsvps_community ON rsvps(community_id)"),
};

// Version 6: the member's notifications (replies, mentions, join requests, event reminders),
// newest first; `read_at` is 0 while unread.
const QStringList version6 = {
    QStringLiteral("CREATE TABLE notifications (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                   " community_id TEXT NOT NULL DEFAULT '', actor_id TEXT NOT NULL DEFAULT '',"
                   " actor_name TEXT NOT NULL DEFAULT '', target_type TEXT NOT NULL DEFAULT '',"
                   " target_id TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
                   " created_at INTEGER NOT NULL DEFAULT 0, read_at INTEGER NOT NULL DEFAULT 0)"
                   " WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX notifications_created ON notifications(created_at DESC, id DESC)"),
};

// Version 7: reaction ids name the target's type ("<type>:<target>:<user>:<emoji>"), as the
// server's do: a post and a comment may share an id. Cached reactions and the outbox entries
// that point at one are renamed; the index follows the new key.
const QStringList version7 = {
    QStringLiteral("UPDATE reactions SET id = target_type || ':' || id"),
    QStringLiteral("UPDATE outbox SET target_id = coalesce(json_extract(args, '$.targetType'),"
                   " 'post') || ':' || target_id"
                   " WHERE name IN ('reaction.set', 'reaction.clear') AND target_id <> ''"),
    QStringLiteral("DROP INDEX reactions_target"),
    QStringLiteral("CREATE INDEX reactions_target ON reactions(target_type, target_id, emoji)"),
};

// Version 8: a member's posts by time, for the recent posts on their profile: without it the
// query looks through every cached post (about 200 ms at 100,000 posts, bench_client).
const QStringList version8 = {
    QStringLiteral("CREATE INDEX posts_author ON posts(author_id, created_at DESC, id DESC)"),
};

// Version 9: per-community post and unread counts kept by triggers instead of counted per read
// (the community list re-reads on every sync page: counting 100,000 posts each time made an
// initial sync quadratic), and a partial index for unread notifications. "Unread" means posts by
// others created after community_state.last_read_at; the writer recounts one community when it is
// marked read and every community when the local member changes.
QString me() {
    return QStringLiteral("coalesce((SELECT value FROM sync_state WHERE key = 'user_id'), '')");
}

// +1 or -1 for the post `row` ("new" or "old") in its community's counts.
QString countPost(const char *row, const char *sign) {
    const QString update =
        QStringLiteral(" UPDATE community_state SET post_count = post_count %2 1,"
                       " unread_count = unread_count %2 (%1.author_id <> %3"
                       " AND %1.created_at > last_read_at)"
                       " WHERE community_id = %1.community_id;")
            .arg(QLatin1StringView(row), QLatin1StringView(sign), me());
    if (QLatin1StringView(sign) == QLatin1StringView("-"))
        return update;
    // Not INSERT OR IGNORE: the conflict clause of the statement that fired a trigger overrides
    // the trigger's own, so an upsert into posts would fail on it.
    return QStringLiteral("INSERT INTO community_state (community_id) SELECT %1.community_id"
                          " WHERE NOT EXISTS (SELECT 1 FROM community_state"
                          " WHERE community_id = %1.community_id);")
               .arg(QLatin1StringView(row)) +
           update;
}

const QStringList version9 = {
    QStringLiteral("ALTER TABLE community_state ADD COLUMN post_count INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral(
        "ALTER TABLE community_state ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("INSERT OR IGNORE INTO community_state (community_id)"
                   " SELECT DISTINCT community_id FROM posts"),
    QStringLiteral("UPDATE community_state SET post_count = (SELECT count(*) FROM posts p"
                   " WHERE p.community_id = community_state.community_id),"
                   " unread_count = (SELECT count(*) FROM posts p"
                   " WHERE p.community_id = community_state.community_id AND p.author_id <> ") +
        me() + QStringLiteral(" AND p.created_at > community_state.last_read_at)"),
    QStringLiteral("CREATE TRIGGER posts_count_ai AFTER INSERT ON posts BEGIN ") +
        countPost("new", "+") + QStringLiteral(" END"),
    QStringLiteral("CREATE TRIGGER posts_count_ad AFTER DELETE ON posts BEGIN ") +
        countPost("old", "-") + QStringLiteral(" END"),
    QStringLiteral("CREATE TRIGGER posts_count_au AFTER UPDATE OF community_id, author_id,"
                   " created_at ON posts WHEN old.community_id IS NOT new.community_id"
                   " OR old.author_id IS NOT new.author_id"
                   " OR old.created_at IS NOT new.created_at BEGIN ") +
        countPost("old", "-") + countPost("new", "+") + QStringLiteral(" END"),
    QStringLiteral("CREATE INDEX notifications_unread ON notifications(created_at DESC, id DESC)"
                   " WHERE read_at = 0"),
};

// Version 10: a retried write goes out under a new mutation id (hearthd replays the stored answer
// of an id it has seen, so resending a refused one could never succeed): `send_id` is the id on
// the wire, renewed by every retry, while `id` stays the entry's own (models, retry, discard).
const QStringList version10 = {
    QStringLiteral("ALTER TABLE outbox ADD COLUMN send_id TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX outbox_send ON outbox(send_id)"),
};

// Version 11: what lets a history page tell that the cache holds something newer (issue 8.6). A
// page is fetched at some moment and may be applied after sync pages that changed or deleted its
// objects. Each post, comment and reaction keeps the seq of the last sync change applied to it
// (`sync_seq`), deletions leave a tombstone with theirs, and a purge leaves one for the community;
// a page applies an object only when nothing newer than the sync position it was asked at
// (CacheStore::historyWatermark) touched it.
const QStringList version11 = {
    QStringLiteral("ALTER TABLE posts ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE comments ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE reactions ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE TABLE tombstones (type TEXT NOT NULL, id TEXT NOT NULL,"
                   " community_id TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL,"
                   " PRIMARY KEY (type, id)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX tombstones_community ON tombstones(community_id)"),
};

// Version 12: comments remember when they were last edited (comment.edit), so a thread says so.
const QStringList version12 = {
    QStringLiteral("ALTER TABLE comments ADD COLUMN edited_at INTEGER NOT NULL DEFAULT 0"),
};

// Version 13: the directory names who runs each listed community (Community::organizers, as the
// JSON array the server sends), for the Discover page.
const QStringList version13 = {
    QStringLiteral("ALTER TABLE communities ADD COLUMN organizers TEXT NOT NULL DEFAULT '[]'"),
};

// Version 14: a profile's version, which profile.update is based on (a stale one is a conflict).
const QStringList version14 = {
    QStringLiteral("ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
};

// Version 15: community.update. A community's version (an update names it), when an update last
// required members to accept the guidelines again, and when each member last accepted them, so
// the app knows who must accept before posting (docs/api.md, community.update).
const QStringList version15 = {
    QStringLiteral("ALTER TABLE communities ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral(
        "ALTER TABLE communities ADD COLUMN guidelines_required_at INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral(
        "ALTER TABLE memberships ADD COLUMN guidelines_accepted_at INTEGER NOT NULL DEFAULT 0"),
};

// Version 16: the community's reports (a member's flag on a post or comment), which hearthd syncs
// to its owners and moderators only, for the Manage pane's moderation queue. A report is kept
// when resolved (status, who, note, when); the open ones of a community are listed oldest first,
// the resolved ones newest first.
const QStringList version16 = {
    QStringLiteral(
        "CREATE TABLE reports (id TEXT PRIMARY KEY, community_id TEXT NOT NULL,"
        " reporter_id TEXT NOT NULL DEFAULT '', target_type TEXT NOT NULL DEFAULT '',"
        " target_id TEXT NOT NULL DEFAULT '', post_id TEXT NOT NULL DEFAULT '',"
        " reason TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open',"
        " resolved_by TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL DEFAULT 0, resolved_at INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX reports_queue ON reports(community_id, status, created_at)"),
};

// Version 17: my alert settings as hearthd keeps them (alerts.set): a daily digest and the level
// of each community whose level is not "all" (the server's JSON object), so that the app alerts
// as I chose on another machine too, and keeps my choice while offline.
const QStringList version17 = {
    QStringLiteral("CREATE TABLE alert_settings (user_id TEXT PRIMARY KEY,"
                   " digest INTEGER NOT NULL DEFAULT 0, levels TEXT NOT NULL DEFAULT '{}',"
                   " version INTEGER NOT NULL DEFAULT 0)"),
};

// Version 18: the last audit log fetched of each community I organize (GET
// /v1/communities/{id}/audit, its newest entries), so the Manage pane shows who did what offline
// too, with the time it was fetched.
const QStringList version18 = {
    QStringLiteral("CREATE TABLE audit_entries (id TEXT PRIMARY KEY, community_id TEXT NOT NULL,"
                   " action TEXT NOT NULL DEFAULT '', actor_id TEXT NOT NULL DEFAULT '',"
                   " target_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',"
                   " created_at INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX audit_by_community ON audit_entries(community_id, created_at)"),
    QStringLiteral("CREATE TABLE audit_fetches (community_id TEXT PRIMARY KEY,"
                   " fetched_at INTEGER NOT NULL DEFAULT 0)"),
};

// Version 19: the last engagement figures fetched of each community I organize (GET
// /v1/communities/{id}/engagement), kept whole as the document they are, so Manage → Engagement
// reads offline with the date they were fetched.
const QStringList version19 = {
    QStringLiteral("CREATE TABLE engagement_reports (community_id TEXT PRIMARY KEY,"
                   " fetched_at INTEGER NOT NULL DEFAULT 0, report TEXT NOT NULL DEFAULT '')"),
};

const QList<const QStringList *> &steps() {
    static const QList<const QStringList *> all = {
        &version1,  &version2,  &version3,  &version4,  &version5,  &version6,  &version7,
        &version8,  &version9,  &version10, &version11, &version12, &version13, &version14,
        &version15, &version16, &version17, &version18, &version19};
    return all;
}

} // namespace

int Schema::latestVersion() {
    return int(steps().size());
}

int Schema::currentVersion(const QSqlDatabase &db, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = QStringLiteral("cannot read the cache's schema version: %1")
                         .arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

bool Schema::migrate(QSqlDatabase &db, QString *error) {
    return migrateTo(db, latestVersion(), error);
}

bool Schema::migrateTo(QSqlDatabase &db, int target, QString *error) {
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error)
            *error = QStringLiteral("This cache (%1) was written by a newer Hearth (schema %2; "
                                    "this Hearth reads up to %3)")
                         .arg(db.databaseName())
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (int version = current + 1; version <= qMin(target, latestVersion()); ++version) {
        if (!db.transaction()) {
            if (error)
                *error = QStringLiteral("cannot start migration to schema %1: %2")
                             .arg(version)
                             .arg(db.lastError().text());
            return false;
        }
        try {
            for (const QString &statement : *steps().at(version - 1))
                runOrThrow(db, statement);
            if (version == 1) {
                // The client id names this cache to the server for mutation idempotency; it must
                // survive resyncs, so it is made once with the file.
                runOrThrow(
                    db,
                    QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('client_id', ?)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces)});
            }
            // PRAGMA takes no bound parameters; the value is our own integer.
            runOrThrow(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        } catch (const SqlFailure &failure) {
            db.rollback();
            if (error)
                *error = QStringLiteral("migration to schema %1 failed: %2")
                             .arg(version)
                             .arg(failure.message);
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = QStringLiteral("cannot commit migration to schema %1: %2")
                             .arg(version)
                             .arg(db.lastError().text());
            return false;
        }
        qCInfo(lcCache) << "migrated" << db.databaseName() << "to schema" << version;
    }
    return true;
}

} // namespace hearth::cache
