#pragma once
// An expected failure of a domain operation: a stable code (protocol::ErrorCode) and a message
// for people. The HTTP adapter maps the code to a status; the domain never sees HTTP.

#include <QString>
#include <optional>
#include <utility>

namespace hearthd {

struct DomainError {
    QString code;
    QString message;

    static DomainError invalid(const QString &message);
    static DomainError notFound(const QString &message);
    static DomainError forbidden(const QString &message);
    static DomainError conflict(const QString &message);
    static DomainError internal();
};

// A value or the DomainError that prevented it.
template<typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(DomainError error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const DomainError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DomainError m_error;
};

} // namespace hearthd
