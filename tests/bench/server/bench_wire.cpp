// Wire latency benchmark (run on purpose, not by ctest): Qt's own network client
// (QNetworkAccessManager) fetches sync pages of about 1, 20, 32, 48, 64 and 100 KB from a real
// hearthd on loopback, one request after another on one kept-alive connection, and prints the
// latency of each size. An answer that leaves the server in two writes meets Nagle's algorithm
// and the client's delayed ACK: the request then waits ~40 ms for nothing. On loopback every
// size should stay well under 2 ms.
//
//   bench_wire [--requests 200] [--posts 300]
// HEARTHD_BIN overrides the hearthd it starts (e.g. an older build, for a before/after figure).

#include "hearthdprocess.h"
#include "httpclient.h"
#include "latencystats.h"
#include "realposts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>
#include <QUrl>

using hearth::testing::HearthdProcess;
using hearth::testing::HttpClient;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message) {
    QTextStream(stderr) << "bench_wire: " << message << Qt::endl;
    std::exit(1);
}

QString syncPath(const QString &cursor, int limit) {
    return QStringLiteral("/v1/sync?limit=%1&cursor=%2")
        .arg(limit)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
}

double counter(HttpClient &http, const QByteArray &name) {
    const auto metrics = http.get(QStringLiteral("/metrics"));
    for (const QByteArray &line : metrics.body.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Per-request latency of sync pages of several sizes on one kept-alive "
                       "connection of QNetworkAccessManager against a real hearthd."));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests per page size (default 200)."),
                                            QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption postsOption(QStringLiteral("posts"),
                                         QStringLiteral("Posts to create first (default 300)."),
                                         QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({requestsOption, postsOption});
    parser.process(app);
    const int requests = qMax(1, parser.value(requestsOption).toInt());
    const int posts = qMax(200, parser.value(postsOption).toInt());

    if (qEnvironmentVariableIsEmpty("HEARTHD_BIN"))
        qputenv("HEARTHD_BIN", HEARTHD_DEFAULT_BIN);
    HearthdProcess server;
    QString error;
    if (!server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}, &error))
        die(error);
    out << "hearthd " << HearthdProcess::binary() << " on port " << server.port() << Qt::endl;

    HttpClient setup(server.url());
    const QString owner =
        setup.registerUser(QStringLiteral("wire-owner"), QStringLiteral("wire-password"));
    if (owner.isEmpty())
        die(QStringLiteral("cannot register"));
    const QString community = RealPosts::createCommunity(setup, owner, QStringLiteral("wire"));
    if (community.isEmpty() || !RealPosts::fill(setup, owner, community, posts))
        die(QStringLiteral("cannot fill the community"));

    // Start right before the first post, so that every page holds posts only.
    QString start;
    for (;;) {
        const auto page = setup.get(syncPath(start, 1), owner);
        const QJsonArray changes = page.json().value(QStringLiteral("changes")).toArray();
        if (page.status != 200 || changes.isEmpty())
            die(QStringLiteral("no post in the change log"));
        if (changes.first()[QStringLiteral("type")].toString() == QStringLiteral("post"))
            break;
        start = page.json().value(QStringLiteral("cursor")).toString();
    }
    const auto hundred = setup.get(syncPath(start, 100), owner);
    const double bytesPerPost = double(hundred.body.size()) / 100.0;
    out << "a post in a sync page: " << qRound(bytesPerPost) << " bytes of JSON; a page of 50: "
        << QString::number(setup.get(syncPath(start, 50), owner).body.size() / 1024.0, 'f', 1)
        << " KB" << Qt::endl;

    HttpClient wire(server.url()); // its own QNetworkAccessManager: one connection
    const double connectionsBefore = counter(setup, "hearthd_http_connections_accepted");
    for (const int kb : {1, 20, 32, 48, 64, 100}) {
        const int limit = qBound(1, qRound(kb * 1024.0 / bytesPerPost), 500);
        const QString path = syncPath(start, limit);
        qsizetype size = 0;
        for (int i = 0; i < 5; ++i) // warm up
            size = wire.get(path, owner).body.size();
        LatencyStats stats;
        int failures = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < requests; ++i) {
            const qint64 begin = clock.nsecsElapsed();
            const auto reply = wire.get(path, owner);
            stats.add(clock.nsecsElapsed() - begin);
            failures += reply.status != 200 || reply.body.size() != size;
        }
        out << QStringLiteral("page of %1 KB (%2 bytes, %3 posts): p50 %4 ms, p90 %5 ms, p99 %6 "
                              "ms, max %7 ms over %8 requests%9")
                   .arg(kb, 3)
                   .arg(size, 6)
                   .arg(limit, 3)
                   .arg(stats.percentileMs(50), 0, 'f', 3)
                   .arg(stats.percentileMs(90), 0, 'f', 3)
                   .arg(stats.percentileMs(99), 0, 'f', 3)
                   .arg(stats.percentileMs(100), 0, 'f', 3)
                   .arg(requests)
                   .arg(failures ? QStringLiteral(" [%1 failed]").arg(failures) : QString())
            << Qt::endl;
    }
    const double connections =
        counter(setup, "hearthd_http_connections_accepted") - connectionsBefore;
    out << "connections the measuring client opened: " << connections << Qt::endl;
    return 0;
}
