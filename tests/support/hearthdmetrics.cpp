#include "hearthdmetrics.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace hearth::testing {

int requestsAnswered(const QUrl &server, const QString &route) {
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(server.resolved(QUrl(QStringLiteral("/metrics")))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return -1;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return -1;
    const QByteArray prefix = "hearthd_http_requests_total{route=\"" + route.toUtf8() + '"';
    int total = 0;
    const QList<QByteArray> lines = reply->readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            total += line.mid(line.lastIndexOf(' ') + 1).toInt();
    }
    return total;
}

} // namespace hearth::testing
