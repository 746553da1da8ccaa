#include "syncpage.h"

#include "changeframing.h"
#include "jsonfields.h"

#include <QJsonDocument>

namespace hearth::protocol {

using ChangeFraming::quoted;

QByteArray Change::encode(qint64 seq, const QString &type, const QString &op, const QString &id,
                          const QString &community, const QByteArray &compactData) {
    QByteArray out;
    out.reserve(64 + compactData.size());
    out += "{\"seq\":" + QByteArray::number(seq) + ",\"type\":" + quoted(type) +
           ",\"op\":" + quoted(op) + ",\"id\":" + quoted(id);
    if (!community.isEmpty())
        out += ",\"community\":" + quoted(community);
    if (!compactData.isEmpty())
        out += ",\"data\":" + compactData;
    out += '}';
    return out;
}

QByteArray Change::toJson() const {
    const QByteArray d =
        data.isEmpty() ? QByteArray() : QJsonDocument(data).toJson(QJsonDocument::Compact);
    return encode(seq, type, op, id, community, d);
}

std::optional<Change> Change::fromJson(const QJsonObject &json, QString *error) {
    JsonFields f(json);
    Change c;
    c.seq = f.integer(QStringLiteral("seq"));
    c.type = f.string(QStringLiteral("type"));
    c.op = f.string(QStringLiteral("op"));
    c.id = f.string(QStringLiteral("id"));
    c.community = f.string(QStringLiteral("community"), false);
    c.data = f.object(QStringLiteral("data"), false);
    if (f.ok() && c.op == QLatin1StringView(ChangeOp::Upsert) && c.data.isEmpty())
        f.fail(QStringLiteral("an upsert change needs 'data'"));
    if (!f.ok()) {
        if (error)
            *error = f.error();
        return std::nullopt;
    }
    return c;
}

QByteArray SyncPage::encode(const QList<QByteArray> &encodedChanges, const QString &cursor,
                            bool hasMore) {
    QByteArray out = ChangeFraming::openPage(encodedChanges, 48 + cursor.size());
    out += ",\"cursor\":" + quoted(cursor) + ",\"hasMore\":" + (hasMore ? "true" : "false") + '}';
    return out;
}

QByteArray SyncPage::toJson() const {
    return encode(ChangeFraming::encodeEach(changes), cursor, hasMore);
}

std::optional<SyncPage> SyncPage::fromJson(const QByteArray &body, QString *error) {
    const auto root = ChangeFraming::parseObject(body, "sync page", error);
    if (!root)
        return std::nullopt;
    JsonFields f(*root);
    SyncPage page;
    page.changes = ChangeFraming::readChanges(f);
    page.cursor = f.string(QStringLiteral("cursor"));
    page.hasMore = f.boolean(QStringLiteral("hasMore"), false);
    if (!f.ok()) {
        if (error)
            *error = f.error();
        return std::nullopt;
    }
    return page;
}

} // namespace hearth::protocol
