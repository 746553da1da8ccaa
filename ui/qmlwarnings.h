#pragma once
// Makes QML warnings, binding loops and TypeErrors count: once installed, every message the QML
// engine logs as a warning (or worse) is recorded, and still printed as before. The QML tests and
// the app's test modes (--screenshot, --screens) fail when any was recorded, so a page that warns
// at run time cannot pass unnoticed.

#include <QStringList>
#include <QtGlobal>

class QMessageLogContext;

namespace hearth::ui {

class QmlWarnings {
public:
    // Idempotent; call it again after another message handler was installed.
    static void install();
    static int count();
    static QStringList messages();
    // The exit status of a test run that ended with `status`: with warnings recorded they are
    // listed on stderr and a run that passed fails (1).
    static int exitStatus(int status);
    // Whether a log message comes from QML (a .qml file, the qml/js categories, the engine).
    static bool isQmlWarning(QtMsgType type, const QMessageLogContext &context,
                             const QString &message);
};

} // namespace hearth::ui
