#pragma once
// Base of the list models over the cache: holds rows as (key, one value per role) and applies a
// fresh query result as the minimal set of row removals, moves, insertions and dataChanged, so a
// sync that touches one post updates one row and views keep their scroll position and delegates.

#include "cache/cachestore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class CacheRowModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    // The account's cache; the model is empty until it is set.
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    // Rows loaded so far.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    struct Row {
        QString key;         // unique id of the row
        qint64 order = 0;    // keyset position (models that page)
        QVariantList values; // index = role - (Qt::UserRole + 1)
    };

    explicit CacheRowModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void storeChanged();
    void countChanged();

protected:
    // Loads the model from scratch (store or filter changed). Called inside a model reset.
    virtual QList<Row> loadInitialRows() = 0;
    // Refreshes rows after a committed write; typically re-queries and calls applyRows().
    virtual void cacheChanged(const hearth::cache::ChangeSet &changes) = 0;
    // The outbox changed (a write queued, sent, refused, retried or discarded).
    virtual void outboxUpdated() {}

    // Rebuilds from loadInitialRows() with a model reset: only when what the model shows changes
    // (another store, another community), never for a sync.
    void reload();
    // Turns the current rows into `fresh` with the smallest signals it can.
    void applyRows(const QList<Row> &fresh);
    // Appends rows (fetchMore).
    void appendRows(const QList<Row> &rows);
    // Refreshes just the rows a write touched, for models that page: `keys` are the rows it may
    // have changed, `fresh` those of them the model shows now, in any order. Each is updated in
    // place, moved to where comesBefore() puts it, inserted or removed. A row that falls past the
    // last loaded row is left for fetchMore unless `loadedAll` (every row is loaded), so keyset
    // paging goes on without a gap. Costs one pass over the loaded keys plus a binary search per
    // touched row, however many rows are loaded.
    void refreshRows(const QSet<QString> &keys, QList<Row> fresh, bool loadedAll);
    // The model's order, for refreshRows(): true when `a` is shown before `b`.
    virtual bool comesBefore(const Row &a, const Row &b) const;
    const QList<Row> &rows() const { return m_rows; }
    bool containsKey(const QString &key) const;
    // True while the model is emitting a reset, insert, remove or move. fetchMore must not add
    // rows then: views and QAbstractItemModelTester call it from those very signals.
    bool isNotifying() const { return m_notifying > 0; }

private:
    void updateRow(int row, const Row &fresh);
    // Where `row` goes among the loaded rows, skipping the row at `skip` (-1: none).
    int insertionPoint(const Row &row, int skip) const;
    void insertRun(int at, QList<Row> run);

    QPointer<hearth::cache::CacheStore> m_store;
    QList<Row> m_rows;
    int m_notifying = 0;
};

} // namespace hearth::models
