#pragma once
// GET /v1/communities/{id}/guidelines: every version of a community's guidelines, newest first,
// for its organizers (version 1 is the founder's text).
//
// Wire form: {"versions": [{"version", "text", "digest", "authorId", "authorName",
//             "createdAt"}]}

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hearth::protocol {

struct GuidelinesVersion {
    int version = 0;
    QString text;   // markdown
    QString digest; // guidelinesDigest(text)
    QString authorId;
    QString authorName;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static std::optional<GuidelinesVersion> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const GuidelinesVersion &, const GuidelinesVersion &) = default;
};

struct GuidelinesHistory {
    QList<GuidelinesVersion> versions;

    QJsonObject toJson() const;
    static std::optional<GuidelinesHistory> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const GuidelinesHistory &, const GuidelinesHistory &) = default;
};

} // namespace hearth::protocol
