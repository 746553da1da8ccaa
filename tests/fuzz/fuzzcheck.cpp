#include "fuzzcheck.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace hearth::fuzz {

void fail(const char *what, const QString &detail, const QByteArray &bytes) {
    std::fprintf(stderr, "\n=== fuzz property broken: %s\n%s\n", what, qPrintable(detail));
    if (!bytes.isEmpty())
        std::fprintf(stderr, "bytes (%lld): %s\n", static_cast<long long>(bytes.size()),
                     bytes.left(4096).toStdString().c_str());
    std::fflush(stderr);
    std::abort();
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes) {
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace hearth::fuzz
