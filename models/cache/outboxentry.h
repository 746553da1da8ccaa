#pragma once
// One of the member's writes waiting in the outbox (or failed there), as the sync engine and the
// UI see it.

#include <QJsonObject>
#include <QString>

namespace hearth::cache {

struct OutboxEntry {
    qint64 seq = 0; // order of creation; sent in this order
    QString id;     // mutation id (UUID), the server's idempotency key with the client id
    QString name;   // e.g. "post.create"
    QJsonObject args;
    QString targetId; // the object it creates or changes
    QString communityId;
    qint64 createdAt = 0; // ms since epoch
    QString state;        // "pending" or "failed"
    QString errorCode;    // failed: the server's reason
    QString errorMessage;
    QJsonObject current; // conflict: the object as the server has it
};

} // namespace hearth::cache
