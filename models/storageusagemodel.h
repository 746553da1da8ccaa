#pragma once
// The cache's size on disk and each community's share of it, for the offline storage settings and
// the "Keep offline" menu. Computed when asked (refresh()): it scans every cached row, too much to
// redo on each sync.
//
//   StorageUsageModel { id: storage; store: AppContext.store }
//   Component.onCompleted: storage.refresh()

#include "cacherowmodel.h"

namespace hearth::models {

class StorageUsageModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    // The cache file and its write-ahead log, in bytes (double: QML numbers). usageChanged is
    // emitted after every measurement, so bindings that call bytesOf() can depend on it.
    Q_PROPERTY(double fileBytes READ fileBytes NOTIFY usageChanged)

public:
    enum Role {
        CommunityIdRole = Qt::UserRole + 1, // QString
        NameRole,                           // QString
        BytesRole,                          // double: estimated share of the file on disk
        PostCountRole,                      // int: posts cached
        CommentCountRole,                   // int: comments cached
    };
    Q_ENUM(Role)

    explicit StorageUsageModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    double fileBytes() const { return double(m_fileBytes); }

    // Measures again (after a sync, a "keep offline" or clearing the cache).
    Q_INVOKABLE void refresh();
    // A community's estimated share in bytes, 0 when it has none cached.
    Q_INVOKABLE double bytesOf(const QString &communityId) const;

Q_SIGNALS:
    void usageChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    qint64 m_fileBytes = 0;
};

} // namespace hearth::models
