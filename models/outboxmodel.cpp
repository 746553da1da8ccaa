#include "outboxmodel.h"

#include "cache/outboxquery.h"

#include <QDateTime>

namespace hearth::models {

namespace {
// A stale edit of a post or a comment: the conflict page puts both texts side by side. Any other
// conflict (a profile saved on two devices) is a refused write with the server's reason.
bool isTextConflict(const hearth::cache::OutboxEntry &e) {
    return e.errorCode == QLatin1StringView("conflict") && !e.current.isEmpty() &&
           (e.name == QLatin1StringView("post.edit") ||
            e.name == QLatin1StringView("comment.edit"));
}
} // namespace

using hearth::cache::ChangeSet;
using hearth::cache::OutboxEntry;
using hearth::cache::OutboxQuery;

OutboxModel::OutboxModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> OutboxModel::roleNames() const {
    return {{MutationIdRole, "mutationId"},
            {NameRole, "name"},
            {StateRole, "state"},
            {FailedRole, "failed"},
            {ErrorCodeRole, "errorCode"},
            {ErrorStringRole, "errorString"},
            {TargetIdRole, "targetId"},
            {CommunityIdRole, "communityId"},
            {CreatedAtRole, "createdAt"},
            {TitleRole, "title"},
            {BodyRole, "body"},
            {ConflictRole, "conflict"},
            {ServerTitleRole, "serverTitle"},
            {ServerBodyRole, "serverBody"}};
}

QList<CacheRowModel::Row> OutboxModel::loadInitialRows() {
    QList<Row> rows;
    int failed = 0;
    if (store()) {
        OutboxQuery query;
        query.limit = 10000;
        const QList<OutboxEntry> entries = query.run(store()->readConnection());
        for (const OutboxEntry &e : entries) {
            const bool isFailed = e.state == QLatin1StringView("failed");
            failed += isFailed ? 1 : 0;
            Row row;
            row.key = e.id;
            row.order = e.seq;
            row.values = {e.id,
                          e.name,
                          e.state,
                          isFailed,
                          e.errorCode,
                          e.errorMessage.isEmpty() ? e.errorCode : e.errorMessage,
                          e.targetId,
                          e.communityId,
                          QDateTime::fromMSecsSinceEpoch(e.createdAt),
                          e.args.value(QStringLiteral("title")).toString(),
                          e.args.value(QStringLiteral("body")).toString(),
                          isTextConflict(e),
                          e.current.value(QStringLiteral("title")).toString(),
                          e.current.value(QStringLiteral("body")).toString()};
            rows.append(std::move(row));
        }
    }
    if (failed != m_failedCount) {
        m_failedCount = failed;
        Q_EMIT countsChanged();
    }
    return rows;
}

void OutboxModel::cacheChanged(const ChangeSet &) {}

void OutboxModel::outboxUpdated() {
    applyRows(loadInitialRows());
}

QVariantMap OutboxModel::entry(const QString &mutationId) const {
    QVariantMap map;
    const QHash<int, QByteArray> names = roleNames();
    for (const Row &row : rows()) {
        if (row.key != mutationId)
            continue;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            map.insert(QString::fromLatin1(it.value()),
                       row.values.value(it.key() - (Qt::UserRole + 1)));
    }
    return map;
}

void OutboxModel::retry(const QString &mutationId) {
    if (store())
        store()->retryMutation(mutationId);
}

void OutboxModel::discard(const QString &mutationId) {
    if (store())
        store()->discardMutation(mutationId);
}

void OutboxModel::retryAllFailed() {
    if (!store())
        return;
    for (const OutboxEntry &e : store()->failedMutations())
        store()->retryMutation(e.id);
}

} // namespace hearth::models
