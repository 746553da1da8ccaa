#pragma once
// Thrown by the storage layer when the database fails (I/O, constraint, lost connection).
// Domain code lets it unwind to the service boundary, which rolls back and answers "internal";
// expected outcomes (not found, taken, forbidden) are never exceptions. The kind tells the few
// failures a caller can still answer well: a unique key another transaction took first (a race
// lost, answered `conflict`), and a transaction the engine gave up to break a deadlock or a
// serialization failure (worth running again), and a connection the database closed (it
// restarted, or the network dropped): the DatabaseSupervisor then reconnects and requests are
// answered "unavailable" meanwhile.

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
        ConnectionLost,  // the statement failed and the connection is no longer open
    };

    explicit StorageError(const QString &message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind) {}
    // `context` says what failed ("query failed", "COMMIT failed"); the kind comes from `error`,
    // or is ConnectionLost when the connection was found closed after the failure (the driver
    // knows: PostgreSQL's reports its state without a round trip).
    static StorageError from(const QString &context, const QSqlError &error,
                             bool connectionOpen = true);

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    bool isUniqueViolation() const { return m_kind == Kind::UniqueViolation; }
    bool isRetryable() const { return m_kind == Kind::Retryable; }
    bool isConnectionLost() const { return m_kind == Kind::ConnectionLost; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace hearthd
