#include "mentioncompletions.h"

#include "cache/membersquery.h"

#include <algorithm>

namespace hearth::models {

using hearth::cache::ChangeSet;
using hearth::cache::MemberRow;
using hearth::cache::MembersQuery;

namespace {

// hearthd's handle characters (server/domain/notifications.cpp, `mentioned`).
bool isHandleChar(QChar c) {
    const char16_t u = c.toLower().unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' ||
           u == u'-';
}

constexpr int MaxHandleLength = 32;

// How well `m` matches `needle` (lower case): 0 best, 3 no match.
int rank(const MemberRow &m, const QString &needle) {
    if (needle.isEmpty() || m.handle.startsWith(needle, Qt::CaseInsensitive))
        return 0;
    const QStringList words = m.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        if (word.startsWith(needle, Qt::CaseInsensitive))
            return 1;
    if (m.handle.contains(needle, Qt::CaseInsensitive) ||
        m.displayName.contains(needle, Qt::CaseInsensitive))
        return 2;
    return 3;
}

} // namespace

MentionCompletions::MentionCompletions(QObject *parent)
    : CacheRowModel(parent) {}

QHash<int, QByteArray> MentionCompletions::roleNames() const {
    return {{UserIdRole, "userId"},
            {HandleRole, "handle"},
            {DisplayNameRole, "displayName"},
            {RoleRole, "role"}};
}

void MentionCompletions::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    reload();
    Q_EMIT communityIdChanged();
}

// Typing narrows the list in place: members who still match keep their rows.
void MentionCompletions::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    applyRows(loadInitialRows());
    Q_EMIT activeChanged();
}

void MentionCompletions::setPrefix(const QString &prefix) {
    if (m_prefix == prefix)
        return;
    m_prefix = prefix;
    applyRows(loadInitialRows());
    Q_EMIT prefixChanged();
}

void MentionCompletions::setLimit(int limit) {
    limit = qMax(1, limit);
    if (m_limit == limit)
        return;
    m_limit = limit;
    applyRows(loadInitialRows());
    Q_EMIT limitChanged();
}

int MentionCompletions::mentionStart(const QString &text, int cursor) {
    if (cursor < 1 || cursor > text.size())
        return -1;
    int at = cursor - 1;
    while (at >= 0 && cursor - at <= MaxHandleLength && isHandleChar(text.at(at)))
        --at;
    if (at < 0 || text.at(at) != QLatin1Char('@'))
        return -1;
    // Glued to a word or an address ("me@example.org") is not a mention.
    if (at > 0 && (isHandleChar(text.at(at - 1)) || text.at(at - 1) == QLatin1Char('@')))
        return -1;
    return at;
}

QString MentionCompletions::mentionPrefix(const QString &text, int cursor) {
    const int at = mentionStart(text, cursor);
    return at < 0 ? QString() : text.mid(at + 1, cursor - at - 1);
}

QString MentionCompletions::handleAt(int row) const {
    return row >= 0 && row < count() ? rows().at(row).values.at(HandleRole - UserIdRole).toString()
                                     : QString();
}

int MentionCompletions::mentionEnd(const QString &text, int cursor) {
    if (mentionStart(text, cursor) < 0)
        return -1;
    int end = cursor;
    while (end < text.size() && isHandleChar(text.at(end)))
        ++end;
    return end;
}

QString MentionCompletions::mentionInsertion(const QString &text, int cursor,
                                             const QString &handle) {
    const int end = mentionEnd(text, cursor);
    if (end < 0 || handle.isEmpty())
        return {};
    const bool spaceFollows = end < text.size() && text.at(end).isSpace();
    return QLatin1Char('@') + handle + (spaceFollows ? QString() : QStringLiteral(" "));
}

QVariantMap MentionCompletions::complete(const QString &text, int cursor, const QString &handle) {
    const QString inserted = mentionInsertion(text, cursor, handle);
    if (inserted.isEmpty())
        return {{QStringLiteral("text"), text},
                {QStringLiteral("start"), cursor},
                {QStringLiteral("end"), cursor},
                {QStringLiteral("inserted"), QString()},
                {QStringLiteral("cursor"), cursor}};
    const int at = mentionStart(text, cursor);
    const int end = mentionEnd(text, cursor);
    // After the space, whether it was typed before or comes with the handle.
    const int after = int(at + inserted.size()) + (inserted.endsWith(QLatin1Char(' ')) ? 0 : 1);
    return {{QStringLiteral("text"), QString(text.left(at) + inserted + text.mid(end))},
            {QStringLiteral("start"), at},
            {QStringLiteral("end"), end},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("cursor"), after}};
}

QList<CacheRowModel::Row> MentionCompletions::loadInitialRows() {
    QList<Row> rows;
    if (!store() || m_communityId.isEmpty() || !m_active)
        return rows;
    MembersQuery query;
    query.communityId = m_communityId;
    query.search = m_prefix;
    QList<MemberRow> members = query.run(store()->readConnection());
    const QString me = store()->localUserId();
    members.removeIf([&me](const MemberRow &m) { return m.userId == me || m.handle.isEmpty(); });
    const QString needle = m_prefix.toLower();
    std::stable_sort(members.begin(), members.end(),
                     [&needle](const MemberRow &a, const MemberRow &b) {
                         return rank(a, needle) < rank(b, needle);
                     });
    for (const MemberRow &m : members) {
        if (rows.size() >= m_limit)
            break;
        Row row;
        row.key = m.userId;
        row.values = {m.userId, m.handle, m.displayName, m.role};
        rows.append(std::move(row));
    }
    return rows;
}

void MentionCompletions::cacheChanged(const ChangeSet &changes) {
    if (m_communityId.isEmpty() || !m_active)
        return;
    if (changes.communities.contains(m_communityId) ||
        changes.purgedCommunities.contains(m_communityId) || !changes.users.isEmpty())
        applyRows(loadInitialRows());
}

} // namespace hearth::models
