#include "cacherowmodel.h"

#include <QSet>

namespace hearth::models {

namespace {
// Marks the model as notifying for a scope (see isNotifying()).
struct NotifyingScope {
    explicit NotifyingScope(int &depth)
        : m_depth(depth) {
        ++m_depth;
    }
    ~NotifyingScope() { --m_depth; }
    int &m_depth;
};
} // namespace

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;

CacheRowModel::CacheRowModel(QObject *parent)
    : QAbstractListModel(parent) {}

int CacheRowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CacheRowModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - (Qt::UserRole + 1);
    const QVariantList &values = m_rows.at(index.row()).values;
    if (column < 0 || column >= values.size())
        return {};
    return values.at(column);
}

void CacheRowModel::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &CacheStore::changed, this, [this](const ChangeSet &changes) {
            if (changes.reset)
                applyRows(loadInitialRows());
            else
                cacheChanged(changes);
        });
        connect(m_store, &CacheStore::outboxChanged, this, [this] { outboxUpdated(); });
        connect(m_store, &CacheStore::localUserChanged, this,
                [this] { applyRows(loadInitialRows()); });
    }
    reload();
    Q_EMIT storeChanged();
}

void CacheRowModel::reload() {
    const int before = count();
    NotifyingScope notifying(m_notifying);
    beginResetModel();
    m_rows = m_store ? loadInitialRows() : QList<Row>();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

bool CacheRowModel::containsKey(const QString &key) const {
    for (const Row &row : m_rows) {
        if (row.key == key)
            return true;
    }
    return false;
}

void CacheRowModel::updateRow(int row, const Row &fresh) {
    Row &current = m_rows[row];
    QList<int> roles;
    for (qsizetype i = 0; i < fresh.values.size(); ++i) {
        if (i >= current.values.size() || current.values.at(i) != fresh.values.at(i))
            roles.append(Qt::UserRole + 1 + int(i));
    }
    current.order = fresh.order;
    if (roles.isEmpty())
        return;
    current.values = fresh.values;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, roles);
}

void CacheRowModel::applyRows(const QList<Row> &fresh) {
    const int before = count();
    NotifyingScope notifying(m_notifying);
    QSet<QString> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const Row &row : fresh)
        freshKeys.insert(row.key);

    // 1. Remove rows that are gone, in contiguous runs from the end.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshKeys.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshKeys.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Walk the fresh order: keep, move up, or insert runs of new rows.
    QSet<QString> present;
    for (const Row &row : std::as_const(m_rows))
        present.insert(row.key);
    for (int i = 0; i < fresh.size();) {
        const Row &want = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).key == want.key) {
            updateRow(i, want);
            ++i;
            continue;
        }
        if (present.contains(want.key)) {
            int from = i + 1;
            while (m_rows.at(from).key != want.key)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            updateRow(i, want);
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < fresh.size() && !present.contains(fresh.at(last + 1).key))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k)
            m_rows.insert(k, fresh.at(k));
        endInsertRows();
        i = last + 1;
    }
    if (before != count())
        Q_EMIT countChanged();
}

void CacheRowModel::appendRows(const QList<Row> &rows) {
    if (rows.isEmpty())
        return;
    const int first = count();
    NotifyingScope notifying(m_notifying);
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace hearth::models
