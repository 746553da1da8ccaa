#include "auditlogmodel.h"

#include "cache/auditquery.h"

namespace hearth::models {

using hearth::cache::AuditQuery;
using hearth::cache::AuditRow;
using hearth::cache::ChangeSet;

namespace {
// For these the server's "reason" is the detail the summary already says (on/off, the role).
bool detailIsTheReason(const QString &action) {
    return action == QLatin1StringView("post.pin") || action == QLatin1StringView("post.lock") ||
           action == QLatin1StringView("membership.setRole");
}
} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : CacheRowModel(parent) {
    connect(this, &CacheRowModel::storeChanged, this, [this] {
        disconnect(m_errors);
        if (store())
            m_errors = connect(store(), &hearth::cache::CacheStore::auditError, this,
                               [this](const QString &communityId, const QString &message) {
                                   if (communityId == m_communityId)
                                       setLoading(false, message.isEmpty() ? tr("You are offline.")
                                                                           : message);
                               });
    });
}

QHash<int, QByteArray> AuditLogModel::roleNames() const {
    return {{EntryIdRole, "entryId"},     {ActionRole, "action"},
            {SummaryRole, "summary"},     {ActorIdRole, "actorId"},
            {ActorNameRole, "actorName"}, {TargetTypeRole, "targetType"},
            {TargetIdRole, "targetId"},   {TargetLabelRole, "targetLabel"},
            {ReasonRole, "reason"},       {CreatedAtRole, "createdAt"}};
}

void AuditLogModel::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    m_actorFilter.clear();
    m_actionFilter.clear();
    setLoading(false, QString());
    reload();
    Q_EMIT communityIdChanged();
    Q_EMIT filterChanged();
}

void AuditLogModel::setActorFilter(const QString &actorId) {
    if (m_actorFilter == actorId)
        return;
    m_actorFilter = actorId;
    applyRows(loadInitialRows());
    Q_EMIT filterChanged();
}

void AuditLogModel::setActionFilter(const QString &action) {
    if (m_actionFilter == action)
        return;
    m_actionFilter = action;
    applyRows(loadInitialRows());
    Q_EMIT filterChanged();
}

void AuditLogModel::refresh() {
    if (!store() || m_communityId.isEmpty())
        return;
    setLoading(true, QString());
    store()->requestAudit(m_communityId);
}

void AuditLogModel::setLoading(bool loading, const QString &error) {
    if (m_loading == loading && m_error == error)
        return;
    m_loading = loading;
    m_error = error;
    Q_EMIT loadingChanged();
}

QList<CacheRowModel::Row> AuditLogModel::loadInitialRows() {
    QList<Row> rows;
    qint64 fetchedAt = 0;
    QStringList actorIds, actorNames, actions;
    if (store() && !m_communityId.isEmpty()) {
        const QSqlDatabase db = store()->readConnection();
        fetchedAt = AuditQuery::fetchedAt(db, m_communityId);
        for (const QString &pair : AuditQuery::actors(db, m_communityId)) {
            actorIds.append(pair.section(QLatin1Char('\t'), 0, 0));
            actorNames.append(pair.section(QLatin1Char('\t'), 1));
        }
        actions = AuditQuery::actions(db, m_communityId);
        for (const AuditRow &a : AuditQuery{m_communityId, m_actorFilter, m_actionFilter}.run(db)) {
            Row row;
            row.key = a.id;
            row.order = a.createdAt;
            row.values = {a.id,
                          a.action,
                          summary(a.action, a.actorName, a.targetLabel, a.reason),
                          a.actorId,
                          a.actorName,
                          a.targetType,
                          a.targetId,
                          a.targetLabel,
                          detailIsTheReason(a.action) ? QString() : a.reason,
                          double(a.createdAt)};
            rows.append(std::move(row));
        }
    }
    if (fetchedAt != m_fetchedAt || actorIds != m_actorIds || actorNames != m_actorNames ||
        actions != m_actions) {
        m_fetchedAt = fetchedAt;
        m_actorIds = actorIds;
        m_actorNames = actorNames;
        m_actions = actions;
        Q_EMIT fetchedChanged();
    }
    return rows;
}

void AuditLogModel::cacheChanged(const ChangeSet &changes) {
    if (changes.audits.contains(m_communityId))
        setLoading(false, QString());
    if (changes.reset || changes.audits.contains(m_communityId) || !changes.users.isEmpty() ||
        changes.purgedCommunities.contains(m_communityId))
        applyRows(loadInitialRows());
}

QStringList AuditLogModel::actionLabels() const {
    QStringList out;
    for (const QString &action : m_actions)
        out.append(actionLabel(action));
    return out;
}

QString AuditLogModel::actionLabel(const QString &action) {
    static const QHash<QString, const char *> labels{
        {QStringLiteral("membership.approve"), QT_TR_NOOP("Requests approved")},
        {QStringLiteral("membership.deny"), QT_TR_NOOP("Requests declined")},
        {QStringLiteral("membership.remove"), QT_TR_NOOP("Removals")},
        {QStringLiteral("membership.ban"), QT_TR_NOOP("Bans")},
        {QStringLiteral("membership.unban"), QT_TR_NOOP("Bans lifted")},
        {QStringLiteral("membership.setRole"), QT_TR_NOOP("Role changes")},
        {QStringLiteral("post.delete"), QT_TR_NOOP("Posts removed")},
        {QStringLiteral("comment.delete"), QT_TR_NOOP("Comments removed")},
        {QStringLiteral("post.pin"), QT_TR_NOOP("Pins")},
        {QStringLiteral("post.lock"), QT_TR_NOOP("Locks")},
        {QStringLiteral("event.create"), QT_TR_NOOP("Events scheduled")},
        {QStringLiteral("event.edit"), QT_TR_NOOP("Events changed")},
        {QStringLiteral("event.cancel"), QT_TR_NOOP("Events cancelled")},
        {QStringLiteral("invite.create"), QT_TR_NOOP("Invites made")},
        {QStringLiteral("invite.revoke"), QT_TR_NOOP("Invites revoked")},
        {QStringLiteral("report.resolve"), QT_TR_NOOP("Reports decided")},
        {QStringLiteral("community.update"), QT_TR_NOOP("Settings changed")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(*it);
}

QString AuditLogModel::summary(const QString &action, const QString &actor, const QString &target,
                               const QString &reason) {
    const QString who = actor.isEmpty() ? tr("Someone") : actor;
    const QString member = target.isEmpty() ? tr("a member") : target;
    const bool on = reason == QLatin1StringView("on");
    const auto quoted = [&](const QString &withLabel, const QString &without) {
        return target.isEmpty() ? without.arg(who) : withLabel.arg(who, target);
    };
    if (action == QLatin1StringView("membership.approve"))
        return tr("%1 let %2 in").arg(who, member);
    if (action == QLatin1StringView("membership.deny"))
        return tr("%1 declined the request of %2").arg(who, member);
    if (action == QLatin1StringView("membership.remove"))
        return tr("%1 removed %2").arg(who, member);
    if (action == QLatin1StringView("membership.ban"))
        return tr("%1 banned %2").arg(who, member);
    if (action == QLatin1StringView("membership.unban"))
        return tr("%1 lifted the ban on %2").arg(who, member);
    if (action == QLatin1StringView("membership.setRole")) {
        if (reason == QLatin1StringView("owner"))
            return tr("%1 made %2 an owner").arg(who, member);
        if (reason == QLatin1StringView("moderator"))
            return tr("%1 made %2 a moderator").arg(who, member);
        return tr("%1 made %2 a member").arg(who, member);
    }
    if (action == QLatin1StringView("post.delete"))
        return quoted(tr("%1 removed the post “%2”"), tr("%1 removed a post"));
    if (action == QLatin1StringView("comment.delete"))
        return tr("%1 removed a comment").arg(who);
    if (action == QLatin1StringView("post.pin"))
        return on ? quoted(tr("%1 pinned “%2”"), tr("%1 pinned a post"))
                  : quoted(tr("%1 unpinned “%2”"), tr("%1 unpinned a post"));
    if (action == QLatin1StringView("post.lock"))
        return on ? quoted(tr("%1 locked “%2”"), tr("%1 locked a thread"))
                  : quoted(tr("%1 unlocked “%2”"), tr("%1 unlocked a thread"));
    if (action == QLatin1StringView("event.create"))
        return quoted(tr("%1 scheduled “%2”"), tr("%1 scheduled an event"));
    if (action == QLatin1StringView("event.edit"))
        return quoted(tr("%1 changed “%2”"), tr("%1 changed an event"));
    if (action == QLatin1StringView("event.cancel"))
        return quoted(tr("%1 cancelled “%2”"), tr("%1 cancelled an event"));
    if (action == QLatin1StringView("invite.create"))
        return tr("%1 made an invite").arg(who);
    if (action == QLatin1StringView("invite.revoke"))
        return tr("%1 revoked an invite").arg(who);
    if (action == QLatin1StringView("report.resolve"))
        return tr("%1 decided on a report").arg(who);
    if (action == QLatin1StringView("community.update"))
        return tr("%1 changed the community's settings").arg(who);
    return tr("%1: %2").arg(who, action);
}

} // namespace hearth::models
