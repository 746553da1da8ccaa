#include "trustedproxies.h"

#include <QHttpServerRequest>
#include <QRegularExpression>

namespace hearthd {

namespace {

// IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; compare them as IPv4.
QHostAddress normalized(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// One hop as proxies write it: "192.0.2.1", "192.0.2.1:4711", "2001:db8::1",
// "[2001:db8::1]:4711", possibly quoted (Forwarded). Null for "unknown", "_hidden" and the like.
QHostAddress hopAddress(QByteArrayView text) {
    QByteArray hop = text.trimmed().toByteArray();
    if (hop.size() >= 2 && hop.startsWith('"') && hop.endsWith('"'))
        hop = hop.mid(1, hop.size() - 2);
    if (hop.startsWith('[')) {
        const qsizetype close = hop.indexOf(']');
        if (close < 0)
            return {};
        hop = hop.mid(1, close - 1);
    } else if (hop.count(':') == 1) {
        hop = hop.left(hop.indexOf(':')); // IPv4 with a port
    }
    const QHostAddress address(QString::fromLatin1(hop));
    return address.isNull() ? QHostAddress() : normalized(address);
}

// Hops, left (the original client) to right (the nearest proxy).
QList<QByteArray> forwardedForHops(const QList<QByteArray> &values) {
    QList<QByteArray> hops;
    for (const QByteArray &value : values)
        hops += value.split(',');
    return hops;
}

// The for= parameter of each Forwarded element (RFC 7239), left to right.
QList<QByteArray> forwardedHops(const QList<QByteArray> &values) {
    QList<QByteArray> hops;
    for (const QByteArray &value : values) {
        for (const QByteArray &element : value.split(',')) {
            QByteArray hop;
            for (const QByteArray &pair : element.split(';')) {
                const QByteArray p = pair.trimmed();
                if (p.size() > 4 && p.left(4).toLower() == "for=")
                    hop = p.mid(4);
            }
            hops.append(hop);
        }
    }
    return hops;
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QString &text, QString *error) {
    TrustedProxies proxies;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull()) {
            *error = QStringLiteral("'%1' is not an address or subnet (e.g. 127.0.0.1, ::1, "
                                    "10.0.0.0/8)")
                         .arg(entry);
            return std::nullopt;
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const {
    const QHostAddress a = normalized(address);
    for (const auto &subnet : m_subnets) {
        if (a.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString TrustedProxies::toString() const {
    QStringList entries;
    for (const auto &[address, length] : m_subnets)
        entries << QStringLiteral("%1/%2").arg(address.toString()).arg(length);
    return entries.join(QStringLiteral(", "));
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer,
                                           const QList<QByteArray> &forwardedFor,
                                           const QList<QByteArray> &forwarded) const {
    QHostAddress client = normalized(peer);
    if (!contains(client))
        return client; // not a proxy we trust: what it claims about others means nothing
    // X-Forwarded-For is what nginx writes; Forwarded only counts when it is the only one.
    const QList<QByteArray> hops =
        forwardedFor.isEmpty() ? forwardedHops(forwarded) : forwardedForHops(forwardedFor);
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop = hopAddress(*it);
        if (hop.isNull())
            return client; // an unknown or hidden hop: the nearest proxy is all we know
        if (!contains(hop))
            return hop;
        client = hop;
    }
    return client; // every hop is one of our proxies: the left-most is the client
}

QHostAddress TrustedProxies::clientAddress(const QHttpServerRequest &request) const {
    if (!contains(request.remoteAddress()))
        return normalized(request.remoteAddress());
    QList<QByteArray> forwardedFor;
    QList<QByteArray> forwarded;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("x-forwarded-for", Qt::CaseInsensitive) == 0)
            forwardedFor.append(value);
        else if (name.compare("forwarded", Qt::CaseInsensitive) == 0)
            forwarded.append(value);
    }
    return clientAddress(request.remoteAddress(), forwardedFor, forwarded);
}

} // namespace hearthd
