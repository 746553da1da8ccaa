#include "screentour.h"

#include "appcontext.h"

#include "ui/qmlwarnings.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QScreen>
#include <QSqlQuery>
#include <QUuid>

namespace hearth::app {

Q_LOGGING_CATEGORY(lcTour, "hearth.app.screens")

namespace {
constexpr int ContentTimeoutMs = 30000; // the first sync of a demo account
constexpr int ScreenTimeoutMs = 20000;  // a prepared write's answer from the server
constexpr int SettleMs = 700;           // layout, fonts, delegates and animations
constexpr int ThemeSettleMs = 400;
const QStringList Themes{QStringLiteral("light"), QStringLiteral("dark")};
} // namespace

namespace {
// A post of mine in the first community where my membership matches `membership` (SQL over the
// memberships table, written here, never from input).
void queuePost(cache::CacheStore *store, const QString &membership, const QString &kind,
               const QString &title, const QString &body) {
    QSqlQuery q(store->readConnection());
    q.prepare(QStringLiteral("SELECT community_id FROM memberships WHERE user_id = ? AND ") +
              membership + QStringLiteral(" ORDER BY community_id LIMIT 1"));
    q.addBindValue(store->localUserId());
    if (!q.exec() || !q.next())
        return;
    store->enqueueMutation(
        QStringLiteral("post.create"),
        QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("communityId"), q.value(0).toString()},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("body"), body}});
}
} // namespace

ScreenTour::ScreenTour(QQuickWindow *window, AppContext *context, const QString &directory,
                       const QStringList &names, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_directory(directory)
    , m_names(names) {
    m_tour = window->findChild<QObject *>(QStringLiteral("screenTour"));
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const bool met = m_condition();
        if (!met && m_waited.elapsed() < m_timeoutMs)
            return;
        m_poll.stop();
        const auto then = std::move(m_then);
        then(met);
    });
    QTimer::singleShot(0, this, &ScreenTour::begin);
}

QVariant ScreenTour::callTour(const char *function, const QVariant &argument) {
    QVariant result;
    if (!m_tour)
        return result;
    if (argument.isValid())
        QMetaObject::invokeMethod(m_tour, function, Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, argument));
    else
        QMetaObject::invokeMethod(m_tour, function, Q_RETURN_ARG(QVariant, result));
    return result;
}

void ScreenTour::waitFor(const std::function<bool()> &condition, int timeoutMs,
                         const std::function<void(bool)> &then) {
    m_condition = condition;
    m_then = then;
    m_timeoutMs = timeoutMs;
    m_waited.start();
    m_poll.start();
}

void ScreenTour::begin() {
    if (!m_tour || !m_window) {
        qCCritical(lcTour) << "the window has no screen tour";
        QCoreApplication::exit(1);
        return;
    }
    if (!QDir().mkpath(m_directory)) {
        qCCritical(lcTour) << "cannot create" << m_directory;
        QCoreApplication::exit(1);
        return;
    }
    if (m_names.isEmpty())
        m_names = callTour("defaultNames").toStringList();
    for (const QString &name : std::as_const(m_names)) {
        if (!callTour("known", name).toBool()) {
            qCCritical(lcTour) << "no screen named" << name;
            QCoreApplication::exit(2);
            return;
        }
    }
    m_originalTheme = m_context->preferences()->theme();
    // Park the pointer in the screen's corner, away from the content, so no hover effect shows.
    if (QScreen *screen = m_window->screen())
        QCursor::setPos(screen, screen->geometry().bottomRight());
    waitFor([this] { return m_window->isExposed() && m_context->contentSettled(); },
            ContentTimeoutMs,
            [this](bool settled) {
                if (!settled)
                    qCWarning(lcTour) << "content not settled; photographing it as it is";
                nextScreen();
            });
}

bool ScreenTour::prepare(const QString &preparation) {
    cache::CacheStore *store = m_context->store();
    if (preparation.isEmpty())
        return true;
    if (!store)
        return false;
    QSqlQuery q(store->readConnection());
    if (preparation == u"writes") {
        // Two edits of one of my posts, both based on the version cached here: the server applies
        // the first and answers the second `conflict`, with its text, exactly as when the post
        // was edited on another device meanwhile.
        q.prepare(QStringLiteral("SELECT id, version, title, body FROM posts WHERE author_id = ?"
                                 " ORDER BY created_at DESC LIMIT 1"));
        q.addBindValue(store->localUserId());
        if (q.exec() && q.next()) {
            const QString id = q.value(0).toString();
            const int version = q.value(1).toInt();
            const QString title = q.value(2).toString();
            const QString body = q.value(3).toString();
            const auto edit = [&](const QString &addition) {
                store->enqueueMutation(
                    QStringLiteral("post.edit"),
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("body"), QString(body + addition)}});
            };
            edit(QStringLiteral("\n\n**Update:** thank you all, this helped a lot. I will try "
                                "it this week and report back."));
            edit(QStringLiteral("\n\nEdit from the train: a few of you asked for details, so I "
                                "will write them up tonight."));
        }
        // An announcement by a plain member: the server refuses it with its reason.
        queuePost(store, QStringLiteral("role = 'member' AND state = 'active'"),
                  QStringLiteral("announcement"), QStringLiteral("Studio open day on Saturday"),
                  QStringLiteral("Come and see the new kiln. Tea and biscuits from 10."));
        return true;
    }
    if (preparation == u"offline-writes") {
        queuePost(store, QStringLiteral("state = 'active'"), QStringLiteral("discussion"),
                  QStringLiteral("Written on the train"),
                  QStringLiteral("No signal here, so this waits in the outbox until I am home."));
        return true;
    }
    qCWarning(lcTour) << "unknown preparation" << preparation;
    return false;
}

bool ScreenTour::screenReady() {
    return callTour("ready", m_current).toBool();
}

void ScreenTour::nextScreen() {
    if (m_names.isEmpty()) {
        finish();
        return;
    }
    m_current = m_names.takeFirst();
    callTour("setTheme", Themes.constFirst());
    if (!prepare(callTour("preparation", m_current).toString()))
        m_failures.append(m_current + QStringLiteral(": cannot prepare"));
    if (!callTour("show", m_current).toBool()) {
        m_failures.append(m_current + QStringLiteral(": cannot be shown"));
        nextScreen();
        return;
    }
    waitFor([this] { return screenReady(); }, ScreenTimeoutMs,
            [this](bool ready) {
                if (!ready) {
                    qCWarning(lcTour) << m_current << "did not settle; photographing it as it is";
                    m_failures.append(m_current + QStringLiteral(": did not settle"));
                }
                QTimer::singleShot(SettleMs, this, [this] { grabThemes(0); });
            });
}

void ScreenTour::grabThemes(int themeIndex) {
    if (themeIndex >= Themes.size()) {
        nextScreen();
        return;
    }
    if (!m_window) {
        QCoreApplication::exit(1);
        return;
    }
    const QString path =
        QDir(m_directory).filePath(m_current + QLatin1Char('-') + Themes.at(themeIndex) + ".png");
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        qCCritical(lcTour) << "could not write" << path;
        m_failures.append(path);
    } else {
        qCInfo(lcTour) << "saved" << path;
        m_written.append(path);
    }
    if (themeIndex + 1 < Themes.size()) {
        callTour("setTheme", Themes.at(themeIndex + 1));
        QTimer::singleShot(ThemeSettleMs, this, [this, themeIndex] { grabThemes(themeIndex + 1); });
    } else {
        grabThemes(themeIndex + 1);
    }
}

void ScreenTour::finish() {
    callTour("reset");
    if (!m_originalTheme.isEmpty())
        callTour("setTheme", m_originalTheme);
    const int warnings = hearth::ui::QmlWarnings::count();
    qCInfo(lcTour) << "wrote" << m_written.size() << "pictures to" << m_directory;
    for (const QString &failure : std::as_const(m_failures))
        qCWarning(lcTour) << "not as expected:" << failure;
    if (warnings > 0)
        qCWarning(lcTour) << warnings << "QML warnings were logged (see above)";
    QCoreApplication::exit(m_failures.isEmpty() && warnings == 0 ? 0 : 1);
}

} // namespace hearth::app
