#pragma once
// The members of one community for a members pane: owners, then moderators, then members, each
// by name, with their profile basics, and the organizers' actions on them (approve, ban, ...).
// Updated in place when memberships or profiles change.
//
//   MembersModel { store: AppContext.store; communityId: rail.currentCommunityId }

#include "cacherowmodel.h"

namespace hearth::models {

class MembersModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // Include pending (join requests) and banned members (default false: active only).
    Q_PROPERTY(bool includeInactive READ includeInactive WRITE setIncludeInactive NOTIFY
                   includeInactiveChanged)
    // Only members whose display name or handle contains this text (any case); "" = everyone.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // Only this role (owner | moderator | member) and state (active | pending | banned; a state
    // shows inactive members without includeInactive); "" = any.
    Q_PROPERTY(QString roleFilter READ roleFilter WRITE setRoleFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filtersChanged)
    // The community's member cap and its active members as the server last counted them.
    Q_PROPERTY(int memberCap READ memberCap NOTIFY seatsChanged)
    Q_PROPERTY(int seatsTaken READ seatsTaken NOTIFY seatsChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1, // QString
        HandleRole,                    // QString ("" until the profile is cached)
        DisplayNameRole,               // QString (the handle when no display name)
        BioRole,                       // QString
        RoleRole,                      // QString: owner | moderator | member
        StateRole, // QString "memberState" (not "state", an Item property): active, pending, banned
        JoinedAtRole,  // QDateTime
        IsMeRole,      // bool
        PostCountRole, // int: their posts in this community in the cache
        // The newest organizer decision about them still in the outbox: its mutation name
        // ("" when none), id, whether it was refused, and the server's reason.
        DecisionRole,       // QString: membership.approve | .deny | .remove | .ban | ...
        DecisionIdRole,     // QString
        DecisionFailedRole, // bool
        DecisionErrorRole,  // QString
    };
    Q_ENUM(Role)

    explicit MembersModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    bool includeInactive() const { return m_includeInactive; }
    void setIncludeInactive(bool includeInactive);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString roleFilter() const { return m_roleFilter; }
    void setRoleFilter(const QString &role);
    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    int memberCap() const { return m_memberCap; }
    int seatsTaken() const { return m_seatsTaken; }

    // An organizer's decisions about a member of this community, through the outbox (the
    // server decides whether the member may; a refusal shows in the outbox). Each returns the
    // mutation's id, or "" without a store or community.
    Q_INVOKABLE QString approve(const QString &userId);
    Q_INVOKABLE QString deny(const QString &userId, const QString &reason = QString());
    Q_INVOKABLE QString remove(const QString &userId, const QString &reason = QString());
    Q_INVOKABLE QString ban(const QString &userId, const QString &reason = QString());
    Q_INVOKABLE QString unban(const QString &userId);
    // role: owner | moderator | member
    Q_INVOKABLE QString setRole(const QString &userId, const QString &role);

Q_SIGNALS:
    void communityIdChanged();
    void includeInactiveChanged();
    void searchChanged();
    void filtersChanged();
    void seatsChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    void outboxUpdated() override;

private:
    QString m_communityId;
    bool m_includeInactive = false;
    QString m_search;
    QString m_roleFilter;
    QString m_stateFilter;
    int m_memberCap = 0;
    int m_seatsTaken = 0;
};

} // namespace hearth::models
