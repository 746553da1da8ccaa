#include "alertcolumns.h"

#include "vocabulary.h"

#include <QJsonDocument>

namespace hearth::protocol {

void setAlertLevel(AlertSettings *settings, const QString &communityId, const QString &level) {
    if (level == QLatin1StringView(AlertLevel::All))
        settings->levels.remove(communityId);
    else
        settings->levels.insert(communityId, level);
}

QString alertLevelsColumn(const AlertSettings &settings) {
    return QString::fromUtf8(
        QJsonDocument(settings.toJson().value(QStringLiteral("levels")).toObject())
            .toJson(QJsonDocument::Compact));
}

std::optional<AlertSettings> alertSettingsFromColumns(const QString &userId, bool digest,
                                                      const QString &levelsColumn, int version,
                                                      QString *error) {
    return AlertSettings::fromJson(
        {{QStringLiteral("userId"), userId},
         {QStringLiteral("digest"), digest},
         {QStringLiteral("levels"), QJsonDocument::fromJson(levelsColumn.toUtf8()).object()},
         {QStringLiteral("version"), version}},
        error);
}

} // namespace hearth::protocol
