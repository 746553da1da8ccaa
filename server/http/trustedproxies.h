#pragma once
// The reverse proxies hearthd believes about who their clients are (the trusted-proxies
// setting). A request from one of them names its client in X-Forwarded-For (or, without one,
// Forwarded); the client is the right-most hop that is not itself a trusted proxy, since every
// hop left of it could have been written by the client. From anyone else those headers are
// ignored: the peer's own address is the client. That address keys the per-peer connection
// cap, the sign-in rate limit and the logs.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class QHttpServerRequest;

namespace hearthd {

class TrustedProxies {
public:
    // Addresses or subnets ("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"), separated by commas
    // or spaces; empty: trust no one. nullopt with a message naming the bad entry.
    static std::optional<TrustedProxies> parse(const QString &text, QString *error);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    QString toString() const;

    // The client of a request that arrived from `peer` with these header field values (each
    // field line's value, in order).
    QHostAddress clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor,
                               const QList<QByteArray> &forwarded) const;
    QHostAddress clientAddress(const QHttpServerRequest &request) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace hearthd
