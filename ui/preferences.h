#pragma once
// The member's choices on this machine: theme, text size, desktop alerts, and the community each
// account showed last. Kept in QSettings (group "ui"), read when created and written at once, so
// the choice is there at the next start. Created in QML, so a test builds its own:
//
//   Preferences { id: preferences }
//   Binding { target: Theme; property: "mode"; value: preferences.theme }

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth::ui {

class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // "system" (follow the desktop), "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // Type size relative to the default: 0.9, 1 (default), 1.15 or 1.3.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    // Show new notifications as desktop alerts while Hearth is not the active window.
    Q_PROPERTY(
        bool desktopAlerts READ desktopAlerts WRITE setDesktopAlerts NOTIFY desktopAlertsChanged)
    // When the last daily digest of desktop alerts was shown (ms since the epoch; 0: never), so
    // a restart does not show the day's digest twice.
    Q_PROPERTY(double digestDeliveredAt READ digestDeliveredAt WRITE setDigestDeliveredAt NOTIFY
                   digestDeliveredAtChanged)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    bool desktopAlerts() const { return m_desktopAlerts; }
    void setDesktopAlerts(bool enabled);
    double digestDeliveredAt() const { return m_digestDeliveredAt; }
    void setDigestDeliveredAt(double at);

    // The community `account` ("handle@server") showed last, or "".
    Q_INVOKABLE QString lastCommunity(const QString &account) const;
    Q_INVOKABLE void setLastCommunity(const QString &account, const QString &communityId);
    // Drops what is kept for an account whose data this device forgets.
    Q_INVOKABLE void forgetAccount(const QString &account);

    // The text sizes the settings offer, smallest first.
    static QList<double> textScales();

Q_SIGNALS:
    void themeChanged();
    void textScaleChanged();
    void desktopAlertsChanged();
    void digestDeliveredAtChanged();

private:
    QString m_theme;
    double m_textScale = 1.0;
    bool m_desktopAlerts = true;
    double m_digestDeliveredAt = 0;
};

} // namespace hearth::ui
