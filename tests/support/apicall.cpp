#include "apicall.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace hearth::testing {

net::ApiResult call(const ApiSend &send, const QUrl &server, const QString &token, int timeoutMs) {
    net::ApiClient api;
    api.setServerUrl(server);
    api.setToken(token);
    api.setTimeout(timeoutMs);
    QObject context;
    net::ApiResult result;
    bool done = false;
    send(api, &context, [&](const net::ApiResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs + 1000))
        result.transportError = QStringLiteral("timed out");
    return result;
}

protocol::AuthResponse registerUser(const QUrl &server, const QString &handle) {
    const protocol::AuthRequest request{handle, QStringLiteral("correct horse battery"),
                                        handle.toUpper()};
    const net::ApiResult r = call(
        [&](net::ApiClient &api, QObject *ctx, auto cb) { api.registerAccount(request, ctx, cb); },
        server);
    QString error;
    const auto auth =
        protocol::AuthResponse::fromJson(QJsonDocument::fromJson(r.body).object(), &error);
    if (!auth)
        qWarning() << "register failed:" << r.status << r.body;
    return auth.value_or(protocol::AuthResponse{});
}

} // namespace hearth::testing
