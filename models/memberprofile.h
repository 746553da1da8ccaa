#pragma once
// One member's profile from the cache, for a profile page: who they are, what they are into,
// their showcase (products, projects, portfolio pieces) and the communities we share. Not a list
// model: one object whose properties change when a sync changes the profile.
//
//   MemberProfile { store: AppContext.store; userId: member.userId }

#include "cache/cachestore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class MemberProfile : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // False until the profile is in the cache.
    Q_PROPERTY(bool loaded READ loaded NOTIFY profileChanged)
    Q_PROPERTY(QString handle READ handle NOTIFY profileChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY profileChanged)
    Q_PROPERTY(QString bio READ bio NOTIFY profileChanged)
    Q_PROPERTY(QStringList interests READ interests NOTIFY profileChanged)
    // [{label, url}]
    Q_PROPERTY(QVariantList links READ links NOTIFY profileChanged)
    // [{title, text, link, image}]
    Q_PROPERTY(QVariantList showcase READ showcase NOTIFY profileChanged)
    // The communities we both belong to: [{communityId, name, role}]
    Q_PROPERTY(QVariantList communities READ communities NOTIFY profileChanged)
    Q_PROPERTY(bool isMe READ isMe NOTIFY profileChanged)

public:
    explicit MemberProfile(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    QString userId() const { return m_userId; }
    void setUserId(const QString &userId);

    bool loaded() const { return m_loaded; }
    QString handle() const { return m_handle; }
    QString displayName() const { return m_displayName; }
    QString bio() const { return m_bio; }
    QStringList interests() const { return m_interests; }
    QVariantList links() const { return m_links; }
    QVariantList showcase() const { return m_showcase; }
    QVariantList communities() const { return m_communities; }
    bool isMe() const;

Q_SIGNALS:
    void storeChanged();
    void userIdChanged();
    void profileChanged();

private:
    void load();
    void clear();

    QPointer<hearth::cache::CacheStore> m_store;
    QString m_userId;
    bool m_loaded = false;
    QString m_handle;
    QString m_displayName;
    QString m_bio;
    QStringList m_interests;
    QVariantList m_links;
    QVariantList m_showcase;
    QVariantList m_communities;
};

} // namespace hearth::models
