#pragma once
// community.create: a member founds a community and becomes its owner.

#include "server/domain/mutationcontext.h"

namespace hearthd::CommunityMutations {

// args: id (UUID), slug, name, tagline?, description?, guidelines?, visibility?, memberCap?,
// topics?, welcome?
hearth::protocol::MutationResult create(MutationContext &ctx, const QJsonObject &args);

} // namespace hearthd::CommunityMutations
