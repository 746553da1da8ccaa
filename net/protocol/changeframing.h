#pragma once
// What pages of changes (SyncPage, HistoryPage) share on the wire: a JSON string written fast
// for the plain ASCII of ids and cursors, the "changes" array joined from pre-encoded changes
// (the server writes pages from stored bytes without re-parsing them), and reading it back.

#include "syncpage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

class JsonFields;

namespace ChangeFraming {

// A JSON string literal of `s`, escaped as JSON requires.
QByteArray quoted(const QString &s);
// `{"changes":[c1,c2,...]` without the closing brace: the caller appends its own fields.
QByteArray openPage(const QList<QByteArray> &encodedChanges, qsizetype extra);
// Each change's JSON (Change::toJson), for encoding a page from values.
QList<QByteArray> encodeEach(const QList<Change> &changes);
// The page body as a JSON object; nullopt and "<what> is not a JSON object: ..." otherwise.
std::optional<QJsonObject> parseObject(const QByteArray &body, const char *what, QString *error);
// The changes of a page, or the first problem in `f`.
QList<Change> readChanges(JsonFields &f);

} // namespace ChangeFraming

} // namespace hearth::protocol
