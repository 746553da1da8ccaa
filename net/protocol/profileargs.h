#pragma once
// Args of profile.update (docs/api.md, Mutations): a member's whole profile as they want it,
// based on the version they edited.

#include "argscheck.h"
#include "mutation.h"

#include <QList>
#include <QStringList>

namespace hearth::protocol {

struct UserProfile;

// One of a profile's links: {"label", "url"}; the url is http or https.
struct ProfileLink {
    QString label;
    QString url;

    QJsonObject toJson() const;
    static std::optional<ProfileLink> fromJson(const QJsonObject &json, QString *error,
                                               ArgsCheck check = ArgsCheck::Strict);
    friend bool operator==(const ProfileLink &, const ProfileLink &) = default;
};

// One showcase item: {"title", "text"?, "link"?, "image"?}; a title is required.
struct ShowcaseItem {
    QString title;
    QString text;
    QString link;  // http or https, or ""
    QString image; // a picture's address, or ""
    QJsonObject toJson() const;
    static std::optional<ShowcaseItem> fromJson(const QJsonObject &json, QString *error,
                                                ArgsCheck check = ArgsCheck::Strict);
    friend bool operator==(const ShowcaseItem &, const ShowcaseItem &) = default;
};

// Replaces every field of the member's own profile (what it leaves out becomes empty). The
// version is the one the edit was based on: a stale one is answered "conflict" with the
// profile as it is.
struct ProfileUpdateArgs {
    HEARTH_MUTATION_ARGS(ProfileUpdateArgs, MutationName::ProfileUpdate)
    QString id; // the member's own user id
    int version = 0;
    QString displayName; // trimmed by hearthd; not empty
    QString bio;         // markdown
    QStringList interests;
    QList<ProfileLink> links;
    QList<ShowcaseItem> showcase;

    // The profile with these fields, as hearthd stores it (the display name trimmed); the
    // cache's optimistic applier shows the same.
    UserProfile appliedTo(UserProfile profile) const;
};

// Whether `url` is an absolute http or https address with a host.
bool isWebUrl(const QString &url);

} // namespace hearth::protocol
