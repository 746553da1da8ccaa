#include "outboxsalvage.h"

#include "cacheinspection.h"
#include "cachelogging.h"
#include "sqlstep.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace hearth::cache {

namespace {

QVariantMap rowOf(const QSqlQuery &q) {
    QVariantMap row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return row;
}

} // namespace

OutboxSalvage OutboxSalvage::readFrom(const QString &path) {
    OutboxSalvage out;
    const QString name = QStringLiteral("hearth-cache-salvage-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = CacheInspection::readOnlyConnection(name, path);
        if (!db.isOpen()) {
            out.m_problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // A file cut short is refused as a whole ("malformed") unless SQLite is told to go
            // on with the pages that are there. (A connection setting: nothing is written.)
            q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
            if (q.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key IN"
                                      " ('client_id', 'user_id', 'display_name')"))) {
                while (q.next())
                    out.m_state.insert(q.value(0).toString(), q.value(1));
            }
            if (q.exec(QStringLiteral("SELECT community_id FROM community_state"
                                      " WHERE keep_offline = 1"))) {
                while (q.next())
                    out.m_keepOffline.append(q.value(0).toString());
            }
            out.readOutbox(db);
        }
    }
    QSqlDatabase::removeDatabase(name);
    qCInfo(lcCache).noquote()
        << QStringLiteral("salvaged %1 unsent writes from %2%3")
               .arg(out.count())
               .arg(path)
               .arg(out.m_complete ? QString()
                                   : QStringLiteral(" (incomplete: %1)").arg(out.m_problem));
    return out;
}

void OutboxSalvage::readOutbox(QSqlDatabase &db) {
    QSet<QString> seen;
    const auto scan = [&](const QString &order) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM outbox ORDER BY seq ") + order)) {
            m_problem = q.lastError().text();
            return false;
        }
        while (q.next()) {
            QVariantMap row = rowOf(q);
            const QString id = row.value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                m_rows.append(std::move(row));
            }
        }
        if (q.lastError().isValid()) {
            m_problem = q.lastError().text();
            return false;
        }
        return true;
    };
    m_complete = scan(QStringLiteral("ASC"));
    if (!m_complete) {
        // A damaged page stops the scan: the rows past it may still be read from the far end.
        scan(QStringLiteral("DESC"));
        std::sort(m_rows.begin(), m_rows.end(), [](const QVariantMap &a, const QVariantMap &b) {
            return a.value(QStringLiteral("seq")).toLongLong() <
                   b.value(QStringLiteral("seq")).toLongLong();
        });
    }
}

bool OutboxSalvage::writeInto(QSqlDatabase &db, QString *error) const {
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    try {
        // The columns both schemas have (a newer Hearth may have added some); seq is made anew,
        // in the same order.
        QStringList columns;
        QSqlQuery info = runOrThrow(db, QStringLiteral("PRAGMA table_info(outbox)"));
        while (info.next()) {
            const QString column = info.value(1).toString();
            if (column != QLatin1StringView("seq"))
                columns.append(column);
        }
        for (const QVariantMap &row : m_rows) {
            QStringList names;
            QVariantList values;
            for (const QString &column : std::as_const(columns)) {
                const QVariant value = row.value(column);
                if (value.isValid() && !value.isNull()) {
                    names.append(column);
                    values.append(value);
                }
            }
            runOrThrow(
                db,
                QStringLiteral("INSERT INTO outbox (%1) VALUES (%2)")
                    .arg(names.join(QStringLiteral(", ")),
                         QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                values);
        }
        for (auto it = m_state.cbegin(); it != m_state.cend(); ++it)
            runOrThrow(db,
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {it.key(), it.value().toString()});
        for (const QString &community : m_keepOffline)
            runOrThrow(db,
                       QStringLiteral("INSERT INTO community_state (community_id, keep_offline)"
                                      " VALUES (?, 1) ON CONFLICT(community_id) DO UPDATE"
                                      " SET keep_offline = 1"),
                       {community});
    } catch (const SqlFailure &failure) {
        db.rollback();
        *error = failure.message;
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace hearth::cache
