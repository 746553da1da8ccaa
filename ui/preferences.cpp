#include "preferences.h"

#include <QSettings>

#include <cmath>

namespace hearth::ui {

namespace {
const QString ThemeKey = QStringLiteral("ui/theme");
const QString TextScaleKey = QStringLiteral("ui/textScale");
const QString DesktopAlertsKey = QStringLiteral("ui/desktopAlerts");
const QString DigestDeliveredKey = QStringLiteral("ui/digestDeliveredAt");

bool knownTheme(const QString &theme) {
    return theme == u"system" || theme == u"light" || theme == u"dark";
}

// The offered size nearest to `scale`: a hand-edited settings file cannot make text unreadable.
double nearestScale(double scale) {
    double best = 1.0;
    for (const double offered : Preferences::textScales()) {
        if (std::abs(offered - scale) < std::abs(best - scale))
            best = offered;
    }
    return best;
}

// QSettings keys are paths: keep the account's "/" and "\" out of them.
QString lastCommunityKey(const QString &account) {
    return QStringLiteral("ui/lastCommunity/") +
           QString::fromLatin1(account.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                         QByteArray::OmitTrailingEquals));
}
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent) {
    const QSettings settings;
    const QString theme = settings.value(ThemeKey).toString();
    m_theme = knownTheme(theme) ? theme : QStringLiteral("system");
    m_textScale = nearestScale(settings.value(TextScaleKey, 1.0).toDouble());
    m_desktopAlerts = settings.value(DesktopAlertsKey, true).toBool();
    m_digestDeliveredAt = settings.value(DigestDeliveredKey, 0.0).toDouble();
}

QList<double> Preferences::textScales() {
    return {0.9, 1.0, 1.15, 1.3};
}

void Preferences::setTheme(const QString &theme) {
    if (!knownTheme(theme) || theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(ThemeKey, theme);
    Q_EMIT themeChanged();
}

void Preferences::setTextScale(double scale) {
    const double snapped = nearestScale(scale);
    if (qFuzzyCompare(snapped, m_textScale))
        return;
    m_textScale = snapped;
    QSettings().setValue(TextScaleKey, snapped);
    Q_EMIT textScaleChanged();
}

void Preferences::setDesktopAlerts(bool enabled) {
    if (enabled == m_desktopAlerts)
        return;
    m_desktopAlerts = enabled;
    QSettings().setValue(DesktopAlertsKey, enabled);
    Q_EMIT desktopAlertsChanged();
}

void Preferences::setDigestDeliveredAt(double at) {
    if (qFuzzyCompare(at + 1, m_digestDeliveredAt + 1))
        return;
    m_digestDeliveredAt = at;
    QSettings().setValue(DigestDeliveredKey, at);
    Q_EMIT digestDeliveredAtChanged();
}

QString Preferences::lastCommunity(const QString &account) const {
    if (account.isEmpty())
        return {};
    return QSettings().value(lastCommunityKey(account)).toString();
}

void Preferences::setLastCommunity(const QString &account, const QString &communityId) {
    if (account.isEmpty() || communityId.isEmpty())
        return;
    QSettings().setValue(lastCommunityKey(account), communityId);
}

void Preferences::forgetAccount(const QString &account) {
    if (!account.isEmpty())
        QSettings().remove(lastCommunityKey(account));
}

} // namespace hearth::ui
