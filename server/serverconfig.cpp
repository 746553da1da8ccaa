#include "serverconfig.h"

#include "configfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QUrl>

namespace hearthd {

namespace {

// One setting as found: its text and where it came from, for messages.
struct Setting {
    bool set = false;
    QString value;
    QString source; // "--listen", "HEARTHD_LISTEN" or "'listen' in FILE:LINE"
};

QString envName(const QString &key) {
    return QStringLiteral("HEARTHD_") +
           QString(key).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

QString ServerConfig::databasePath() const {
    if (!databaseUrl.isEmpty())
        return QUrl(databaseUrl).toString(QUrl::RemovePassword);
    return QDir(dataDir).filePath(QStringLiteral("hearthd.db"));
}

ServerConfig::Parsed ServerConfig::parse(const QStringList &arguments) {
    Parsed out;
    ServerConfig &config = out.config;
    const auto env = QProcessEnvironment::systemEnvironment();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "hearthd: the Hearth sync service (HTTP JSON API and WebSocket pokes).\n"
        "Serves HTTP on loopback, or HTTPS and WSS with --tls-cert and --tls-key; put a reverse "
        "proxy in front of it for the internet.\n"
        "Every setting below except the commands can also be given as an environment variable "
        "HEARTHD_<NAME> (e.g. HEARTHD_IDLE_TIMEOUT) or as 'name = value' in the --config file "
        "(example: packaging/hearthd.conf); the command line wins over the environment, which "
        "wins over the file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption configFile(
        QStringLiteral("config"),
        QStringLiteral("Read settings from this file: one 'name = value' a line, names as the "
                       "long options below (data, listen, tls-cert, ...), '#' starts a comment; "
                       "relative paths are relative to the file. Default: $HEARTHD_CONFIG."),
        QStringLiteral("file"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS and WSS with this PEM certificate (chain, server first); "
                       "needs --tls-key."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The certificate's unencrypted PEM private "
                                                   "key; needs --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder for the database (hearthd.db); created if "
                                                 "missing. Default: $HEARTHD_DATA."),
                                  QStringLiteral("dir"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Use PostgreSQL instead of SQLite: postgres://user:password@host:port/db. "
                       "Default: $HEARTHD_DATABASE."),
        QStringLiteral("url"));
    const QCommandLineOption databaseWait(
        QStringLiteral("database-wait"),
        QStringLiteral("Seconds to keep trying a PostgreSQL that is not up yet when hearthd "
                       "starts (default 30; 0: give up at once). Once serving, a lost database "
                       "connection is retried for as long as it takes, with 503 answers "
                       "meanwhile."),
        QStringLiteral("seconds"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to serve on, e.g. 127.0.0.1:8787; port 0 picks a free "
                       "one. Loopback only. Default: $HEARTHD_LISTEN or 127.0.0.1:8787. Prints "
                       "'listening on ADDRESS:PORT' once ready."),
        QStringLiteral("address:port"));
    const QCommandLineOption seedDemo(
        QStringLiteral("seed-demo"),
        QStringLiteral("Fill a fresh database with the built-in demo communities and exit."));
    const QCommandLineOption seedFile(QStringLiteral("seed-file"),
                                      QStringLiteral("Like --seed-demo, from a JSON file."),
                                      QStringLiteral("path"));
    const QCommandLineOption createUser(
        QStringLiteral("create-user"),
        QStringLiteral("Create an account and exit; the password is read from the first line of "
                       "standard input."),
        QStringLiteral("handle"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         QStringLiteral("With --create-user: the display name."),
                                         QStringLiteral("name"));
    const QCommandLineOption resetPassword(
        QStringLiteral("reset-password"),
        QStringLiteral("Set a new password (first line of standard input), sign the account out "
                       "everywhere, and exit."),
        QStringLiteral("handle"));
    const QCommandLineOption makeOwner(
        QStringLiteral("make-owner"),
        QStringLiteral("Make the user an owner of the community given with --community, and exit."),
        QStringLiteral("handle"));
    const QCommandLineOption community(QStringLiteral("community"),
                                       QStringLiteral("With --make-owner: the community's slug."),
                                       QStringLiteral("slug"));
    const QCommandLineOption maxBody(QStringLiteral("max-request-bytes"),
                                     QStringLiteral("Largest request accepted, headers included "
                                                    "(default 1064960); the headers alone may "
                                                    "take at most 16384 of it."),
                                     QStringLiteral("bytes"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Seconds before a connection with no request "
                                                 "under way is closed (default 60)."),
                                  QStringLiteral("seconds"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds from a request's first byte to the end of its headers, however "
                       "slowly they come; past it: 408 and the connection is closed "
                       "(default 10)."),
        QStringLiteral("seconds"));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("body-timeout"),
        QStringLiteral("Seconds from the end of a request's headers to the end of its body; "
                       "past it: 408 and the connection is closed (default 60)."),
        QStringLiteral("seconds"));
    const QCommandLineOption trustedProxies(
        QStringLiteral("trusted-proxies"),
        QStringLiteral("Reverse proxies (addresses or subnets, comma-separated, e.g. "
                       "127.0.0.1,::1) whose X-Forwarded-For (or Forwarded) header names the "
                       "client; the client is then the right-most address there that is not one "
                       "of them, and per-peer connection caps, sign-in limits and logs apply to "
                       "it. Anyone else's such headers are ignored. Default: none."),
        QStringLiteral("list"));
    const QCommandLineOption perPeer(QStringLiteral("max-connections-per-peer"),
                                     QStringLiteral("Open connections one address may hold "
                                                    "(default 256)."),
                                     QStringLiteral("count"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per second per signed-in user, with bursts of ten seconds' worth "
                       "(default 50; 0 turns the limit off). Past it: 429 with Retry-After."),
        QStringLiteral("n"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"),
                                       QStringLiteral("Seconds between WebSocket pings "
                                                      "(default 25)."),
                                       QStringLiteral("seconds"));
    parser.addOptions({help,       configFile,  data,          database,    databaseWait,
                       listen,     tlsCert,     tlsKey,        seedDemo,    seedFile,
                       createUser, displayName, resetPassword, makeOwner,   community,
                       maxBody,    idle,        headerTimeout, bodyTimeout, perPeer,
                       heartbeat,  rateLimit,   trustedProxies});
    out.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(help)) {
        config.mode = Mode::Help;
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return out;
    }

    const QList<const QCommandLineOption *> fileOptions = {
        &data,        &database, &databaseWait, &listen,    &maxBody, &idle,   &headerTimeout,
        &bodyTimeout, &perPeer,  &rateLimit,    &heartbeat, &tlsCert, &tlsKey, &trustedProxies};
    QStringList fileKeys;
    for (const auto *option : fileOptions)
        fileKeys << option->names().first();
    std::optional<ConfigFile> file;
    const QString configPath = parser.isSet(configFile)
                                   ? parser.value(configFile)
                                   : env.value(QStringLiteral("HEARTHD_CONFIG"));
    if (!configPath.isEmpty()) {
        file = ConfigFile::read(configPath, fileKeys, &out.error);
        if (!file)
            return out;
        config.configFile = configPath;
    }
    const auto setting = [&](const QCommandLineOption &option) {
        const QString key = option.names().first();
        if (parser.isSet(option))
            return Setting{true, parser.value(option), QStringLiteral("--") + key};
        if (env.contains(envName(key)))
            return Setting{true, env.value(envName(key)), envName(key)};
        if (file && file->values.contains(key))
            return Setting{
                true, file->values.value(key),
                QStringLiteral("'%1' in %2:%3").arg(key, file->path).arg(file->lines.value(key))};
        return Setting{};
    };
    // A relative path in the config file is relative to the file's folder.
    const auto path = [&](const QCommandLineOption &option) {
        const Setting s = setting(option);
        if (s.set && s.source.startsWith(QLatin1Char('\'')) && !s.value.isEmpty() &&
            QFileInfo(s.value).isRelative())
            return QFileInfo(file->path).absoluteDir().filePath(s.value);
        return s.value;
    };

    config.dataDir = path(data);
    config.databaseUrl = setting(database).value;
    if (config.dataDir.isEmpty() && config.databaseUrl.isEmpty()) {
        out.error = QStringLiteral("--data is required (or HEARTHD_DATA, or 'data' in the --config "
                                   "file), unless --database names a PostgreSQL database");
        return out;
    }
    const int commands = int(parser.isSet(seedDemo)) + int(parser.isSet(seedFile)) +
                         int(parser.isSet(createUser)) + int(parser.isSet(resetPassword)) +
                         int(parser.isSet(makeOwner));
    if (commands > 1) {
        out.error = QStringLiteral("give one of --seed-demo, --seed-file, --create-user, "
                                   "--reset-password, --make-owner at a time");
        return out;
    }
    if (parser.isSet(createUser)) {
        config.mode = Mode::CreateUser;
        config.operatorHandle = parser.value(createUser);
        config.displayName = parser.value(displayName);
    }
    if (parser.isSet(resetPassword)) {
        config.mode = Mode::ResetPassword;
        config.operatorHandle = parser.value(resetPassword);
    }
    if (parser.isSet(makeOwner)) {
        config.mode = Mode::MakeOwner;
        config.operatorHandle = parser.value(makeOwner);
        config.operatorCommunity = parser.value(community);
        if (config.operatorCommunity.isEmpty()) {
            out.error = QStringLiteral("--make-owner needs --community SLUG");
            return out;
        }
    }
    if (parser.isSet(seedDemo))
        config.mode = Mode::SeedDemo;
    if (parser.isSet(seedFile)) {
        config.mode = Mode::SeedFile;
        config.seedFile = parser.value(seedFile);
    }

    const Setting listenSetting = setting(listen);
    const QString listenText =
        listenSetting.set ? listenSetting.value : QStringLiteral("127.0.0.1:8787");
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenText.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1StringView("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        out.error = QStringLiteral("%1 wants ADDRESS:PORT, e.g. 127.0.0.1:8787 (got '%2')")
                        .arg(listenSetting.set ? listenSetting.source : QStringLiteral("--listen"),
                             listenText);
        return out;
    }
    if (!address.isLoopback()) {
        out.error = QStringLiteral("hearthd listens on loopback only (127.0.0.1 or [::1]); put a "
                                   "TLS reverse proxy in front of it to serve other machines");
        return out;
    }
    config.address = address;
    config.port = quint16(port);

    const auto positive = [&](const QCommandLineOption &option, qint64 max, qint64 *value) {
        const Setting s = setting(option);
        if (!s.set)
            return true;
        bool ok = false;
        const qint64 v = s.value.toLongLong(&ok);
        if (!ok || v < 1 || v > max) {
            out.error = QStringLiteral("%1 must be a whole number from 1 to %2 (got '%3')")
                            .arg(s.source)
                            .arg(max)
                            .arg(s.value);
            return false;
        }
        *value = v;
        return true;
    };
    qint64 maxBytes = config.limits.maxRequestBytes;
    qint64 idleSeconds = config.limits.idleTimeoutMs / 1000;
    qint64 headerSeconds = config.limits.headerTimeoutMs / 1000;
    qint64 bodySeconds = config.limits.bodyTimeoutMs / 1000;
    qint64 peerCount = config.limits.maxConnectionsPerPeer;
    qint64 heartbeatSeconds = config.heartbeatMs / 1000;
    if (!positive(maxBody, 1LL << 30, &maxBytes) || !positive(idle, 86400, &idleSeconds) ||
        !positive(headerTimeout, 3600, &headerSeconds) ||
        !positive(bodyTimeout, 86400, &bodySeconds) || !positive(perPeer, 1000000, &peerCount) ||
        !positive(heartbeat, 3600, &heartbeatSeconds))
        return out;
    if (const Setting proxies = setting(trustedProxies); proxies.set) {
        QString why;
        const auto parsed = TrustedProxies::parse(proxies.value, &why);
        if (!parsed) {
            out.error = QStringLiteral("%1: %2").arg(proxies.source, why);
            return out;
        }
        config.trustedProxies = *parsed;
    }
    if (const Setting wait = setting(databaseWait); wait.set) {
        bool ok = false;
        const int seconds = wait.value.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400) {
            out.error = QStringLiteral("%1 must be a whole number from 0 to 86400 (got '%2')")
                            .arg(wait.source, wait.value);
            return out;
        }
        config.databaseWaitMs = seconds * 1000;
    }
    if (const Setting rate = setting(rateLimit); rate.set) {
        bool ok = false;
        const int perSecond = rate.value.toInt(&ok);
        if (!ok || perSecond < 0 || perSecond > 1000000) {
            out.error = QStringLiteral("%1 must be a whole number from 0 to 1000000 (got '%2')")
                            .arg(rate.source, rate.value);
            return out;
        }
        config.userRequestsPerSecond = perSecond;
    }
    config.limits.maxRequestBytes = maxBytes;
    config.limits.idleTimeoutMs = int(idleSeconds * 1000);
    config.limits.headerTimeoutMs = int(headerSeconds * 1000);
    config.limits.bodyTimeoutMs = int(bodySeconds * 1000);
    config.limits.maxConnectionsPerPeer = int(peerCount);
    config.heartbeatMs = int(heartbeatSeconds * 1000);

    config.tlsCertFile = path(tlsCert);
    config.tlsKeyFile = path(tlsKey);
    if (config.tlsCertFile.isEmpty() != config.tlsKeyFile.isEmpty()) {
        out.error = QStringLiteral("tls-cert and tls-key go together: give both (--tls-cert FILE "
                                   "--tls-key FILE) or neither");
        return out;
    }
    return out;
}

} // namespace hearthd
