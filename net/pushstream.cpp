#include "pushstream.h"

#include "netlogging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearth::net {

PushStream::PushStream(QObject *parent)
    : QObject(parent) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PushStream::open);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_opening = false;
        m_backoff.reset();
        qCInfo(lcSync) << "push stream connected";
        setLive(true);
        Q_EMIT connected();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &PushStream::onClosed);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        const QJsonObject poke = QJsonDocument::fromJson(message.toUtf8()).object();
        Q_EMIT poked(poke.value(QStringLiteral("cursor")).toString());
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto socketError = &QWebSocket::errorOccurred;
#else
    const auto socketError = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
#endif
    connect(&m_socket, socketError, this, [this](QAbstractSocket::SocketError) {
        qCDebug(lcSync) << "push stream:" << m_socket.errorString();
        // A failed connection attempt ends in an error without `disconnected`.
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onClosed();
    });
}

PushStream::~PushStream() {
    m_started = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void PushStream::start(const QNetworkRequest &request) {
    m_request = request;
    if (m_started)
        return;
    m_started = true;
    m_backoff.reset();
    open();
}

void PushStream::stop() {
    if (!m_started)
        return;
    m_started = false;
    m_opening = false;
    m_reconnectTimer.stop();
    m_socket.abort();
    setLive(false);
}

void PushStream::resume() {
    if (!m_started || m_live || m_opening)
        return;
    m_reconnectTimer.stop();
    open();
}

void PushStream::reconnectNow() {
    if (!m_started)
        return;
    m_backoff.reset();
    m_dropping = true; // our own doing: not a lost stream
    m_socket.abort();  // reconnects through onClosed
    m_dropping = false;
    if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_opening &&
        !m_reconnectTimer.isActive())
        open();
}

void PushStream::open() {
    if (!m_started || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_opening = true;
    m_socket.open(m_request);
}

void PushStream::onClosed() {
    const bool wasOpening = m_opening;
    const bool wasLive = m_live;
    m_opening = false;
    setLive(false);
    if (!m_started || m_reconnectTimer.isActive())
        return;
    const QString reason =
        m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    if ((wasOpening || wasLive) && !m_dropping)
        Q_EMIT lost(reason);
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lcSync) << "push stream closed (" << reason << "); reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void PushStream::setLive(bool live) {
    if (m_live == live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

} // namespace hearth::net
