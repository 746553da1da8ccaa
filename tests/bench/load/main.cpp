// hearth_load: a load figure for hearthd (run on purpose, not by ctest). Starts one hearthd on
// SQLite, or several on one PostgreSQL database, signs up N members spread over a few public
// communities, and lets them use Hearth for a while the way people do (see loadmember.h):
// a live stream each, pulls on pokes, posts, comments, reactions and RSVPs at human rates.
// Then prints, per endpoint, requests/s, errors and p50/p95/p99, and each hearthd's CPU and
// memory from /proc.
//
//   hearth_load [--members 500] [--seconds 60] [--communities 5]
//               [--backend sqlite|postgres] [--postgres-url URL] [--processes 1]
//   ./dev load --backend postgres --processes 2   (starts a throw-away PostgreSQL first)
//
// Members send X-Forwarded-For with an address of their own and hearthd trusts 127.0.0.1 as a
// proxy, as behind the packaged nginx, so per-client limits apply per member. With several
// processes, member i talks to process i mod N, as a load balancer would spread them.

#include "hearthdprocess.h"
#include "httpclient.h"
#include "loadmember.h"
#include "loadreport.h"
#include "loadworld.h"
#include "processstats.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <memory>

using hearth::testing::HearthdProcess;
using hearth::testing::HttpClient;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message) {
    QTextStream(stderr) << "hearth_load: " << message << Qt::endl;
    std::exit(1);
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject mutation(const char *name, const QJsonObject &args) {
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("args"), args}};
}

// The owner's writes during set-up; dies unless every one was applied.
void apply(HttpClient &http, const QString &token, const QJsonArray &mutations) {
    const QJsonObject batch{{QStringLiteral("clientId"), newId()},
                            {QStringLiteral("mutations"), mutations}};
    const auto reply = http.post(QStringLiteral("/v1/mutations"),
                                 QJsonDocument(batch).toJson(QJsonDocument::Compact), token);
    const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
    if (reply.status != 200 || results.size() != mutations.size())
        die(QStringLiteral("set-up failed: %1").arg(QString::fromUtf8(reply.body.left(300))));
    for (const auto &r : results) {
        if (r.toObject().value(QStringLiteral("status")).toString() != QLatin1StringView("applied"))
            die(QStringLiteral("set-up mutation refused: %1")
                    .arg(QString::fromUtf8(QJsonDocument(r.toObject()).toJson())));
    }
}

// K public communities, each with an event (20 seats, so RSVPs meet the waitlist) and ten posts.
LoadWorld buildWorld(HttpClient &http, const QString &owner, int count) {
    LoadWorld world;
    const qint64 inAWeek = QDateTime::currentMSecsSinceEpoch() + 7 * 24 * 3600 * 1000LL;
    for (int c = 0; c < count; ++c) {
        LoadWorld::Community community{newId(), {}, {newId()}};
        QJsonArray setUp{
            mutation("community.create",
                     {{QStringLiteral("id"), community.id},
                      {QStringLiteral("slug"), QStringLiteral("load-%1").arg(c)},
                      {QStringLiteral("name"), QStringLiteral("Load %1").arg(c)},
                      {QStringLiteral("memberCap"), 5000}}),
            mutation("event.create", {{QStringLiteral("id"), community.events.first()},
                                      {QStringLiteral("communityId"), community.id},
                                      {QStringLiteral("title"), QStringLiteral("Open studio")},
                                      {QStringLiteral("startsAt"), double(inAWeek)},
                                      {QStringLiteral("endsAt"), double(inAWeek + 7200000)},
                                      {QStringLiteral("place"), QStringLiteral("The hall")},
                                      {QStringLiteral("capacity"), 20}})};
        for (int p = 0; p < 10; ++p) {
            community.posts.append(newId());
            setUp.append(mutation("post.create",
                                  {{QStringLiteral("id"), community.posts.last()},
                                   {QStringLiteral("communityId"), community.id},
                                   {QStringLiteral("title"), QStringLiteral("Welcome %1").arg(p)},
                                   {QStringLiteral("body"), QStringLiteral("Say hello here.")}}));
        }
        apply(http, owner, setUp);
        world.communities.append(community);
    }
    return world;
}

void runFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates members using Hearth against real hearthd processes."));
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *value,
                            const char *fallback) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QString::fromLatin1(value), QString::fromLatin1(fallback));
        parser.addOption(o);
        return o;
    };
    const auto members = option("members", "Members to simulate (default 500).", "n", "500");
    const auto seconds = option("seconds", "Seconds to run (default 60).", "s", "60");
    const auto ramp =
        option("ramp", "Seconds over which members open the app (default 10).", "s", "10");
    const auto communities = option("communities", "Communities (default 5).", "n", "5");
    const auto backend = option("backend", "sqlite (default) or postgres.", "name", "sqlite");
    const auto postgresUrl =
        option("postgres-url",
               "PostgreSQL maintenance URL (default: $HEARTH_TEST_POSTGRES); a fresh database "
               "is made there and dropped afterwards.",
               "url", "");
    const auto processes = option("processes", "hearthd processes (default 1).", "n", "1");
    const auto hearthd = option("hearthd", "The hearthd to start.", "path", HEARTHD_DEFAULT_BIN);
    const auto postEvery =
        option("post-every", "Mean seconds between a member's posts.", "s", "1200");
    const auto commentEvery = option("comment-every", "... comments.", "s", "300");
    const auto reactEvery = option("react-every", "... reactions.", "s", "120");
    const auto rsvpEvery = option("rsvp-every", "... RSVPs.", "s", "1200");
    const auto pullEvery = option("pull-every", "... pulls without a poke.", "s", "300");
    const auto serverLog = option(
        "server-log", "Write each hearthd's log to FILE.1, FILE.2, ... at the end.", "file", "");
    parser.process(app);

    const int memberCount = parser.value(members).toInt();
    const int runSeconds = parser.value(seconds).toInt();
    const int communityCount = std::max(1, parser.value(communities).toInt());
    const int processCount = std::max(1, parser.value(processes).toInt());
    const bool postgres = parser.value(backend) == QLatin1StringView("postgres");
    if (!postgres && parser.value(backend) != QLatin1StringView("sqlite"))
        die(QStringLiteral("--backend is sqlite or postgres"));
    if (!postgres && processCount > 1)
        die(QStringLiteral("several hearthd processes share a PostgreSQL database: add "
                           "--backend postgres"));
    LoadMember::Plan plan;
    plan.postEvery = parser.value(postEvery).toDouble();
    plan.commentEvery = parser.value(commentEvery).toDouble();
    plan.reactEvery = parser.value(reactEvery).toDouble();
    plan.rsvpEvery = parser.value(rsvpEvery).toDouble();
    plan.pullEvery = parser.value(pullEvery).toDouble();
    qputenv("HEARTHD_BIN", parser.value(hearthd).toLocal8Bit());

    QStringList serverArgs{QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1")};
    QString databaseName;
    if (postgres) {
        const QString url = parser.value(postgresUrl).isEmpty()
                                ? qEnvironmentVariable("HEARTH_TEST_POSTGRES")
                                : parser.value(postgresUrl);
        if (url.isEmpty())
            die(QStringLiteral("--backend postgres needs --postgres-url or $HEARTH_TEST_POSTGRES "
                               "(./dev load starts a throw-away PostgreSQL and sets it)"));
        qputenv("HEARTH_TEST_POSTGRES", url.toUtf8());
        databaseName = hearth::testing::TestDatabase::uniqueName();
        QString error;
        const QString database =
            hearth::testing::TestDatabase::createPostgres(databaseName, &error);
        if (database.isEmpty())
            die(error);
        serverArgs += {QStringLiteral("--database"), database};
    }
    std::vector<std::unique_ptr<HearthdProcess>> servers;
    for (int i = 0; i < processCount; ++i) {
        servers.push_back(std::make_unique<HearthdProcess>());
        QString error;
        if (!servers.back()->start(serverArgs, &error))
            die(error);
    }
    out << "hearth_load: " << memberCount << " members in " << communityCount << " communities for "
        << runSeconds << " s against " << processCount << " hearthd on "
        << (postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")) << " ("
        << HearthdProcess::binary() << ")" << Qt::endl;

    QElapsedTimer setUp;
    setUp.start();
    HttpClient http(servers.front()->url());
    const QString owner =
        http.registerUser(QStringLiteral("owner"), QStringLiteral("load-password"));
    if (owner.isEmpty())
        die(QStringLiteral("cannot register the owner"));
    LoadWorld world = buildWorld(http, owner, communityCount);

    LoadReport report;
    std::vector<std::unique_ptr<LoadMember>> crowd;
    for (int i = 0; i < memberCount; ++i)
        crowd.push_back(std::make_unique<LoadMember>(i,
                                                     servers.at(size_t(i % processCount))->port(),
                                                     i % communityCount, plan, world, report));
    // Sign-ups hash a password each (Argon2id, ~70 ms of hearthd's CPU): a few at a time.
    {
        QEventLoop loop;
        int next = 0;
        int settled = 0;
        int failed = 0;
        std::function<void()> signUpNext = [&] {
            if (next == memberCount)
                return;
            crowd.at(size_t(next++))->signUp([&](bool ok) {
                failed += !ok;
                if (++settled == memberCount)
                    loop.quit();
                signUpNext();
            });
        };
        for (int i = 0; i < 4 * processCount; ++i)
            signUpNext();
        if (memberCount > 0)
            loop.exec();
        if (failed)
            die(QStringLiteral("%1 of %2 members could not sign up and join")
                    .arg(failed)
                    .arg(memberCount));
    }
    out << "set-up: owner, " << communityCount << " communities, " << memberCount
        << " sign-ups and joins in " << QString::number(double(setUp.elapsed()) / 1000.0, 'f', 1)
        << " s" << Qt::endl;

    std::vector<double> cpuBefore;
    for (auto &s : servers)
        cpuBefore.push_back(ProcessStats::cpuSeconds(s->pid()));
    const double ownCpuBefore = ProcessStats::cpuSeconds(QCoreApplication::applicationPid());
    QElapsedTimer run;
    run.start();
    const int rampMs = parser.value(ramp).toInt() * 1000;
    for (int i = 0; i < memberCount; ++i) {
        LoadMember *m = crowd.at(size_t(i)).get();
        QTimer::singleShot(memberCount > 1 ? rampMs * i / memberCount : 0, m, [m] { m->start(); });
    }
    runFor(runSeconds * 1000);
    for (auto &m : crowd)
        m->stop();
    const double elapsed = double(run.elapsed()) / 1000.0;

    out << Qt::endl << report.table(elapsed);
    const QString errors = report.errors();
    if (!errors.isEmpty())
        out << "errors:" << Qt::endl << errors;
    out << report.counts();
    for (size_t i = 0; i < servers.size(); ++i) {
        const qint64 pid = servers.at(i)->pid();
        const double cpu = ProcessStats::cpuSeconds(pid) - cpuBefore.at(i);
        out << QStringLiteral("hearthd %1 (pid %2): CPU %3 s in %4 s (%5% of one core), RSS %6 "
                              "MiB, peak %7 MiB")
                   .arg(i + 1)
                   .arg(pid)
                   .arg(cpu, 0, 'f', 1)
                   .arg(elapsed, 0, 'f', 1)
                   .arg(100.0 * cpu / elapsed, 0, 'f', 0)
                   .arg(double(ProcessStats::residentKiB(pid)) / 1024.0, 0, 'f', 1)
                   .arg(double(ProcessStats::peakKiB(pid)) / 1024.0, 0, 'f', 1)
            << Qt::endl;
    }
    const double ownCpu =
        ProcessStats::cpuSeconds(QCoreApplication::applicationPid()) - ownCpuBefore;
    out << QStringLiteral("load tool: CPU %1 s (%2% of one core); machine: %3 cores")
               .arg(ownCpu, 0, 'f', 1)
               .arg(100.0 * ownCpu / elapsed, 0, 'f', 0)
               .arg(QThread::idealThreadCount())
        << Qt::endl;
    crowd.clear();
    if (!parser.value(serverLog).isEmpty()) {
        for (size_t i = 0; i < servers.size(); ++i) {
            servers.at(i)->stop();
            QFile log(parser.value(serverLog) + QStringLiteral(".%1").arg(i + 1));
            if (log.open(QIODevice::WriteOnly))
                log.write(servers.at(i)->stderrOutput());
        }
    }
    servers.clear();
    if (!databaseName.isEmpty())
        hearth::testing::TestDatabase::dropPostgres(databaseName);
    return 0;
}
