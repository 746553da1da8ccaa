#include "refusedfield.h"

#include <QRegularExpression>

namespace hearth::models {

QString refusedField(const QString &errorMessage) {
    static const QRegularExpression named(QStringLiteral("field '(?:args\\.)?([A-Za-z]+)"));
    const auto match = named.match(errorMessage);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace hearth::models
