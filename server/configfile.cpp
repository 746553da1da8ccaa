#include "configfile.h"

#include <QFile>

namespace hearthd {

std::optional<ConfigFile> ConfigFile::read(const QString &path, const QStringList &allowedKeys,
                                           QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the config file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    ConfigFile out;
    out.path = path;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0) {
            *error = QStringLiteral("%1: expected 'key = value', got '%2'").arg(where, line);
            return std::nullopt;
        }
        const QString key = line.left(eq).trimmed();
        if (!allowedKeys.contains(key)) {
            *error = QStringLiteral("%1: unknown key '%2' (known: %3)")
                         .arg(where, key, allowedKeys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (out.values.contains(key)) {
            *error = QStringLiteral("%1: key '%2' given twice").arg(where, key);
            return std::nullopt;
        }
        out.values.insert(key, line.mid(eq + 1).trimmed());
        out.lines.insert(key, i + 1);
    }
    return out;
}

} // namespace hearthd
