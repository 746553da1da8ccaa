#pragma once
// The member's writes the server has not confirmed: pending ones in the order they will be sent,
// and failed ones with the server's reason, which the member can retry or discard. A conflicting
// edit keeps both texts: what the member wrote (title/body) and what the server has now
// (serverTitle/serverBody), so nothing is dropped silently.
//
//   OutboxModel { store: AppContext.store }

#include "cacherowmodel.h"

namespace hearth::models {

class OutboxModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countsChanged)

public:
    enum Role {
        MutationIdRole = Qt::UserRole + 1, // QString
        NameRole,        // QString: e.g. "post.create", "comment.create", "post.edit"
        StateRole,       // QString: "pending" or "failed"
        FailedRole,      // bool
        ErrorCodeRole,   // QString: e.g. "forbidden", "conflict"
        ErrorStringRole, // QString: the server's reason, for people
        TargetIdRole,    // QString: the post, comment or community it concerns
        CommunityIdRole, // QString
        CreatedAtRole,   // QDateTime: when the member wrote it
        TitleRole,       // QString: the title the member wrote ("" if none)
        BodyRole,        // QString: the text the member wrote ("" if none)
        ConflictRole,    // bool: a post or comment edit the server has a newer version of
        ServerTitleRole, // QString: conflict: the title as the server has it
        ServerBodyRole,  // QString: conflict: the text as the server has it
    };
    Q_ENUM(Role)

    explicit OutboxModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    int failedCount() const { return m_failedCount; }

    // One entry by its mutation id: every role by name ({} when it is not in the outbox).
    Q_INVOKABLE QVariantMap entry(const QString &mutationId) const;
    Q_INVOKABLE void retry(const QString &mutationId);
    Q_INVOKABLE void discard(const QString &mutationId);
    Q_INVOKABLE void retryAllFailed();

Q_SIGNALS:
    void countsChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    void outboxUpdated() override;

private:
    int m_failedCount = 0;
};

} // namespace hearth::models
