#pragma once
// Args of alerts.set (docs/api.md, Mutations): one of a member's own alert choices, kept by
// hearthd and synced to their other machines. Either a community's level, or the daily digest,
// or both; what is left out stays as it was.

#include "argscheck.h"
#include "mutation.h"

#include <QString>
#include <optional>

namespace hearth::protocol {

struct AlertsSetArgs {
    HEARTH_MUTATION_ARGS(AlertsSetArgs, MutationName::AlertsSet)
    QString communityId;          // with `level`: a community the member belongs to
    std::optional<QString> level; // AlertLevel: all | mentions | none
    std::optional<bool> digest;   // one summary a day instead of single alerts
};

} // namespace hearth::protocol
