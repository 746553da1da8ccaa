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

bool CacheRowModel::comesBefore(const Row &a, const Row &b) const {
    // Newest first by `order`, then by key, as the keyset queries sort.
    return a.order != b.order ? a.order > b.order : a.key > b.key;
}

int CacheRowModel::insertionPoint(const Row &row, int skip) const {
    // The first loaded row (other than `skip`) that does not come before `row`.
    int low = 0;
    int high = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    while (low < high) {
        const int middle = low + (high - low) / 2;
        const int actual = skip >= 0 && middle >= skip ? middle + 1 : middle;
        if (comesBefore(m_rows.at(actual), row))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void CacheRowModel::insertRun(int at, QList<Row> run) {
    beginInsertRows({}, at, at + int(run.size()) - 1);
    m_rows.insert(at, run.size(), Row());
    for (qsizetype i = 0; i < run.size(); ++i)
        m_rows[at + i] = std::move(run[i]);
    endInsertRows();
}

void CacheRowModel::refreshRows(const QSet<QString> &keys, QList<Row> fresh, bool loadedAll) {
    if (keys.isEmpty())
        return;
    const int before = count();
    NotifyingScope notifying(m_notifying);
    QHash<QString, qsizetype> freshIndex;
    freshIndex.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).key, i);

    // 1. One pass over the loaded rows: which of them the write touched.
    QList<int> gone;    // loaded rows no longer shown, ascending
    QList<Row> touched; // loaded rows still shown, as they are now
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString &key = m_rows.at(i).key;
        if (!keys.contains(key))
            continue;
        if (freshIndex.contains(key))
            touched.append(m_rows.at(i));
        else
            gone.append(i);
    }

    // 2. Remove what is gone, in contiguous runs from the end.
    for (qsizetype i = gone.size() - 1; i >= 0;) {
        qsizetype first = i;
        while (first > 0 && gone.at(first - 1) == gone.at(first) - 1)
            --first;
        beginRemoveRows({}, gone.at(first), gone.at(i));
        m_rows.remove(gone.at(first), gone.at(i) - gone.at(first) + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 3. Insert the new ones that fall among the loaded rows, in runs (first, so that rows changed
    // in place report their final position).
    QSet<QString> touchedKeys;
    for (const Row &row : std::as_const(touched))
        touchedKeys.insert(row.key);
    QList<Row> added;
    for (auto it = freshIndex.cbegin(); it != freshIndex.cend(); ++it) {
        if (!touchedKeys.contains(it.key()))
            added.append(fresh.at(it.value()));
    }
    std::sort(added.begin(), added.end(),
              [this](const Row &a, const Row &b) { return comesBefore(a, b); });
    for (qsizetype i = 0; i < added.size();) {
        const int at = insertionPoint(added.at(i), -1);
        if (at == m_rows.size() && !loadedAll)
            break; // this one and the rest are past the last loaded row
        qsizetype end = i + 1;
        while (end < added.size() && insertionPoint(added.at(end), -1) == at)
            ++end;
        insertRun(at, added.mid(i, end - i));
        i = end;
    }

    // 4. Update or move each touched row. The loaded rows stay sorted throughout: rows not yet
    // handled still hold their old values, which is where a binary search finds them.
    for (const Row &old : std::as_const(touched)) {
        int at = insertionPoint(old, -1);
        if (at >= m_rows.size() || m_rows.at(at).key != old.key) {
            at = -1; // not where its order says (it cannot happen): find it the slow way
            for (int i = 0; i < m_rows.size() && at < 0; ++i)
                at = m_rows.at(i).key == old.key ? i : -1;
            if (at < 0)
                continue;
        }
        Row &want = fresh[freshIndex.value(old.key)];
        const int to = insertionPoint(want, at);
        const int last = int(m_rows.size()) - 1;
        // Moving to the end, or down while at the end, may jump over rows not loaded yet.
        if (!loadedAll && to == last && (at != last || comesBefore(old, want))) {
            beginRemoveRows({}, at, at);
            m_rows.remove(at);
            endRemoveRows();
        } else if (to == at) {
            updateRow(at, want);
        } else {
            beginMoveRows({}, at, at, {}, to > at ? to + 1 : to);
            m_rows.move(at, to);
            endMoveRows();
            updateRow(to, want);
        }
    }

    if (before != count())
        Q_EMIT countChanged();
}

} // namespace hearth::models
