#pragma once
// Changes the member makes to writes still in the outbox, inside the writer's transaction:
// new text for a refused or waiting write, and the two ways out of a conflicting edit. Each keeps
// the promise that nothing is dropped without the member choosing it, and that the server ends
// up with the text shown here.

#include "changeset.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hearth::cache {

class OutboxReviser {
public:
    OutboxReviser(const QSqlDatabase &db, const QString &userId, const QString &displayName,
                  ChangeSet *changes);

    // Appends a mutation to the outbox and applies it optimistically (what enqueueMutation does).
    void append(const QString &id, const QString &name, const QJsonObject &args, qint64 nowMs);

    // New text for the write `id` (post.create, post.edit or comment.create):
    // - refused: its text is replaced and it is queued again as `newId` in its place (the
    //   server never applied it, and would only replay its refusal for the old id);
    // - waiting post.create or post.edit: a post.edit `newId` with the text follows it, so the
    //   text is right whether or not the first already reached the server (its answer may have
    //   been lost).
    // Throws SqlFailure when `id` is gone or cannot be changed this way.
    void revise(const QString &id, const QString &newId, const QString &title, const QString &body,
                qint64 nowMs);
    // A post.edit refused as a conflict: the server's version (the entry's `current`) goes into
    // the cache, then a post.edit `newId` with `title`/`body` based on that version replaces it.
    void resolveConflict(const QString &id, const QString &newId, const QString &title,
                         const QString &body, qint64 nowMs);
    // A post.edit refused as a conflict: mine is dropped and the server's version shown.
    void acceptServerVersion(const QString &id);

private:
    struct Entry {
        QString name;
        QJsonObject args;
        QString state;
        QString errorCode;
        QString targetId;
        QString communityId;
        QJsonObject current;
    };
    Entry entry(const QString &id) const;
    // The conflict's `current` post applied to the cache as the server has it.
    Entry takeConflict(const QString &id);

    QSqlDatabase m_db;
    QString m_userId;
    QString m_displayName;
    ChangeSet *m_changes;
};

} // namespace hearth::cache
