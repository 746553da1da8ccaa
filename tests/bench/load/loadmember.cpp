#include "loadmember.h"

#include "loadreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUuid>
#include <cmath>

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A few sentences, the length of what people write in a small community.
QString prose(QRandomGenerator &random, int sentences) {
    static const QStringList words{
        QStringLiteral("glaze"),    QStringLiteral("kiln"),     QStringLiteral("workshop"),
        QStringLiteral("thanks"),   QStringLiteral("Saturday"), QStringLiteral("recipe"),
        QStringLiteral("market"),   QStringLiteral("pricing"),  QStringLiteral("photos"),
        QStringLiteral("beginner"), QStringLiteral("tools"),    QStringLiteral("studio"),
        QStringLiteral("trail"),    QStringLiteral("launch"),   QStringLiteral("feedback")};
    QString out;
    for (int s = 0; s < sentences; ++s) {
        const int n = 8 + random.bounded(10);
        for (int w = 0; w < n; ++w)
            out += (w ? QStringLiteral(" ") : QString()) + words.at(random.bounded(words.size()));
        out += QStringLiteral(". ");
    }
    return out.trimmed();
}

} // namespace

LoadMember::LoadMember(int index, quint16 port, int community, const Plan &plan, LoadWorld &world,
                       LoadReport &report, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_port(port)
    , m_community(community)
    , m_plan(plan)
    , m_world(world)
    , m_report(report)
    , m_random(quint32(index) * 2654435761u + 1)
    , m_address("10." + QByteArray::number((index >> 16) & 0xff) + '.' +
                QByteArray::number((index >> 8) & 0xff) + '.' + QByteArray::number(index & 0xff))
    , m_http(port, m_address)
    , m_clientId(newId()) {
    m_clock.start();
    connect(&m_stream, &QWebSocket::textMessageReceived, this, [this](const QString &) {
        m_report.count(QStringLiteral("pokes received"));
        want(Action::Pull);
    });
    connect(&m_stream, &QWebSocket::disconnected, this, [this] {
        if (!m_running)
            return;
        m_report.count(QStringLiteral("streams closed by hearthd (%1 %2)")
                           .arg(int(m_stream.closeCode()))
                           .arg(m_stream.closeReason()));
        QTimer::singleShot(1000 + m_random.bounded(2000), this, [this] {
            if (m_running)
                openStream();
        });
    });
}

void LoadMember::signUp(std::function<void(bool)> done) {
    const QJsonObject body{
        {QStringLiteral("handle"), QStringLiteral("member%1").arg(m_index)},
        {QStringLiteral("password"), QStringLiteral("load-password")},
        {QStringLiteral("displayName"), QStringLiteral("Member %1").arg(m_index)}};
    m_http.request("POST", "/v1/auth/register", {}, compact(body),
                   [this, done](int status, const QByteArray &reply) {
                       m_token = QJsonDocument::fromJson(reply)
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();
                       if (status != 201 || m_token.isEmpty()) {
                           qWarning("member %d: sign-up answered %d: %s", m_index, status,
                                    reply.left(200).constData());
                           done(false);
                           return;
                       }
                       const QString community = m_world.communities.at(m_community).id;
                       const QJsonObject batch{
                           {QStringLiteral("clientId"), m_clientId},
                           {QStringLiteral("mutations"),
                            QJsonArray{mutation("membership.join",
                                                {{QStringLiteral("communityId"), community}})}}};
                       m_http.request("POST", "/v1/mutations", m_token, compact(batch),
                                      [done](int status, const QByteArray &reply) {
                                          done(status == 200 && reply.contains("\"applied\""));
                                      });
                   });
}

void LoadMember::start() {
    m_running = true;
    openStream();
    want(Action::Pull);
    schedule(Action::Post, m_plan.postEvery);
    schedule(Action::Comment, m_plan.commentEvery);
    schedule(Action::React, m_plan.reactEvery);
    schedule(Action::Rsvp, m_plan.rsvpEvery);
    schedule(Action::Pull, m_plan.pullEvery);
}

void LoadMember::stop() {
    m_running = false;
    m_queue.clear();
    m_stream.abort();
}

void LoadMember::openStream() {
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream").arg(m_port)));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("X-Forwarded-For", m_address);
    const qint64 started = m_clock.nsecsElapsed();
    auto opened = std::make_shared<QMetaObject::Connection>();
    *opened = connect(&m_stream, &QWebSocket::connected, this, [this, started, opened] {
        disconnect(*opened);
        m_report.record(QStringLiteral("WS /v1/stream (open)"), m_clock.nsecsElapsed() - started);
    });
    m_stream.open(request);
}

void LoadMember::schedule(Action action, double meanSeconds) {
    if (meanSeconds <= 0)
        return;
    // Exponential think-time: a person acts at random moments, at this mean rate.
    const double seconds = -std::log(1.0 - m_random.generateDouble()) * meanSeconds;
    QTimer::singleShot(int(std::min(seconds, 86400.0) * 1000), this, [this, action, meanSeconds] {
        if (!m_running)
            return;
        want(action);
        schedule(action, meanSeconds);
    });
}

void LoadMember::want(Action action) {
    if (!m_running)
        return;
    if (action == Action::Pull) {
        // One pull at a time; a poke meanwhile means one more pull after it.
        if (m_queue.contains(Action::Pull) || m_pullWanted)
            return;
        if (m_http.busy()) {
            m_pullWanted = true;
            return;
        }
    }
    m_queue.append(action);
    pump();
}

void LoadMember::pump() {
    if (!m_running || m_http.busy() || m_queue.isEmpty())
        return;
    const QString community = m_world.communities.at(m_community).id;
    switch (m_queue.takeFirst()) {
    case Action::Pull:
        pull();
        break;
    case Action::Post: {
        const QString id = newId();
        write(QStringLiteral("POST /v1/mutations post.create"),
              mutation("post.create",
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("communityId"), community},
                        {QStringLiteral("title"), prose(m_random, 1).left(80)},
                        {QStringLiteral("body"), prose(m_random, 3 + m_random.bounded(5))}}),
              [this, id] { m_world.addPost(m_community, id); });
        break;
    }
    case Action::Comment: {
        const QString post = m_world.somePost(m_community, m_random);
        if (post.isEmpty())
            return pump();
        write(QStringLiteral("POST /v1/mutations comment.create"),
              mutation("comment.create", {{QStringLiteral("id"), newId()},
                                          {QStringLiteral("postId"), post},
                                          {QStringLiteral("body"), prose(m_random, 2)}}));
        break;
    }
    case Action::React: {
        static const QStringList emoji{QStringLiteral("👍"), QStringLiteral("❤️"),
                                       QStringLiteral("🔥"), QStringLiteral("🎉"),
                                       QStringLiteral("👀")};
        const QString post = m_world.somePost(m_community, m_random);
        if (post.isEmpty())
            return pump();
        write(QStringLiteral("POST /v1/mutations reaction.set"),
              mutation("reaction.set",
                       {{QStringLiteral("targetType"), QStringLiteral("post")},
                        {QStringLiteral("targetId"), post},
                        {QStringLiteral("emoji"), emoji.at(m_random.bounded(emoji.size()))}}));
        break;
    }
    case Action::Rsvp: {
        const QStringList &events = m_world.communities.at(m_community).events;
        if (events.isEmpty())
            return pump();
        static const QStringList answers{QStringLiteral("going"), QStringLiteral("maybe"),
                                         QStringLiteral("not_going")};
        write(QStringLiteral("POST /v1/mutations rsvp.set"),
              mutation("rsvp.set",
                       {{QStringLiteral("eventId"), events.at(m_random.bounded(events.size()))},
                        {QStringLiteral("status"), answers.at(m_random.bounded(answers.size()))}}));
        break;
    }
    }
}

void LoadMember::pull() {
    const qint64 started = m_clock.nsecsElapsed();
    QByteArray path = "/v1/sync?limit=100";
    if (!m_cursor.isEmpty())
        path += "&cursor=" + QUrl::toPercentEncoding(m_cursor);
    m_http.request("GET", path, m_token, {}, [this, started](int status, const QByteArray &body) {
        const QString endpoint = QStringLiteral("GET /v1/sync");
        bool more = false;
        if (status == 200) {
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            m_cursor = page.value(QStringLiteral("cursor")).toString();
            more = page.value(QStringLiteral("hasMore")).toBool();
            m_report.record(endpoint, m_clock.nsecsElapsed() - started);
        } else {
            if (status == 410)
                m_cursor.clear(); // resync from the start, as the app does
            m_report.record(endpoint, m_clock.nsecsElapsed() - started,
                            status ? QStringLiteral("HTTP %1").arg(status)
                                   : QStringLiteral("no answer"));
        }
        if (more) {
            m_queue.prepend(Action::Pull);
        } else if (m_pullWanted) {
            m_pullWanted = false;
            m_queue.append(Action::Pull);
        }
        pump();
    });
}

QJsonObject LoadMember::mutation(const char *name, const QJsonObject &args) {
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("args"), args}};
}

void LoadMember::write(const QString &endpoint, const QJsonObject &m,
                       const std::function<void()> &applied) {
    const QJsonObject batch{{QStringLiteral("clientId"), m_clientId},
                            {QStringLiteral("mutations"), QJsonArray{m}}};
    const qint64 started = m_clock.nsecsElapsed();
    m_http.request("POST", "/v1/mutations", m_token, compact(batch),
                   [this, endpoint, started, applied](int status, const QByteArray &body) {
                       QString error;
                       if (status != 200) {
                           error = status ? QStringLiteral("HTTP %1").arg(status)
                                          : QStringLiteral("no answer");
                       } else {
                           const QJsonObject result = QJsonDocument::fromJson(body)
                                                          .object()
                                                          .value(QStringLiteral("results"))
                                                          .toArray()
                                                          .at(0)
                                                          .toObject();
                           if (result.value(QStringLiteral("status")).toString() !=
                               QLatin1StringView("applied"))
                               error = QStringLiteral("%1: %2").arg(
                                   result.value(QStringLiteral("status")).toString(),
                                   result.value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("code"))
                                       .toString());
                           else if (applied)
                               applied();
                       }
                       m_report.record(endpoint, m_clock.nsecsElapsed() - started, error);
                       pump();
                   });
}
