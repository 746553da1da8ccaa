#pragma once
// AlertSettings as hearthd and the app's cache both store them (one row per member: digest, the
// levels as a compact JSON object, version), and the one rule for changing a community's level
// ("all" is the default, so it takes the community out of `levels`). Shared so that the server
// and the cache's optimistic copy cannot drift apart.

#include "entities.h"

namespace hearth::protocol {

// Sets `communityId`'s level (AlertLevel::All removes it from `levels`).
void setAlertLevel(AlertSettings *settings, const QString &communityId, const QString &level);
// `levels` as the stored column.
QString alertLevelsColumn(const AlertSettings &settings);
// Settings from the stored columns; nullopt (and *error) when they do not read.
std::optional<AlertSettings> alertSettingsFromColumns(const QString &userId, bool digest,
                                                      const QString &levelsColumn, int version,
                                                      QString *error);

} // namespace hearth::protocol
