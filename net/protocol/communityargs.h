#pragma once
// Args of community.create (the founder becomes its owner), community.update (organizers change
// a community's settings) and membership.acceptGuidelines (docs/api.md, Mutations).

#include "argscheck.h"
#include "limits.h"
#include "mutation.h"
#include "vocabulary.h"

#include <QStringList>
#include <optional>

namespace hearth::protocol {

// a-z, 0-9 and inner hyphens (the length is checked apart: Limits::SlugMin..SlugMax).
bool isWellFormedSlug(const QString &slug);

struct CommunityCreateArgs {
    HEARTH_MUTATION_ARGS(CommunityCreateArgs, MutationName::CommunityCreate)
    QString id;
    QString slug; // a-z, 0-9 and inner hyphens; unique
    QString name;
    QString tagline;
    QString description;
    QString guidelines; // markdown
    QString visibility = QString::fromLatin1(Visibility::Public);
    int memberCap = Limits::MemberCapDefault;
    QStringList topics;
    QString welcome;
};

// Changes only the fields it carries, and names the community version it was based on (a stale
// one is answered "conflict" with the community as it is). Owners only: visibility, memberCap.
struct CommunityUpdateArgs {
    HEARTH_MUTATION_ARGS(CommunityUpdateArgs, MutationName::CommunityUpdate)
    QString id;
    int version = 0;
    std::optional<QString> name;
    std::optional<QString> tagline;
    std::optional<QString> description;
    std::optional<QStringList> topics;
    std::optional<QString> visibility;
    std::optional<int> memberCap;
    std::optional<QString> welcome;
    std::optional<QString> guidelines; // markdown; every earlier version is kept
    // With a guidelines change: every member (but the author of the change) accepts the new
    // text (membership.acceptGuidelines) before they post or comment again.
    bool requireReacceptance = false;
};

// A member accepts the community's current guidelines: `digest` is guidelinesDigest() of the
// text they read (a stale one is refused, so nobody accepts a text they have not seen).
struct MembershipAcceptGuidelinesArgs {
    HEARTH_MUTATION_ARGS(MembershipAcceptGuidelinesArgs, MutationName::MembershipAcceptGuidelines)
    QString communityId;
    QString digest;
};

} // namespace hearth::protocol
