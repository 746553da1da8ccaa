#include "discovermodel.h"

#include "cache/cacheactions.h"
#include "cache/discoverquery.h"
#include "cache/outboxquery.h"
#include "cache/readquery.h"
#include "protocol/invitelink.h"

namespace hearth::models {

using hearth::cache::CacheActions;
using hearth::cache::ChangeSet;
using hearth::cache::DiscoverQuery;
using hearth::cache::DiscoverRow;

DiscoverModel::DiscoverModel(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> DiscoverModel::roleNames() const {
    return {{CommunityIdRole, "communityId"},
            {NameRole, "name"},
            {SlugRole, "slug"},
            {TaglineRole, "tagline"},
            {DescriptionRole, "description"},
            {GuidelinesRole, "guidelines"},
            {VisibilityRole, "visibility"},
            {MemberCountRole, "memberCount"},
            {MemberCapRole, "memberCap"},
            {SeatsLeftRole, "seatsLeft"},
            {TopicsRole, "topics"},
            {OrganizersRole, "organizers"},
            {MembershipStateRole, "membershipState"},
            {StatusRole, "status"},
            {JoinErrorRole, "joinError"},
            {JoinErrorIdRole, "joinErrorId"}};
}

// Typing filters in place: communities that still match keep their rows.
void DiscoverModel::setSearch(const QString &search) {
    if (m_search == search)
        return;
    m_search = search;
    applyRows(loadInitialRows());
    Q_EMIT searchChanged();
}

QString DiscoverModel::status(const QString &membershipState, bool joinPending,
                              const QString &joinError, int memberCount, int memberCap) {
    // A join of mine the server refused keeps its optimistic membership in the cache until it
    // is retried or dismissed: the refusal is what counts.
    if (joinPending)
        return membershipState == QLatin1String("pending") ? QStringLiteral("requested")
                                                           : QStringLiteral("joining");
    if (!joinError.isEmpty() && membershipState != QLatin1String("banned"))
        return QStringLiteral("refused");
    if (membershipState == QLatin1String("active"))
        return QStringLiteral("member");
    if (membershipState == QLatin1String("pending"))
        return QStringLiteral("requested");
    if (membershipState == QLatin1String("banned"))
        return QStringLiteral("banned");
    if (memberCap > 0 && memberCount >= memberCap)
        return QStringLiteral("full");
    return QStringLiteral("open");
}

QList<CacheRowModel::Row> DiscoverModel::loadInitialRows() {
    QList<Row> rows;
    if (!store())
        return rows;
    DiscoverQuery query;
    query.localUserId = store()->localUserId();
    query.search = m_search;
    const QList<DiscoverRow> found = query.run(store()->readConnection());
    rows.reserve(found.size());
    for (const DiscoverRow &c : found) {
        Row row;
        row.key = c.id;
        row.values = {
            c.id,
            c.name,
            c.slug,
            c.tagline,
            c.description,
            c.guidelines,
            c.visibility,
            c.memberCount,
            c.memberCap,
            qMax(0, c.memberCap - c.memberCount),
            c.topics,
            c.organizers,
            c.membershipState,
            status(c.membershipState, c.joinPending, c.joinError, c.memberCount, c.memberCap),
            c.joinError,
            c.joinErrorId};
        rows.append(std::move(row));
    }
    return rows;
}

void DiscoverModel::cacheChanged(const ChangeSet &changes) {
    if (changes.communities.isEmpty() && changes.purgedCommunities.isEmpty() && !changes.reset)
        return;
    applyRows(loadInitialRows());
    followInviteJoin();
}

void DiscoverModel::outboxUpdated() {
    applyRows(loadInitialRows());
    followInviteJoin();
}

QString DiscoverModel::join(const QString &communityId, bool acceptGuidelines) {
    dismissRefusal(communityId);
    return CacheActions(store()).join(communityId, QString(), acceptGuidelines);
}

QString DiscoverModel::joinWithInvite(const QString &text, bool acceptGuidelines) {
    const QString code = inviteCodeFrom(text);
    if (code.isEmpty() || !store())
        return {};
    // A refused attempt at the same join gives way to this one.
    if (m_inviteState == QLatin1String("failed") && !m_inviteMutationId.isEmpty())
        store()->discardMutation(m_inviteMutationId);
    m_activeBeforeInvite = activeCommunities();
    m_inviteMutationId = CacheActions(store()).joinWithInvite(code, acceptGuidelines);
    m_inviteState = QStringLiteral("joining");
    m_inviteError.clear();
    m_inviteCommunityId.clear();
    Q_EMIT inviteJoinChanged();
    return m_inviteMutationId;
}

void DiscoverModel::clearInviteJoin() {
    // A refused invite join the member has seen the reason of does not linger in the outbox.
    if (m_inviteState == QLatin1String("failed") && !m_inviteMutationId.isEmpty() && store())
        store()->discardMutation(m_inviteMutationId);
    m_inviteMutationId.clear();
    m_inviteState.clear();
    m_inviteError.clear();
    m_inviteCommunityId.clear();
    Q_EMIT inviteJoinChanged();
}

QString DiscoverModel::leave(const QString &communityId) {
    return CacheActions(store()).leave(communityId);
}

void DiscoverModel::dismissRefusal(const QString &communityId) {
    const int row = indexOf(communityId);
    if (row < 0 || !store())
        return;
    const QString failed =
        rows().at(row).values.at(JoinErrorIdRole - (Qt::UserRole + 1)).toString();
    if (!failed.isEmpty())
        store()->discardMutation(failed);
}

QString DiscoverModel::inviteCodeFrom(const QString &text) {
    return hearth::protocol::inviteCodeFrom(text);
}

int DiscoverModel::indexOf(const QString &communityId) const {
    for (int i = 0; i < rows().size(); ++i)
        if (rows().at(i).key == communityId)
            return i;
    return -1;
}

QString DiscoverModel::communityIdAt(int row) const {
    return row >= 0 && row < rows().size() ? rows().at(row).key : QString();
}

QVariantMap DiscoverModel::get(int row) const {
    QVariantMap out;
    if (row < 0 || row >= rows().size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()),
                   rows().at(row).values.at(it.key() - (Qt::UserRole + 1)));
    return out;
}

// Where the invite join stands: still in the outbox, refused there, or gone from it (applied:
// the server let me in; its community arrives with the join window, maybe a sync later).
void DiscoverModel::followInviteJoin() {
    if (m_inviteMutationId.isEmpty() || !store())
        return;
    QString state = QStringLiteral("joined");
    QString error;
    const auto entries = hearth::cache::OutboxQuery{}.run(store()->readConnection());
    for (const auto &entry : entries) {
        if (entry.id != m_inviteMutationId)
            continue;
        state = entry.state == QLatin1String("failed") ? QStringLiteral("failed")
                                                       : QStringLiteral("joining");
        error = entry.errorMessage;
    }
    QString communityId = m_inviteCommunityId;
    if (state == QLatin1String("joined") && communityId.isEmpty()) {
        const QSet<QString> now = activeCommunities();
        for (const QString &id : now)
            if (!m_activeBeforeInvite.contains(id))
                communityId = id;
    }
    if (state == m_inviteState && error == m_inviteError && communityId == m_inviteCommunityId)
        return;
    m_inviteState = state;
    m_inviteError = error;
    m_inviteCommunityId = communityId;
    Q_EMIT inviteJoinChanged();
}

QSet<QString> DiscoverModel::activeCommunities() const {
    QSet<QString> ids;
    if (!store())
        return ids;
    QSqlQuery q = hearth::cache::runRead(
        store()->readConnection(),
        QStringLiteral(
            "SELECT community_id FROM memberships WHERE user_id = ? AND state = 'active'"),
        {store()->localUserId()}, "active communities");
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

} // namespace hearth::models
