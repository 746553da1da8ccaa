#include "cacheopenreport.h"

#include <QFileInfo>

namespace hearth::cache {

QString CacheOpenReport::message() const {
    QString text;
    switch (outcome) {
    case Outcome::Opened:
        break;
    case Outcome::Rebuilt:
        text = tr("This account's cache was damaged (%1), so Hearth set it aside and is "
                  "rebuilding it from the server.")
                   .arg(problem);
        if (keptWrites > 0)
            text += QLatin1Char(' ') +
                    tr("Your %n unsent change(s) were kept and will be sent.", nullptr, keptWrites);
        if (writesMissing)
            text += QLatin1Char(' ') +
                    tr("Some changes you had not sent yet could not be read back from it.");
        text += QLatin1Char(' ') + tr("The damaged file was kept for support as %1.")
                                       .arg(QFileInfo(brokenCopy).fileName());
        break;
    case Outcome::RefusedNewer:
        text = tr("This cache was written by a newer Hearth (%1). Update Hearth to use it, or "
                  "move it aside and rebuild it from the server: your unsent changes are carried "
                  "over and the old file is kept.")
                   .arg(problem);
        break;
    case Outcome::Failed:
        if (lowOnSpace())
            return tr("Hearth cannot open this account's cache: the disk is full. Free some "
                      "space; Hearth keeps trying and opens it as soon as it can.");
        text = tr("Hearth cannot open this account's cache: %1.").arg(problem);
        break;
    }
    if (lowOnSpace()) {
        const QString space =
            tr("The disk is almost full (%1 MB free): Hearth may be unable to save what you "
               "write until you free some space.")
                .arg(double(freeBytes) / (1024.0 * 1024.0), 0, 'f', 1);
        text = text.isEmpty() ? space : text + QLatin1Char(' ') + space;
    }
    return text;
}

} // namespace hearth::cache
