#pragma once
// Applies a member's mutation to the cache optimistically, inside the writer's transaction that
// also appends it to the outbox, so what they wrote shows at once (as pending). When the server's
// version arrives by sync it simply replaces the optimistic row (same client-made id). A
// discarded mutation is reverted with revert().

#include "changeset.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hearth::cache {

class MutationApplier {
public:
    struct Target {
        QString targetId;     // the object created or changed
        QString communityId;  // its community
        QJsonObject previous; // what an edit, pin or leave replaced, to restore on discard
    };

    MutationApplier(const QSqlDatabase &db, const QString &userId, const QString &displayName,
                    ChangeSet *changes);

    // Throws SqlFailure when the args are not usable (missing id, unknown post, ...). A mutation
    // name this version does not know is stored without an optimistic effect.
    Target apply(const QString &name, const QJsonObject &args, qint64 nowMs);
    // Undoes apply() for a mutation the member discards.
    void revert(const QString &name, const Target &target);

private:
    QString requireString(const QJsonObject &args, const QString &key) const;
    void touchPost(const QString &postId, const QString &communityId);

    QSqlDatabase m_db;
    QString m_userId;
    QString m_displayName;
    ChangeSet *m_changes;
};

} // namespace hearth::cache
