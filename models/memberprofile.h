#pragma once
// One member's profile from the cache, for a profile page: who they are, what they are into,
// their showcase (products, projects, portfolio pieces) and the communities we share. Not a list
// model: one object whose properties change when a sync changes the profile.
//
//   MemberProfile { store: AppContext.store; userId: member.userId }
//
// My own profile is edited through it too: save() queues profile.update with the whole profile
// as the editor left it (the cache shows it at once; the outbox sends it when it can).

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
    // Why the last save() queued nothing, in hearthd's words ("" after one that did).
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

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
    QString saveError() const { return m_saveError; }

    // Queues profile.update of my profile with `fields` ({displayName, bio, interests,
    // links: [{label, url}], showcase: [{title, text, link, image}]}; what is left out becomes
    // empty). Answers the outbox entry, or "" when nothing was queued: not my profile, or
    // fields hearthd would refuse (saveError says which, in the wire's words).
    Q_INVOKABLE QString save(const QVariantMap &fields);

Q_SIGNALS:
    void storeChanged();
    void userIdChanged();
    void profileChanged();
    void saveErrorChanged();

private:
    void load();
    void clear();
    void setSaveError(const QString &error);

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
    QString m_saveError;
};

} // namespace hearth::models
