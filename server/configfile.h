#pragma once
// hearthd's config file: one "key = value" a line; blank lines and lines starting with '#' or
// ';' are ignored; keys are the long command-line option names (data, listen, tls-cert, ...).

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace hearthd {

struct ConfigFile {
    QString path;
    QHash<QString, QString> values; // key -> value, whitespace trimmed
    QHash<QString, int> lines;      // key -> line number, for messages

    // Reads `path`, accepting only `allowedKeys`; nullopt with a message naming the file, the
    // line and the key on any problem (unreadable, no '=', unknown or repeated key).
    static std::optional<ConfigFile> read(const QString &path, const QStringList &allowedKeys,
                                          QString *error);
};

} // namespace hearthd
