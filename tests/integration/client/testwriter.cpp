// A minimal Hearth client for the crash test (tst_killedclient): it opens a cache, runs the sync
// engine and writes posts, printing "saved <title>" once each write is committed to the outbox.
// The test SIGKILLs it at random moments and finally runs it with --drain until everything is
// sent.
//
// hearth_test_writer --cache PATH --server URL --token TOKEN --user ID --community ID
//                    (--write PREFIX --count N | --drain)

#include "cache/cachestore.h"
#include "net/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QUuid>
#include <cstdio>

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::net::SyncEngine;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("cache file"),
                                         QStringLiteral("path"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("server URL"),
                                          QStringLiteral("url"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("token"),
                                         QStringLiteral("token"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("user id"),
                                        QStringLiteral("id"));
    const QCommandLineOption communityOption(QStringLiteral("community"),
                                             QStringLiteral("community id"), QStringLiteral("id"));
    const QCommandLineOption writeOption(QStringLiteral("write"), QStringLiteral("title prefix"),
                                         QStringLiteral("prefix"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("posts to write"),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption drainOption(QStringLiteral("drain"),
                                         QStringLiteral("send everything, then exit"));
    parser.addOptions({cacheOption, serverOption, tokenOption, userOption, communityOption,
                       writeOption, countOption, drainOption});
    parser.process(app);

    QString error;
    auto store = CacheStore::open(parser.value(cacheOption), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    store->setLocalUser(parser.value(userOption), QStringLiteral("Writer"));
    SyncEngine engine;
    engine.setStore(store.get());
    engine.setServerUrl(QUrl(parser.value(serverOption)));
    engine.setToken(parser.value(tokenOption));
    engine.setPollInterval(200);
    engine.setBackoff(50, 400);

    QHash<QString, QString> titles; // post id -> title, until committed
    QObject::connect(store.get(), &CacheStore::changed, &app, [&](const ChangeSet &changes) {
        for (const QString &id : changes.posts) {
            const QString title = titles.take(id);
            if (!title.isEmpty()) {
                std::printf("saved %s\n", qPrintable(title));
                std::fflush(stdout);
            }
        }
    });

    if (parser.isSet(drainOption)) {
        QObject::connect(&engine, &SyncEngine::synced, &app, [&] {
            if (store->unsentCount() == 0) {
                std::printf("idle failed=%d\n", store->failedCount());
                std::fflush(stdout);
                app.quit();
            }
        });
    } else {
        const QString prefix = parser.value(writeOption);
        const int count = parser.value(countOption).toInt();
        auto *timer = new QTimer(&app);
        // prefix, count and written live in this block, which ends before the timer fires: the
        // lambda holds its own copies (by reference they dangled; ASan caught it).
        QObject::connect(timer, &QTimer::timeout, &app,
                         [&store, &titles, &parser, &communityOption, prefix, count, timer,
                          written = 0]() mutable {
                             if (written == count) {
                                 timer->stop();
                                 return;
                             }
                             const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                             const QString title =
                                 prefix + QLatin1Char('-') + QString::number(written++);
                             titles.insert(id, title);
                             store->enqueueMutation(
                                 QStringLiteral("post.create"),
                                 {{QStringLiteral("id"), id},
                                  {QStringLiteral("communityId"), parser.value(communityOption)},
                                  {QStringLiteral("kind"), QStringLiteral("discussion")},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("body"), QStringLiteral("crash test")},
                                  {QStringLiteral("topic"), QString()}});
                         });
        timer->start(5);
    }
    engine.start();
    return app.exec();
}
