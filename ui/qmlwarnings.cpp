#include "qmlwarnings.h"

#include <QMutex>

#include <cstdio>

namespace hearth::ui {

namespace {
QMutex mutex;
QStringList recorded;
QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (QmlWarnings::isQmlWarning(type, context, message)) {
        QMutexLocker lock(&mutex);
        recorded.append(message);
    }
    if (previous)
        previous(type, context, message);
}
} // namespace

void QmlWarnings::install() {
    QMutexLocker lock(&mutex);
    // Again after someone else installed theirs (a test framework does per test file): ours goes
    // first and passes every message on to theirs.
    const QtMessageHandler old = qInstallMessageHandler(handler);
    if (old != handler)
        previous = old;
}

int QmlWarnings::count() {
    QMutexLocker lock(&mutex);
    return int(recorded.size());
}

QStringList QmlWarnings::messages() {
    QMutexLocker lock(&mutex);
    return recorded;
}

int QmlWarnings::exitStatus(int status) {
    const QStringList warnings = messages();
    if (warnings.isEmpty())
        return status;
    std::fprintf(stderr, "FAIL: %d QML warnings while the tests ran:\n", int(warnings.size()));
    for (const QString &warning : warnings)
        std::fprintf(stderr, "  %s\n", qPrintable(warning));
    return status == 0 ? 1 : status;
}

bool QmlWarnings::isQmlWarning(QtMsgType type, const QMessageLogContext &context,
                               const QString &message) {
    if (type == QtDebugMsg || type == QtInfoMsg)
        return false;
    const QLatin1StringView category(context.category ? context.category : "");
    if (category == QLatin1StringView("qml") || category == QLatin1StringView("js") ||
        category.startsWith(QLatin1StringView("qt.qml")))
        return true;
    const QLatin1StringView file(context.file ? context.file : "");
    // "QQmlComponent: Component is not ready" and the like carry no file: a part of a page failed.
    return file.endsWith(QLatin1StringView(".qml")) ||
           message.contains(QLatin1StringView(".qml:")) ||
           message.startsWith(QLatin1StringView("QQmlComponent:")) ||
           message.startsWith(QLatin1StringView("QQmlExpression:"));
}

} // namespace hearth::ui
