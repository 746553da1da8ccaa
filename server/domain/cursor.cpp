#include "cursor.h"

#include "protocol/apierror.h"

#include <QByteArray>
#include <QList>

namespace hearthd::Cursor {

namespace {
DomainError resync(const QString &why) {
    return {QString::fromLatin1(hearth::protocol::ErrorCode::ResyncRequired), why};
}
} // namespace

QString encode(const QString &logId, const ChangeLog::Position &at) {
    const QByteArray plain =
        "v2:" + logId.toLatin1() + ':' + QByteArray::number(at.seq) + ':' + at.stamp.toLatin1();
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<ChangeLog::Position> decode(const QString &cursor, const QString &logId) {
    if (cursor.isEmpty())
        return ChangeLog::Position{};
    const auto invalid = DomainError::invalid(QStringLiteral("'cursor' is not a cursor this server "
                                                             "issued; start again without one"));
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cursor.size() > 128)
        return invalid;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    const QByteArray version = parts.value(0);
    if (!(version == "v1" && parts.size() == 3) && !(version == "v2" && parts.size() == 4))
        return invalid;
    bool ok = false;
    const qint64 seq = parts.at(2).toLongLong(&ok);
    if (!ok || seq < 0)
        return invalid;
    if (QString::fromLatin1(parts.at(1)) != logId)
        return resync(QStringLiteral("the cursor belongs to another change log; "
                                     "drop the cache and sync from the start"));
    if (version == "v1")
        return resync(QStringLiteral("the cursor is from an older hearthd, which served deleted "
                                     "and edited text that this one no longer does; drop the "
                                     "cache and sync from the start"));
    return ChangeLog::Position{seq, QString::fromLatin1(parts.at(3))};
}

} // namespace hearthd::Cursor
