#pragma once
// My desktop-alert choices, for Settings → Notifications: one row per community I belong to with
// its level (all / mentions and replies / nothing), and the daily digest. hearthd keeps them
// (alerts.set), so they follow me to another machine; a change shows at once and waits in the
// outbox while offline. DesktopAlerts applies them.
//
//   AlertPreferences { id: alertPrefs; store: AppContext.store }
//   Repeater { model: alertPrefs; delegate: ... alertPrefs.setLevel(model.communityId, "none") }

#include "cacherowmodel.h"

namespace hearth::models {

class AlertPreferences : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    // One summary a day instead of single alerts.
    Q_PROPERTY(bool digest READ digest WRITE setDigest NOTIFY digestChanged)

public:
    enum Role {
        CommunityIdRole = Qt::UserRole + 1, // QString
        NameRole,                           // QString
        LevelRole,                          // QString: all | mentions | none
    };
    Q_ENUM(Role)

    explicit AlertPreferences(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    bool digest() const { return m_digest; }
    void setDigest(bool digest);

    // Queues alerts.set for one of my communities; "all", "mentions" or "none". Returns false
    // (and queues nothing) for another level, an unknown community or the level it has already.
    Q_INVOKABLE bool setLevel(const QString &communityId, const QString &level);

Q_SIGNALS:
    void digestChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    bool m_digest = false;
};

} // namespace hearth::models
