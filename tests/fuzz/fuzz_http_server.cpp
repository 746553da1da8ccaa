// libFuzzer target: hearthd's whole request path in-process. A real hearthd::Server (the object
// main() builds) on a private in-memory SQLite database listens on a loopback port; each input
// is sent over a fresh TCP connection, which is then half-closed, and the answer read until
// hearthd closes. So the bytes pass through the listener, ConnectionGuard, RequestFramer, Qt
// HttpServer, the routes, the domain services and SQLite, or through the WebSocket stream.
//
// The first byte picks how the rest is sent:
//   even: raw bytes, as a client could send them;
//   odd:  "METHOD TARGET\nBODY", made into one well-formed HTTP/1.1 request with Host,
//         Content-Length and the bearer token of the owner (bit 1 clear) or of a member (set),
//         so mutated bodies reach the routes and the domain rules.
// In raw bytes "@OWNER@" and "@MEMBER@" become those tokens. The fixture: the owner founded a
// public community (FixedIds::community) with a post and an event in it; the member joined.
//
// Properties: no sanitizer report; hearthd never answers 500 (a refused input is a 4xx, a
// storage failure on bad input is a validation gap); it closes every connection once the
// client has finished sending.

#include "fuzzcheck.h"

#include "protocol/auth.h"
#include "protocol/mutation.h"
#include "server/domain/accounts.h"
#include "server/domain/mutationservice.h"
#include "server/server.h"
#include "server/storage/sqlitebackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace hearth::protocol;
using hearth::fuzz::fail;

namespace FixedIds {
inline constexpr auto community = "c0ffee00-0000-4000-8000-000000000001";
inline constexpr auto post = "c0ffee00-0000-4000-8000-000000000002";
inline constexpr auto event = "c0ffee00-0000-4000-8000-000000000003";
} // namespace FixedIds

namespace {

// A fresh database every so many inputs keeps its size, and so the speed, bounded.
constexpr int InputsPerDatabase = 20000;
// A connection hearthd keeps this long after the client finished sending is a leak.
constexpr int CloseTimeoutMs = 15000;

struct Fixture {
    std::unique_ptr<hearthd::Server> server;
    QByteArray ownerToken;
    QByteArray memberToken;
    int inputs = 0;
};

Fixture *fixture = nullptr;

AuthResponse signUp(hearthd::Server &server, const QString &handle) {
    const auto r = server.accounts().registerUser(
        AuthRequest{handle, QStringLiteral("fuzz-password-%1").arg(handle), {}});
    if (!r)
        qFatal("fuzz fixture: cannot register %s: %s", qPrintable(handle),
               qPrintable(r.error().message));
    return r.value();
}

void apply(hearthd::Server &server, const QString &userId, const char *name,
           const QJsonObject &args) {
    static int n = 0;
    const QString id =
        QStringLiteral("f0220000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'));
    const auto r = server.mutations().apply(
        userId, MutationBatch{QStringLiteral("fuzz-fixture"),
                              {Mutation{id, QString::fromLatin1(name), args}}});
    if (!r || r->results.isEmpty() || !r->results.first().applied())
        qFatal("fuzz fixture: %s was not applied: %s", name,
               r ? qPrintable(r->results.value(0).errorMessage) : qPrintable(r.error().message));
}

void buildFixture() {
    auto f = std::make_unique<Fixture>();
    hearthd::ServerConfig config;
    config.address = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.userRequestsPerSecond = 0; // the fuzzer is one very fast user
    config.authAttemptsPerSecond = 0;
    config.limits.maxConnectionsPerPeer = 1 << 20;
    f->server = std::make_unique<hearthd::Server>(config);
    QString error;
    if (!f->server->open(std::make_unique<hearthd::SqliteBackend>(QStringLiteral(":memory:")),
                         &error) ||
        !f->server->listen(&error))
        qFatal("fuzz fixture: %s", qPrintable(error));
    const AuthResponse owner = signUp(*f->server, QStringLiteral("owner"));
    const AuthResponse member = signUp(*f->server, QStringLiteral("member"));
    apply(*f->server, owner.userId, MutationName::CommunityCreate,
          {{QStringLiteral("id"), QString::fromLatin1(FixedIds::community)},
           {QStringLiteral("slug"), QStringLiteral("fuzz")},
           {QStringLiteral("name"), QStringLiteral("Fuzz")}});
    apply(*f->server, member.userId, MutationName::MembershipJoin,
          {{QStringLiteral("communityId"), QString::fromLatin1(FixedIds::community)}});
    apply(*f->server, owner.userId, MutationName::PostCreate,
          {{QStringLiteral("id"), QString::fromLatin1(FixedIds::post)},
           {QStringLiteral("communityId"), QString::fromLatin1(FixedIds::community)},
           {QStringLiteral("title"), QStringLiteral("Welcome")},
           {QStringLiteral("body"), QStringLiteral("Say hello")}});
    apply(*f->server, owner.userId, MutationName::EventCreate,
          {{QStringLiteral("id"), QString::fromLatin1(FixedIds::event)},
           {QStringLiteral("communityId"), QString::fromLatin1(FixedIds::community)},
           {QStringLiteral("title"), QStringLiteral("Meetup")},
           {QStringLiteral("startsAt"), 4102444800000.0},
           {QStringLiteral("endsAt"), 4102452000000.0},
           {QStringLiteral("place"), QStringLiteral("The hall")},
           {QStringLiteral("capacity"), 2}});
    f->ownerToken = owner.token.toLatin1();
    f->memberToken = member.token.toLatin1();
    delete fixture;
    fixture = f.release();
}

// Inputs may sign a token out; the next input gets a fixture whose tokens work.
bool tokensWork() {
    hearthd::Accounts &accounts = fixture->server->accounts();
    return !accounts.authenticate(QString::fromLatin1(fixture->ownerToken)).isEmpty() &&
           !accounts.authenticate(QString::fromLatin1(fixture->memberToken)).isEmpty();
}

QByteArray assisted(const QByteArray &input, bool asMember) {
    const qsizetype newline = input.indexOf('\n');
    const QByteArray line = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    return line + " HTTP/1.1\r\nHost: fuzz\r\nAuthorization: Bearer " +
           (asMember ? fixture->memberToken : fixture->ownerToken) +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sends `request` on a new connection, half-closes it, and returns all hearthd answered once it
// closed the connection.
QByteArray exchange(quint16 port, const QByteArray &request) {
    QTcpSocket socket;
    QEventLoop loop;
    QByteArray answer;
    bool closed = false;
    const auto halfClose = [&] {
        if (socket.bytesToWrite() == 0 && socket.socketDescriptor() >= 0)
            ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(request);
        halfClose();
    });
    QObject::connect(&socket, &QTcpSocket::bytesWritten, &loop, halfClose);
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&] {
        closed = true; // reset by hearthd, or closed
        loop.quit();
    });
    QTimer::singleShot(CloseTimeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    loop.exec();
    answer += socket.readAll();
    if (!closed)
        fail("http server",
             QStringLiteral("hearthd kept the connection open %1 s after the client finished "
                            "sending; it answered: %2")
                 .arg(CloseTimeoutMs / 1000)
                 .arg(QString::fromUtf8(answer.left(2000))),
             request);
    return answer;
}

// Every answer before a WebSocket upgrade must be a proper HTTP/1.1 status line other than 500.
void checkAnswers(const QByteArray &answer, const QByteArray &request) {
    const qsizetype upgrade = answer.indexOf("HTTP/1.1 101 ");
    const QByteArray http = upgrade < 0 ? answer : answer.left(upgrade);
    if (http.contains("HTTP/1.1 500 ") || http.contains("HTTP/1.0 500 "))
        fail("http server",
             QStringLiteral("hearthd answered 500: ") + QString::fromUtf8(http.left(2000)),
             request);
    if (!answer.isEmpty() && !answer.startsWith("HTTP/1."))
        fail("http server",
             QStringLiteral("the answer is not HTTP: ") + QString::fromUtf8(answer.left(200)),
             request);
}

// Qt's own warnings (the default category) mean hearthd misused a Qt object, e.g. read a
// closed socket: a property broken like any other. hearthd's categories are switched off.
// One is Qt's own doing: after a client's close frame, Qt WebSockets 6.4 answers, closes the
// socket and then still processes the data it had queued, peeking at the closed socket.
void failOnQtWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const bool ours = context.category && QByteArrayView(context.category) != "default";
    const bool qtWebSocketsClosed =
        message == QLatin1StringView("QIODevice::peek (QTcpSocket): device not open");
    if (type == QtWarningMsg && !ours && !qtWebSocketsClosed)
        fail("http server", QStringLiteral("Qt warned: ") + message);
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fail("http server", QStringLiteral("Qt reported: ") + message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    Q_UNUSED(argc);
    new QCoreApplication(appArgc, appArgv);
    // A line per refused request would cost more than the request.
    QLoggingCategory::setFilterRules(QStringLiteral("hearthd.*=false\nqt.*=false"));
    buildFixture();
    qInstallMessageHandler(failOnQtWarnings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    if (++fixture->inputs > InputsPerDatabase || !tokensWork())
        buildFixture();
    QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QByteArray request;
    if (data[0] & 1) {
        request = assisted(rest, data[0] & 2);
    } else {
        request =
            rest.replace("@OWNER@", fixture->ownerToken).replace("@MEMBER@", fixture->memberToken);
    }
    checkAnswers(exchange(fixture->server->port(), request), request);
    return 0;
}
