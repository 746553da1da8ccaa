#include "requestreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hearthd::RequestReader {

Result<QJsonObject> jsonObject(const QHttpServerRequest &request) {
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
    return doc.object();
}

QString bearerToken(const QHttpServerRequest &request) {
    const QByteArray header = request.value(QByteArrayLiteral("authorization")).trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

} // namespace hearthd::RequestReader
