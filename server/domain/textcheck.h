#pragma once
// Text hearthd refuses to store, the same way on every backend: U+0000 (PostgreSQL cannot keep
// it in a text column and SQLite cuts strings at it in places) and UTF-16 surrogates that do not
// form a pair (JSON can spell them, "\ud800", but they are no character, and each engine
// rewrites them its own way: SQLite swallows the character after one). Such text is refused
// with invalid_request where it enters: request bodies, query strings and path ids (the HTTP
// adapter) and each mutation's args (MutationService, so a refused mutation does not refuse
// its batch).

#include "server/domain/domainerror.h"

#include <QJsonValue>
#include <QString>
#include <optional>

namespace hearthd::TextCheck {

// `where` names the text for the message ("field 'body'", "the path").
std::optional<DomainError> check(const QString &text, const QString &where);
// Every string in `value`, object keys included. `path` is where `value` sits in its document
// ("" for the whole of it; "links[2]"), for messages such as "field 'links[2].url' contains ...".
std::optional<DomainError> check(const QJsonValue &value, const QString &path = {});

} // namespace hearthd::TextCheck
