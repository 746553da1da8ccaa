#pragma once
// The sync cursor: opaque to clients, base64url of "v2:<log id>:<seq>:<stamp>". The log id ties a
// cursor to one database, so a cursor from another server or a rebuilt database asks for a
// resync instead of silently skipping or repeating changes; the stamp of the row at seq ties it
// to one history of that database, so does a cursor from before a restore (or any rewrite of the
// log), even once the restored log has grown past its seq.

#include "server/domain/changelog.h"
#include "server/domain/domainerror.h"

namespace hearthd::Cursor {

QString encode(const QString &logId, const ChangeLog::Position &at);
// Where to continue after; an empty cursor means "from the beginning" (seq 0). invalid_request
// for text that is not a cursor; resync_required for another log's cursor and for v1 cursors
// (they name no stamp, and the rows they were read from may be served differently now).
// Whether the stamp still matches is for the caller to check against the log.
Result<ChangeLog::Position> decode(const QString &cursor, const QString &logId);

} // namespace hearthd::Cursor
