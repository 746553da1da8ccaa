#pragma once
// Reads hearthd's Prometheus counters (/metrics) for integration tests that count what the
// client asked of the server: requests answered per route, whatever the status.

#include <QString>
#include <QUrl>

namespace hearth::testing {

// Requests hearthd answered on `route` (as /metrics names it, e.g. "/v1/sync" or
// "/v1/communities/:id/history") since it started; -1 when /metrics did not answer.
int requestsAnswered(const QUrl &server, const QString &route);

} // namespace hearth::testing
