#include "requestreader.h"

#include "server/domain/textcheck.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace hearthd::RequestReader {

Result<QJsonObject> jsonObject(const QHttpServerRequest &request, bool checkText) {
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return DomainError::invalid(QStringLiteral("the request body must be a JSON object"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return DomainError::invalid(QStringLiteral("the request body is not valid JSON: %1 at "
                                                   "offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!doc.isObject())
        return DomainError::invalid(QStringLiteral("the request body must be a JSON object"));
    if (checkText) {
        if (auto e = TextCheck::check(QJsonValue(doc.object())))
            return *e;
    }
    return doc.object();
}

std::optional<DomainError> checkUrlText(const QHttpServerRequest &request) {
    // Path arguments (community ids) come from the decoded path: "%00" is a NUL there.
    if (auto e =
            TextCheck::check(request.url().path(QUrl::FullyDecoded), QStringLiteral("the path")))
        return e;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        const QString where = QStringLiteral("query parameter '%1'").arg(key);
        if (auto e = TextCheck::check(key, QStringLiteral("a query parameter name")))
            return e;
        if (auto e = TextCheck::check(value, where))
            return e;
    }
    return std::nullopt;
}

QString bearerToken(const QHttpServerRequest &request) {
    const QByteArray header = request.value(QByteArrayLiteral("authorization")).trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

} // namespace hearthd::RequestReader
