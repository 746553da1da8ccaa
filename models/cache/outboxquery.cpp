#include "outboxquery.h"

#include "readquery.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::cache {

namespace {
QJsonObject objectOf(const QVariant &text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

QList<OutboxEntry> OutboxQuery::run(const QSqlDatabase &db) const {
    QString sql = QStringLiteral("SELECT seq, id, name, args, target_id, community_id, created_at,"
                                 " state, error_code, error_message, current,"
                                 " CASE send_id WHEN '' THEN id ELSE send_id END FROM outbox");
    QVariantList values;
    if (!state.isEmpty()) {
        sql += QStringLiteral(" WHERE state = ?");
        values.append(state);
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    values.append(limit);
    QList<OutboxEntry> entries;
    QSqlQuery q = runRead(db, sql, values, "outbox");
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.name = q.value(2).toString();
        e.args = objectOf(q.value(3));
        e.targetId = q.value(4).toString();
        e.communityId = q.value(5).toString();
        e.createdAt = q.value(6).toLongLong();
        e.state = q.value(7).toString();
        e.errorCode = q.value(8).toString();
        e.errorMessage = q.value(9).toString();
        e.current = objectOf(q.value(10));
        e.sendId = q.value(11).toString();
        entries.append(std::move(e));
    }
    return entries;
}

int OutboxQuery::count(const QSqlDatabase &db, const QString &state) {
    QSqlQuery q = state.isEmpty()
                      ? runRead(db, QStringLiteral("SELECT count(*) FROM outbox"), {}, "outbox")
                      : runRead(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"),
                                {state}, "outbox");
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace hearth::cache
