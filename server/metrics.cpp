#include "metrics.h"

#include <QStringList>
#include <algorithm>

namespace hearthd {

namespace {
QByteArray number(double v) {
    return QByteArray::number(v, 'g', 12);
}
} // namespace

Metrics::Metrics()
    : m_bounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5} {}

void Metrics::recordRequest(const QString &route, int status, qint64 elapsedNs) {
    ++m_requests[route + QLatin1Char('\n') + QString::number(status)];
    Histogram &h = m_latency[route];
    if (h.counts.isEmpty())
        h.counts.resize(m_bounds.size());
    const double seconds = double(elapsedNs) / 1e9;
    const auto bucket = std::lower_bound(m_bounds.begin(), m_bounds.end(), seconds);
    if (bucket != m_bounds.end())
        ++h.counts[bucket - m_bounds.begin()];
    ++h.count;
    h.sum += seconds;
}

void Metrics::recordMutationResult(const QString &status) {
    ++m_mutationResults[status];
}

void Metrics::addGauge(const QString &name, const QString &help, std::function<double()> read) {
    m_gauges.append({name, help, std::move(read)});
}

void Metrics::addCounter(const QString &name, const QString &help, std::function<double()> read) {
    m_gauges.append({name, help, std::move(read), "counter"});
}

QByteArray Metrics::render() const {
    QByteArray out;
    out += "# HELP hearthd_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE hearthd_http_requests_total counter\n";
    QStringList keys = m_requests.keys();
    keys.sort();
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char('\n'));
        out += "hearthd_http_requests_total{route=\"" + parts[0].toUtf8() + "\",status=\"" +
               parts[1].toUtf8() + "\"} " + QByteArray::number(m_requests.value(key)) + '\n';
    }

    out += "# HELP hearthd_http_request_duration_seconds Time to answer a request, by route.\n"
           "# TYPE hearthd_http_request_duration_seconds histogram\n";
    QStringList routes = m_latency.keys();
    routes.sort();
    for (const QString &route : routes) {
        const Histogram &h = m_latency[route];
        const QByteArray label = "route=\"" + route.toUtf8() + '"';
        quint64 cumulative = 0;
        for (qsizetype i = 0; i < m_bounds.size(); ++i) {
            cumulative += h.counts.value(i);
            out += "hearthd_http_request_duration_seconds_bucket{" + label + ",le=\"" +
                   number(m_bounds[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "hearthd_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
               QByteArray::number(h.count) + '\n';
        out += "hearthd_http_request_duration_seconds_sum{" + label + "} " + number(h.sum) + '\n';
        out += "hearthd_http_request_duration_seconds_count{" + label + "} " +
               QByteArray::number(h.count) + '\n';
    }

    out += "# HELP hearthd_mutation_results_total Mutation results sent, by status.\n"
           "# TYPE hearthd_mutation_results_total counter\n";
    QStringList statuses = m_mutationResults.keys();
    statuses.sort();
    for (const QString &status : statuses)
        out += "hearthd_mutation_results_total{status=\"" + status.toUtf8() + "\"} " +
               QByteArray::number(m_mutationResults.value(status)) + '\n';

    for (const Gauge &g : m_gauges) {
        out += "# HELP " + g.name.toUtf8() + ' ' + g.help.toUtf8() + "\n# TYPE " + g.name.toUtf8() +
               ' ' + g.type + '\n' + g.name.toUtf8() + ' ' + number(g.read()) + '\n';
    }
    return out;
}

} // namespace hearthd
