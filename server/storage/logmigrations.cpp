#include "logmigrations.h"

#include "protocol/entities.h"
#include "protocol/syncpage.h"
#include "server/storage/database.h"
#include "server/storage/query.h"
#include "server/storage/supersession.h"

#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace hearthd::LogMigrations {

using namespace hearth::protocol;

namespace {

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString stamp() {
    const quint64 bits = QRandomGenerator::global()->generate64();
    const QByteArray raw(reinterpret_cast<const char *>(&bits), sizeof bits);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct Row {
    qint64 seq = 0;
    QString type, op, id, community;
    Supersession::Reach reach;
    QJsonObject data;     // parsed for the rows whose content the pass needs
    bool rewrite = false; // `data` changed: re-encode
    bool superseded = false;
};

QString oldScopeOfAddressedRow(const Row &row, const Row *previous) {
    if (row.op != QLatin1StringView(ChangeOp::Upsert))
        return QStringLiteral("direct"); // purges, and the deletes of an organizer stepping down
    if (row.type == QLatin1StringView(ChangeType::Notification))
        return row.data.value(QStringLiteral("kind")).toString() == QStringLiteral("join_request")
                   ? QStringLiteral("organizers")
                   : QStringLiteral("members");
    if (row.type == QLatin1StringView(ChangeType::Invite) ||
        row.type == QLatin1StringView(ChangeType::Report))
        return QStringLiteral("organizers");
    if (row.type == QLatin1StringView(ChangeType::Membership))
        return row.data.value(QStringLiteral("state")).toString() == QStringLiteral("pending")
                   ? QStringLiteral("organizers")
                   : QStringLiteral("members");
    if (row.type == QLatin1StringView(ChangeType::User))
        return QStringLiteral("profile");
    // The listing right after a purge, or a join window's copy of the community.
    if (row.type == QLatin1StringView(ChangeType::Community) && previous &&
        previous->op == QLatin1StringView(ChangeOp::Purge) &&
        previous->reach.audience == row.reach.audience && previous->community == row.community)
        return QStringLiteral("directory");
    return QStringLiteral("members");
}

} // namespace

void keyReactionsByType(Database &db) {
    struct Logged {
        qint64 seq;
        QString op, id, community;
        QJsonObject data;
    };
    QList<Logged> rows;
    {
        Query q(db.connection(), QStringLiteral("SELECT seq, op, entity_id, community_id, change "
                                                "FROM change_log WHERE type = 'reaction' "
                                                "ORDER BY seq"));
        q.exec();
        while (q.next())
            rows.append({q.integer(0), q.text(1), q.text(2), q.text(3),
                         QJsonDocument::fromJson(q.bytes(4))
                             .object()
                             .value(QStringLiteral("data"))
                             .toObject()});
    }
    QHash<QString, QString> typeOf; // old id -> target type, from the upserts seen so far
    for (Logged &r : rows) {
        QString type = r.data.value(QStringLiteral("targetType")).toString();
        if (type.isEmpty())
            type = typeOf.value(r.id);
        if (type.isEmpty()) {
            // A delete of a reaction never logged as set: its target tells.
            Query q(db.connection(), QStringLiteral("SELECT 1 FROM posts WHERE id = ?"));
            q.bind(r.id.section(QLatin1Char(':'), 0, 0)).exec();
            type = q.next() ? QStringLiteral("post") : QStringLiteral("comment");
        }
        typeOf.insert(r.id, type);
        const QString id = type + QLatin1Char(':') + r.id;
        if (!r.data.isEmpty())
            r.data.insert(QStringLiteral("id"), id);
        Query(db.connection(),
              QStringLiteral("UPDATE change_log SET entity_id = ?, change = ? WHERE seq = ?"))
            .bind(id)
            .bind(Change::encode(r.seq, QString::fromLatin1(ChangeType::Reaction), r.op, id,
                                 r.community, r.data.isEmpty() ? QByteArray() : compact(r.data)))
            .bind(r.seq)
            .exec();
    }
}

void superseded(Database &db) {
    const QSqlDatabase c = db.connection();
    // Mentions and replies quoting content that was taken down lose their excerpt.
    QSet<QString> quotingRemoved;
    {
        Query q(c, QStringLiteral(
                       "SELECT id FROM notifications WHERE kind IN ('mention', 'reply') "
                       "AND text <> '' AND ((target_type = 'post' AND target_id IN "
                       "(SELECT id FROM posts WHERE deleted = 1)) OR (target_type = 'comment' "
                       "AND target_id IN (SELECT id FROM comments WHERE deleted = 1 OR post_id IN "
                       "(SELECT id FROM posts WHERE deleted = 1))))"));
        q.exec();
        while (q.next())
            quotingRemoved.insert(q.text(0));
    }
    for (const QString &id : std::as_const(quotingRemoved))
        Query(c, QStringLiteral("UPDATE notifications SET text = '' WHERE id = ?")).bind(id).exec();

    QList<Row> rows;
    {
        Query q(c, QStringLiteral("SELECT seq, type, op, entity_id, community_id, scope, "
                                  "subject_id, audience, change FROM change_log ORDER BY seq"));
        q.exec();
        while (q.next()) {
            Row r;
            r.seq = q.integer(0);
            r.type = q.text(1);
            r.op = q.text(2);
            r.id = q.text(3);
            r.community = q.text(4);
            r.reach = {r.op, q.text(5), r.community, q.text(6), q.text(7)};
            const bool needed = !r.reach.audience.isEmpty() ||
                                r.type == QLatin1StringView(ChangeType::Comment) ||
                                r.type == QLatin1StringView(ChangeType::Reaction) ||
                                r.type == QLatin1StringView(ChangeType::Notification);
            if (needed)
                r.data = QJsonDocument::fromJson(q.bytes(8))
                             .object()
                             .value(QStringLiteral("data"))
                             .toObject();
            rows.append(r);
        }
    }

    QHash<QString, QList<qsizetype>> live;           // type + id -> rows not superseded yet
    QHash<QString, QSet<QString>> commentsOfPost;    // post -> comment ids
    QHash<QString, QSet<QString>> reactionsOfTarget; // "post:<id>" / "comment:<id>" -> reactions
    QHash<QString, qint64> lastPurge;                // audience + community -> seq
    QHash<QString, qint64> joinedAt;                 // audience + community -> first window row
    const auto key = [](const QString &type, const QString &id) -> QString {
        return type + QLatin1Char('\x1f') + id;
    };
    const auto supersede = [&](const QString &type, const QString &id, const Row &by) {
        QList<qsizetype> &earlier = live[key(type, id)];
        for (qsizetype i = earlier.size() - 1; i >= 0; --i) {
            Row &e = rows[earlier.at(i)];
            if (Supersession::covers(by.reach, e.reach)) {
                e.superseded = true;
                earlier.removeAt(i);
            }
        }
    };

    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row &r = rows[i];
        if (!r.reach.audience.isEmpty() && r.reach.scope == QLatin1StringView("direct"))
            r.reach.scope = oldScopeOfAddressedRow(r, i > 0 ? &rows[i - 1] : nullptr);
        if (r.type == QLatin1StringView(ChangeType::Notification) &&
            quotingRemoved.contains(r.id)) {
            r.data.insert(QStringLiteral("text"), QString());
            r.rewrite = true;
        }
        if (r.type == QLatin1StringView(ChangeType::Comment) && !r.data.isEmpty())
            commentsOfPost[r.data.value(QStringLiteral("postId")).toString()].insert(r.id);
        if (r.type == QLatin1StringView(ChangeType::Reaction) && !r.data.isEmpty()) {
            const QString target = r.data.value(QStringLiteral("targetType")).toString() +
                                   QLatin1Char(':') +
                                   r.data.value(QStringLiteral("targetId")).toString();
            reactionsOfTarget[target].insert(r.id);
            const QString post = r.data.value(QStringLiteral("postId")).toString();
            if (target != QStringLiteral("post:") + post)
                reactionsOfTarget[QStringLiteral("post:") + post].insert(r.id);
        }
        const QString reader = r.reach.audience + QLatin1Char('\x1f') + r.community;
        if (r.op == QLatin1StringView(ChangeOp::Purge)) {
            lastPurge.insert(reader, r.seq);
            joinedAt.remove(reader);
        } else if (r.type == QLatin1StringView(ChangeType::Community) &&
                   !r.reach.audience.isEmpty() && r.reach.scope == QLatin1StringView("members") &&
                   !joinedAt.contains(reader)) {
            joinedAt.insert(reader, r.seq); // a join window starts with its community
        }

        supersede(r.type, r.id, r);
        if (r.op == QLatin1StringView(ChangeOp::Delete) &&
            r.type == QLatin1StringView(ChangeType::Post)) {
            for (const QString &comment : commentsOfPost.value(r.id))
                supersede(QString::fromLatin1(ChangeType::Comment), comment, r);
            for (const QString &reaction : reactionsOfTarget.value(QStringLiteral("post:") + r.id))
                supersede(QString::fromLatin1(ChangeType::Reaction), reaction, r);
        } else if (r.op == QLatin1StringView(ChangeOp::Delete) &&
                   r.type == QLatin1StringView(ChangeType::Comment)) {
            for (const QString &reaction :
                 reactionsOfTarget.value(QStringLiteral("comment:") + r.id))
                supersede(QString::fromLatin1(ChangeType::Reaction), reaction, r);
        }
        live[key(r.type, r.id)].append(i);
    }

    for (const Row &r : std::as_const(rows)) {
        if (r.superseded) {
            Query::cached(db, QStringLiteral("UPDATE change_log SET scope = ?, stamp = ?, "
                                             "superseded = 1, change = '' WHERE seq = ?"))
                .bind(r.reach.scope)
                .bind(stamp())
                .bind(r.seq)
                .exec();
        } else if (r.rewrite) {
            Query::cached(db, QStringLiteral("UPDATE change_log SET scope = ?, stamp = ?, "
                                             "change = ? WHERE seq = ?"))
                .bind(r.reach.scope)
                .bind(stamp())
                .bind(Change::encode(r.seq, r.type, r.op, r.id, r.community, compact(r.data)))
                .bind(r.seq)
                .exec();
        } else {
            Query::cached(
                db, QStringLiteral("UPDATE change_log SET scope = ?, stamp = ? WHERE seq = ?"))
                .bind(r.reach.scope)
                .bind(stamp())
                .bind(r.seq)
                .exec();
        }
    }

    // Where each active member's access began: their latest join window, or the start of the
    // log for those who never received one (founders).
    QList<std::pair<QString, QString>> active;
    {
        Query q(c, QStringLiteral("SELECT community_id, user_id FROM memberships "
                                  "WHERE state = 'active'"));
        q.exec();
        while (q.next())
            active.append({q.text(0), q.text(1)});
    }
    for (const auto &[communityId, userId] : active) {
        const qint64 since = joinedAt.value(userId + QLatin1Char('\x1f') + communityId, 0);
        if (since == 0)
            continue;
        Query(c, QStringLiteral("UPDATE memberships SET member_since = ?, organizer_since = ? "
                                "WHERE community_id = ? AND user_id = ?"))
            .bind(since)
            .bind(since)
            .bind(communityId)
            .bind(userId)
            .exec();
    }

    // Receipts keep no text: a replayed conflict reads the object anew.
    QList<std::pair<QList<QVariant>, QJsonObject>> receipts;
    {
        Query q(c, QStringLiteral("SELECT user_id, client_id, mutation_id, result "
                                  "FROM mutation_receipts WHERE result LIKE '%\"current\"%'"));
        q.exec();
        while (q.next())
            receipts.append({{q.value(0), q.value(1), q.value(2)},
                             QJsonDocument::fromJson(q.text(3).toUtf8()).object()});
    }
    for (auto &[keyValues, result] : receipts) {
        const QJsonObject current = result.value(QStringLiteral("current")).toObject();
        result.insert(QStringLiteral("current"),
                      QJsonObject{{QStringLiteral("id"), current.value(QStringLiteral("id"))}});
        Query(c, QStringLiteral("UPDATE mutation_receipts SET result = ? WHERE user_id = ? "
                                "AND client_id = ? AND mutation_id = ?"))
            .bind(QString::fromUtf8(compact(result)))
            .bind(keyValues.at(0))
            .bind(keyValues.at(1))
            .bind(keyValues.at(2))
            .exec();
    }
}

} // namespace hearthd::LogMigrations
