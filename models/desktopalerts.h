#pragma once
// Decides which notifications become desktop alerts: those that arrive while Hearth runs, are
// still unread, and come while its window is in the background. What was already in the cache
// when it started (and everything a first sync of a fresh cache brings) is the backlog of the
// in-app list, never a burst of alerts. Several at once become one summary alert.
//
// It only decides and words them (`alert`); showing them is the tray's job (TrayNotifier.qml).
// It follows my alert settings as hearthd keeps them (alerts.set, in the cache): a community at
// level "none" raises nothing, one at "mentions" only mentions of me, replies to me and the
// decision on my join request. With the daily digest on, nothing is alerted one by one: once a
// day, from `digestHour` (local time), one alert sums up what came since the last digest (at
// most a day back), unread and wanted.
//
//   DesktopAlerts { store: AppContext.store; enabled: settings.alerts; windowActive: window.active
//                   onAlert: (id, title, body) => tray.showMessage(title, body) }

#include "cache/cachestore.h"

#include "protocol/entities.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace hearth::cache {
struct UnreadNotification;
}

namespace hearth::models {

class DesktopAlerts : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::cache::CacheStore *store READ store WRITE setStore NOTIFY storeChanged)
    // Alerts are raised only while enabled (the member wants them and there is a way to show
    // them). Notifications that arrive while disabled are never alerted later.
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    // While the window is active the member sees the bell: no alert then.
    Q_PROPERTY(bool windowActive READ windowActive WRITE setWindowActive NOTIFY windowActiveChanged)
    // More new notifications than this at once become one summary alert.
    Q_PROPERTY(int summaryThreshold READ summaryThreshold WRITE setSummaryThreshold NOTIFY
                   summaryThresholdChanged)
    // The hour of the day (0-23, local time) from which the daily digest is due.
    Q_PROPERTY(int digestHour READ digestHour WRITE setDigestHour NOTIFY digestHourChanged)
    // When the last digest was delivered (ms since the epoch; 0: never). The app keeps it across
    // runs (Preferences), so a restart does not deliver the day's digest twice.
    Q_PROPERTY(double digestDeliveredAt READ digestDeliveredAt WRITE setDigestDeliveredAt NOTIFY
                   digestDeliveredAtChanged)

public:
    explicit DesktopAlerts(QObject *parent = nullptr);

    hearth::cache::CacheStore *store() const { return m_store; }
    void setStore(hearth::cache::CacheStore *store);
    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    bool windowActive() const { return m_windowActive; }
    void setWindowActive(bool active);
    int summaryThreshold() const { return m_summaryThreshold; }
    void setSummaryThreshold(int threshold);
    int digestHour() const { return m_digestHour; }
    void setDigestHour(int hour);
    double digestDeliveredAt() const { return double(m_digestDeliveredAt); }
    void setDigestDeliveredAt(double at);
    // The time it goes by (ms since the epoch); tests set a fixed one.
    void setClock(std::function<qint64()> clock);

    // Delivers the daily digest when it is due (checked every minute, and when news arrive).
    Q_INVOKABLE void deliverDigestIfDue();

Q_SIGNALS:
    void storeChanged();
    void enabledChanged();
    void windowActiveChanged();
    void summaryThresholdChanged();
    void digestHourChanged();
    void digestDeliveredAtChanged();
    // One alert to show, and what it is about (for opening it). notificationId, targetType and
    // targetId are "" for a summary of several.
    void alert(const QString &notificationId, const QString &title, const QString &body,
               const QString &targetType, const QString &targetId);

private:
    void startWatching();
    void check();
    bool wanted(const hearth::cache::UnreadNotification &n) const;
    void readSettings();
    static QString title(const hearth::cache::UnreadNotification &n);
    static QString body(const hearth::cache::UnreadNotification &n);

    QPointer<hearth::cache::CacheStore> m_store;
    bool m_enabled = true;
    bool m_windowActive = false;
    int m_summaryThreshold = 3;
    // Everything created before this is the backlog; `m_seen` holds the ids at exactly this time
    // that were already considered.
    qint64 m_since = 0;
    QSet<QString> m_seen;
    // A fresh cache's first sync brings history, not news: nothing is alerted until it ends.
    bool m_catchingUp = false;
    hearth::protocol::AlertSettings m_settings;
    int m_digestHour = 9;
    qint64 m_digestDeliveredAt = 0;
    std::function<qint64()> m_clock;
    QTimer m_digestTimer;
};

} // namespace hearth::models
