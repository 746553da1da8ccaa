#pragma once
// Desktop alerts for new notifications (mentions, replies, event reminders, join requests) while
// Hearth is not the window in front, through the freedesktop notification service on the
// session bus, which GNOME, KDE, Xfce and most Linux desktops provide. Where there is none,
// available() is false and the settings say so; notifications still collect in Hearth.
//
// Only notifications that arrive after the account's cache was handed over are alerted, each
// once, and only while enabled (Preferences.desktopAlerts).

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace hearth::cache {
class CacheStore;
struct ChangeSet;
} // namespace hearth::cache

namespace hearth::ui {

class DesktopAlerts : public QObject {
    Q_OBJECT

public:
    explicit DesktopAlerts(QObject *parent = nullptr);

    void setStore(hearth::cache::CacheStore *store);
    void setEnabled(bool enabled);
    bool enabled() const { return m_enabled; }
    // Whether this machine has a notification service to show alerts.
    bool available() const;
    // Asked before each alert: true while the member is looking at Hearth (no alert needed).
    void setInFront(std::function<bool()> inFront) { m_inFront = std::move(inFront); }

Q_SIGNALS:
    // An alert was handed to the desktop.
    void alerted(const QString &notificationId, const QString &summary, const QString &body);

private:
    void onChanged(const hearth::cache::ChangeSet &changes);
    void show(const QString &id, const QString &summary, const QString &body);

    QPointer<hearth::cache::CacheStore> m_store;
    std::function<bool()> m_inFront;
    qint64 m_since = 0; // notifications up to this time were there before, or alerted
    bool m_enabled = true;
};

} // namespace hearth::ui
