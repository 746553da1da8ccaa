#include "storageusagemodel.h"

#include "cache/storageusagequery.h"

namespace hearth::models {

using hearth::cache::ChangeSet;

StorageUsageModel::StorageUsageModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> StorageUsageModel::roleNames() const {
    return {{CommunityIdRole, "communityId"},
            {NameRole, "name"},
            {BytesRole, "bytes"},
            {PostCountRole, "postCount"},
            {CommentCountRole, "commentCount"}};
}

QList<CacheRowModel::Row> StorageUsageModel::loadInitialRows() {
    QList<Row> rows;
    qint64 fileBytes = 0;
    if (store()) {
        hearth::cache::StorageUsageQuery query;
        query.path = store()->path();
        const hearth::cache::StorageUsage usage = query.run(store()->readConnection());
        fileBytes = usage.fileBytes;
        for (const auto &c : usage.communities) {
            Row row;
            row.key = c.communityId;
            row.values = {c.communityId, c.name, double(c.bytes), c.posts, c.comments};
            rows.append(std::move(row));
        }
    }
    m_fileBytes = fileBytes;
    // Every measurement is news: bindings over bytesOf() re-read it.
    Q_EMIT usageChanged();
    return rows;
}

// Sizes change with every sync; measuring is a full scan, so it waits for refresh().
void StorageUsageModel::cacheChanged(const ChangeSet &changes) {
    if (!changes.purgedCommunities.isEmpty())
        refresh();
}

void StorageUsageModel::refresh() {
    applyRows(loadInitialRows());
}

double StorageUsageModel::bytesOf(const QString &communityId) const {
    for (const Row &row : rows()) {
        if (row.key == communityId)
            return row.values.at(BytesRole - (Qt::UserRole + 1)).toDouble();
    }
    return 0;
}

} // namespace hearth::models
