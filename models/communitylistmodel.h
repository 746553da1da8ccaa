#pragma once
// The communities in the cache for the side rail and discovery: those I belong to first, then the
// others I can see, each by name. Micro communities are few per member, so all rows are loaded;
// a sync updates only the rows it touched.
//
//   CommunityListModel { store: AppContext.store; joinedOnly: true }

#include "cacherowmodel.h"

namespace hearth::models {

class CommunityListModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    // Only communities where my membership is active or pending (default false: all visible).
    Q_PROPERTY(bool joinedOnly READ joinedOnly WRITE setJoinedOnly NOTIFY joinedOnlyChanged)
    // Posts in the cache over all listed communities (e.g. what a first sync has brought so far).
    Q_PROPERTY(int totalPostCount READ totalPostCount NOTIFY totalPostCountChanged)

public:
    enum Role {
        CommunityIdRole = Qt::UserRole + 1, // QString
        NameRole,                           // QString
        SlugRole,                           // QString
        TaglineRole,                        // QString
        MemberCountRole,                    // int
        RoleRole,            // QString: my role (owner | moderator | member), "" when not a member
        PostCountRole,       // int: posts in the cache
        VisibilityRole,      // QString: public | request | invite
        DescriptionRole,     // QString: markdown
        MembershipStateRole, // QString: active | pending | banned, "" when not a member
        JoinedRole,          // bool: my membership is active
        PendingRole,         // bool: a write about it (create, join) is still in the outbox
        UnreadCountRole,     // int: others' posts newer than when I last read it (markRead)
        GuidelinesRole,      // QString: markdown
        WelcomeRole,         // QString: the welcome text shown to new members
        MemberCapRole,       // int
        KeepOfflineRole,     // bool: "keep offline": the whole history is paged into the cache
        HistoryCompleteRole, // bool: the cache holds every post down to the community's first
        // bool: I must accept the updated guidelines before posting (an update required it
        // after I last accepted them)
        MustAcceptGuidelinesRole,
    };
    Q_ENUM(Role)

    explicit CommunityListModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    bool joinedOnly() const { return m_joinedOnly; }
    void setJoinedOnly(bool joinedOnly);
    int totalPostCount() const { return m_totalPostCount; }

    // Asks to join (through the outbox; shown at once). Returns the mutation id, "" without store.
    Q_INVOKABLE QString join(const QString &communityId);
    // I accept the community's current guidelines (through the outbox; shown at once).
    Q_INVOKABLE QString acceptGuidelines(const QString &communityId);
    // Leaves a community (through the outbox); the server then purges its content here.
    Q_INVOKABLE QString leave(const QString &communityId);
    // The member has read this community's feed up to now: its unread count drops to 0.
    Q_INVOKABLE void markRead(const QString &communityId);
    // Creates a community I own (through the outbox). Returns its id, "" without a store.
    Q_INVOKABLE QString createCommunity(const QString &name, const QString &slug,
                                        const QString &tagline, const QString &description,
                                        const QString &visibility = QStringLiteral("public"));
    // Marks a community "keep offline" (or not): stored in the cache; the sync engine then
    // pages its whole history in and keeps it readable and searchable with no network.
    Q_INVOKABLE void setKeepOffline(const QString &communityId, bool keep);
    // The row of a community, or -1.
    Q_INVOKABLE int indexOf(const QString &communityId) const;
    // The id at `row`, or "" (handy for a rail's currentIndex).
    Q_INVOKABLE QString communityIdAt(int row) const;
    // The name of a listed community, or "".
    Q_INVOKABLE QString nameOf(const QString &communityId) const;

Q_SIGNALS:
    void joinedOnlyChanged();
    void totalPostCountChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    bool m_joinedOnly = false;
    int m_totalPostCount = 0;
};

} // namespace hearth::models
