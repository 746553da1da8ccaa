#pragma once
// --screenshot: waits until the window shows its real content (the caller says when that is),
// lets the scene settle for a moment, grabs the window into an image file and quits the
// application: exit code 0 when the file was written, 1 otherwise.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QQuickWindow;

namespace hearth::app {

class WindowGrabber : public QObject {
    Q_OBJECT

public:
    // `isReady` is polled; after `timeoutMs` the window is grabbed as it is.
    WindowGrabber(QQuickWindow *window, const QString &path, std::function<bool()> isReady,
                  int timeoutMs, QObject *parent = nullptr);

private:
    void poll();
    void grab();

    QPointer<QQuickWindow> m_window;
    QString m_path;
    std::function<bool()> m_isReady;
    int m_timeoutMs;
    QElapsedTimer m_elapsed;
    QTimer m_pollTimer;
    bool m_grabbing = false;
};

} // namespace hearth::app
