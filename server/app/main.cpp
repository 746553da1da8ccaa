// hearthd's entry point: parse the invocation, build the Server, then serve or seed.

#include "server/server.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

int fail(const QString &message) {
    QTextStream(stderr) << "hearthd: " << message << Qt::endl;
    return 1;
}

int seed(hearthd::Server &server, const hearthd::ServerConfig &config) {
    const bool demo = config.mode == hearthd::ServerConfig::Mode::SeedDemo;
    QFile file(demo ? QStringLiteral(":/hearthd/demo.json") : config.seedFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            demo ? QStringLiteral("this hearthd was built without the demo data "
                                  "(resources/demo/demo.json); use --seed-file PATH")
                 : QStringLiteral("cannot read %1: %2").arg(config.seedFile, file.errorString()));
    const auto summary = server.seed(file.readAll());
    if (!summary)
        return fail(QStringLiteral("seeding %1 failed: %2")
                        .arg(config.databasePath(), summary.error().message));
    QTextStream(stdout) << "seeded " << config.databasePath() << ": " << summary->users
                        << " users, " << summary->communities << " communities, " << summary->posts
                        << " posts, " << summary->comments << " comments, " << summary->reactions
                        << " reactions, " << summary->events << " events, " << summary->rsvps
                        << " RSVPs" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearthd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTHD_VERSION));

    const auto parsed = hearthd::ServerConfig::parse(QCoreApplication::arguments());
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << "hearthd: " << parsed.error << "\n\n" << parsed.helpText;
        return 2;
    }
    const hearthd::ServerConfig &config = parsed.config;
    if (config.mode == hearthd::ServerConfig::Mode::Help) {
        QTextStream(stdout) << parsed.helpText;
        return 0;
    }

    hearthd::Server server(config);
    QString error;
    if (!server.open(&error))
        return fail(error);
    switch (config.mode) {
    case hearthd::ServerConfig::Mode::SeedDemo:
    case hearthd::ServerConfig::Mode::SeedFile:
        return seed(server, config);
    case hearthd::ServerConfig::Mode::CreateUser:
    case hearthd::ServerConfig::Mode::ResetPassword:
    case hearthd::ServerConfig::Mode::MakeOwner: {
        // Passwords come on standard input, never in argv (visible to every local user).
        const bool needsPassword = config.mode != hearthd::ServerConfig::Mode::MakeOwner;
        const QString password = needsPassword ? QTextStream(stdin).readLine() : QString();
        const auto done = server.runOperatorCommand(password);
        if (!done)
            return fail(done.error().message);
        QTextStream(stdout) << done.value() << Qt::endl;
        return 0;
    }
    case hearthd::ServerConfig::Mode::Serve:
    case hearthd::ServerConfig::Mode::Help:
        break;
    }
    if (!server.listen(&error))
        return fail(error);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
        QTextStream(stderr) << "hearthd: signal " << number << ", stopping" << Qt::endl;
        server.shutdown();
        // Let the close frames go out before the loop ends.
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    });
    // Tests and scripts wait for this line to learn the port (--listen 127.0.0.1:0).
    QTextStream(stdout) << "listening on " << config.address.toString() << ':' << server.port()
                        << Qt::endl;
    return app.exec();
}
