#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace hearth::testing::TestDatabase {

namespace {

const QString adminConnection = QStringLiteral("hearthd-test-admin");

QUrl maintenanceUrl() {
    return QUrl(qEnvironmentVariable("HEARTH_TEST_POSTGRES"));
}

QSqlDatabase admin(QString *error) {
    if (QSqlDatabase::contains(adminConnection))
        return QSqlDatabase::database(adminConnection);
    const QUrl url = maintenanceUrl();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open() && error)
        *error = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                     .arg(url.toString(QUrl::RemovePassword), db.lastError().text());
    return db;
}

bool run(const QString &sql, QString *error) {
    QSqlDatabase db = admin(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool usePostgres() {
    return qEnvironmentVariable("HEARTHD_TEST_BACKEND") == QLatin1StringView("postgres");
}

bool available(QString *why) {
    return !usePostgres() || postgresAvailable(why);
}

bool postgresAvailable(QString *why) {
    // The words "PostgreSQL unavailable" are what ctest looks for (SKIP_REGULAR_EXPRESSION) to
    // report the run as skipped rather than passed.
    if (maintenanceUrl().isEmpty()) {
        *why = QStringLiteral("PostgreSQL unavailable: HEARTH_TEST_POSTGRES is not set (./dev test "
                              "starts PostgreSQL and sets it); skipping what needs PostgreSQL");
        return false;
    }
    QString error;
    if (admin(&error).isOpen())
        return true;
    *why = QStringLiteral("PostgreSQL unavailable: ") + error;
    return false;
}

QString uniqueName() {
    return QStringLiteral("hearthd_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QString createPostgres(const QString &name, QString *error) {
    dropPostgres(name);
    if (!run(QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return {};
    QUrl url = maintenanceUrl();
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void dropPostgres(const QString &name) {
    run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
}

} // namespace hearth::testing::TestDatabase
