#include "windowgrabber.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QScreen>

namespace hearth::app {

Q_LOGGING_CATEGORY(lcGrab, "hearth.app.screenshot")

namespace {
// Long enough for the first layout pass, fonts and delegates to settle after "ready".
constexpr int settleMs = 600;
constexpr int pollMs = 100;
} // namespace

WindowGrabber::WindowGrabber(QQuickWindow *window, const QString &path,
                             std::function<bool()> isReady, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
    , m_isReady(std::move(isReady))
    , m_timeoutMs(timeoutMs) {
    m_elapsed.start();
    m_pollTimer.setInterval(pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &WindowGrabber::poll);
    m_pollTimer.start();
}

void WindowGrabber::poll() {
    if (m_grabbing)
        return;
    if (!m_window) {
        qCWarning(lcGrab) << "the window went away before the screenshot";
        QCoreApplication::exit(1);
        return;
    }
    const bool timedOut = m_elapsed.elapsed() > m_timeoutMs;
    if (!timedOut && !(m_window->isExposed() && m_isReady()))
        return;
    if (timedOut)
        qCWarning(lcGrab) << "content not ready after" << m_timeoutMs << "ms; grabbing anyway";
    m_grabbing = true;
    m_pollTimer.stop();
    // Park the pointer in the screen's corner, away from the content, so no hover effect shows.
    if (QScreen *screen = m_window->screen())
        QCursor::setPos(screen, screen->geometry().bottomRight());
    QTimer::singleShot(settleMs, this, &WindowGrabber::grab);
}

void WindowGrabber::grab() {
    if (!m_window) {
        QCoreApplication::exit(1);
        return;
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        qCCritical(lcGrab) << "could not grab the window";
        QCoreApplication::exit(1);
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!image.save(m_path)) {
        qCCritical(lcGrab) << "could not write" << m_path;
        QCoreApplication::exit(1);
        return;
    }
    qCInfo(lcGrab) << "saved" << m_path << image.size();
    QCoreApplication::exit(0);
}

} // namespace hearth::app
