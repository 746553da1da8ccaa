// A client killed with SIGKILL at random moments (while writing, pushing or pulling) loses
// nothing it had saved and doubles nothing: after many kills and a final drain, every post the
// client reported saved is on the server exactly once, nothing failed, and cache == server.

#include "apicall.h"
#include "dataview.h"
#include "hearthdprocess.h"

#include "cache/cachestore.h"
#include "net/apiclient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
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
        const int rounds = 25;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(writerBinary(),
                         common + QStringList{QStringLiteral("--write"),
                                              QStringLiteral("r%1").arg(round),
                                              QStringLiteral("--count"), QStringLiteral("40")});
            QVERIFY(writer.waitForStarted(5000));
            // Anywhere from before the cache is open to well into sending and pulling.
            QTest::qWait(int(QRandomGenerator::global()->bounded(20, 400)));
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
                << onServer.posts.size() << "on the server";
    }
};

QTEST_GUILESS_MAIN(TestKilledClient)
#include "tst_killedclient.moc"
