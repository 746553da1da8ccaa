#pragma once
// --screens DIR: the test mode that photographs the app. Once the window shows its real content,
// it walks the screens named by ScreenTour.qml (or those given with --screen-list): prepares
// what a screen needs (real writes against the real server), navigates there through the QML
// tour, waits for it to settle and grabs the window in each theme into DIR/<name>-<theme>.png.
// Exits 0 when every picture was written and QML logged no warning, 1 otherwise.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <functional>

class QQuickWindow;

namespace hearth::app {

class AppContext;

class ScreenTour : public QObject {
    Q_OBJECT

public:
    ScreenTour(QQuickWindow *window, AppContext *context, const QString &directory,
               const QStringList &names, QObject *parent = nullptr);

private:
    void begin();
    void nextScreen();
    void waitFor(const std::function<bool()> &condition, int timeoutMs,
                 const std::function<void(bool)> &then);
    void grabThemes(int themeIndex);
    void finish();
    bool prepare(const QString &preparation);
    QVariant callTour(const char *function, const QVariant &argument = {});
    bool screenReady();

    QPointer<QQuickWindow> m_window;
    AppContext *m_context;
    QObject *m_tour = nullptr;
    QString m_directory;
    QStringList m_names;
    QString m_current;
    QString m_originalTheme;
    QStringList m_written;
    QStringList m_failures;
    QTimer m_poll;
    QElapsedTimer m_waited;
    std::function<bool()> m_condition;
    std::function<void(bool)> m_then;
    int m_timeoutMs = 0;
};

} // namespace hearth::app
