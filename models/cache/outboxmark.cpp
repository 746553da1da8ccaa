#include "outboxmark.h"

namespace hearth::cache {

QString OutboxMark::columns(const QString &idColumn) {
    // The refused entry travels as "<mutation id> char(1) <reason>": one column, one subquery.
    return QStringLiteral(
               "EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = %1 AND o.state = 'pending'),"
               " (SELECT o.id || char(1) || CASE o.error_message WHEN '' THEN o.error_code"
               "  ELSE o.error_message END FROM outbox o"
               "  WHERE o.target_id = %1 AND o.state = 'failed' ORDER BY o.seq LIMIT 1)")
        .arg(idColumn);
}

OutboxMark OutboxMark::read(const QSqlQuery &query, int first) {
    OutboxMark mark;
    mark.pending = query.value(first).toBool();
    const QString failure = query.value(first + 1).toString();
    const qsizetype split = failure.indexOf(QChar(1));
    if (split >= 0) {
        mark.failedMutationId = failure.left(split);
        mark.errorString = failure.mid(split + 1);
    }
    return mark;
}

} // namespace hearth::cache
