// Server benchmark (run on purpose, not by ctest): starts the real hearthd on loopback, fills it
// with real-sized posts (~700 bytes of JSON each, so a page of 50 is ~36 KB; see realposts.h),
// and prints sync pages per second (pages of 50) with p50/p99, mutation latency, poke latency
// from a mutation to a WebSocket, and the server's memory with many idle WebSockets.
//
//   bench_hearthd [--posts 5000] [--seconds 5] [--clients 4] [--sockets 5000]
// HEARTHD_BIN overrides the hearthd it starts.

#include "hearthdprocess.h"
#include "httpclient.h"
#include "latencystats.h"
#include "rawhttpconnection.h"
#include "realposts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>

using hearth::testing::HearthdProcess;
using hearth::testing::HttpClient;

namespace {

QTextStream out(stdout);

using RealPosts::batchOf;
using RealPosts::newId;
using RealPosts::postMutation;

qint64 rssKiB(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void die(const QString &message) {
    QTextStream(stderr) << "bench_hearthd: " << message << Qt::endl;
    std::exit(1);
}

// Sync throughput: `clients` connections, each asking for the next page of 50 as soon as the last
// one arrived, cycling through every cursor of the log.
void benchSync(quint16 port, const QByteArray &token, const QList<QByteArray> &cursors, int clients,
               int seconds) {
    LatencyStats stats;
    QElapsedTimer clock;
    QEventLoop loop;
    int running = clients;
    int next = 0;
    int failures = 0;
    std::vector<std::unique_ptr<RawHttpConnection>> connections;
    std::function<void(RawHttpConnection *)> ask = [&](RawHttpConnection *c) {
        if (clock.elapsed() > seconds * 1000) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const QByteArray cursor = cursors.at(next++ % cursors.size());
        const qint64 start = clock.nsecsElapsed();
        c->request("GET", "/v1/sync?limit=50&cursor=" + cursor, token, {},
                   [&, c, start](int status, const QByteArray &) {
                       stats.add(clock.nsecsElapsed() - start);
                       failures += status != 200;
                       ask(c);
                   });
    };
    for (int i = 0; i < clients; ++i) {
        connections.push_back(std::make_unique<RawHttpConnection>(port));
        if (!connections.back()->waitConnected())
            die(QStringLiteral("cannot connect"));
    }
    clock.start();
    for (auto &c : connections)
        ask(c.get());
    loop.exec();
    out << stats.summary(QStringLiteral("GET /v1/sync (pages of 50, %1 connections)").arg(clients),
                         double(clock.elapsed()) / 1000.0)
        << (failures ? QStringLiteral(" [%1 failed]").arg(failures) : QString()) << Qt::endl;
}

// Mutation latency: one client, one post.create per request, sequential.
void benchMutations(quint16 port, const QByteArray &token, const QString &communityId,
                    int seconds) {
    LatencyStats stats;
    QElapsedTimer clock;
    QEventLoop loop;
    RawHttpConnection c(port);
    if (!c.waitConnected())
        die(QStringLiteral("cannot connect"));
    int n = 0;
    int failures = 0;
    std::function<void()> send = [&] {
        if (clock.elapsed() > seconds * 1000) {
            loop.quit();
            return;
        }
        const qint64 start = clock.nsecsElapsed();
        c.request("POST", "/v1/mutations", token, batchOf({postMutation(communityId, ++n)}),
                  [&, start](int status, const QByteArray &body) {
                      stats.add(clock.nsecsElapsed() - start);
                      failures += status != 200 || !body.contains("\"applied\"");
                      send();
                  });
    };
    clock.start();
    send();
    loop.exec();
    out << stats.summary(QStringLiteral("POST /v1/mutations (1 post.create each, sequential)"),
                         double(clock.elapsed()) / 1000.0)
        << (failures ? QStringLiteral(" [%1 failed]").arg(failures) : QString()) << Qt::endl;
}

// Poke latency: from sending a mutation to another client's WebSocket receiving the poke.
void benchPokes(quint16 port, const QByteArray &writerToken, const QByteArray &readerToken,
                const QString &communityId, int rounds) {
    QWebSocket socket;
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream").arg(port)));
    request.setRawHeader("Authorization", "Bearer " + readerToken);
    LatencyStats stats;
    QElapsedTimer clock;
    QEventLoop loop;
    RawHttpConnection writer(port);
    if (!writer.waitConnected())
        die(QStringLiteral("cannot connect"));
    int round = -1; // -1: waiting for the greeting
    qint64 sentAt = 0;
    std::function<void()> send = [&] {
        if (++round >= rounds) {
            loop.quit();
            return;
        }
        sentAt = clock.nsecsElapsed();
        writer.request("POST", "/v1/mutations", writerToken,
                       batchOf({postMutation(communityId, 100000 + round)}),
                       [](int, const QByteArray &) {});
    };
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &) {
        if (round >= 0)
            stats.add(clock.nsecsElapsed() - sentAt);
        send();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    socket.open(request);
    loop.exec();
    out << stats.summary(QStringLiteral("poke latency (mutation sent -> other client's socket)"),
                         double(clock.elapsed()) / 1000.0)
        << Qt::endl;
}

// Memory: the server's RSS before and after `count` authenticated idle WebSockets.
void benchIdleSockets(quint16 port, qint64 pid, const QByteArray &token, int count) {
    const qint64 before = rssKiB(pid);
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int greeted = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &loop,
                         [&](const QString &) {
                             if (++greeted == count)
                                 loop.quit();
                         });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token);
        socket->open(request);
        sockets.push_back(std::move(socket));
        if (i % 200 == 199)
            QCoreApplication::processEvents(); // do not flood the listen backlog
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    const double openSeconds = double(clock.elapsed()) / 1000.0;
    QTimer::singleShot(1000, &loop, &QEventLoop::quit); // let the server settle
    loop.exec();
    const qint64 after = rssKiB(pid);
    out << QStringLiteral("idle WebSockets: %1 open and greeted in %2 s; server RSS %3 MiB -> %4 "
                          "MiB (%5 KiB per socket)")
               .arg(greeted)
               .arg(openSeconds, 0, 'f', 2)
               .arg(double(before) / 1024.0, 0, 'f', 1)
               .arg(double(after) / 1024.0, 0, 'f', 1)
               .arg(greeted ? double(after - before) / greeted : 0.0, 0, 'f', 1)
        << Qt::endl;
    for (auto &s : sockets)
        s->abort();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks a real hearthd over loopback."));
    parser.addHelpOption();
    const QCommandLineOption postsOption(QStringLiteral("posts"),
                                         QStringLiteral("Posts to create first (default 5000)."),
                                         QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds per timed run (default 5)."),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"), QStringLiteral("Concurrent sync connections (default 4)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption socketsOption(
        QStringLiteral("sockets"), QStringLiteral("Idle WebSockets to open (default 5000)."),
        QStringLiteral("n"), QStringLiteral("5000"));
    parser.addOptions({postsOption, secondsOption, clientsOption, socketsOption});
    parser.process(app);
    const int posts = parser.value(postsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int clients = parser.value(clientsOption).toInt();
    const int sockets = parser.value(socketsOption).toInt();

    if (qEnvironmentVariableIsEmpty("HEARTHD_BIN"))
        qputenv("HEARTHD_BIN", HEARTHD_DEFAULT_BIN);
    HearthdProcess server;
    QString error;
    if (!server.start({QStringLiteral("--max-connections-per-peer"), QString::number(sockets + 100),
                       QStringLiteral("--idle-timeout"), QStringLiteral("600"),
                       QStringLiteral("--rate-limit"), QStringLiteral("0")},
                      &error))
        die(error);
    out << "hearthd " << HearthdProcess::binary() << " on port " << server.port() << Qt::endl;

    HttpClient http(server.url());
    const QByteArray owner =
        http.registerUser(QStringLiteral("bench-owner"), QStringLiteral("bench-password"))
            .toLatin1();
    const QByteArray reader =
        http.registerUser(QStringLiteral("bench-reader"), QStringLiteral("bench-password"))
            .toLatin1();
    if (owner.isEmpty() || reader.isEmpty())
        die(QStringLiteral("cannot register"));
    const QString communityId =
        RealPosts::createCommunity(http, QString::fromLatin1(owner), QStringLiteral("bench"));
    if (communityId.isEmpty())
        die(QStringLiteral("cannot create the community"));
    const QJsonObject join{
        {QStringLiteral("id"), newId()},
        {QStringLiteral("name"), QStringLiteral("membership.join")},
        {QStringLiteral("args"), QJsonObject{{QStringLiteral("communityId"), communityId}}}};
    http.post(QStringLiteral("/v1/mutations"), batchOf({join}), QString::fromLatin1(reader));

    QElapsedTimer fill;
    fill.start();
    if (!RealPosts::fill(http, QString::fromLatin1(owner), communityId, posts))
        die(QStringLiteral("filling failed"));
    out << "filled " << posts << " posts in batches of 100 in " << fill.elapsed() << " ms ("
        << qint64(double(posts) / (double(fill.elapsed()) / 1000.0)) << " mutations/s)" << Qt::endl;

    QList<QByteArray> cursors{QByteArray()};
    for (;;) {
        const auto page = http.get(QStringLiteral("/v1/sync?limit=50&cursor=") +
                                       QString::fromLatin1(cursors.last()),
                                   QString::fromLatin1(owner));
        if (page.status != 200)
            die(QStringLiteral("sync failed: %1").arg(QString::fromUtf8(page.body)));
        if (!page.json().value(QStringLiteral("hasMore")).toBool())
            break;
        cursors.append(page.json().value(QStringLiteral("cursor")).toString().toLatin1());
    }
    out << "change log: " << cursors.size() << " pages of 50 for the owner" << Qt::endl;

    benchSync(server.port(), owner, cursors, 1, seconds);
    benchSync(server.port(), owner, cursors, clients, seconds);
    benchMutations(server.port(), owner, communityId, seconds);
    benchPokes(server.port(), owner, reader, communityId, 200);
    if (sockets > 0)
        benchIdleSockets(server.port(), server.pid(), reader, sockets);
    return 0;
}
