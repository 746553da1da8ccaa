#include "reportsmodel.h"

#include "cache/cacheactions.h"
#include "cache/reportsquery.h"

#include "protocol/reportargs.h"
#include "protocol/vocabulary.h"

#include <QDateTime>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::ReportRow;
using hearth::cache::ReportsQuery;

ReportsModel::ReportsModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> ReportsModel::roleNames() const {
    return {{ReportIdRole, "reportId"},
            {CommunityIdRole, "communityId"},
            {ReporterIdRole, "reporterId"},
            {ReporterNameRole, "reporterName"},
            {TargetTypeRole, "targetType"},
            {TargetIdRole, "targetId"},
            {PostIdRole, "postId"},
            {ReasonRole, "reason"},
            {ReportStatusRole, "reportStatus"},
            {ResolvedByRole, "resolvedBy"},
            {ResolvedByNameRole, "resolvedByName"},
            {NoteRole, "note"},
            {CreatedAtRole, "createdAt"},
            {ResolvedAtRole, "resolvedAt"},
            {AuthorIdRole, "authorId"},
            {AuthorNameRole, "authorName"},
            {ContentTextRole, "contentText"},
            {PostTitleRole, "postTitle"},
            {ContentAvailableRole, "contentAvailable"},
            {PostAvailableRole, "postAvailable"},
            {DecisionIdRole, "decisionId"},
            {DecisionPendingRole, "decisionPending"},
            {DecisionFailedRole, "decisionFailed"},
            {DecisionErrorRole, "decisionError"},
            {DecisionActionRole, "decisionAction"},
            {DecisionNoteRole, "decisionNote"}};
}

void ReportsModel::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    reload();
    Q_EMIT communityIdChanged();
}

void ReportsModel::setStatus(const QString &status) {
    if (m_status == status)
        return;
    m_status = status;
    reload();
    Q_EMIT statusChanged();
}

QList<CacheRowModel::Row> ReportsModel::loadInitialRows() {
    QList<Row> rows;
    m_postIds.clear();
    m_userIds.clear();
    int open = 0;
    if (store() && !m_communityId.isEmpty()) {
        const QSqlDatabase db = store()->readConnection();
        open = ReportsQuery::openCount(db, m_communityId);
        ReportsQuery query;
        query.communityId = m_communityId;
        query.resolved = m_status == QLatin1StringView("resolved");
        const QList<ReportRow> reports = query.run(db);
        rows.reserve(reports.size());
        for (const ReportRow &r : reports) {
            m_postIds.insert(r.postId);
            m_userIds.insert(r.reporterId);
            m_userIds.insert(r.authorId);
            m_userIds.insert(r.resolvedBy);
            Row row;
            row.key = r.id;
            row.values = {r.id,
                          r.communityId,
                          r.reporterId,
                          r.reporterName,
                          r.targetType,
                          r.targetId,
                          r.postId,
                          r.reason,
                          r.status,
                          r.resolvedBy,
                          r.resolvedByName,
                          r.note,
                          QDateTime::fromMSecsSinceEpoch(r.createdAt),
                          r.resolvedAt > 0 ? QDateTime::fromMSecsSinceEpoch(r.resolvedAt)
                                           : QDateTime(),
                          r.authorId,
                          r.authorName,
                          r.text,
                          r.postTitle,
                          r.contentAvailable,
                          r.postAvailable,
                          r.decisionId,
                          !r.decisionId.isEmpty() && r.decisionState != QLatin1StringView("failed"),
                          r.decisionState == QLatin1StringView("failed"),
                          r.decisionError,
                          r.decisionAction,
                          r.decisionNote};
            rows.append(std::move(row));
        }
    }
    m_userIds.remove(QString());
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged();
    }
    return rows;
}

void ReportsModel::cacheChanged(const ChangeSet &changes) {
    if (m_communityId.isEmpty())
        return;
    // Reports themselves, the reported posts (feeds: a post changed or deleted) and comments
    // (threads), and the names shown.
    bool touched = changes.reports.contains(m_communityId) ||
                   changes.feeds.contains(m_communityId) ||
                   changes.purgedCommunities.contains(m_communityId) ||
                   changes.threads.intersects(m_postIds) || changes.users.intersects(m_userIds);
    if (touched)
        applyRows(loadInitialRows());
}

// A resolution sent, refused or discarded.
void ReportsModel::outboxUpdated() {
    applyRows(loadInitialRows());
}

QString ReportsModel::resolve(const QString &reportId, const QString &action, const QString &note) {
    if (!store() || m_communityId.isEmpty() || !protocol::ReportAction::all().contains(action))
        return {};
    bool ours = false;
    for (const Row &row : rows())
        ours = ours || row.key == reportId;
    if (!ours) {
        // Not among the rows shown (the resolved ones are): an open one of this community?
        const ReportsQuery open{m_communityId, false};
        for (const ReportRow &r : open.run(store()->readConnection()))
            ours = ours || r.id == reportId;
    }
    if (!ours)
        return {};
    protocol::ReportResolveArgs args;
    args.id = reportId;
    args.action = action;
    args.note = note.trimmed();
    return CacheActions(store()).send(args);
}

} // namespace hearth::models
