#include "outboxreviser.h"

#include "changeapplier.h"
#include "mutationapplier.h"
#include "sqlstep.h"

#include "protocol/apierror.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QJsonDocument>

namespace hearth::cache {

using namespace hearth::protocol;

namespace {

bool is(const QString &name, const char *wanted) {
    return name == QLatin1StringView(wanted);
}
} // namespace

OutboxReviser::OutboxReviser(const QSqlDatabase &db, const QString &userId,
                             const QString &displayName, ChangeSet *changes)
    : m_db(db)
    , m_userId(userId)
    , m_displayName(displayName)
    , m_changes(changes) {}

void OutboxReviser::append(const QString &id, const QString &name, const QJsonObject &args,
                           qint64 nowMs) {
    MutationApplier applier(m_db, m_userId, m_displayName, m_changes);
    const auto target = applier.apply(name, args, nowMs);
    runOrThrow(m_db,
               QStringLiteral("INSERT INTO outbox (id, name, args, target_id, community_id,"
                              " created_at, previous) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {id, name, jsonColumn(args), target.targetId, target.communityId, nowMs,
                jsonColumn(target.previous)});
}

OutboxReviser::Entry OutboxReviser::entry(const QString &id) const {
    QSqlQuery q = runOrThrow(m_db,
                             QStringLiteral("SELECT name, args, state, error_code, target_id,"
                                            " community_id, current FROM outbox WHERE id = ?"),
                             {id});
    if (!q.next())
        throw SqlFailure{QStringLiteral("this change is not in the outbox any more")};
    return {q.value(0).toString(),
            jsonFromColumn(q.value(1).toString()),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            jsonFromColumn(q.value(6).toString())};
}

void OutboxReviser::revise(const QString &id, const QString &newId, const QString &title,
                           const QString &body, qint64 nowMs) {
    const Entry e = entry(id);
    const bool comment = is(e.name, MutationName::CommentCreate);
    if (!comment && !is(e.name, MutationName::PostCreate) && !is(e.name, MutationName::PostEdit))
        throw SqlFailure{QStringLiteral("%1 has no text to change").arg(e.name)};
    if (e.errorCode == QLatin1StringView(ErrorCode::Conflict))
        throw SqlFailure{QStringLiteral("a conflicting edit is resolved, not edited")};

    if (e.state == QLatin1StringView("failed")) {
        QJsonObject args = e.args;
        args.insert(QStringLiteral("body"), body);
        if (!comment)
            args.insert(QStringLiteral("title"), title);
        // The entry becomes `newId`, on the wire too: a send_id left from an earlier retry would
        // make the server replay that refusal.
        runOrThrow(
            m_db,
            QStringLiteral("UPDATE outbox SET id = ?, send_id = '', args = ?, state = 'pending',"
                           " error_code = '', error_message = '', current = ''"
                           " WHERE id = ?"),
            {newId, jsonColumn(args), id});
        if (comment) {
            runOrThrow(m_db, QStringLiteral("UPDATE comments SET body = ? WHERE id = ?"),
                       {body, e.targetId});
            m_changes->comments.insert(e.targetId);
            QSqlQuery q = runOrThrow(
                m_db, QStringLiteral("SELECT post_id FROM comments WHERE id = ?"), {e.targetId});
            if (q.next())
                m_changes->threads.insert(q.value(0).toString());
        } else {
            runOrThrow(m_db, QStringLiteral("UPDATE posts SET title = ?, body = ? WHERE id = ?"),
                       {title, body, e.targetId});
            m_changes->posts.insert(e.targetId);
        }
        m_changes->feeds.insert(e.communityId);
        m_changes->communities.insert(e.communityId);
        return;
    }

    // Waiting: it may already be on the server, so the new text goes as an edit after it.
    if (comment)
        throw SqlFailure{QStringLiteral("a reply cannot be changed while it is being sent")};
    // A new post is version 1 on the server; an edit makes the version after its base.
    const int version = is(e.name, MutationName::PostCreate)
                            ? 1
                            : e.args.value(QStringLiteral("version")).toInt() + 1;
    append(newId, QString::fromLatin1(MutationName::PostEdit),
           {{QStringLiteral("id"), e.targetId},
            {QStringLiteral("version"), version},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body}},
           nowMs);
}

OutboxReviser::Entry OutboxReviser::takeConflict(const QString &id) {
    const Entry e = entry(id);
    const bool onPost = is(e.name, MutationName::PostEdit);
    if ((!onPost && !is(e.name, MutationName::CommentEdit)) ||
        e.errorCode != QLatin1StringView(ErrorCode::Conflict) || e.current.isEmpty())
        throw SqlFailure{QStringLiteral("this change is not a conflicting edit")};
    // The server's version (a whole post or comment, as sync sends it) replaces what the cache
    // holds: what "keep theirs" shows and what a new edit is based on.
    Change current;
    current.type = QString::fromLatin1(onPost ? ChangeType::Post : ChangeType::Comment);
    current.op = QString::fromLatin1(ChangeOp::Upsert);
    current.id = e.targetId;
    current.community = e.communityId;
    current.data = e.current;
    ChangeApplier(m_db, m_changes).apply(current);
    runOrThrow(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
    return e;
}

void OutboxReviser::resolveConflict(const QString &id, const QString &newId, const QString &title,
                                    const QString &body, qint64 nowMs) {
    const Entry e = takeConflict(id);
    QJsonObject args = e.args;
    args.insert(QStringLiteral("version"), e.current.value(QStringLiteral("version")).toInt(1));
    // Comments have no title.
    if (is(e.name, MutationName::PostEdit))
        args.insert(QStringLiteral("title"), title);
    args.insert(QStringLiteral("body"), body);
    append(newId, e.name, args, nowMs);
}

void OutboxReviser::acceptServerVersion(const QString &id) {
    takeConflict(id);
}

} // namespace hearth::cache
