#pragma once
// Thrown by the storage layer when the database fails (I/O, constraint, lost connection).
// Domain code lets it unwind to the service boundary, which rolls back and answers "internal";
// expected outcomes (not found, taken, forbidden) are never exceptions.

#include <QString>
#include <stdexcept>

namespace hearthd {

class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace hearthd
