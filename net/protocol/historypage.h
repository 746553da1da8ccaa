#pragma once
// GET /v1/communities/{id}/history: older history of a community, paged on demand.
//
// Wire form: {"changes": [Change...], "before": "opaque", "complete": bool}
// Posts come newest first, each followed by its comments and the reactions to both. The changes
// are copies of current objects (seq 0, op "upsert"): apply them as upserts; they do not move
// the sync cursor. `before` is where the next page starts; `complete` means the page reached the
// community's first post.

#include "syncpage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

struct HistoryPage {
    QList<Change> changes;
    QString before;
    bool complete = false;

    // Builds the page from already-encoded changes (see Change::encode), as SyncPage does.
    static QByteArray encode(const QList<QByteArray> &encodedChanges, const QString &before,
                             bool complete);
    QByteArray toJson() const;
    // Strict: "changes" and "complete" are required.
    static std::optional<HistoryPage> fromJson(const QByteArray &body, QString *error);
};

} // namespace hearth::protocol
