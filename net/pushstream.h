#pragma once
// The live push stream: a WebSocket on /v1/stream that brings small pokes ({"cursor": head})
// when the server has something new for this member. While started it keeps itself open,
// reconnecting with its own backoff and jitter, and says when it is live, when it (re)connected
// (anything may have been missed meanwhile) and when it was lost, so the sync engine can pull,
// poll while it is down, and show Offline as soon as the server cannot be reached.
//
// The engine owns one and starts it with ApiClient::streamRequest().

#include "backoff.h"

#include <QNetworkRequest>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace hearth::net {

class PushStream : public QObject {
    Q_OBJECT

public:
    explicit PushStream(QObject *parent = nullptr);
    ~PushStream() override;

    // The reconnect backoff (default 1 s .. 60 s).
    void setBackoff(int baseMs, int capMs) { m_backoff = Backoff(baseMs, capMs); }

    // Opens the stream and keeps it open until stop().
    void start(const QNetworkRequest &request);
    void stop();
    // The server answered something else: if the stream is down, try again now rather than
    // when the backoff says (the backoff keeps growing if it fails again).
    void resume();
    // The connection is likely dead (the machine slept): drop it and reconnect at once.
    void reconnectNow();

    bool isStarted() const { return m_started; }
    bool isLive() const { return m_live; }

Q_SIGNALS:
    void liveChanged(bool live);
    // Connected (again): pull, since pokes may have been missed while it was down.
    void connected();
    void poked(const QString &cursor);
    // The stream could not connect or was cut while started; `reason` for the log and people.
    void lost(const QString &reason);

private:
    void open();
    void onClosed();
    void setLive(bool live);

    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    Backoff m_backoff;
    QNetworkRequest m_request;
    bool m_started = false;
    bool m_live = false;
    bool m_opening = false;
    bool m_dropping = false; // reconnectNow() is closing it
};

} // namespace hearth::net
