#pragma once
// Args of notification.markRead (docs/api.md, Mutations): some of one's notifications, or all.

#include "argscheck.h"
#include "mutation.h"

#include <QStringList>

namespace hearth::protocol {

struct NotificationMarkReadArgs {
    HEARTH_MUTATION_ARGS(NotificationMarkReadArgs, MutationName::NotificationMarkRead)
    QStringList ids; // or
    bool all = false;
};

} // namespace hearth::protocol
