// The real hearthd executable over loopback HTTP: the command line, accounts, tokens, the error
// bodies, mutations with replay, sync paging, limits, seeding and restarts on the same data.

#include "hearthdprocess.h"
#include "httpclient.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace hearth::testing;

namespace {

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray batch(const QString &clientId, const QJsonArray &mutations) {
    return json({{QStringLiteral("clientId"), clientId}, {QStringLiteral("mutations"), mutations}});
}

QJsonObject mutation(const QString &id, const QString &name, const QJsonObject &args) {
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("args"), args}};
}

} // namespace

class TestHearthdHttp : public QObject {
    Q_OBJECT

private:
    HearthdProcess m_server;
    std::unique_ptr<HttpClient> m_http;

    QHash<QString, QString> m_tokens;

    // A signed-in user for the handle, registered on first use.
    QString token(const QString &handle) {
        if (m_tokens.contains(handle))
            return m_tokens.value(handle);
        const QString t = m_http->registerUser(handle, QStringLiteral("password-") + handle);
        if (t.isEmpty())
            qFatal("could not register %s", qPrintable(handle));
        m_tokens.insert(handle, t);
        return t;
    }

private Q_SLOTS:
    void initTestCase() {
        HEARTHD_SKIP_WITHOUT_BACKEND();
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_http = std::make_unique<HttpClient>(m_server.url());
    }

    void helpAndBadArguments() {
        const auto help = HearthdProcess::run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--data"));
        QVERIFY(help.out.contains("--listen"));
        QVERIFY(help.out.contains("--seed-demo"));
        const auto noData =
            HearthdProcess::run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(noData.exitCode, 2);
        QVERIFY(noData.err.contains("--data is required"));
        const auto publicAddress =
            HearthdProcess::run({QStringLiteral("--data"), m_server.dataDir(),
                                 QStringLiteral("--listen"), QStringLiteral("0.0.0.0:8080")});
        QCOMPARE(publicAddress.exitCode, 2);
        QVERIFY(publicAddress.err.contains("loopback"));
    }

    void healthz() {
        const auto r = m_http->get(QStringLiteral("/healthz"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void registerLoginAndWrongPassword() {
        const auto reg = m_http->post(
            QStringLiteral("/v1/auth/register"),
            "{\"handle\":\"ada\",\"password\":\"correct horse\",\"displayName\":\"Ada\"}");
        QCOMPARE(reg.status, 201);
        const QJsonObject user = reg.json().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("handle")).toString(), QStringLiteral("ada"));
        QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Ada"));
        QVERIFY(!reg.json().value(QStringLiteral("token")).toString().isEmpty());

        const auto login = m_http->post(QStringLiteral("/v1/auth/login"),
                                        "{\"handle\":\"ada\",\"password\":\"correct horse\"}");
        QCOMPARE(login.status, 200);
        const QString t = login.json().value(QStringLiteral("token")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/v1/sync"), t).status, 200);

        // Signing out revokes only the token used; the first one still works.
        const auto second = m_http->post(QStringLiteral("/v1/auth/login"),
                                         "{\"handle\":\"ada\",\"password\":\"correct horse\"}");
        const QString t2 = second.json().value(QStringLiteral("token")).toString();
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/logout"), {}, t2).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/sync"), t2).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/logout"), {}, t2).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/v1/sync"), t).status, 200);

        const auto wrong = m_http->post(QStringLiteral("/v1/auth/login"),
                                        "{\"handle\":\"ada\",\"password\":\"wrong horse\"}");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));

        const auto taken = m_http->post(QStringLiteral("/v1/auth/register"),
                                        "{\"handle\":\"ada\",\"password\":\"another one\"}");
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.errorCode(), QStringLiteral("handle_taken"));

        const auto badHandle = m_http->post(QStringLiteral("/v1/auth/register"),
                                            "{\"handle\":\"A\",\"password\":\"another one\"}");
        QCOMPARE(badHandle.status, 400);
        QVERIFY(badHandle.errorMessage().contains(QStringLiteral("'handle'")));
    }

    void missingAndBadTokens_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::newRow("sync, none") << QByteArray("GET") << "/v1/sync" << QString();
        QTest::newRow("sync, bad") << QByteArray("GET") << "/v1/sync"
                                   << "bm90LWEtdG9rZW4";
        QTest::newRow("mutations, none") << QByteArray("POST") << "/v1/mutations" << QString();
        QTest::newRow("mutations, bad") << QByteArray("POST") << "/v1/mutations"
                                        << "x";
    }

    void missingAndBadTokens() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, token);
        const auto r = m_http->send(method, path, batch(QStringLiteral("c"), {}), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void badBodiesAre400WithAMessage_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << "/v1/auth/login" << QByteArray("{\"handle\":")
                                  << "the request body is not valid JSON";
        QTest::newRow("array") << "/v1/auth/login" << QByteArray("[1,2]")
                               << "the request body must be a JSON object";
        QTest::newRow("empty") << "/v1/auth/register" << QByteArray()
                               << "the request body must be a JSON object";
        QTest::newRow("wrong type")
            << "/v1/auth/login" << QByteArray("{\"handle\":1,\"password\":\"x\"}")
            << "field 'handle' must be a string";
        QTest::newRow("unknown field")
            << "/v1/auth/register"
            << QByteArray(
                   "{\"handle\":\"zed\",\"password\":\"12345678\",\"email\":\"z@example.org\"}")
            << "unknown field 'email'";
        QTest::newRow("invalid utf-8")
            << "/v1/auth/login" << QByteArray("{\"handle\":\"\xff\xfe\",\"password\":\"x\"}")
            << "the request body is not valid JSON";
        QTest::newRow("mutations unknown field")
            << "/v1/mutations" << QByteArray("{\"clientId\":\"c\",\"mutations\":[],\"x\":1}")
            << "unknown field 'x'";
        QTest::newRow("mutation wrong type")
            << "/v1/mutations"
            << QByteArray("{\"clientId\":\"c\",\"mutations\":[{\"id\":\"m\",\"name\":\"post."
                          "create\",\"args\":[]}]}")
            << "mutations[0]: field 'args' must be an object";
    }

    void badBodiesAre400WithAMessage() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QString t =
            path == QStringLiteral("/v1/mutations") ? token(QStringLiteral("bodies")) : QString();
        const auto r = m_http->post(path, body, t);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY2(r.errorMessage().startsWith(message), qPrintable(r.errorMessage()));
    }

    // Text hearthd does not store (U+0000, a lone UTF-16 surrogate) is refused with 400 wherever
    // it enters, the same on SQLite and PostgreSQL: a body, a path id, a query parameter.
    void unstorableTextIs400Everywhere_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("login handle with NUL")
            << QByteArray("POST") << "/v1/auth/login"
            << QByteArray("{\"handle\":\"ad\\u0000a\",\"password\":\"password-ada\"}")
            << "field 'handle' contains a NUL character";
        QTest::newRow("register with a lone surrogate")
            << QByteArray("POST") << "/v1/auth/register"
            << QByteArray("{\"handle\":\"lone\",\"password\":\"12345678\","
                          "\"displayName\":\"x\\ud800y\"}")
            << "field 'displayName' contains a lone UTF-16 surrogate (\\ud800)";
        QTest::newRow("a NUL in a field name")
            << QByteArray("POST") << "/v1/auth/login"
            << QByteArray("{\"handle\":\"ada\",\"pass\\u0000word\":\"x\"}")
            << "a field name in the JSON text contains a NUL character";
        QTest::newRow("path id with NUL") << QByteArray("GET") << "/v1/communities/abc%00def/audit"
                                          << QByteArray() << "the path contains a NUL character";
        QTest::newRow("query with NUL")
            << QByteArray("GET") << "/v1/communities/" + newId() + "/history?before=x%00y"
            << QByteArray() << "query parameter 'before' contains a NUL character";
    }

    void unstorableTextIs400Everywhere() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto r = m_http->send(method, path, body, token(QStringLiteral("texts")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY2(r.errorMessage().startsWith(message), qPrintable(r.errorMessage()));
        // The server carries on.
        QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
    }

    // Over HTTP too, a mutation with such text is refused alone; the batch is answered 200 and
    // the mutation behind it applied, so a client's outbox never stalls on it.
    void unstorableTextInAMutationRefusesOnlyThatMutation() {
        const QString t = token(QStringLiteral("nulposter"));
        const QString community = newId();
        const auto created =
            m_http->post(QStringLiteral("/v1/mutations"),
                         batch(QStringLiteral("nul"),
                               {mutation(newId(), QStringLiteral("community.create"),
                                         {{QStringLiteral("id"), community},
                                          {QStringLiteral("slug"), QStringLiteral("nul-lab")},
                                          {QStringLiteral("name"), QStringLiteral("NUL lab")}})}),
                         t);
        QCOMPARE(created.status, 200);
        const QString refusedId = newId();
        const QString keptId = newId();
        const QByteArray body =
            "{\"clientId\":\"nul\",\"mutations\":[{\"id\":\"" + newId().toLatin1() +
            "\",\"name\":\"post.create\",\"args\":{\"id\":\"" + refusedId.toLatin1() +
            "\",\"communityId\":\"" + community.toLatin1() +
            "\",\"body\":\"a\\u0000b\"}},{\"id\":\"" + newId().toLatin1() +
            "\",\"name\":\"post.create\",\"args\":{\"id\":\"" + keptId.toLatin1() +
            "\",\"communityId\":\"" + community.toLatin1() + "\",\"body\":\"fine\"}}]}";
        const auto r = m_http->post(QStringLiteral("/v1/mutations"), body, t);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(results[0][QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_request"));
        QCOMPARE(results[1][QStringLiteral("status")].toString(), QStringLiteral("applied"));
        const auto page = m_http->get(QStringLiteral("/v1/sync?limit=500"), t);
        QVERIFY(page.body.contains(keptId.toLatin1()));
        QVERIFY(!page.body.contains(refusedId.toLatin1()));
    }

    void unknownRoutesAndMethodsAreJson404() {
        const auto unknown = m_http->get(QStringLiteral("/v1/nothing"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
        const auto wrongMethod = m_http->send("DELETE", QStringLiteral("/v1/sync"), {});
        QCOMPARE(wrongMethod.status, 404);
        QCOMPARE(wrongMethod.errorCode(), QStringLiteral("not_found"));
    }

    void mutationsReplayAndSyncPages() {
        const QString t = token(QStringLiteral("maker"));
        const QString community = newId();
        QJsonArray list{mutation(newId(), QStringLiteral("community.create"),
                                 {{QStringLiteral("id"), community},
                                  {QStringLiteral("slug"), QStringLiteral("makers")},
                                  {QStringLiteral("name"), QStringLiteral("Makers")}})};
        for (int i = 0; i < 5; ++i)
            list.append(mutation(newId(), QStringLiteral("post.create"),
                                 {{QStringLiteral("id"), newId()},
                                  {QStringLiteral("communityId"), community},
                                  {QStringLiteral("title"), QStringLiteral("Post %1").arg(i)},
                                  {QStringLiteral("body"), QStringLiteral("Body ✨ %1").arg(i)}}));
        list.append(mutation(newId(), QStringLiteral("post.create"), {{QStringLiteral("id"), 7}}));
        const QByteArray body = batch(QStringLiteral("laptop"), list);

        const auto first = m_http->post(QStringLiteral("/v1/mutations"), body, t);
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 7);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(results[i].toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("applied"));
        QCOMPARE(results[6].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));

        const auto replay = m_http->post(QStringLiteral("/v1/mutations"), body, t);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json(), first.json());

        // Page through with limit 2: ordered, no repeats, five posts once each.
        QString cursor;
        QList<qint64> seqs;
        int posts = 0;
        int pages = 0;
        for (;;) {
            QString path = QStringLiteral("/v1/sync?limit=2");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const auto page = m_http->get(path, t);
            QCOMPARE(page.status, 200);
            ++pages;
            const QJsonObject p = page.json();
            const QJsonArray changes = p.value(QStringLiteral("changes")).toArray();
            QVERIFY(changes.size() <= 2);
            for (const QJsonValue &c : changes) {
                seqs.append(qint64(c[QStringLiteral("seq")].toDouble()));
                posts += c[QStringLiteral("type")].toString() == QStringLiteral("post");
            }
            cursor = p.value(QStringLiteral("cursor")).toString();
            if (!p.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        QCOMPARE(posts, 5);
        // At least the community, its owner's membership and profile (logged at registration
        // and again on founding: the later row supersedes the first) and the five posts.
        QVERIFY(seqs.size() >= 8);
        QVERIFY(pages >= (seqs.size() + 1) / 2);
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QVERIFY(seqs[i] > seqs[i - 1]);

        const auto badCursor = m_http->get(QStringLiteral("/v1/sync?cursor=%%%"), t);
        QCOMPARE(badCursor.status, 400);
        const auto badLimit = m_http->get(QStringLiteral("/v1/sync?limit=abc"), t);
        QCOMPARE(badLimit.status, 400);
        QVERIFY(badLimit.errorMessage().contains(QStringLiteral("'limit'")));
        const auto tooMany = m_http->get(QStringLiteral("/v1/sync?limit=501"), t);
        QCOMPARE(tooMany.status, 400);
    }

    void auditLogIsForOrganizers() {
        const QString owner = token(QStringLiteral("auditor"));
        const QString member = token(QStringLiteral("audited"));
        const QString community = newId();
        const QString post = newId();
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/mutations"),
                            batch(QStringLiteral("c"),
                                  {mutation(newId(), QStringLiteral("community.create"),
                                            {{QStringLiteral("id"), community},
                                             {QStringLiteral("slug"), QStringLiteral("audited")},
                                             {QStringLiteral("name"), QStringLiteral("A")}}),
                                   mutation(newId(), QStringLiteral("post.create"),
                                            {{QStringLiteral("id"), post},
                                             {QStringLiteral("communityId"), community},
                                             {QStringLiteral("body"), QStringLiteral("x")}}),
                                   mutation(newId(), QStringLiteral("post.pin"),
                                            {{QStringLiteral("id"), post}})}),
                            owner)
                     .status,
                 200);
        m_http->post(
            QStringLiteral("/v1/mutations"),
            batch(QStringLiteral("c"), {mutation(newId(), QStringLiteral("membership.join"),
                                                 {{QStringLiteral("communityId"), community}})}),
            member);
        const QString path = QStringLiteral("/v1/communities/%1/audit").arg(community);
        const auto page = m_http->get(path, owner);
        QCOMPARE(page.status, 200);
        const QJsonArray entries = page.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0][QStringLiteral("action")].toString(), QStringLiteral("post.pin"));
        QCOMPARE(m_http->get(path, member).status, 403);
        QCOMPARE(m_http->get(path).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/v1/communities/%1/audit").arg(newId()), owner).status,
                 404);
    }

    void engagementFiguresAreForOrganizers() {
        const QString owner = token(QStringLiteral("figures"));
        const QString member = token(QStringLiteral("counted"));
        const QString community = newId();
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/mutations"),
                            batch(QStringLiteral("c"),
                                  {mutation(newId(), QStringLiteral("community.create"),
                                            {{QStringLiteral("id"), community},
                                             {QStringLiteral("slug"), QStringLiteral("figures")},
                                             {QStringLiteral("name"), QStringLiteral("F")}}),
                                   mutation(newId(), QStringLiteral("post.create"),
                                            {{QStringLiteral("id"), newId()},
                                             {QStringLiteral("communityId"), community},
                                             {QStringLiteral("kind"), QStringLiteral("question")},
                                             {QStringLiteral("body"), QStringLiteral("x?")}})}),
                            owner)
                     .status,
                 200);
        m_http->post(
            QStringLiteral("/v1/mutations"),
            batch(QStringLiteral("c"), {mutation(newId(), QStringLiteral("membership.join"),
                                                 {{QStringLiteral("communityId"), community}})}),
            member);
        const QString path = QStringLiteral("/v1/communities/%1/engagement").arg(community);
        const auto report = m_http->get(path + QStringLiteral("?weeks=4"), owner);
        QCOMPARE(report.status, 200);
        const QJsonArray weeks = report.json().value(QStringLiteral("weeks")).toArray();
        QCOMPARE(weeks.size(), 4);
        QCOMPARE(weeks.last()[QStringLiteral("members")].toInt(), 2);
        QCOMPARE(weeks.last()[QStringLiteral("posts")].toInt(), 1);
        QCOMPARE(report.json().value(QStringLiteral("unansweredQuestions")).toArray().size(), 1);
        QCOMPARE(m_http->get(path, member).status, 403);
        QCOMPARE(m_http->get(path).status, 401);
        QCOMPARE(m_http->get(path + QStringLiteral("?weeks=0"), owner).status, 400);
        QCOMPARE(m_http->get(path + QStringLiteral("?weeks=x"), owner).status, 400);
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/communities/%1/engagement").arg(newId()), owner).status,
            404);
    }

    void oversizedRequestIs413AndTheServerCarriesOn() {
        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        const qint64 size = 4 * 1024 * 1024;
        socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: " +
                     QByteArray::number(size) + "\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'a');
        for (qint64 sent = 0;
             sent < size && socket.state() == QAbstractSocket::ConnectedState && answer.isEmpty();
             sent += chunk.size()) {
            socket.write(chunk);
            socket.waitForBytesWritten(1000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(answer.contains("payload_too_large") ||
                                     socket.state() == QAbstractSocket::UnconnectedState,
                                 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("payload_too_large"));
        QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
    }

    void rateLimitsAnswer429WithRetryAfterPerUser() {
        HearthdProcess server;
        QVERIFY(server.start({QStringLiteral("--rate-limit"), QStringLiteral("1")}));
        HttpClient http(server.url());
        const QString busy =
            http.registerUser(QStringLiteral("busy"), QStringLiteral("password-b"));
        const QString calm =
            http.registerUser(QStringLiteral("calm"), QStringLiteral("password-c"));
        HttpReply refused;
        for (int i = 0; i < 20 && refused.status != 429; ++i) // the burst is 10 requests
            refused = http.get(QStringLiteral("/v1/sync"), busy);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("rate_limited"));
        bool retryAfter = false;
        for (const auto &[name, value] : refused.headers)
            retryAfter = retryAfter || (name.toLower() == "retry-after" && value.toInt() >= 1);
        QVERIFY(retryAfter);
        // Another user has a budget of their own.
        QCOMPARE(http.get(QStringLiteral("/v1/sync"), calm).status, 200);
    }

    void operatorCommandsCreateResetAndCrown() {
        QTemporaryDir dir;
        const QStringList storage = HearthdProcess::storageArgs(dir.path());
        const auto created = HearthdProcess::run(
            storage + QStringList{QStringLiteral("--create-user"), QStringLiteral("olga"),
                                  QStringLiteral("--display-name"), QStringLiteral("Olga K.")},
            60000, "olga-password\n");
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const auto again = HearthdProcess::run(
            storage + QStringList{QStringLiteral("--create-user"), QStringLiteral("olga")}, 60000,
            "another-password\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("taken"));

        HearthdProcess server(dir.path());
        QVERIFY(server.start());
        HttpClient http(server.url());
        const auto login = http.post(QStringLiteral("/v1/auth/login"),
                                     "{\"handle\":\"olga\",\"password\":\"olga-password\"}");
        QCOMPARE(login.status, 200);
        const QString olga = login.json().value(QStringLiteral("token")).toString();
        QCOMPARE(login.json()[QStringLiteral("user")][QStringLiteral("displayName")].toString(),
                 QStringLiteral("Olga K."));

        // Make another user an owner of olga's community.
        const auto patReg = http.post(QStringLiteral("/v1/auth/register"),
                                      "{\"handle\":\"pat\",\"password\":\"password-pat\"}");
        QCOMPARE(patReg.status, 201);
        const QString pat = patReg.json().value(QStringLiteral("token")).toString();
        const QString patId =
            patReg.json()[QStringLiteral("user")][QStringLiteral("id")].toString();
        const QString community = newId();
        QCOMPARE(http.post(QStringLiteral("/v1/mutations"),
                           batch(QStringLiteral("c"),
                                 {mutation(newId(), QStringLiteral("community.create"),
                                           {{QStringLiteral("id"), community},
                                            {QStringLiteral("slug"), QStringLiteral("ops")},
                                            {QStringLiteral("name"), QStringLiteral("Ops")}})}),
                           olga)
                     .status,
                 200);
        const auto crowned = HearthdProcess::run(
            storage + QStringList{QStringLiteral("--make-owner"), QStringLiteral("pat"),
                                  QStringLiteral("--community"), QStringLiteral("ops")});
        QVERIFY2(crowned.exitCode == 0, crowned.err.constData());
        QString patRole;
        const auto page = http.get(QStringLiteral("/v1/sync?limit=500"), pat);
        for (const QJsonValue &c : page.json().value(QStringLiteral("changes")).toArray()) {
            if (c[QStringLiteral("id")].toString() == community + QLatin1Char(':') + patId)
                patRole = c[QStringLiteral("data")][QStringLiteral("role")].toString();
        }
        QCOMPARE(patRole, QStringLiteral("owner"));

        // A reset signs olga out everywhere; only the new password works.
        const auto reset = HearthdProcess::run(
            storage + QStringList{QStringLiteral("--reset-password"), QStringLiteral("olga")},
            60000, "brand-new-password\n");
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QCOMPARE(http.get(QStringLiteral("/v1/sync"), olga).status, 401);
        QCOMPARE(http.post(QStringLiteral("/v1/auth/login"),
                           "{\"handle\":\"olga\",\"password\":\"olga-password\"}")
                     .status,
                 401);
        QCOMPARE(http.post(QStringLiteral("/v1/auth/login"),
                           "{\"handle\":\"olga\",\"password\":\"brand-new-password\"}")
                     .status,
                 200);
    }

    void seedingFillsOnlyAFreshDatabase() {
        QTemporaryDir dir;
        const QString fixture = QStringLiteral(HEARTHD_SEED_FIXTURE);
        const auto seeded =
            HearthdProcess::run(HearthdProcess::storageArgs(dir.path()) +
                                QStringList{QStringLiteral("--seed-file"), fixture});
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
        QVERIFY(seeded.out.contains("2 communities"));
        const auto again = HearthdProcess::run(HearthdProcess::storageArgs(dir.path()) +
                                               QStringList{QStringLiteral("--seed-file"), fixture});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("fresh"), again.err.constData());

        HearthdProcess server(dir.path());
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        HttpClient http(server.url());
        const auto login = http.post(QStringLiteral("/v1/auth/login"),
                                     "{\"handle\":\"demo\",\"password\":\"hearth-demo\"}");
        QCOMPARE(login.status, 200);
        const auto page = http.get(QStringLiteral("/v1/sync?limit=500"),
                                   login.json().value(QStringLiteral("token")).toString());
        QCOMPARE(page.status, 200);
        int posts = 0;
        for (const QJsonValue &c : page.json().value(QStringLiteral("changes")).toArray())
            posts += c[QStringLiteral("type")].toString() == QStringLiteral("post");
        QVERIFY(posts >= 3);
    }

    void builtInDemoSeedsThreeCommunitiesForTheDemoAccount() {
        QTemporaryDir dir;
        const auto seeded = HearthdProcess::run(HearthdProcess::storageArgs(dir.path()) +
                                                QStringList{QStringLiteral("--seed-demo")});
        if (seeded.err.contains("built without the demo data"))
            QSKIP("resources/demo/demo.json was missing when hearthd was configured");
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());

        HearthdProcess server(dir.path());
        QVERIFY(server.start());
        HttpClient http(server.url());
        const auto login = http.post(QStringLiteral("/v1/auth/login"),
                                     "{\"handle\":\"demo\",\"password\":\"hearth-demo\"}");
        QCOMPARE(login.status, 200);
        const QString t = login.json().value(QStringLiteral("token")).toString();
        QSet<QString> communities;
        QSet<QString> postCommunities;
        QString cursor;
        for (bool more = true; more;) {
            const auto page = http.get(QStringLiteral("/v1/sync?limit=500&cursor=") + cursor, t);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &c : page.json().value(QStringLiteral("changes")).toArray()) {
                if (c[QStringLiteral("type")].toString() == QStringLiteral("community"))
                    communities.insert(c[QStringLiteral("id")].toString());
                if (c[QStringLiteral("type")].toString() == QStringLiteral("post"))
                    postCommunities.insert(c[QStringLiteral("community")].toString());
            }
            cursor = page.json().value(QStringLiteral("cursor")).toString();
            more = page.json().value(QStringLiteral("hasMore")).toBool();
        }
        QVERIFY(communities.size() >= 3);
        QVERIFY2(postCommunities.size() >= 3, "the demo account reads the feeds of all three");
    }

    void restartKeepsAccountsAndCursors() {
        QTemporaryDir dir;
        QString cursor;
        QString t;
        {
            HearthdProcess first(dir.path());
            QVERIFY(first.start());
            HttpClient http(first.url());
            t = http.registerUser(QStringLiteral("keeper"), QStringLiteral("password-keeper"));
            QVERIFY(!t.isEmpty());
            cursor = http.get(QStringLiteral("/v1/sync"), t)
                         .json()
                         .value(QStringLiteral("cursor"))
                         .toString();
            QVERIFY(!cursor.isEmpty());
        }
        HearthdProcess second(dir.path());
        QVERIFY(second.start());
        HttpClient http(second.url());
        const auto page = http.get(QStringLiteral("/v1/sync?cursor=") + cursor, t);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("cursor")).toString(), cursor);

        // A cursor from another database asks for a resync.
        const auto other = m_http->get(QStringLiteral("/v1/sync?cursor=") + cursor,
                                       token(QStringLiteral("stranger")));
        QCOMPARE(other.status, 410);
        QCOMPARE(other.errorCode(), QStringLiteral("resync_required"));
    }
};

QTEST_GUILESS_MAIN(TestHearthdHttp)
#include "tst_hearthd_http.moc"
