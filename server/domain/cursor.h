#pragma once
// The sync cursor: opaque to clients, base64url of "v1:<log id>:<seq>". The log id ties a cursor
// to one database, so a cursor from another server or a rebuilt database asks for a resync
// instead of silently skipping or repeating changes.

#include "server/domain/domainerror.h"

namespace hearthd::Cursor {

QString encode(const QString &logId, qint64 seq);
// The seq after which to continue; an empty cursor means "from the beginning" (0).
// invalid_request for text that is not a cursor, resync_required for another log's cursor.
Result<qint64> decode(const QString &cursor, const QString &logId);

} // namespace hearthd::Cursor
