#pragma once
// The founder's path, as the "Start a community" page walks it: a slug made from the name and
// checked as typed (the wire's rules, and the communities the cache knows), then the community
// created on the server through the outbox and, once the server has made it, an invite whose
// code the page shows as a link to copy. The server pins the welcome message as the first post
// in the same transaction (docs/api.md, community.create).
//
//   CommunityFounder { id: founder; store: home.store }
//   founder.create({name, slug, tagline, description, guidelines, visibility, memberCap,
//                   topics, welcome})
//
// A refusal (a slug taken meanwhile, an invalid field) takes the community's optimistic copy out
// of the cache again and names the field it concerns, so the page shows it there with everything
// typed kept.

#include "cache/cachestore.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class CommunityFounder : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Without a store nothing is sent (create() answers false).
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    // The community being made (set from create() on).
    Q_PROPERTY(QString communityId READ communityId NOTIFY stageChanged)
    // The pinned welcome post the server made ("" without a welcome message).
    Q_PROPERTY(QString welcomePostId READ welcomePostId NOTIFY stageChanged)
    // Ready: the invite's code and its link, hearth://invite/CODE ("" if the invite was refused).
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY stageChanged)
    Q_PROPERTY(QString inviteLink READ inviteLink NOTIFY stageChanged)
    // Failed (or Ready without an invite): the server's reason, and the field it names
    // ("slug", "name", ...; "" when it names none).
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY stageChanged)

public:
    enum Stage {
        Editing,  // nothing sent
        Creating, // community.create waits in the outbox for the server
        Inviting, // the community exists; invite.create waits for the server
        Ready,    // made: the founder lands in it
        Failed,   // the server refused the community (errorField says where)
    };
    Q_ENUM(Stage)

    explicit CommunityFounder(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    Stage stage() const { return m_stage; }
    QString communityId() const { return m_communityId; }
    QString welcomePostId() const { return m_welcomePostId; }
    QString inviteCode() const { return m_inviteCode; }
    QString inviteLink() const;
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorField() const { return m_errorField; }

    // A slug for a name: lower case, accents dropped, other characters as single hyphens,
    // within the wire's length.
    Q_INVOKABLE QString slugFor(const QString &name) const;
    // What is wrong with a slug, as a word the page turns into a sentence: "" (nothing),
    // "empty", "short", "long", "characters" (not a-z, 0-9, inner hyphens) or "taken".
    Q_INVOKABLE QString slugProblem(const QString &slug) const;
    // Queues community.create with these fields (keys as in the wire's args); false when
    // nothing was queued (no store, or already creating).
    Q_INVOKABLE bool create(const QVariantMap &fields);
    // Back to Editing, forgetting a made or failed community (the page starts anew).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void storeChanged();
    void stageChanged();

private:
    void onSettled(const QString &entryId, const QString &name, bool applied,
                   const QJsonObject &result, const QString &errorCode,
                   const QString &errorMessage);
    void setError(const QString &code, const QString &message);

    QPointer<hearth::cache::CacheStore> m_store;
    QMetaObject::Connection m_settled;
    Stage m_stage = Editing;
    QString m_communityId;
    QString m_welcomePostId;
    QString m_createEntry;
    QString m_inviteEntry;
    QString m_inviteCode;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_errorField;
    QString m_failedSlug; // the slug last sent: once refused as taken, it shows as taken
};

} // namespace hearth::models
