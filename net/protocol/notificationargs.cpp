#include "notificationargs.h"

#include "limits.h"
#include "wireschema.h"

namespace hearth::protocol {

namespace {

QString idsOrAll(const NotificationMarkReadArgs &a) {
    if (!a.all && a.ids.isEmpty())
        return QStringLiteral("give field 'ids' (a non-empty array) or 'all': true");
    if (a.all && !a.ids.isEmpty())
        return QStringLiteral("give either field 'ids' or 'all', not both");
    return {};
}

const WireSchema<NotificationMarkReadArgs> &markReadSchema() {
    using A = NotificationMarkReadArgs;
    static const WireSchema<A> schema{
        {
            field::strings("ids", &A::ids, {Limits::MarkReadMax, Limits::NotificationIdMax}),
            field::flag("all", &A::all),
        },
        idsOrAll};
    return schema;
}

} // namespace

HEARTH_MUTATION_ARGS_CODEC(NotificationMarkReadArgs, markReadSchema)

} // namespace hearth::protocol
