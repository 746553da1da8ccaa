#pragma once
// One community's settings as an organizer's form edits them (the Manage pane's Settings): the
// values the form was loaded at, as cached, and the community.update that saves the fields that
// changed, based on the version the form was loaded at, followed through the outbox until hearthd
// applies it or refuses it (with its reason and the field it names).
//
//   CommunitySettings { id: settings; store: page.store; communityId: page.communityId
//                       editing: form.dirty }
//   onReloaded: form.fill()                  // the cached values replace the form's
//   settings.save({tagline: taglineField.text, ...}, reacceptSwitch.checked)
//
// While the form has unsaved edits (`editing`), a change cached meanwhile (another organizer's
// save) does not replace the loaded values: `cachedVersion` says a newer one is there, and a save
// based on the older version is answered as a conflict instead of overwriting it unseen. Without
// edits the form follows the cache.

#include "cache/cachestore.h"
#include "cache/communitylistquery.h"

#include "protocol/communityargs.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class CommunitySettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Without a store and a cached community nothing is loaded and save() sends nothing.
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // The form has edits not saved yet: the loaded values stay as they are until it has none.
    Q_PROPERTY(bool editing READ editing WRITE setEditing NOTIFY editingChanged)

    // The values the form was loaded at (the cache's, or what a save made them).
    Q_PROPERTY(bool loaded READ loaded NOTIFY valuesChanged)
    Q_PROPERTY(QString name READ name NOTIFY valuesChanged)
    Q_PROPERTY(QString tagline READ tagline NOTIFY valuesChanged)
    Q_PROPERTY(QString description READ description NOTIFY valuesChanged)
    Q_PROPERTY(QStringList topics READ topics NOTIFY valuesChanged)
    Q_PROPERTY(QString visibility READ visibility NOTIFY valuesChanged)
    Q_PROPERTY(int memberCap READ memberCap NOTIFY valuesChanged)
    Q_PROPERTY(QString welcome READ welcome NOTIFY valuesChanged)
    Q_PROPERTY(QString guidelines READ guidelines NOTIFY valuesChanged)
    Q_PROPERTY(int version READ version NOTIFY valuesChanged)

    // The cache now: its active members (the seats a member cap cannot go below) and the version
    // of the settings it holds (above `version`: someone else's change waits behind the edits).
    Q_PROPERTY(int seatsTaken READ seatsTaken NOTIFY cachedChanged)
    Q_PROPERTY(int cachedVersion READ cachedVersion NOTIFY cachedChanged)

    // The last save: waiting in the outbox, applied by hearthd, or refused with its reason and
    // the field it names ("memberCap", "name", ...; "" when it names none).
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY saveStateChanged)

public:
    enum SaveState {
        Idle,    // nothing saved since the form was loaded
        Pending, // community.update waits in the outbox for hearthd
        Applied, // hearthd applied it
        Refused, // hearthd refused it; the cache shows its settings again, the form keeps its own
    };
    Q_ENUM(SaveState)

    explicit CommunitySettings(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    bool editing() const { return m_editing; }
    void setEditing(bool editing);

    bool loaded() const { return m_loaded; }
    QString name() const { return m_base.name; }
    QString tagline() const { return m_base.tagline; }
    QString description() const { return m_base.description; }
    QStringList topics() const { return m_base.topics; }
    QString visibility() const { return m_base.visibility; }
    int memberCap() const { return m_base.memberCap; }
    QString welcome() const { return m_base.welcome; }
    QString guidelines() const { return m_base.guidelines; }
    int version() const { return m_base.version; }
    int seatsTaken() const { return m_cached.memberCount; }
    int cachedVersion() const { return m_cached.version; }
    SaveState saveState() const { return m_saveState; }
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorField() const { return m_errorField; }

    // Which of the form's `fields` (keys as in community.update's args: name, tagline,
    // description, topics, visibility, memberCap, welcome, guidelines; absent ones unchanged)
    // differ from the loaded values. Text is compared trimmed, as it is sent.
    Q_INVOKABLE QStringList changedFields(const QVariantMap &fields) const;
    // Queues community.update with the fields that changed, based on `version`;
    // `requireReacceptance` only goes with a guidelines change. Returns the outbox entry's id,
    // "" when nothing was queued (nothing changed, not cached, or a save still waiting).
    Q_INVOKABLE QString save(const QVariantMap &fields, bool requireReacceptance);
    // Back to Idle (the form was reverted): the last save's outcome is no longer shown.
    Q_INVOKABLE void forgetOutcome();

Q_SIGNALS:
    void storeChanged();
    void communityIdChanged();
    void editingChanged();
    void valuesChanged();
    // The loaded values were replaced by the cache's: the form shows them (it had no edits).
    void reloaded();
    void cachedChanged();
    void saveStateChanged();

private:
    // Reads the cached row; the loaded values follow it unless the form has edits (or `force`).
    void refresh(bool force);
    void onChanged(const hearth::cache::ChangeSet &changes);
    // The waiting save left the outbox without an answer: the member discarded it.
    void onOutboxChanged();
    void onSettled(const QString &entryId, const QString &name, bool applied,
                   const QJsonObject &result, const QString &errorCode,
                   const QString &errorMessage);
    // The args `fields` make, against the loaded values (only what changed is set).
    protocol::CommunityUpdateArgs argsFor(const QVariantMap &fields) const;
    void setOutcome(SaveState state, const QString &code = {}, const QString &message = {});

    QPointer<hearth::cache::CacheStore> m_store;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_settled;
    QMetaObject::Connection m_outbox;
    QString m_communityId;
    bool m_editing = false;
    bool m_loaded = false;
    bool m_refreshQueued = false;
    cache::CommunityRow m_base;   // what the form was loaded at
    cache::CommunityRow m_cached; // the cache now
    int m_appliedVersion = 0;     // the version hearthd gave my last applied save
    QString m_entry;              // the last save (waiting in the outbox while Pending)
    bool m_entrySeen = false;     // it reached the outbox (so leaving it means something)
    protocol::CommunityUpdateArgs m_sent;
    SaveState m_saveState = Idle;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_errorField;
};

} // namespace hearth::models
