#include "changeframing.h"

#include "jsonfields.h"

#include <QJsonDocument>

#include <algorithm>

namespace hearth::protocol::ChangeFraming {

QByteArray quoted(const QString &s) {
    // Ids, types and cursors are plain ASCII: those are quoted directly, which matters because
    // the server encodes every change it logs and every page it sends; anything else takes the
    // full JSON encoder.
    const bool plain = std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') &&
               c != QLatin1Char('\\');
    });
    if (plain) {
        QByteArray out;
        out.reserve(s.size() + 2);
        out += '"';
        out += s.toLatin1();
        out += '"';
        return out;
    }
    QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QByteArray openPage(const QList<QByteArray> &encodedChanges, qsizetype extra) {
    qsizetype size = 16 + extra;
    for (const auto &c : encodedChanges)
        size += c.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < encodedChanges.size(); ++i) {
        if (i)
            out += ',';
        out += encodedChanges.at(i);
    }
    out += ']';
    return out;
}

QList<QByteArray> encodeEach(const QList<Change> &changes) {
    QList<QByteArray> encoded;
    encoded.reserve(changes.size());
    for (const auto &c : changes)
        encoded.append(c.toJson());
    return encoded;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, const char *what, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject())
        return doc.object();
    if (error)
        *error = QStringLiteral("%1 is not a JSON object: %2")
                     .arg(QLatin1StringView(what), parseError.errorString());
    return std::nullopt;
}

QList<Change> readChanges(JsonFields &f) {
    const QJsonArray changes = f.array(QStringLiteral("changes"));
    QList<Change> out;
    out.reserve(changes.size());
    for (const QJsonValue &v : changes) {
        if (!f.ok())
            break;
        if (!v.isObject()) {
            f.fail(QStringLiteral("every change must be an object"));
            break;
        }
        QString changeError;
        auto c = Change::fromJson(v.toObject(), &changeError);
        if (!c)
            f.fail(changeError);
        else
            out.append(std::move(*c));
    }
    return out;
}

} // namespace hearth::protocol::ChangeFraming
