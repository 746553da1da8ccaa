// A client killed with SIGKILL at random moments (while writing, pushing or pulling) loses
// nothing it had saved and doubles nothing: after many kills and a final drain, every post the
// client reported saved is on the server exactly once, nothing failed, and cache == server.
// Some kills must land in the dangerous window, after hearthd applied a batch and before the
// client settled it: hearthd counts the resent mutations it answers from their receipts
// (hearthd_mutation_replays_total on /metrics), and the test keeps killing until it saw some.

#include "apicall.h"
#include "dataview.h"
#include "hearthdprocess.h"

#include "cache/cachestore.h"
#include "net/apiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hearth::net::ApiClient;
using hearth::net::ApiResult;
using hearth::testing::call;
using hearth::testing::DataView;
using hearth::testing::HearthdProcess;

class TestKilledClient : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString writerBinary() {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/hearth_test_writer");
    }

    // hearthd_mutation_replays_total from the server's /metrics; -1 when it cannot be read.
    static qint64 replaysAt(const QUrl &server) {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(server.resolved(QUrl("/metrics"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        static const QRegularExpression line(
            QStringLiteral("^hearthd_mutation_replays_total (\\d+)$"),
            QRegularExpression::MultilineOption);
        const auto match = line.match(QString::fromUtf8(reply->readAll()));
        reply->deleteLater();
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set: hearthd is not built in this tree");
        QVERIFY(QFile::exists(writerBinary()));
    }

    void killedAtAnyMomentLosesAndDoublesNothing() {
        HearthdProcess server(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const hearth::protocol::AuthRequest request{
            QStringLiteral("crash"), QStringLiteral("correct horse battery"), {}};
        const ApiResult reg = call(
            [&](ApiClient &api, QObject *ctx, auto cb) { api.registerAccount(request, ctx, cb); },
            server.url());
        const auto auth = hearth::protocol::AuthResponse::fromJson(
            QJsonDocument::fromJson(reg.body).object(), &error);
        QVERIFY2(auth, qPrintable(error));
        const QString community = QUuid::createUuid().toString(QUuid::WithoutBraces);
        hearth::protocol::MutationBatch batch;
        batch.clientId = QStringLiteral("setup");
        batch.mutations.append({QStringLiteral("m0"),
                                QStringLiteral("community.create"),
                                {{QStringLiteral("id"), community},
                                 {QStringLiteral("slug"), QStringLiteral("crash-lab")},
                                 {QStringLiteral("name"), QStringLiteral("Crash lab")},
                                 {QStringLiteral("tagline"), QString()},
                                 {QStringLiteral("description"), QString()},
                                 {QStringLiteral("visibility"), QStringLiteral("public")}}});
        QVERIFY(
            call([&](ApiClient &api, QObject *ctx, auto cb) { api.sendMutations(batch, ctx, cb); },
                 server.url(), auth->token)
                .ok());

        const QString cache = m_dir.filePath(QStringLiteral("client.sqlite"));
        const QStringList common{QStringLiteral("--cache"),     cache,
                                 QStringLiteral("--server"),    server.url().toString(),
                                 QStringLiteral("--token"),     auth->token,
                                 QStringLiteral("--user"),      auth->userId,
                                 QStringLiteral("--community"), community};
        QSet<QString> saved;
        // At least 25 kills; more (up to 100) until some landed between apply and settle.
        const int minRounds = 25;
        const int maxRounds = 100;
        int rounds = 0;
        for (; rounds < maxRounds; ++rounds) {
            if (rounds >= minRounds && replaysAt(server.url()) > 0)
                break;
            const int round = rounds;
            QProcess writer;
            writer.start(writerBinary(),
                         common + QStringList{QStringLiteral("--write"),
                                              QStringLiteral("r%1").arg(round),
                                              QStringLiteral("--count"), QStringLiteral("40")});
            QVERIFY(writer.waitForStarted(5000));
            // Anywhere from before the cache is open to well into sending and pulling.
            QTest::qWait(int(QRandomGenerator::global()->bounded(20, 400)));
            // In --write mode the writer never ends by itself: if it did, say why (its stderr
            // carries the error, e.g. a sanitizer's report).
            QVERIFY2(writer.state() != QProcess::NotRunning,
                     qPrintable(QStringLiteral("the writer ended before the kill (exit %1): %2")
                                    .arg(writer.exitCode())
                                    .arg(QString::fromUtf8(writer.readAllStandardError()))));
            writer.kill();
            QVERIFY(writer.waitForFinished(5000));
            const QStringList lines =
                QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1StringView("saved ")))
                    saved.insert(line.mid(6));
            }
        }
        QVERIFY2(saved.size() > rounds, "the writer should have saved posts before being killed");
        const qint64 replays = replaysAt(server.url());
        QVERIFY2(replays > 0,
                 qPrintable(QStringLiteral("no kill in %1 landed after hearthd applied a batch and "
                                           "before the client settled it (replays: %2)")
                                .arg(rounds)
                                .arg(replays)));

        QProcess drain;
        drain.start(writerBinary(), common + QStringList{QStringLiteral("--drain")});
        QVERIFY(drain.waitForFinished(60000));
        QCOMPARE(drain.exitCode(), 0);
        QVERIFY(QString::fromUtf8(drain.readAllStandardOutput())
                    .contains(QLatin1StringView("idle failed=0")));

        const DataView onServer = DataView::fromServer(server.url(), auth->token, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, int> copies;
        for (const QString &title : onServer.posts)
            ++copies[title];
        for (const QString &title : std::as_const(saved)) {
            QVERIFY2(copies.value(title) == 1,
                     qPrintable(QStringLiteral("%1 is on the server %2 times")
                                    .arg(title)
                                    .arg(copies.value(title))));
        }
        for (auto it = copies.cbegin(); it != copies.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" doubled")));

        QString openError;
        auto store = hearth::cache::CacheStore::open(cache, &openError);
        QVERIFY2(store, qPrintable(openError));
        QCOMPARE(store->unsentCount(), 0);
        QCOMPARE(DataView::fromCache(*store).posts, onServer.posts);
        qInfo() << saved.size() << "posts saved across" << rounds << "kills;"
                << onServer.posts.size() << "on the server;" << replays
                << "mutations resent after a kill and answered from their receipts";
    }
};

QTEST_GUILESS_MAIN(TestKilledClient)
#include "tst_killedclient.moc"
