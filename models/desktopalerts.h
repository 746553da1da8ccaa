#pragma once
// Decides which notifications become desktop alerts: those that arrive while Hearth runs, are
// still unread, and come while its window is in the background. What was already in the cache
// when it started (and everything a first sync of a fresh cache brings) is the backlog of the
// in-app list, never a burst of alerts. Several at once become one summary alert.
//
// It only decides and words them (`alert`); showing them is the tray's job (TrayNotifier.qml).
// The per-community level kept on the server (all / mentions and replies / none) and a daily
// digest will be applied here, in wanted(), once the server keeps them.
//
//   DesktopAlerts { store: AppContext.store; enabled: settings.alerts; windowActive: window.active
//                   onAlert: (id, title, body) => tray.showMessage(title, body) }

#include "cache/cachestore.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

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

Q_SIGNALS:
    void storeChanged();
    void enabledChanged();
    void windowActiveChanged();
    void summaryThresholdChanged();
    // One alert to show, and what it is about (for opening it). notificationId, targetType and
    // targetId are "" for a summary of several.
    void alert(const QString &notificationId, const QString &title, const QString &body,
               const QString &targetType, const QString &targetId);

private:
    void startWatching();
    void check();
    bool wanted(const hearth::cache::UnreadNotification &n) const;
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
};

} // namespace hearth::models
