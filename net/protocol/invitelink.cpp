#include "invitelink.h"

#include "limits.h"

#include <QRegularExpression>

namespace hearth::protocol {

namespace {
bool isCode(const QString &code) {
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9_-]+$"));
    return !code.isEmpty() && code.size() <= Limits::InviteCodeMax &&
           allowed.match(code).hasMatch();
}
} // namespace

QString inviteCodeFrom(const QString &text) {
    QString code = text.trimmed().toLower();
    const QString prefix = QString::fromLatin1(InviteScheme) + QStringLiteral("://invite/");
    if (code.startsWith(prefix))
        code = code.mid(prefix.size());
    else if (code.contains(QLatin1Char(':')) || code.contains(QLatin1Char('/')))
        return {}; // another scheme or a link of another kind
    if (code.endsWith(QLatin1Char('/')))
        code.chop(1);
    return isCode(code) ? code : QString();
}

QString inviteLink(const QString &code) {
    return QString::fromLatin1(InviteScheme) + QStringLiteral("://invite/") + code;
}

} // namespace hearth::protocol
