#include "storageerror.h"

#include <QSqlError>

namespace hearthd {

namespace {
// QPSQL reports the SQLSTATE as the native code; QSQLITE the SQLite result code, whose
// constraint failures share one number, so the message tells a unique key from the others.
StorageError::Kind kindOf(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    if (code == QLatin1StringView("23505") ||
        error.databaseText().contains(QLatin1StringView("UNIQUE constraint failed")))
        return StorageError::Kind::UniqueViolation;
    if (code == QLatin1StringView("40001") || code == QLatin1StringView("40P01") ||
        (code == QLatin1StringView("5") || code == QLatin1StringView("6")))
        return StorageError::Kind::Retryable;
    // The server is ending this session (57P01 admin shutdown, 57P02 crash shutdown, 57P03 not
    // taking connections now) or the connection failed (class 08): the statement's answer can
    // arrive before libpq has seen the connection close.
    if (code.startsWith(QLatin1StringView("57P0")) || code.startsWith(QLatin1StringView("08")))
        return StorageError::Kind::ConnectionLost;
    return StorageError::Kind::Failure;
}
} // namespace

StorageError StorageError::from(const QString &context, const QSqlError &error,
                                bool connectionOpen) {
    return StorageError(QStringLiteral("%1: %2").arg(context, error.text()),
                        connectionOpen ? kindOf(error) : Kind::ConnectionLost);
}

} // namespace hearthd
