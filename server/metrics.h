#pragma once
// Counters and latency histograms for /metrics, in the Prometheus text format. Gauges are read
// through callbacks at scrape time, so their owners need not push updates.

#include "server/http/apimetrics.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace hearthd {

class Metrics : public ApiMetrics {
public:
    Metrics();

    void recordRequest(const QString &route, int status, qint64 elapsedNs) override;
    void recordMutationResult(const QString &status) override;
    void addGauge(const QString &name, const QString &help, std::function<double()> read);
    // A count that only grows (since start), kept by its owner and read at scrape time.
    void addCounter(const QString &name, const QString &help, std::function<double()> read);

    QByteArray render() const override;

private:
    struct Histogram {
        QList<quint64> counts; // one per bucket bound, cumulative at render time
        quint64 count = 0;
        double sum = 0;
    };
    struct Gauge {
        QString name;
        QString help;
        std::function<double()> read;
        const char *type = "gauge";
    };

    QList<double> m_bounds;                    // seconds
    QHash<QString, quint64> m_requests;        // "route\nstatus" -> count
    QHash<QString, Histogram> m_latency;       // route -> histogram
    QHash<QString, quint64> m_mutationResults; // status -> count
    QList<Gauge> m_gauges;
};

} // namespace hearthd
