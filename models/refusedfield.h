#pragma once
// The field a refusal from hearthd names, for a form to show the reason by that field: the
// server says "field 'args.memberCap' ..." (or "field 'memberCap' ..."); "" when it names none.

#include <QString>

namespace hearth::models {

QString refusedField(const QString &errorMessage);

} // namespace hearth::models
