#include "pagestestsupport.h"

#include "protocol/entities.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

namespace hearth::testing {

PagesTestSupport::PagesTestSupport(cache::CacheStore *store, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(folder) {}

QVariantList PagesTestSupport::outbox() const {
    QVariantList rows;
    QSqlQuery q(m_store->readConnection());
    q.exec(QStringLiteral("SELECT name, args, state, id, error_message FROM outbox ORDER BY seq"));
    while (q.next())
        rows.append(QVariantMap{
            {QStringLiteral("name"), q.value(0).toString()},
            {QStringLiteral("args"),
             QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().toVariantMap()},
            {QStringLiteral("state"), q.value(2).toString()},
            {QStringLiteral("id"), q.value(3).toString()},
            {QStringLiteral("errorMessage"), q.value(4).toString()}});
    return rows;
}

namespace {
void settle(cache::CacheStore *store, const protocol::MutationResult &result) {
    protocol::MutationResponse response;
    response.results.append(result);
    store->settleMutations(QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
    store->waitForWrites();
}
} // namespace

void PagesTestSupport::refuse(const QString &mutationId, const QString &code,
                              const QString &message) {
    protocol::MutationResult result;
    result.id = mutationId;
    result.status = QString::fromLatin1(protocol::MutationStatus::Rejected);
    result.errorCode = code;
    result.errorMessage = message;
    settle(m_store, result);
}

void PagesTestSupport::apply(const QString &mutationId, const QVariantMap &result) {
    protocol::MutationResult answer;
    answer.id = mutationId;
    answer.status = QString::fromLatin1(protocol::MutationStatus::Applied);
    answer.result = QJsonObject::fromVariantMap(result);
    settle(m_store, answer);
}

void PagesTestSupport::syncCommunity(const QVariantMap &community) {
    QString error;
    const auto row = protocol::Community::fromJson(QJsonObject::fromVariantMap(community), &error);
    if (!row) {
        qWarning() << "syncCommunity: not a community:" << error;
        return;
    }
    protocol::Change change;
    change.seq = ++m_seq;
    change.type = QString::fromLatin1(protocol::ChangeType::Community);
    change.op = QString::fromLatin1(protocol::ChangeOp::Upsert);
    change.id = row->id;
    change.community = row->id;
    change.data = row->toJson();
    protocol::SyncPage page;
    page.changes.append(change);
    page.cursor = QStringLiteral("pages-%1").arg(m_seq);
    m_store->applySyncPage(page.toJson());
    m_store->waitForWrites();
}

void PagesTestSupport::fetchedAudit(const QString &communityId, const QVariantList &entries,
                                    double fetchedAt) {
    const QJsonObject page{{QStringLiteral("entries"), QJsonArray::fromVariantList(entries)}};
    m_store->applyAuditPage(communityId, QJsonDocument(page).toJson(QJsonDocument::Compact),
                            qint64(fetchedAt));
    m_store->waitForWrites();
}

void PagesTestSupport::fetchedEngagement(const QString &communityId, const QVariantMap &report,
                                         double fetchedAt) {
    m_store->applyEngagementReport(
        communityId,
        QJsonDocument(QJsonObject::fromVariantMap(report)).toJson(QJsonDocument::Compact),
        qint64(fetchedAt));
    m_store->waitForWrites();
}

void PagesTestSupport::discardOutbox() {
    m_store->waitForWrites();
    QStringList ids;
    QSqlQuery q(m_store->readConnection());
    q.exec(QStringLiteral("SELECT id FROM outbox ORDER BY seq DESC"));
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : std::as_const(ids))
        m_store->discardMutation(id);
    m_store->waitForWrites();
}

void PagesTestSupport::waitForWrites() {
    m_store->waitForWrites();
}

QString PagesTestSupport::readFile(const QUrl &url) const {
    QFile file(url.toLocalFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QUrl PagesTestSupport::fileUrl(const QString &name) const {
    return QUrl::fromLocalFile(QDir(m_folder).filePath(name));
}

} // namespace hearth::testing
