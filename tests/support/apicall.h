#pragma once
// Blocking calls to hearthd through the real ApiClient, for client integration tests and the
// benchmarks: what another member's client would send, without a sync engine in between.
// (HttpClient speaks raw HTTP instead, for tests of the server's own wire.)

#include "net/apiclient.h"
#include "protocol/auth.h"

#include <QUrl>
#include <functional>

namespace hearth::testing {

using ApiSend = std::function<void(net::ApiClient &, QObject *, net::ApiClient::Callback)>;

// Runs one request and waits for its answer (`timeoutMs`, then a "timed out" transport error).
net::ApiResult call(const ApiSend &send, const QUrl &server, const QString &token = {},
                    int timeoutMs = 15000);

// Registers `handle` (display name: the handle in capitals); an empty response on failure.
protocol::AuthResponse registerUser(const QUrl &server, const QString &handle);

} // namespace hearth::testing
