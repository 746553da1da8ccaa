#pragma once
// Two or three real hearthd processes serving one PostgreSQL database, as behind a load
// balancer: each with its own data folder and port, all on one fresh database made for the
// cluster and dropped with it. Needs HEARTH_TEST_POSTGRES (./dev test starts a throw-away
// PostgreSQL), whatever HEARTHD_TEST_BACKEND says; without it, available() says why and the
// test skips.

#include "hearthdprocess.h"

#include <QList>
#include <QUrl>
#include <memory>
#include <vector>

namespace hearth::testing {

class HearthdCluster {
public:
    static bool available(QString *why);

    explicit HearthdCluster(int size = 2);
    ~HearthdCluster();
    HearthdCluster(const HearthdCluster &) = delete;
    HearthdCluster &operator=(const HearthdCluster &) = delete;

    // Starts every process with `extraArgs`, one after the other (the first one migrates the new
    // database). False, with *error, when one did not come up.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();

    int size() const { return int(m_processes.size()); }
    HearthdProcess &process(int index) { return *m_processes.at(size_t(index)); }
    HearthdProcess &operator[](int index) { return process(index); }
    QList<QUrl> urls() const;
    QString databaseUrl() const { return m_databaseUrl; }

private:
    std::vector<std::unique_ptr<HearthdProcess>> m_processes;
    QString m_databaseName;
    QString m_databaseUrl;
};

} // namespace hearth::testing
