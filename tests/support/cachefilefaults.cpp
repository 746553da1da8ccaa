#include "cachefilefaults.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace hearth::testing::CacheFileFaults {

namespace {

// Runs `work` on a connection of its own to `path`, removed afterwards.
void withDatabase(const QString &path, const std::function<void(QSqlDatabase &)> &work) {
    const QString name = QStringLiteral("cache-faults-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            work(db);
        else
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

QList<int> pages(const QString &path, const QString &table, bool leavesOnly) {
    QList<int> out;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ?%1 ORDER BY pageno")
                      .arg(leavesOnly ? QStringLiteral(" AND pagetype = 'leaf'") : QString()));
        q.addBindValue(table);
        if (!q.exec())
            qWarning("dbstat: %s", qPrintable(q.lastError().text()));
        while (q.next())
            out.append(q.value(0).toInt());
    });
    return out;
}

} // namespace

int pageSize(const QString &path) {
    int size = 0;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            size = q.value(0).toInt();
    });
    return size;
}

QList<int> pagesOf(const QString &path, const QString &table) {
    return pages(path, table, false);
}

QList<int> leafPagesOf(const QString &path, const QString &table) {
    return pages(path, table, true);
}

bool scribble(const QString &path, int page) {
    const int size = pageSize(path);
    QFile file(path);
    if (size <= 0 || page < 1 || !file.open(QIODevice::ReadWrite))
        return false;
    QByteArray garbage(size, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(QRandomGenerator::global()->bounded(256));
    return file.seek(qint64(page - 1) * size) && file.write(garbage) == size;
}

bool truncateToPages(const QString &path, int pages) {
    const int size = pageSize(path);
    return size > 0 && QFile::resize(path, qint64(pages) * size);
}

bool setUserVersion(const QString &path, int version) {
    bool ok = false;
    withDatabase(path, [&](QSqlDatabase &db) {
        ok = QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    });
    return ok;
}

QString quickCheck(const QString &path) {
    QString result;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
            result = q.value(0).toString();
        else
            result = q.lastError().text();
    });
    return result;
}

} // namespace hearth::testing::CacheFileFaults
