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
    return StorageError::Kind::Failure;
}
} // namespace

StorageError StorageError::from(const QString &context, const QSqlError &error) {
    return StorageError(QStringLiteral("%1: %2").arg(context, error.text()), kindOf(error));
}

} // namespace hearthd
