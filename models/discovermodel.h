#pragma once
// The directory for the Discover page: the public and request-only communities the server lists,
// searchable by name, tagline and topic, with what I may do about each (join, "Request sent",
// full, member). Joining and leaving go through the outbox like every write; the row shows the
// optimistic state at once and the server's answer when it comes (a refusal with its reason).
//
//   DiscoverModel { store: AppContext.store; search: searchField.text }
//
// Joining by an invite code (a hearth://invite/CODE link) follows one join at a time through
// inviteJoinState, since its community may not be in the cache before the server lets me in.

#include "cacherowmodel.h"

#include <QSet>

namespace hearth::models {

class DiscoverModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    // Only communities whose name, tagline or a topic contains this text (any case); "" = all.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // The invite join last asked for: "" (none), "joining" (in the outbox), "joined" (the server
    // let me in), "failed" (refused: inviteJoinError says why).
    Q_PROPERTY(QString inviteJoinState READ inviteJoinState NOTIFY inviteJoinChanged)
    Q_PROPERTY(QString inviteJoinError READ inviteJoinError NOTIFY inviteJoinChanged)
    // The community that invite join brought, once it is in the cache ("" until then).
    Q_PROPERTY(QString inviteJoinCommunityId READ inviteJoinCommunityId NOTIFY inviteJoinChanged)

public:
    enum Role {
        CommunityIdRole = Qt::UserRole + 1, // QString
        NameRole,                           // QString
        SlugRole,                           // QString
        TaglineRole,                        // QString
        DescriptionRole,                    // QString: markdown
        GuidelinesRole,                     // QString: markdown ("" when it has none)
        VisibilityRole,                     // QString: public | request
        MemberCountRole,                    // int: active members
        MemberCapRole,                      // int
        SeatsLeftRole,                      // int: memberCap - memberCount, at least 0
        TopicsRole,                         // QStringList
        OrganizersRole,      // QVariantList of {userId, displayName, role}, owners first
        MembershipStateRole, // QString: active | pending | banned, "" when not a member
        StatusRole,          // QString: what I may do, see status()
        JoinErrorRole,       // QString: the server's reason for refusing my last join
        JoinErrorIdRole,     // QString: that outbox entry (retry, discard)
    };
    Q_ENUM(Role)

    explicit DiscoverModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString inviteJoinState() const { return m_inviteState; }
    QString inviteJoinError() const { return m_inviteError; }
    QString inviteJoinCommunityId() const { return m_inviteCommunityId; }

    // "member" (active), "joining" (my join is in the outbox), "requested" (waiting for an
    // organizer: "Request sent"), "banned", "refused" (the server said no: JoinErrorRole),
    // "full" (no seat left: nothing to offer), "open" (I may join or ask).
    static QString status(const QString &membershipState, bool joinPending,
                          const QString &joinError, int memberCount, int memberCap);

    // Joins a listed community (a request-only one: asks to), through the outbox. Pass
    // acceptGuidelines when the member ticked "I accept" under its guidelines. A refused earlier
    // join of it is dropped first. Returns the outbox id, "" without a store.
    Q_INVOKABLE QString join(const QString &communityId, bool acceptGuidelines);
    // Joins with an invite: `text` is a code or a hearth://invite/CODE link. Returns the outbox
    // id, "" when `text` holds no code (inviteCodeFrom) or there is no store.
    Q_INVOKABLE QString joinWithInvite(const QString &text, bool acceptGuidelines);
    // Forgets the invite join's state (the dialog was closed): a refused one leaves the outbox,
    // one still waiting stays queued.
    Q_INVOKABLE void clearInviteJoin();
    // Leaves a community (through the outbox); the server then purges its content here.
    Q_INVOKABLE QString leave(const QString &communityId);
    // Drops a refused join from the outbox (its row shows "open" again).
    Q_INVOKABLE void dismissRefusal(const QString &communityId);
    // The code in a pasted code or invite link, "" when there is none.
    Q_INVOKABLE static QString inviteCodeFrom(const QString &text);
    // The row of a community, or -1; the id at a row, or ""; every role of a row by name (for a
    // detail view), {} past the end.
    Q_INVOKABLE int indexOf(const QString &communityId) const;
    Q_INVOKABLE QString communityIdAt(int row) const;
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void searchChanged();
    void inviteJoinChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;
    void outboxUpdated() override;

private:
    void followInviteJoin();
    QSet<QString> activeCommunities() const;

    QString m_search;
    QString m_inviteMutationId;
    QString m_inviteState;
    QString m_inviteError;
    QString m_inviteCommunityId;
    QSet<QString> m_activeBeforeInvite; // to tell which community the invite brought
};

} // namespace hearth::models
