#pragma once
// One simulated member, behaving as the app does for a person using it: a live stream
// (/v1/stream) whose pokes make it pull (GET /v1/sync until hasMore is false, one pull at a
// time, a poke during a pull pulling again after it), a pull now and then as a fallback, and
// writes at human rates: each action comes after an exponentially distributed think-time with
// the plan's mean. One request is in flight at a time, like the app's sync engine.

#include "loadconnection.h"
#include "loadworld.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <functional>

class LoadReport;

class LoadMember : public QObject {
    Q_OBJECT

public:
    // Mean think-times in seconds between a member's actions of each kind.
    struct Plan {
        double postEvery = 1200;
        double commentEvery = 300;
        double reactEvery = 120;
        double rsvpEvery = 1200;
        double pullEvery = 300;
    };

    LoadMember(int index, quint16 port, int community, const Plan &plan, LoadWorld &world,
               LoadReport &report, QObject *parent = nullptr);

    // Registers (and joins the member's community); `done(ok)` when that is settled.
    void signUp(std::function<void(bool)> done);
    // Opens the stream, pulls everything and starts acting.
    void start();
    void stop();

private:
    enum class Action { Post, Comment, React, Rsvp, Pull };

    void schedule(Action action, double meanSeconds);
    void want(Action action);
    void pump();
    void pull();
    void write(const QString &endpoint, const QJsonObject &mutation,
               const std::function<void()> &applied = {});
    QJsonObject mutation(const char *name, const QJsonObject &args);
    void openStream();

    int m_index;
    quint16 m_port;
    int m_community;
    Plan m_plan;
    LoadWorld &m_world;
    LoadReport &m_report;
    QRandomGenerator m_random;
    QByteArray m_address;
    LoadConnection m_http;
    QWebSocket m_stream;
    QByteArray m_token;
    QString m_cursor;
    QString m_clientId;
    QList<Action> m_queue;
    bool m_pullWanted = false;
    bool m_running = false;
    QElapsedTimer m_clock;
};
