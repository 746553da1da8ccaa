// An operator restores an older backup under running clients: a cursor from the lost history is
// answered "resync" however far the restored log has grown since, on SQLite (a copy made with
// VACUUM INTO while hearthd serves) and on PostgreSQL (pg_dump while serving, pg_restore).

#include "hearthdprocess.h"
#include "httpclient.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hearth::testing;

namespace {

QString newId() {
    return HttpClient::newId();
}

QByteArray one(const QString &name, const QJsonObject &args) {
    return HttpClient::oneMutation(QStringLiteral("restore"), name, args);
}

// The PostgreSQL database a data folder's hearthd uses (HearthdProcess::storageArgs).
QString databaseUrlOf(const QString &dataDir) {
    const QStringList args = HearthdProcess::storageArgs(dataDir);
    const qsizetype i = args.indexOf(QStringLiteral("--database"));
    return i >= 0 ? args.value(i + 1) : QString();
}

QString postgresTool(const QString &name) {
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        if (!versions.isEmpty())
            found = QStandardPaths::findExecutable(
                name, {QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last())});
    }
    return found;
}

bool runTool(const QString &program, const QStringList &args, QString *error) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                 QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace

class TestHearthdRestore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_backups;

    // A backup taken while `server` serves, the way docs/api.md tells operators to.
    bool backUp(const HearthdProcess &server, const QString &file, QString *error) {
        if (TestDatabase::usePostgres()) {
            const QString pgDump = postgresTool(QStringLiteral("pg_dump"));
            if (pgDump.isEmpty()) {
                *error = QStringLiteral("pg_dump not found");
                return false;
            }
            return runTool(pgDump,
                           {QStringLiteral("--format=custom"), QStringLiteral("--file=") + file,
                            QStringLiteral("--dbname=") + databaseUrlOf(server.dataDir())},
                           error);
        }
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(server.dataDir() + QStringLiteral("/hearthd.db"));
            QSqlQuery q(db);
            ok = db.open() && q.prepare(QStringLiteral("VACUUM INTO ?"));
            if (ok) {
                q.addBindValue(file);
                ok = q.exec();
            }
            if (!ok)
                *error = q.lastError().text() + db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        return ok;
    }

    // With hearthd stopped: the database becomes the backup again.
    bool restore(const HearthdProcess &server, const QString &file, QString *error) {
        if (TestDatabase::usePostgres()) {
            const QString url = databaseUrlOf(server.dataDir());
            const QString name = QUrl(url).path().mid(1);
            if (TestDatabase::createPostgres(name, error).isEmpty()) // drops it, makes it anew
                return false;
            return runTool(postgresTool(QStringLiteral("pg_restore")),
                           {QStringLiteral("--no-owner"), QStringLiteral("--dbname=") + url, file},
                           error);
        }
        const QString db = server.dataDir() + QStringLiteral("/hearthd.db");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        if (!QFile::copy(file, db)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(file, db);
            return false;
        }
        return true;
    }

    static qint64 head(HttpClient &http) {
        static const QRegularExpression line(QStringLiteral("\\nhearthd_change_log_head (\\d+)"));
        const auto match = line.match(QString::fromUtf8(http.get(QStringLiteral("/metrics")).body));
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

    static bool post(HttpClient &http, const QString &token, const QString &communityId,
                     const QString &id, const QString &body) {
        const auto r = http.post(
            QStringLiteral("/v1/mutations"),
            one(QStringLiteral("post.create"), {{QStringLiteral("id"), id},
                                                {QStringLiteral("communityId"), communityId},
                                                {QStringLiteral("body"), body}}),
            token);
        return r.json()[QStringLiteral("results")][0][QStringLiteral("status")].toString() ==
               QStringLiteral("applied");
    }

    // Pulls everything from `cursor`; the status of the first refused page, or 200.
    static int pullAll(HttpClient &http, const QString &token, QString *cursor,
                       QByteArray *body = nullptr) {
        for (int guard = 0; guard < 1000; ++guard) {
            const auto r = http.get(QStringLiteral("/v1/sync?cursor=") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(*cursor)),
                                    token);
            if (r.status != 200)
                return r.status;
            if (body)
                *body += r.body;
            *cursor = r.json().value(QStringLiteral("cursor")).toString();
            if (!r.json().value(QStringLiteral("hasMore")).toBool())
                return 200;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!TestDatabase::available(&why))
            QSKIP(qPrintable(why));
        if (TestDatabase::usePostgres() && (postgresTool(QStringLiteral("pg_dump")).isEmpty() ||
                                            postgresTool(QStringLiteral("pg_restore")).isEmpty()))
            QSKIP("pg_dump and pg_restore are not installed");
        QVERIFY(m_backups.isValid());
    }

    void aCursorFromBeforeARestoreAsksForAResync() {
        HearthdProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        HttpClient http(server.url());
        const QString ada = http.registerUser(QStringLiteral("ada"), QStringLiteral("password-a"));
        const QString community = newId();
        QCOMPARE(http.post(QStringLiteral("/v1/mutations"),
                           one(QStringLiteral("community.create"),
                               {{QStringLiteral("id"), community},
                                {QStringLiteral("slug"), QStringLiteral("potters")},
                                {QStringLiteral("name"), QStringLiteral("Potters")}}),
                           ada)
                     .status,
                 200);
        const QString kept = newId();
        QVERIFY(post(http, ada, community, kept, QStringLiteral("in the backup")));

        const QString backup = m_backups.filePath(QStringLiteral("hearthd-backup"));
        QVERIFY2(backUp(server, backup, &error), qPrintable(error));
        const qint64 backedUpHead = head(http);

        // After the backup: a post, and the deletion of the one before. A client syncs them.
        const QString lost = newId();
        QVERIFY(post(http, ada, community, lost, QStringLiteral("LOST-WITH-THE-RESTORE")));
        QCOMPARE(http.post(QStringLiteral("/v1/mutations"),
                           one(QStringLiteral("post.delete"), {{QStringLiteral("id"), kept}}), ada)
                     .status,
                 200);
        QString cursor;
        QCOMPARE(pullAll(http, ada, &cursor), 200);
        const qint64 clientHead = head(http);
        QVERIFY(clientHead > backedUpHead);

        server.stop();
        QVERIFY2(restore(server, backup, &error), qPrintable(error));
        QVERIFY2(server.start({}, &error), qPrintable(error));
        HttpClient restored(server.url());
        QCOMPARE(head(restored), backedUpHead);
        QString stale = cursor;
        QCOMPARE(pullAll(restored, ada, &stale), 410); // behind the cursor: known before

        // The restored server lives on, and its log grows past the client's cursor.
        while (head(restored) <= clientHead + 1)
            QVERIFY(post(restored, ada, community, newId(), QStringLiteral("after the restore")));
        stale = cursor;
        const auto answer = restored.get(QStringLiteral("/v1/sync?cursor=") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(stale)),
                                         ada);
        QCOMPARE(answer.status, 410);
        QCOMPARE(answer.errorCode(), QStringLiteral("resync_required"));

        // Starting again from nothing gives the restored server's state.
        QString fresh;
        QByteArray all;
        QCOMPARE(pullAll(restored, ada, &fresh, &all), 200);
        QVERIFY(all.contains("in the backup"));
        QVERIFY(!all.contains("LOST-WITH-THE-RESTORE"));
        QString again = fresh;
        QCOMPARE(pullAll(restored, ada, &again), 200); // and its cursors work
    }
};

QTEST_GUILESS_MAIN(TestHearthdRestore)
#include "tst_hearthd_restore.moc"
