#pragma once
// hearthd's settings and what the invocation asks for (serve, seed, help). Each setting comes
// from the command line, else the environment (HEARTHD_*), else the config file (--config),
// else its default.

#include "server/http/httplistener.h"
#include "server/http/trustedproxies.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace hearthd {

struct ServerConfig {
    enum class Mode { Serve, SeedDemo, SeedFile, CreateUser, ResetPassword, MakeOwner, Help };

    Mode mode = Mode::Serve;
    QString dataDir;
    QString databaseUrl; // PostgreSQL when set; otherwise SQLite in dataDir
    // How long to keep trying a PostgreSQL that refuses connections at start (--database-wait).
    int databaseWaitMs = 30 * 1000;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787;
    QString configFile;  // --config / HEARTHD_CONFIG, when one was read
    QString tlsCertFile; // both set: serve HTTPS and WSS
    QString tlsKeyFile;
    QString seedFile;
    QString operatorHandle;    // --create-user, --reset-password, --make-owner
    QString operatorCommunity; // --make-owner: the community's slug
    QString displayName;       // --create-user
    HttpListener::Limits limits;
    // Proxies whose X-Forwarded-For / Forwarded name the client (--trusted-proxies).
    TrustedProxies trustedProxies;
    int heartbeatMs = 25 * 1000;
    // Requests per second each signed-in user may make (burst: 10 seconds' worth); 0 = no limit.
    int userRequestsPerSecond = 50;
    // Sign-in and registration attempts per second from one address (burst: 60).
    double authAttemptsPerSecond = 5;

    // Where the data lives, for messages: the SQLite file, or the PostgreSQL URL sans password.
    QString databasePath() const;

    struct Parsed;
    // Parses hearthd's arguments (argv[0] included).
    static Parsed parse(const QStringList &arguments);
};

struct ServerConfig::Parsed {
    ServerConfig config;
    QString error;    // non-empty: the invocation is wrong; print with the usage hint
    QString helpText; // always filled
};

} // namespace hearthd
