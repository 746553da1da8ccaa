#include "profilemodel.h"

#include "modelslogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hearth::models {

using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;

ProfileModel::ProfileModel(QObject *parent)
    : QObject(parent) {}

void ProfileModel::setStore(CacheStore *store) {
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &CacheStore::changed, this, [this](const ChangeSet &changes) {
            if (changes.reset || changes.users.contains(m_userId) || !changes.communities.isEmpty())
                load();
        });
    }
    load();
    Q_EMIT storeChanged();
}

void ProfileModel::setUserId(const QString &userId) {
    if (m_userId == userId)
        return;
    m_userId = userId;
    load();
    Q_EMIT userIdChanged();
}

bool ProfileModel::isMe() const {
    return m_store && !m_userId.isEmpty() && m_store->localUserId() == m_userId;
}

void ProfileModel::load() {
    m_loaded = false;
    m_handle.clear();
    m_displayName.clear();
    m_bio.clear();
    m_interests.clear();
    m_links.clear();
    m_showcase.clear();
    m_communities.clear();
    if (m_store && !m_userId.isEmpty()) {
        QSqlQuery q(m_store->readConnection());
        q.prepare(QStringLiteral("SELECT handle, display_name, bio, interests, links, showcase"
                                 " FROM users WHERE id = ?"));
        q.addBindValue(m_userId);
        if (!q.exec())
            qCWarning(lcModels) << "profile query failed:" << q.lastError().text();
        if (q.next()) {
            m_loaded = true;
            m_handle = q.value(0).toString();
            m_displayName = q.value(1).toString().isEmpty() ? m_handle : q.value(1).toString();
            m_bio = q.value(2).toString();
            const auto array = [](const QVariant &text) {
                return QJsonDocument::fromJson(text.toString().toUtf8()).array();
            };
            for (const QJsonValue &v : array(q.value(3)))
                m_interests.append(v.toString());
            m_links = array(q.value(4)).toVariantList();
            m_showcase = array(q.value(5)).toVariantList();
        }
        QSqlQuery c(m_store->readConnection());
        c.prepare(QStringLiteral(
            "SELECT cm.id, cm.name, theirs.role FROM memberships theirs"
            " JOIN memberships mine ON mine.community_id = theirs.community_id AND mine.user_id = ?"
            " AND mine.state = 'active'"
            " JOIN communities cm ON cm.id = theirs.community_id"
            " WHERE theirs.user_id = ? AND theirs.state = 'active' ORDER BY cm.name COLLATE "
            "NOCASE"));
        c.addBindValue(m_store->localUserId());
        c.addBindValue(m_userId);
        if (c.exec()) {
            while (c.next())
                m_communities.append(QVariantMap{{QStringLiteral("communityId"), c.value(0)},
                                                 {QStringLiteral("name"), c.value(1)},
                                                 {QStringLiteral("role"), c.value(2)}});
        }
    }
    Q_EMIT profileChanged();
}

} // namespace hearth::models
