#include "hearthdcluster.h"

#include "testdatabase.h"

namespace hearth::testing {

bool HearthdCluster::available(QString *why) {
    if (!TestDatabase::postgresAvailable(why)) {
        *why = QStringLiteral("several hearthd on one database need PostgreSQL: ") + *why;
        return false;
    }
    return true;
}

HearthdCluster::HearthdCluster(int size) {
    for (int i = 0; i < size; ++i)
        m_processes.push_back(std::make_unique<HearthdProcess>());
}

HearthdCluster::~HearthdCluster() {
    stop();
    if (!m_databaseName.isEmpty())
        TestDatabase::dropPostgres(m_databaseName);
}

bool HearthdCluster::start(const QStringList &extraArgs, QString *error) {
    QString why;
    if (m_databaseUrl.isEmpty()) {
        m_databaseName = TestDatabase::uniqueName();
        m_databaseUrl = TestDatabase::createPostgres(m_databaseName, &why);
        if (m_databaseUrl.isEmpty()) {
            m_databaseName.clear();
            if (error)
                *error = QStringLiteral("cannot create the cluster's database: ") + why;
            return false;
        }
    }
    for (int i = 0; i < size(); ++i) {
        HearthdProcess &p = process(i);
        p.setDatabaseUrl(m_databaseUrl);
        if (!p.start(extraArgs, &why)) {
            if (error)
                *error = QStringLiteral("hearthd %1 of %2: %3").arg(i + 1).arg(size()).arg(why);
            return false;
        }
    }
    return true;
}

void HearthdCluster::stop() {
    for (auto &p : m_processes)
        p->stop();
}

QList<QUrl> HearthdCluster::urls() const {
    QList<QUrl> out;
    for (const auto &p : m_processes)
        out.append(p->url());
    return out;
}

} // namespace hearth::testing
