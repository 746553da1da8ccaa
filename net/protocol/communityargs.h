#pragma once
// Args of community.create (docs/api.md, Mutations). The founder becomes its owner.

#include "argscheck.h"
#include "limits.h"
#include "mutation.h"
#include "vocabulary.h"

#include <QStringList>

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

} // namespace hearth::protocol
