#pragma once
// What the HTTP API reports about its own traffic, and the text it serves on /metrics. The
// composition above this layer implements it (hearthd::Metrics), so hearthd_http never depends
// on what is built on top of it.

#include <QByteArray>
#include <QString>

namespace hearthd {

class ApiMetrics {
public:
    virtual ~ApiMetrics() = default;

    virtual void recordRequest(const QString &route, int status, qint64 elapsedNs) = 0;
    virtual void recordMutationResult(const QString &status) = 0;
    // The Prometheus text exposition of everything the process measures.
    virtual QByteArray render() const = 0;
};

} // namespace hearthd
