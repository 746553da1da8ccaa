#include "memberprofile.h"

#include "cache/cacheactions.h"
#include "cache/profilequery.h"
#include "modelslogging.h"
#include "protocol/profileargs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::CacheStore;
using hearth::cache::ChangeSet;
using hearth::cache::ProfileQuery;

MemberProfile::MemberProfile(QObject *parent)
    : QObject(parent) {}

void MemberProfile::setStore(CacheStore *store) {
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

void MemberProfile::setUserId(const QString &userId) {
    if (m_userId == userId)
        return;
    m_userId = userId;
    load();
    Q_EMIT userIdChanged();
}

bool MemberProfile::isMe() const {
    return m_store && !m_userId.isEmpty() && m_store->localUserId() == m_userId;
}

void MemberProfile::clear() {
    m_loaded = false;
    m_handle.clear();
    m_displayName.clear();
    m_bio.clear();
    m_interests.clear();
    m_links.clear();
    m_showcase.clear();
    m_communities.clear();
}

void MemberProfile::load() {
    clear();
    if (m_store) {
        ProfileQuery query;
        query.userId = m_userId;
        query.localUserId = m_store->localUserId();
        if (const auto profile = query.run(m_store->readConnection())) {
            m_loaded = true;
            m_handle = profile->handle;
            m_displayName = profile->displayName;
            m_bio = profile->bio;
            m_interests = profile->interests;
            m_links = profile->links.toVariantList();
            m_showcase = profile->showcase.toVariantList();
            for (const auto &c : profile->communities)
                m_communities.append(QVariantMap{{QStringLiteral("communityId"), c.communityId},
                                                 {QStringLiteral("name"), c.name},
                                                 {QStringLiteral("role"), c.role}});
        }
    }
    Q_EMIT profileChanged();
}

QString MemberProfile::save(const QVariantMap &fields) {
    if (!m_store || !isMe() || !m_loaded) {
        qCWarning(lcModels) << "MemberProfile::save of a profile that is not mine:" << m_userId;
        setSaveError(QStringLiteral("only your own profile can be edited"));
        return {};
    }
    // Checked by the wire's own rules, so the editor never queues what hearthd would refuse.
    // The version is CacheActions' to set; any valid one passes the check here.
    QJsonObject json = QJsonObject::fromVariantMap(fields);
    json.insert(QStringLiteral("id"), m_userId);
    json.insert(QStringLiteral("version"), 1);
    QString error;
    auto args = protocol::ProfileUpdateArgs::fromJson(json, &error);
    if (!args) {
        setSaveError(error);
        return {};
    }
    const QString entry = CacheActions(m_store).updateProfile(std::move(*args));
    setSaveError(entry.isEmpty() ? QStringLiteral("the profile could not be queued") : QString());
    return entry;
}

void MemberProfile::setSaveError(const QString &error) {
    if (m_saveError == error)
        return;
    m_saveError = error;
    Q_EMIT saveErrorChanged();
}

} // namespace hearth::models
