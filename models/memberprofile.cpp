#include "memberprofile.h"

#include "cache/profilequery.h"

namespace hearth::models {

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

} // namespace hearth::models
