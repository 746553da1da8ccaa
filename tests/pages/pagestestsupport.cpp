#include "pagestestsupport.h"

#include <QDir>
#include <QFile>
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
    q.exec(QStringLiteral("SELECT name, args, state FROM outbox ORDER BY seq"));
    while (q.next())
        rows.append(QVariantMap{
            {QStringLiteral("name"), q.value(0).toString()},
            {QStringLiteral("args"),
             QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().toVariantMap()},
            {QStringLiteral("state"), q.value(2).toString()}});
    return rows;
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
