#include "auditpage.h"

#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<AuditEntry> &entrySchema() {
    using A = AuditEntry;
    static const WireSchema<A> schema{{
        field::text("id", &A::id, RequiredText),
        field::text("communityId", &A::communityId, RequiredText),
        field::text("action", &A::action, RequiredText),
        field::text("actorId", &A::actorId, RequiredText),
        field::text("targetId", &A::targetId, RequiredText),
        field::text("reason", &A::reason, RequiredText),
        field::integer("createdAt", &A::createdAt),
    }};
    return schema;
}

const WireSchema<AuditPage> &pageSchema() {
    static const WireSchema<AuditPage> schema{{field::list("entries", &AuditPage::entries)}};
    return schema;
}

} // namespace

HEARTH_WIRE_CODEC(AuditEntry, entrySchema)
HEARTH_WIRE_CODEC(AuditPage, pageSchema)

} // namespace hearth::protocol
