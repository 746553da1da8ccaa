#include "cacheinspection.h"

#include "schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace hearth::cache {

namespace {

constexpr qsizetype HeaderSize = 100;

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), and their extended codes (the low byte).
bool saysCorrupt(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

// What the 100-byte header says about the file's length: SQLite keeps the database's size in
// pages there; a file shorter than that lost its end. (Valid only when no WAL holds newer pages,
// and when the header's size is marked current.)
QString truncation(QFile &file, const QByteArray &header) {
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 pageSize =
        qFromBigEndian<quint16>(h + 16) == 1 ? 65536 : qFromBigEndian<quint16>(h + 16);
    const quint32 pages = qFromBigEndian<quint32>(h + 28);
    const bool sizeIsCurrent = qFromBigEndian<quint32>(h + 24) == qFromBigEndian<quint32>(h + 92);
    if (!sizeIsCurrent || pageSize < 512 || pages == 0)
        return {};
    const qint64 expected = qint64(pages) * pageSize;
    if (file.size() >= expected)
        return {};
    return QStringLiteral("the file is cut short: %1 of its %2 bytes are left")
        .arg(file.size())
        .arg(expected);
}

// All of it, or (a big cache) the tables that cannot be fetched from the server again.
QString checkScope(const QString &path) {
    return QFileInfo(path).size() > CacheInspection::FullCheckBytes ? QStringLiteral("(outbox)")
                                                                    : QString();
}

} // namespace

QSqlDatabase CacheInspection::readOnlyConnection(const QString &connectionName,
                                                 const QString &path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    const bool wal = QFile::exists(path + QStringLiteral("-wal"));
    db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                       (wal ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1")));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;"
                                        "QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

QString CacheInspection::damageMarker(const QString &path) {
    return path + QStringLiteral(".damaged");
}

void CacheInspection::markDamaged(const QString &path, const QString &detail) {
    QFile marker(damageMarker(path));
    if (marker.exists() || !marker.open(QIODevice::WriteOnly))
        return;
    marker.write(detail.toUtf8());
}

CacheInspection CacheInspection::of(const QString &path) {
    CacheInspection out;
    QFile file(path);
    if (!file.exists())
        return out;
    if (QFile marker(damageMarker(path)); marker.open(QIODevice::ReadOnly)) {
        out.state = State::Damaged;
        out.detail = QString::fromUtf8(marker.readAll()).trimmed();
        if (out.detail.isEmpty())
            out.detail = QStringLiteral("damage was found while it was in use");
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.state = State::Unreadable;
        out.detail = file.errorString();
        return out;
    }
    if (file.size() == 0)
        return out; // SQLite's own empty database: nothing in it to lose
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        out.state = State::Damaged;
        out.detail = QStringLiteral("the file is not a SQLite database");
        return out;
    }
    if (!QFile::exists(path + QStringLiteral("-wal"))) {
        if (const QString cut = truncation(file, header); !cut.isEmpty()) {
            out.state = State::Damaged;
            out.detail = cut;
            return out;
        }
    }
    file.close();

    const QString name = QStringLiteral("hearth-cache-inspect-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = readOnlyConnection(name, path);
        // A connection that cannot be made for another reason than damage is left to the
        // normal open, which says why; only what SQLite calls corrupt is called damaged here.
        const auto judge = [&](const QSqlError &error) {
            if (saysCorrupt(error)) {
                out.state = State::Damaged;
                out.detail = error.databaseText();
            } else {
                out.state = State::Healthy;
            }
        };
        if (!db.isOpen()) {
            judge(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                judge(q.lastError());
            } else if ((out.version = q.value(0).toInt()) > Schema::latestVersion()) {
                out.state = State::Newer;
                out.detail = QStringLiteral("schema %1; this Hearth reads up to %2")
                                 .arg(out.version)
                                 .arg(Schema::latestVersion());
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check") + checkScope(path)) ||
                       !q.next()) {
                judge(q.lastError());
            } else if (q.value(0).toString() != QLatin1StringView("ok")) {
                // Its first lines say what is wrong (after a "*** in database main ***", which
                // SQLite puts at the start of the first row).
                QStringList lines;
                do {
                    const QStringList rowLines = q.value(0).toString().split(QLatin1Char('\n'));
                    for (const QString &line : rowLines) {
                        if (!line.startsWith(QLatin1StringView("***")) && lines.size() < 2)
                            lines.append(line.trimmed());
                    }
                } while (lines.size() < 2 && q.next());
                out.state = State::Damaged;
                out.detail = lines.join(QStringLiteral("; "));
            } else {
                out.state = State::Healthy;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace hearth::cache
