#pragma once
// A community's reports for its organizers' moderation queue (the Manage pane's Reports): the
// open ones oldest first, or the resolved ones newest first, each with the reported post or
// comment as the cache holds it, who reported it and why, and the organizer's resolution still
// in the outbox (pending, or refused with the server's reason). Updated in place when reports,
// the reported content or the profiles involved change.
//
//   ReportsModel { store: page.store; communityId: page.communityId; status: "open" }

#include "cacherowmodel.h"

namespace hearth::models {

class ReportsModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // "open" (default) or "resolved" (removed and dismissed ones).
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    // The community's open reports, whichever status is shown.
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)

public:
    enum Role {
        ReportIdRole = Qt::UserRole + 1, // QString
        CommunityIdRole,                 // QString
        ReporterIdRole,                  // QString
        ReporterNameRole,                // QString ("" when the profile is not cached)
        TargetTypeRole,                  // QString: post | comment
        TargetIdRole,                    // QString
        PostIdRole,                      // QString: the post, or the comment's post (the thread)
        ReasonRole,                      // QString: why the member reported it
        ReportStatusRole,                // QString "reportStatus" (open | removed | dismissed)
        ResolvedByRole,                  // QString: the organizer's user id ("" while open)
        ResolvedByNameRole,              // QString
        NoteRole,                        // QString: the organizer's note
        CreatedAtRole,                   // QDateTime
        ResolvedAtRole,                  // QDateTime (invalid while open)
        AuthorIdRole,         // QString: who wrote the reported content ("" when not cached)
        AuthorNameRole,       // QString
        ContentTextRole,      // QString "contentText": the post's or comment's body
        PostTitleRole,        // QString: the post's title (for a comment, the post it is on)
        ContentAvailableRole, // bool: the content is still in the cache
        PostAvailableRole,    // bool: the post (the thread to open) is in the cache
        // The newest resolution of this report still in the outbox: its id ("" when none),
        // whether it is pending or was refused (and why), and the action and note it carries.
        DecisionIdRole,      // QString
        DecisionPendingRole, // bool
        DecisionFailedRole,  // bool
        DecisionErrorRole,   // QString
        DecisionActionRole,  // QString: remove | dismiss
        DecisionNoteRole,    // QString
    };
    Q_ENUM(Role)

    explicit ReportsModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    int openCount() const { return m_openCount; }

    // An organizer's resolution of a report of this community (report.resolve), through the
    // outbox: `action` remove (takes the content down for everyone) or dismiss, with an optional
    // note for the other organizers. hearthd decides (a report already resolved is a conflict,
    // shown on the report). Returns the outbox entry's id, or "" without a store or community,
    // for an unknown action, or for a report that is not one of this community's.
    Q_INVOKABLE QString resolve(const QString &reportId, const QString &action,
                                const QString &note = QString());

Q_SIGNALS:
    void communityIdChanged();
    void statusChanged();
    void openCountChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    void outboxUpdated() override;

private:
    QString m_communityId;
    QString m_status = QStringLiteral("open");
    int m_openCount = 0;
    // Posts and people the loaded rows show, to tell whether a change touches them.
    QSet<QString> m_postIds;
    QSet<QString> m_userIds;
};

} // namespace hearth::models
