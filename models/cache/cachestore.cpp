#include "cachestore.h"

#include "cacheinspection.h"
#include "cachelogging.h"
#include "cacherepair.h"
#include "cachewriter.h"
#include "outboxquery.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUuid>

namespace hearth::cache {

CacheStore::CacheStore(const QString &path)
    : m_path(path)
    , m_connectionPrefix(QStringLiteral("hearth-cache-read-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-')) {}

std::unique_ptr<CacheStore> CacheStore::open(const QString &path, QString *error) {
    CacheOpenReport report;
    auto store = open(path, report);
    if (!store && error)
        *error = report.message();
    return store;
}

std::unique_ptr<CacheStore> CacheStore::open(const QString &path, CacheOpenReport &report) {
    report = CacheOpenReport();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        report.outcome = CacheOpenReport::Outcome::Failed;
        report.problem = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    report.freeBytes = QStorageInfo(info.absolutePath()).bytesAvailable();
    const QString file = info.absoluteFilePath();
    CacheRepair::finishInterrupted(file);

    const CacheInspection look = CacheInspection::of(file);
    switch (look.state) {
    case CacheInspection::State::Newer:
        // An older app must never write into a schema it does not understand.
        report.outcome = CacheOpenReport::Outcome::RefusedNewer;
        report.problem = look.detail;
        qCWarning(lcCache).noquote()
            << "refusing" << file << "written by a newer Hearth:" << look.detail;
        return nullptr;
    case CacheInspection::State::Unreadable:
        report.outcome = CacheOpenReport::Outcome::Failed;
        report.problem = look.detail;
        return nullptr;
    case CacheInspection::State::Damaged:
        qCWarning(lcCache).noquote() << file << "is damaged:" << look.detail;
        if (!CacheRepair::replace(file, look.detail, &report))
            return nullptr;
        break;
    case CacheInspection::State::Missing:
    case CacheInspection::State::Healthy:
        break;
    }
    return started(file, report);
}

std::unique_ptr<CacheStore> CacheStore::rebuild(const QString &path, CacheOpenReport &report) {
    report = CacheOpenReport();
    const QFileInfo info(path);
    report.freeBytes = QStorageInfo(info.absolutePath()).bytesAvailable();
    const QString file = info.absoluteFilePath();
    if (QFile::exists(file) &&
        !CacheRepair::replace(file, QStringLiteral("set aside at the member's request"), &report))
        return nullptr;
    return started(file, report);
}

std::unique_ptr<CacheStore> CacheStore::started(const QString &file, CacheOpenReport &report) {
    QString error;
    auto store = start(file, &error);
    if (!store) {
        report.outcome = CacheOpenReport::Outcome::Failed;
        report.problem = error;
        return nullptr;
    }
    if (report.outcome == CacheOpenReport::Outcome::Rebuilt) {
        // The carried-over writes show at once, as pending, before anything else is written.
        CacheWriter *writer = store->m_writer;
        QMetaObject::invokeMethod(
            writer, [writer] { writer->restoreOutboxEffects(); }, Qt::QueuedConnection);
    }
    return store;
}

std::unique_ptr<CacheStore> CacheStore::start(const QString &file, QString *error) {
    qRegisterMetaType<hearth::cache::ChangeSet>();
    QString &message = *error;
    std::unique_ptr<CacheStore> store(new CacheStore(file));
    store->m_thread = new QThread(store.get());
    store->m_thread->setObjectName(QStringLiteral("hearth-cache-writer"));
    store->m_writer = new CacheWriter;
    store->m_writer->moveToThread(store->m_thread);
    store->m_thread->start();

    bool opened = false;
    CacheWriter *writer = store->m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, file, &opened, &message] { opened = writer->open(file, &message); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        qCWarning(lcCache) << message;
        return nullptr; // the destructor stops the thread
    }

    CacheStore *self = store.get();
    connect(writer, &CacheWriter::committed, self, &CacheStore::changed);
    connect(writer, &CacheWriter::outboxChanged, self, &CacheStore::outboxChanged);
    connect(writer, &CacheWriter::syncError, self, &CacheStore::syncError);
    connect(writer, &CacheWriter::pageApplied, self, &CacheStore::pageApplied);
    connect(writer, &CacheWriter::mutationsSettled, self, &CacheStore::mutationsSettled);
    connect(writer, &CacheWriter::mutationSettled, self, &CacheStore::mutationSettled);
    connect(writer, &CacheWriter::resetDone, self, &CacheStore::resetDone);
    connect(writer, &CacheWriter::writeFailed, self, &CacheStore::writeFailed);
    connect(writer, &CacheWriter::historyPageApplied, self, &CacheStore::historyPageApplied);
    connect(writer, &CacheWriter::historyError, self, &CacheStore::historyError);
    connect(writer, &CacheWriter::auditError, self, &CacheStore::auditError);
    connect(writer, &CacheWriter::engagementError, self, &CacheStore::engagementError);
    connect(writer, &CacheWriter::keepOfflineChanged, self, &CacheStore::keepOfflineChanged);
    connect(writer, &CacheWriter::damageFound, self, &CacheStore::damageFound);
    store->m_localUserId = store->stateValue(QStringLiteral("user_id"));
    qCInfo(lcCache) << "opened" << file;
    return store;
}

CacheStore::~CacheStore() {
    if (m_writer) {
        CacheWriter *writer = m_writer;
        // Queued writes ahead of this are applied first: nothing the member wrote is dropped.
        QMetaObject::invokeMethod(
            writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    delete m_writer;
    QMutexLocker lock(&m_readMutex);
    for (const QString &name : std::as_const(m_readConnections))
        QSqlDatabase::removeDatabase(name);
    m_readConnections.clear();
}

QSqlDatabase CacheStore::readConnection() const {
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_readMutex);
    const auto it = m_readConnections.constFind(thread);
    if (it != m_readConnections.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name = m_connectionPrefix + QString::number(quintptr(thread), 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qCWarning(lcCache) << "cannot open a read connection:" << db.lastError().text();
    else
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = 1"));
    m_readConnections.insert(thread, name);
    if (thread != this->thread()) {
        // The connection belongs to that thread: drop it when the thread ends.
        connect(
            thread, &QThread::finished, this,
            [this, thread] {
                QMutexLocker lock(&m_readMutex);
                const QString name = m_readConnections.take(thread);
                if (!name.isEmpty())
                    QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

void CacheStore::applySyncPage(const QByteArray &pageJson) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, pageJson] { writer->applySyncPage(pageJson); }, Qt::QueuedConnection);
}

QString CacheStore::enqueueMutation(const QString &name, const QJsonObject &args) {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, id, name, args, now] { writer->enqueueMutation(id, name, args, now); },
        Qt::QueuedConnection);
    return id;
}

void CacheStore::settleMutations(const QByteArray &responseJson) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, responseJson] { writer->settleMutations(responseJson); },
        Qt::QueuedConnection);
}

void CacheStore::resetForResync() {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer] { writer->resetForResync(); }, Qt::QueuedConnection);
}

void CacheStore::retryMutation(const QString &mutationId) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, mutationId] { writer->retryMutation(mutationId); }, Qt::QueuedConnection);
}

void CacheStore::discardMutation(const QString &mutationId) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, mutationId] { writer->discardMutation(mutationId); },
        Qt::QueuedConnection);
}

// The new outbox entry's id is made here, so the caller has it at once.
QString CacheStore::reviseMutation(const QString &mutationId, const QString &title,
                                   const QString &body) {
    return queueWithNewId([=](CacheWriter *writer, const QString &newId, qint64 now) {
        writer->reviseMutation(mutationId, newId, title, body, now);
    });
}

QString CacheStore::resolveConflict(const QString &mutationId, const QString &title,
                                    const QString &body) {
    return queueWithNewId([=](CacheWriter *writer, const QString &newId, qint64 now) {
        writer->resolveConflict(mutationId, newId, title, body, now);
    });
}

QString CacheStore::queueWithNewId(
    const std::function<void(CacheWriter *, const QString &, qint64)> &write) {
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, write, newId, now] { write(writer, newId, now); }, Qt::QueuedConnection);
    return newId;
}

void CacheStore::acceptServerVersion(const QString &mutationId) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, mutationId] { writer->acceptServerVersion(mutationId); },
        Qt::QueuedConnection);
}

void CacheStore::setLocalUser(const QString &userId, const QString &displayName) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, userId, displayName] { writer->setLocalUser(userId, displayName); },
        Qt::QueuedConnection);
    if (m_localUserId != userId) {
        m_localUserId = userId;
        Q_EMIT localUserChanged();
    }
}

void CacheStore::markCommunityRead(const QString &communityId) {
    CacheWriter *writer = m_writer;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        writer, [writer, communityId, now] { writer->markCommunityRead(communityId, now); },
        Qt::QueuedConnection);
}

void CacheStore::applyHistoryPage(const QString &communityId, const QByteArray &pageJson,
                                  std::optional<HistoryWatermark> watermark) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer,
        [writer, communityId, pageJson, watermark] {
            writer->applyHistoryPage(communityId, pageJson, watermark);
        },
        Qt::QueuedConnection);
}

HistoryWatermark CacheStore::historyWatermark() const {
    return {stateValue(QStringLiteral("epoch")).toLongLong(),
            stateValue(QStringLiteral("applied_seq")).toLongLong()};
}

void CacheStore::setKeepOffline(const QString &communityId, bool keep) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, communityId, keep] { writer->setKeepOffline(communityId, keep); },
        Qt::QueuedConnection);
}

void CacheStore::requestOlderHistory(const QString &communityId) {
    if (communityId.isEmpty() || historyState(communityId).complete)
        return;
    Q_EMIT olderHistoryRequested(communityId);
}

void CacheStore::requestAudit(const QString &communityId) {
    if (!communityId.isEmpty())
        Q_EMIT auditRequested(communityId);
}

void CacheStore::applyAuditPage(const QString &communityId, const QByteArray &pageJson,
                                qint64 fetchedAt) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer,
        [writer, communityId, pageJson, fetchedAt] {
            writer->applyAuditPage(communityId, pageJson, fetchedAt);
        },
        Qt::QueuedConnection);
}

void CacheStore::reportAuditError(const QString &communityId, const QString &message) {
    Q_EMIT auditError(communityId, message);
}

void CacheStore::requestEngagement(const QString &communityId) {
    if (!communityId.isEmpty())
        Q_EMIT engagementRequested(communityId);
}

void CacheStore::applyEngagementReport(const QString &communityId, const QByteArray &reportJson,
                                       qint64 fetchedAt) {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer,
        [writer, communityId, reportJson, fetchedAt] {
            writer->applyEngagementReport(communityId, reportJson, fetchedAt);
        },
        Qt::QueuedConnection);
}

void CacheStore::reportEngagementError(const QString &communityId, const QString &message) {
    Q_EMIT engagementError(communityId, message);
}

CacheStore::HistoryState CacheStore::historyState(const QString &communityId) const {
    HistoryState state;
    QSqlQuery q(readConnection());
    q.prepare(QStringLiteral("SELECT history_complete, history_cursor, keep_offline"
                             " FROM community_state WHERE community_id = ?"));
    q.addBindValue(communityId);
    if (q.exec() && q.next()) {
        state.complete = q.value(0).toBool();
        state.before = q.value(1).toString();
        state.keepOffline = q.value(2).toBool();
    }
    return state;
}

QString CacheStore::historyBefore(const QString &communityId) const {
    const HistoryState state = historyState(communityId);
    if (!state.before.isEmpty())
        return state.before;
    // A post still waiting in the outbox is unknown to the server: never a position.
    QSqlQuery q(readConnection());
    q.prepare(QStringLiteral("SELECT p.id FROM posts p WHERE p.community_id = ?"
                             " AND NOT EXISTS(SELECT 1 FROM outbox o WHERE o.target_id = p.id"
                             "  AND o.name = 'post.create')"
                             " ORDER BY p.created_at, p.id LIMIT 1"));
    q.addBindValue(communityId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QStringList CacheStore::keepOfflineCommunities() const {
    QStringList ids;
    QSqlQuery q(readConnection());
    if (!q.exec(QStringLiteral("SELECT s.community_id FROM community_state s"
                               " JOIN communities c ON c.id = s.community_id"
                               " WHERE s.keep_offline = 1 ORDER BY s.community_id")))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

void CacheStore::waitForWrites() {
    CacheWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [] {}, Qt::BlockingQueuedConnection);
    // Deliver the writer's queued signals now, so callers see their effects on return.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

QString CacheStore::stateValue(const QString &key) const {
    QSqlQuery q(readConnection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString CacheStore::cursor() const {
    return stateValue(QStringLiteral("cursor"));
}

QString CacheStore::clientId() const {
    return stateValue(QStringLiteral("client_id"));
}

QString CacheStore::localUserId() const {
    return m_localUserId;
}

QList<OutboxEntry> CacheStore::outboxEntries(const QString &state, int limit) const {
    OutboxQuery query;
    query.state = state;
    query.limit = limit;
    return query.run(readConnection());
}

QList<OutboxEntry> CacheStore::pendingMutations(int limit) const {
    return outboxEntries(QStringLiteral("pending"), limit);
}

QList<OutboxEntry> CacheStore::failedMutations() const {
    return outboxEntries(QStringLiteral("failed"), 1000);
}

int CacheStore::unsentCount() const {
    return OutboxQuery::count(readConnection(), QStringLiteral("pending"));
}

int CacheStore::failedCount() const {
    return OutboxQuery::count(readConnection(), QStringLiteral("failed"));
}

QList<SearchHit> CacheStore::search(const QString &text, int limit) const {
    SearchQuery query;
    query.text = text;
    query.limit = limit;
    return query.run(readConnection());
}

} // namespace hearth::cache
