#pragma once
// One of the member's writes waiting in the outbox (or failed there), as the sync engine and the
// UI see it.

#include <QJsonObject>
#include <QString>

namespace hearth::cache {

struct OutboxEntry {
    qint64 seq = 0; // order of creation; sent in this order
    QString id;     // the entry's own id (UUID): models, retry and discard name it by this
    QString sendId; // the mutation id sent to the server, its idempotency key with the client
                    // id: `id` until a retry gives the same change a new one
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
