// hearth: the composition root. Builds the long-lived objects, wires them, loads the QML window.

#include "appcontext.h"
#include "options.h"
#include "screentour.h"
#include "singleinstance.h"
#include "windowgrabber.h"

#include "ui/qmlwarnings.h"
#include "ui/translations.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

namespace {

// The one place the root QML file is named: becomes loadFromModule("Hearth.App", "Main") once
// Qt 6.5 is the oldest supported version.
void loadMainWindow(QQmlApplicationEngine &engine) {
    engine.load(QUrl(QStringLiteral("qrc:/Hearth/App/Main.qml")));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    if (hearth::app::Options::asksForHelpOrVersion(argc, argv)) {
        // Answer without opening a display (works over ssh and in scripts).
        QCoreApplication app(argc, argv);
        hearth::app::Options::parse(app);
        return 0;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hearth"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.hearth.Hearth"));

    const auto options = hearth::app::Options::parse(app);
    // In a test mode any QML warning, binding loop or TypeError fails the run.
    if (options.testMode())
        hearth::ui::QmlWarnings::install();
    // The system's language, when Hearth speaks it (English otherwise).
    hearth::ui::Translations::install(QLocale::system());

    // One hearth per user: a second one (the desktop opening a hearth://invite link) hands the
    // link to the running one and exits. Test modes run side by side and skip this.
    std::unique_ptr<hearth::app::SingleInstance> instance;
    if (!options.testMode()) {
        const QString name = hearth::app::SingleInstance::defaultName();
        if (hearth::app::SingleInstance::sendToRunning(name, options.inviteLink))
            return 0;
        instance = std::make_unique<hearth::app::SingleInstance>(name);
        if (!instance->listen())
            qWarning("hearth: cannot listen for links opened later (%s)", qPrintable(name));
    }

    hearth::app::AppContext context(options);
    // Restore before the first frame so a signed-in member sees the cached feed at once.
    context.start();

    QQmlApplicationEngine engine;
    // Static QML modules keep their qmldir under qrc:/<URI path>; Qt 6.4 does not look there.
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    loadMainWindow(engine);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        qCritical("hearth: the root QML object is not a window");
        return 1;
    }

    if (instance)
        QObject::connect(instance.get(), &hearth::app::SingleInstance::messageReceived, window,
                         [window, &context](const QString &message) {
                             window->show();
                             window->raise();
                             window->requestActivate();
                             if (!message.isEmpty())
                                 context.openInvite(message);
                         });

    std::unique_ptr<hearth::app::WindowGrabber> grabber;
    if (!options.screenshotPath.isEmpty()) {
        constexpr int timeoutMs = 20000;
        grabber = std::make_unique<hearth::app::WindowGrabber>(
            window, options.screenshotPath, [&context] { return context.contentSettled(); },
            timeoutMs);
    }
    std::unique_ptr<hearth::app::ScreenTour> tour;
    if (!options.screensPath.isEmpty())
        tour = std::make_unique<hearth::app::ScreenTour>(window, &context, options.screensPath,
                                                         options.screenNames);

    const int status = app.exec();
    if (options.testMode() && hearth::ui::QmlWarnings::count() > 0) {
        qCritical("hearth: %d QML warnings in a test run", hearth::ui::QmlWarnings::count());
        return status == 0 ? 1 : status;
    }
    return status;
}
