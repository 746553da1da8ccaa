#include "cursor.h"

#include "protocol/apierror.h"

#include <QByteArray>
#include <QList>

namespace hearthd::Cursor {

QString encode(const QString &logId, qint64 seq) {
    const QByteArray plain = "v1:" + logId.toLatin1() + ':' + QByteArray::number(seq);
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<qint64> decode(const QString &cursor, const QString &logId) {
    if (cursor.isEmpty())
        return qint64(0);
    const auto invalid = DomainError::invalid(QStringLiteral("'cursor' is not a cursor this server "
                                                             "issued; start again without one"));
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cursor.size() > 128)
        return invalid;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0) != "v1")
        return invalid;
    bool ok = false;
    const qint64 seq = parts.at(2).toLongLong(&ok);
    if (!ok || seq < 0)
        return invalid;
    if (QString::fromLatin1(parts.at(1)) != logId)
        return DomainError{QString::fromLatin1(hearth::protocol::ErrorCode::ResyncRequired),
                           QStringLiteral("the cursor belongs to another change log; "
                                          "drop the cache and sync from the start")};
    return seq;
}

} // namespace hearthd::Cursor
