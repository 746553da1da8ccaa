// hearthd when its PostgreSQL goes away and comes back, on a cluster this test owns:
// - restarted under write load from clients of two hearthd processes: nothing acknowledged is
//   lost or written twice, never a 500, 503 with Retry-After meanwhile, /healthz not ok while
//   down, writes and pokes resume within seconds, and LISTEN is subscribed again (a post
//   through one process pokes a stream on the other);
// - stopped for longer: every route answers 503, new streams are told to come back later while
//   open ones stay, /metrics says so, and the outage is logged once and its end once;
// - not up yet when hearthd starts: hearthd waits for it (--database-wait), then serves.

#include "hearthdprocess.h"
#include "httpclient.h"
#include "postgrescluster.h"
#include "trywait.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

using namespace hearth::testing;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray batch(const QString &clientId, const QJsonObject &mutation) {
    return QJsonDocument(QJsonObject{{QStringLiteral("clientId"), clientId},
                                     {QStringLiteral("mutations"), QJsonArray{mutation}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject mutation(const QString &name, const QJsonObject &args) {
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("name"), name},
            {QStringLiteral("args"), args}};
}

QByteArray header(const HttpReply &r, const QByteArray &name) {
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// A member writing posts as fast as hearthd answers, the way the app's outbox does: a mutation
// without a verdict (503) is sent again, same ids, until it gets one.
class Writer : public QObject {
public:
    Writer(const QUrl &base, const QString &token, const QString &communityId)
        : m_base(base)
        , m_token(token)
        , m_communityId(communityId) {}

    void start() {
        m_running = true;
        send();
    }
    // Sends nothing new; the mutation under way is still sent until it gets a verdict.
    void stop() { m_running = false; }
    bool idle() const { return !m_running && !m_inFlight && m_current.isEmpty(); }

    QHash<int, int> statuses; // HTTP status -> answers
    int unavailableWithoutRetryAfter = 0;
    QStringList applied;        // post ids answered "applied"
    QStringList refused;        // "<status> <error>" of any other verdict
    QElapsedTimer sinceApplied; // restarted with every applied answer

private:
    void send() {
        if (m_current.isEmpty()) {
            if (!m_running)
                return;
            m_postId = newId();
            m_current = mutation(QStringLiteral("post.create"),
                                 {{QStringLiteral("id"), m_postId},
                                  {QStringLiteral("communityId"), m_communityId},
                                  {QStringLiteral("body"), QStringLiteral("under load")}});
        }
        QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/v1/mutations"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        m_inFlight = true;
        QNetworkReply *reply = m_nam.post(request, batch(m_clientId, m_current));
        connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    }

    void answered(QNetworkReply *reply) {
        reply->deleteLater();
        m_inFlight = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++statuses[status];
        int delayMs = 0;
        if (status == 200) {
            const QJsonObject result = QJsonDocument::fromJson(reply->readAll())
                                           .object()[QStringLiteral("results")][0]
                                           .toObject();
            if (result.value(QStringLiteral("status")).toString() == QStringLiteral("applied")) {
                applied << m_postId;
                sinceApplied.start();
            } else {
                refused << QStringLiteral("200 %1").arg(
                    QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
            }
            m_current = {};
        } else if (status == 503) {
            if (reply->rawHeader("Retry-After").toInt() < 1)
                ++unavailableWithoutRetryAfter;
            delayMs = 50; // sooner than Retry-After asks, to see more of the outage
        } else {
            refused << QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(reply->readAll()));
            m_current = {};
        }
        QTimer::singleShot(delayMs, this, [this] { send(); });
    }

    QUrl m_base;
    QString m_token;
    QString m_communityId;
    QString m_clientId = newId();
    QNetworkAccessManager m_nam;
    QJsonObject m_current;
    QString m_postId;
    bool m_running = false;
    bool m_inFlight = false;
};

// GET /healthz every 50 ms, remembering what it heard.
class HealthPoller : public QObject {
public:
    explicit HealthPoller(const QUrl &base)
        : m_url(base.resolved(QUrl(QStringLiteral("/healthz")))) {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_inFlight)
                return;
            m_inFlight = true;
            QNetworkReply *reply = m_nam.get(QNetworkRequest(m_url));
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                reply->deleteLater();
                m_inFlight = false;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ++statuses[status];
                const QString said = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QStringLiteral("status"))
                                         .toString();
                if (status != 200 && said == QStringLiteral("ok"))
                    ++okWhileFailing;
                if (status == 503 && reply->rawHeader("Retry-After").toInt() < 1)
                    ++withoutRetryAfter;
            });
        });
        m_timer.start(50);
    }

    QHash<int, int> statuses;
    int okWhileFailing = 0;
    int withoutRetryAfter = 0;

private:
    QUrl m_url;
    QNetworkAccessManager m_nam;
    QTimer m_timer;
    bool m_inFlight = false;
};

// A WebSocket to /v1/stream that collects the cursors it is poked with.
class StreamClient {
public:
    StreamClient(quint16 port, const QString &token) {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             cursors << QJsonDocument::fromJson(text.toUtf8())
                                            .object()
                                            .value(QStringLiteral("cursor"))
                                            .toString();
                         });
        socket.open(request);
    }
    QWebSocket socket;
    QStringList cursors;
};

int count(const QByteArray &log, const char *words) {
    return int(log.count(words));
}

// The value of a metric line "name value" (or "name{...} value"), -1 when missing.
double metric(HttpClient &http, const QString &name) {
    const QString text = QString::fromUtf8(http.get(QStringLiteral("/metrics")).body);
    const QRegularExpression line(
        QStringLiteral("^%1 (\\S+)$").arg(QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
    const auto match = line.match(text);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

class TestHearthdOutage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;

    struct Member {
        QString token;
        QString id;
    };

    static Member signUp(HttpClient &http, const QString &handle) {
        const HttpReply r =
            http.post(QStringLiteral("/v1/auth/register"),
                      QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                                {QStringLiteral("password"),
                                                 QString(QStringLiteral("password-") + handle)}})
                          .toJson(QJsonDocument::Compact));
        return {r.json().value(QStringLiteral("token")).toString(),
                r.json()[QStringLiteral("user")][QStringLiteral("id")].toString()};
    }

    static bool mutate(HttpClient &http, const QString &token, const QString &name,
                       const QJsonObject &args) {
        const HttpReply r =
            http.post(QStringLiteral("/v1/mutations"), batch(newId(), mutation(name, args)), token);
        return r.status == 200 &&
               r.json()[QStringLiteral("results")][0][QStringLiteral("status")].toString() ==
                   QStringLiteral("applied");
    }

    // The posts of the community as `token` sees them through /v1/sync, with how often each id
    // is served (once: a later row of an object supersedes its earlier ones).
    static QHash<QString, int> postsOnServer(HttpClient &http, const QString &token,
                                             const QString &communityId) {
        QHash<QString, int> seen;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            const HttpReply r = http.get(QStringLiteral("/v1/sync?limit=500&cursor=") +
                                             QUrl::toPercentEncoding(cursor),
                                         token);
            if (r.status != 200)
                return {};
            const QJsonObject body = r.json();
            for (const QJsonValue &c : body.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = c.toObject();
                if (change.value(QStringLiteral("type")).toString() == QStringLiteral("post") &&
                    change.value(QStringLiteral("community")).toString() == communityId)
                    seen[change.value(QStringLiteral("id")).toString()] += 1;
            }
            cursor = body.value(QStringLiteral("cursor")).toString();
            if (!body.value(QStringLiteral("hasMore")).toBool())
                return seen;
        }
        return {};
    }

    bool start(HearthdProcess &p, const QStringList &extra = {}) {
        p.setDatabaseUrl(m_cluster->url());
        QString error;
        const bool ok = p.start(
            QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")} + extra, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!PostgresCluster::available(&why))
            QSKIP(qPrintable(why));
        if (HearthdProcess::binary().isEmpty())
            QSKIP("HEARTHD_BIN is not set; run this through ctest");
        m_cluster = std::make_unique<PostgresCluster>();
        QVERIFY2(m_cluster->create(&why), qPrintable(why));
    }

    // A test that failed half-way may have left the database stopped.
    void init() {
        QString error;
        if (!m_cluster->isRunning())
            QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }

    void restartUnderLoadLosesNothing() {
        HearthdProcess first;
        HearthdProcess second;
        QVERIFY(start(first));
        QVERIFY(start(second));
        HttpClient viaFirst(first.url());
        HttpClient viaSecond(second.url());

        const Member owner = signUp(viaFirst, QStringLiteral("owner"));
        const Member reader = signUp(viaSecond, QStringLiteral("reader"));
        QVERIFY(!owner.token.isEmpty() && !reader.token.isEmpty());
        const QString community = newId();
        QVERIFY(mutate(viaFirst, owner.token, QStringLiteral("community.create"),
                       {{QStringLiteral("id"), community},
                        {QStringLiteral("slug"), QStringLiteral("load")},
                        {QStringLiteral("name"), QStringLiteral("Load")}}));
        QVERIFY(mutate(viaSecond, reader.token, QStringLiteral("membership.join"),
                       {{QStringLiteral("communityId"), community}}));
        std::vector<std::unique_ptr<Writer>> writers;
        for (int i = 0; i < 4; ++i) {
            HttpClient &http = i % 2 ? viaSecond : viaFirst;
            const Member m = signUp(http, QStringLiteral("writer%1").arg(i));
            QVERIFY(mutate(http, m.token, QStringLiteral("membership.join"),
                           {{QStringLiteral("communityId"), community}}));
            writers.push_back(
                std::make_unique<Writer>(i % 2 ? second.url() : first.url(), m.token, community));
        }
        // The reader's stream is on the second process; the owner posts through the first.
        StreamClient stream(second.port(), reader.token);
        QTRY_VERIFY_WITH_TIMEOUT(!stream.cursors.isEmpty(), 10000);

        for (auto &w : writers)
            w->start();
        for (auto &w : writers)
            QTRY_VERIFY_WITH_TIMEOUT(w->applied.size() >= 10, 20000);

        HealthPoller healthOfFirst(first.url());
        HealthPoller healthOfSecond(second.url());
        std::vector<int> appliedBefore;
        for (auto &w : writers)
            appliedBefore.push_back(int(w->applied.size()));
        QElapsedTimer outage;
        outage.start();
        const auto restart = m_cluster->begin(QStringLiteral("restart"));
        QTRY_VERIFY_WITH_TIMEOUT(restart->state() == QProcess::NotRunning, 60000);
        QVERIFY2(restart->exitCode() == 0, restart->readAll().constData());
        const qint64 restartMs = outage.elapsed();
        const qsizetype pokesAtRestart = stream.cursors.size();

        // Writes resume through both processes, within seconds of the database being back.
        for (size_t i = 0; i < writers.size(); ++i)
            QTRY_VERIFY_WITH_TIMEOUT(writers[i]->applied.size() >= appliedBefore[i] + 10 &&
                                         writers[i]->sinceApplied.elapsed() < 1000,
                                     15000);
        const qint64 resumedMs = outage.elapsed();
        qInfo("pg_ctl restart took %lld ms; every writer had 10 more posts applied %lld ms after "
              "it began",
              restartMs, resumedMs);
        QTRY_VERIFY_WITH_TIMEOUT(stream.cursors.size() > pokesAtRestart, 10000);

        for (auto &w : writers)
            w->stop();
        for (auto &w : writers)
            HEARTH_TRY_VERIFY(w->idle(), 15000);

        // Never a 500, nor anything but 200 and 503; 503s while the database was away, each
        // with a Retry-After.
        int unavailable = 0;
        QStringList applied;
        for (auto &w : writers) {
            QVERIFY2(w->refused.isEmpty(), qPrintable(w->refused.join(QLatin1Char('\n'))));
            for (auto it = w->statuses.cbegin(); it != w->statuses.cend(); ++it)
                QVERIFY2(
                    it.key() == 200 || it.key() == 503,
                    qPrintable(
                        QStringLiteral("status %1 seen %2 times").arg(it.key()).arg(it.value())));
            unavailable += w->statuses.value(503);
            QCOMPARE(w->unavailableWithoutRetryAfter, 0);
            applied += w->applied;
        }
        QVERIFY2(unavailable > 0, "no write was answered 503 while the database restarted");
        for (HealthPoller *health : {&healthOfFirst, &healthOfSecond}) {
            QVERIFY2(health->statuses.value(503) > 0, "/healthz never said the database was away");
            QCOMPARE(health->statuses.value(500), 0);
            QCOMPARE(health->okWhileFailing, 0);
            QCOMPARE(health->withoutRetryAfter, 0);
        }

        // Every acknowledged post is on the server, and nothing else is: a mutation sent again
        // after a 503 was applied once (the same ids each time; its receipt answers a repeat).
        const QHash<QString, int> onServer = postsOnServer(viaFirst, reader.token, community);
        QCOMPARE(QSet<QString>(applied.cbegin(), applied.cend()).size(), applied.size());
        QCOMPARE(onServer.size(), applied.size());
        for (const QString &id : std::as_const(applied))
            QVERIFY2(onServer.value(id) == 1, qPrintable(id));

        // LISTEN again: the second process learns of a post through the first at once.
        const qsizetype pokes = stream.cursors.size();
        QVERIFY(mutate(viaFirst, owner.token, QStringLiteral("post.create"),
                       {{QStringLiteral("id"), newId()},
                        {QStringLiteral("communityId"), community},
                        {QStringLiteral("body"), QStringLiteral("after the restart")}}));
        QTRY_VERIFY_WITH_TIMEOUT(stream.cursors.size() > pokes, 5000);

        for (HearthdProcess *p : {&first, &second}) {
            HttpClient http(p->url());
            QCOMPARE(metric(http, QStringLiteral("hearthd_database_up")), 1.0);
            QVERIFY(metric(http, QStringLiteral("hearthd_database_reconnects_total")) >= 1);
            const QByteArray metrics = http.get(QStringLiteral("/metrics")).body;
            QVERIFY2(!metrics.contains("status=\"500\""), metrics.constData());
            // The outage is one line in the log and its end another, however many requests
            // were turned away meanwhile.
            const QByteArray log = p->stderrOutput();
            QCOMPARE(count(log, "lost the"), 1);
            QCOMPARE(count(log, "database connection restored"), 1);
            // Nor is a request's failure logged one by one.
            for (const char *perRequest :
                 {"hearthd.http: \"/", "storage failure", "rollback failed",
                  "hearthd.sync:", "NOTIFY failed", "hearthd.stream: poking"})
                QVERIFY2(!log.contains(perRequest), log.constData());
        }
    }

    void stoppedDatabaseIsAnswered503() {
        HearthdProcess server;
        QVERIFY(start(server, {QStringLiteral("--heartbeat"), QStringLiteral("1")}));
        HttpClient http(server.url());
        const Member ada = signUp(http, QStringLiteral("ada"));
        QVERIFY(!ada.token.isEmpty());
        const double reconnects = metric(http, QStringLiteral("hearthd_database_reconnects_total"));
        StreamClient open(server.port(), ada.token);
        QTRY_VERIFY_WITH_TIMEOUT(!open.cursors.isEmpty(), 10000);

        QString error;
        QVERIFY2(m_cluster->stop(&error), qPrintable(error));
        // Noticed without a request: the listening connection saw the server go.
        QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/healthz")).status, 503, 5000);
        const HttpReply health = http.get(QStringLiteral("/healthz"));
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unavailable"));
        QVERIFY(header(health, "Retry-After").toInt() >= 1);

        const HttpReply write =
            http.post(QStringLiteral("/v1/mutations"),
                      batch(newId(), mutation(QStringLiteral("community.create"),
                                              {{QStringLiteral("id"), newId()},
                                               {QStringLiteral("slug"), QStringLiteral("later")},
                                               {QStringLiteral("name"), QStringLiteral("Later")}})),
                      ada.token);
        QCOMPARE(write.status, 503);
        QCOMPARE(write.errorCode(), QStringLiteral("unavailable"));
        QVERIFY(header(write, "Retry-After").toInt() >= 1);
        QCOMPARE(http.get(QStringLiteral("/v1/sync"), ada.token).status, 503);
        QCOMPARE(http.post(QStringLiteral("/v1/auth/login"),
                           "{\"handle\":\"ada\",\"password\":\"password-ada\"}")
                     .status,
                 503);
        QCOMPARE(metric(http, QStringLiteral("hearthd_database_up")), 0.0);
        // A new stream is told to come back later (not that its token is bad); the open one
        // stays, kept alive by pings.
        StreamClient late(server.port(), ada.token);
        QSignalSpy closed(&late.socket, &QWebSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(late.socket.closeCode()), 4503);
        QTest::qWait(2500); // past two heartbeats
        QCOMPARE(open.socket.state(), QAbstractSocket::ConnectedState);

        const qsizetype pokes = open.cursors.size();
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/healthz")).status, 200, 10000);
        // Every open stream is poked once: what others committed meanwhile went unannounced.
        QTRY_VERIFY_WITH_TIMEOUT(open.cursors.size() > pokes, 5000);
        QVERIFY(mutate(http, ada.token, QStringLiteral("community.create"),
                       {{QStringLiteral("id"), newId()},
                        {QStringLiteral("slug"), QStringLiteral("later")},
                        {QStringLiteral("name"), QStringLiteral("Later")}}));
        QCOMPARE(metric(http, QStringLiteral("hearthd_database_up")), 1.0);
        QCOMPARE(metric(http, QStringLiteral("hearthd_database_reconnects_total")), reconnects + 1);
        const QByteArray log = server.stderrOutput();
        QCOMPARE(count(log, "lost the"), 1);
        QCOMPARE(count(log, "database connection restored"), 1);
    }

    void waitsForTheDatabaseAtStart() {
        QString error;
        QVERIFY2(m_cluster->stop(&error), qPrintable(error));
        QTemporaryDir dir;
        const auto gaveUp = HearthdProcess::run(
            {QStringLiteral("--data"), dir.path(), QStringLiteral("--database"), m_cluster->url(),
             QStringLiteral("--database-wait"), QStringLiteral("1")});
        QCOMPARE(gaveUp.exitCode, 1);
        QVERIFY2(gaveUp.err.contains("did not come up within 1 s"), gaveUp.err.constData());

        const auto later = m_cluster->beginAfter(1500, QStringLiteral("start"));
        HearthdProcess server;
        QVERIFY(start(server, {QStringLiteral("--database-wait"), QStringLiteral("30")}));
        HttpClient http(server.url());
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
        const QByteArray log = server.stderrOutput();
        QCOMPARE(count(log, "waiting for the database"), 1);
        QCOMPARE(count(log, "the database is up"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(later->state() == QProcess::NotRunning, 30000);
    }
};

QTEST_GUILESS_MAIN(TestHearthdOutage)
#include "tst_hearthd_outage.moc"
