#include "historypage.h"

#include "changeframing.h"
#include "jsonfields.h"

#include <QJsonDocument>

namespace hearth::protocol {

QByteArray HistoryPage::encode(const QList<QByteArray> &encodedChanges, const QString &before,
                               bool complete) {
    QByteArray out = ChangeFraming::openPage(encodedChanges, 40 + before.size());
    out += ",\"before\":" + ChangeFraming::quoted(before) +
           ",\"complete\":" + (complete ? "true" : "false") + '}';
    return out;
}

QByteArray HistoryPage::toJson() const {
    return encode(ChangeFraming::encodeEach(changes), before, complete);
}

std::optional<HistoryPage> HistoryPage::fromJson(const QByteArray &body, QString *error) {
    const auto root = ChangeFraming::parseObject(body, "history page", error);
    if (!root)
        return std::nullopt;
    JsonFields f(*root);
    HistoryPage page;
    page.changes = ChangeFraming::readChanges(f);
    page.before = f.string(QStringLiteral("before"), false);
    if (f.ok() && !root->value(QStringLiteral("complete")).isBool())
        f.fail(QStringLiteral("field 'complete' must be true or false"));
    page.complete = f.boolean(QStringLiteral("complete"), false);
    if (!f.ok()) {
        if (error)
            *error = f.error();
        return std::nullopt;
    }
    return page;
}

} // namespace hearth::protocol
