#include "alertpreferences.h"

#include "cache/alertsettingsquery.h"
#include "cache/cacheactions.h"
#include "cache/communitylistquery.h"

#include "protocol/alertargs.h"
#include "protocol/vocabulary.h"

namespace hearth::models {

using hearth::cache::ChangeSet;

AlertPreferences::AlertPreferences(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> AlertPreferences::roleNames() const {
    return {{CommunityIdRole, "communityId"}, {NameRole, "name"}, {LevelRole, "level"}};
}

QList<CacheRowModel::Row> AlertPreferences::loadInitialRows() {
    QList<Row> rows;
    bool digest = false;
    if (store()) {
        const QSqlDatabase db = store()->readConnection();
        const auto settings = hearth::cache::AlertSettingsQuery{store()->localUserId()}.run(db);
        digest = settings.digest;
        hearth::cache::CommunityListQuery communities;
        communities.localUserId = store()->localUserId();
        communities.joinedOnly = true;
        for (const auto &c : communities.run(db)) {
            Row row;
            row.key = c.id;
            row.values = {c.id, c.name, settings.levelFor(c.id)};
            rows.append(std::move(row));
        }
    }
    if (digest != m_digest) {
        m_digest = digest;
        Q_EMIT digestChanged();
    }
    return rows;
}

void AlertPreferences::cacheChanged(const ChangeSet &changes) {
    if (changes.alerts || changes.reset || !changes.communities.isEmpty() ||
        !changes.purgedCommunities.isEmpty())
        applyRows(loadInitialRows());
}

void AlertPreferences::setDigest(bool digest) {
    if (digest == m_digest || !store())
        return;
    hearth::protocol::AlertsSetArgs args;
    args.digest = digest;
    hearth::cache::CacheActions(store()).send(args);
}

bool AlertPreferences::setLevel(const QString &communityId, const QString &level) {
    if (!store() || !hearth::protocol::AlertLevel::all().contains(level))
        return false;
    for (const Row &row : rows()) {
        if (row.key != communityId)
            continue;
        if (row.values.at(LevelRole - (Qt::UserRole + 1)).toString() == level)
            return false;
        hearth::protocol::AlertsSetArgs args;
        args.communityId = communityId;
        args.level = level;
        return !hearth::cache::CacheActions(store()).send(args).isEmpty();
    }
    return false;
}

} // namespace hearth::models
