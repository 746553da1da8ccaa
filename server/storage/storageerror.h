#pragma once
// Thrown by the storage layer when the database fails (I/O, constraint, lost connection).
// Domain code lets it unwind to the service boundary, which rolls back and answers "internal";
// expected outcomes (not found, taken, forbidden) are never exceptions. The kind tells the few
// failures a caller can still answer well: a unique key another transaction took first (a race
// lost, answered `conflict`), and a transaction the engine gave up to break a deadlock or a
// serialization failure (worth running again).

#include <QString>
#include <stdexcept>

class QSqlError;

namespace hearthd {

class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Failure,         // anything else
        UniqueViolation, // PostgreSQL 23505, SQLite "UNIQUE constraint failed"
        Retryable,       // PostgreSQL 40001 / 40P01, SQLite busy or locked
    };

    explicit StorageError(const QString &message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind) {}
    // `context` says what failed ("query failed", "COMMIT failed"); the kind comes from `error`.
    static StorageError from(const QString &context, const QSqlError &error);

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    bool isUniqueViolation() const { return m_kind == Kind::UniqueViolation; }
    bool isRetryable() const { return m_kind == Kind::Retryable; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace hearthd
