#include "communitysettings.h"

#include "cache/cacheactions.h"
#include "modelslogging.h"
#include "refusedfield.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace hearth::models {

using namespace hearth::protocol;

namespace {

const QString Name = QStringLiteral("name");
const QString Tagline = QStringLiteral("tagline");
const QString Description = QStringLiteral("description");
const QString Topics = QStringLiteral("topics");
const QString VisibilityKey = QStringLiteral("visibility");
const QString MemberCap = QStringLiteral("memberCap");
const QString Welcome = QStringLiteral("welcome");
const QString Guidelines = QStringLiteral("guidelines");

// The settings a form shows, as loaded (the rest of the row is not the form's).
bool sameSettings(const cache::CommunityRow &a, const cache::CommunityRow &b) {
    return a.id == b.id && a.version == b.version && a.name == b.name && a.tagline == b.tagline &&
           a.description == b.description && a.topics == b.topics && a.visibility == b.visibility &&
           a.memberCap == b.memberCap && a.welcome == b.welcome && a.guidelines == b.guidelines;
}

// A text field, trimmed as it is sent, when the form gives it and it differs.
std::optional<QString> changedText(const QVariantMap &fields, const QString &key,
                                   const QString &loaded) {
    if (!fields.contains(key))
        return std::nullopt;
    const QString text = fields.value(key).toString().trimmed();
    return text == loaded ? std::nullopt : std::optional<QString>(text);
}

} // namespace

CommunitySettings::CommunitySettings(QObject *parent)
    : QObject(parent) {}

void CommunitySettings::setStore(cache::CacheStore *store) {
    if (m_store == store)
        return;
    disconnect(m_changed);
    disconnect(m_settled);
    disconnect(m_outbox);
    m_store = store;
    if (m_store) {
        m_changed =
            connect(m_store, &cache::CacheStore::changed, this, &CommunitySettings::onChanged);
        m_settled = connect(m_store, &cache::CacheStore::mutationSettled, this,
                            &CommunitySettings::onSettled);
        m_outbox = connect(m_store, &cache::CacheStore::outboxChanged, this,
                           &CommunitySettings::onOutboxChanged);
    }
    m_entry.clear();
    m_appliedVersion = 0;
    setOutcome(Idle);
    refresh(true);
    Q_EMIT storeChanged();
}

void CommunitySettings::setCommunityId(const QString &communityId) {
    if (m_communityId == communityId)
        return;
    m_communityId = communityId;
    m_entry.clear();
    m_appliedVersion = 0;
    setOutcome(Idle);
    refresh(true);
    Q_EMIT communityIdChanged();
}

void CommunitySettings::setEditing(bool editing) {
    if (m_editing == editing)
        return;
    m_editing = editing;
    Q_EMIT editingChanged();
    // The edits are gone (saved or reverted): what was cached meanwhile shows now. Queued, as
    // the form's own binding is what cleared `editing`.
    if (!m_editing && !m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            if (!m_editing)
                refresh(false);
        });
    }
}

void CommunitySettings::refresh(bool force) {
    cache::CommunityRow row;
    bool found = false;
    if (m_store && !m_communityId.isEmpty()) {
        cache::CommunityListQuery query;
        query.localUserId = m_store->localUserId();
        query.communityId = m_communityId;
        const QList<cache::CommunityRow> rows = query.run(m_store->readConnection());
        if (!rows.isEmpty()) {
            row = rows.constFirst();
            found = true;
        }
    }
    // hearthd's answer to my save names the version it made before the synced row brings it.
    row.version = std::max(row.version, m_appliedVersion);
    const bool moved = row.memberCount != m_cached.memberCount || row.version != m_cached.version;
    m_cached = row;
    if (moved)
        Q_EMIT cachedChanged();
    if (m_editing && !force)
        return;
    if (found == m_loaded && sameSettings(row, m_base))
        return;
    m_base = row;
    m_loaded = found;
    Q_EMIT valuesChanged();
    Q_EMIT reloaded();
}

void CommunitySettings::onChanged(const cache::ChangeSet &changes) {
    if (m_communityId.isEmpty())
        return;
    if (changes.reset || changes.communities.contains(m_communityId) ||
        changes.purgedCommunities.contains(m_communityId))
        refresh(false);
}

void CommunitySettings::onOutboxChanged() {
    if (m_saveState != Pending || m_entry.isEmpty())
        return;
    const auto holds = [this](const QList<cache::OutboxEntry> &entries) {
        return std::any_of(entries.cbegin(), entries.cend(),
                           [this](const cache::OutboxEntry &e) { return e.id == m_entry; });
    };
    if (holds(m_store->pendingMutations(1000)) || holds(m_store->failedMutations())) {
        m_entrySeen = true;
        return;
    }
    if (!m_entrySeen)
        return; // not written yet
    // Gone: answered (the answer follows this signal) or discarded. Without an answer by the
    // next turn of the event loop it was discarded; a late answer is still taken (m_entry stays).
    QTimer::singleShot(0, this, [this, entry = m_entry] {
        if (m_saveState == Pending && m_entry == entry)
            setOutcome(Idle);
    });
}

CommunityUpdateArgs CommunitySettings::argsFor(const QVariantMap &fields) const {
    CommunityUpdateArgs args;
    args.id = m_communityId;
    args.version = m_base.version;
    args.name = changedText(fields, Name, m_base.name);
    args.tagline = changedText(fields, Tagline, m_base.tagline);
    args.description = changedText(fields, Description, m_base.description);
    args.welcome = changedText(fields, Welcome, m_base.welcome);
    args.guidelines = changedText(fields, Guidelines, m_base.guidelines);
    if (fields.contains(Topics) && fields.value(Topics).toStringList() != m_base.topics)
        args.topics = fields.value(Topics).toStringList();
    if (fields.contains(VisibilityKey) &&
        fields.value(VisibilityKey).toString() != m_base.visibility)
        args.visibility = fields.value(VisibilityKey).toString();
    if (fields.contains(MemberCap) && fields.value(MemberCap).toInt() != m_base.memberCap)
        args.memberCap = fields.value(MemberCap).toInt();
    return args;
}

QStringList CommunitySettings::changedFields(const QVariantMap &fields) const {
    const CommunityUpdateArgs args = argsFor(fields);
    QStringList changed;
    const auto note = [&](const QString &key, bool isSet) {
        if (isSet)
            changed.append(key);
    };
    note(Name, args.name.has_value());
    note(Tagline, args.tagline.has_value());
    note(Description, args.description.has_value());
    note(Topics, args.topics.has_value());
    note(VisibilityKey, args.visibility.has_value());
    note(MemberCap, args.memberCap.has_value());
    note(Welcome, args.welcome.has_value());
    note(Guidelines, args.guidelines.has_value());
    return changed;
}

QString CommunitySettings::save(const QVariantMap &fields, bool requireReacceptance) {
    if (!m_store || !m_loaded || m_saveState == Pending || changedFields(fields).isEmpty())
        return {};
    CommunityUpdateArgs args = argsFor(fields);
    args.requireReacceptance = requireReacceptance && args.guidelines.has_value();
    const QString entry = cache::CacheActions(m_store).updateCommunity(args);
    if (entry.isEmpty())
        return {};
    m_entry = entry;
    m_entrySeen = false;
    m_sent = args;
    setOutcome(Pending);
    return entry;
}

void CommunitySettings::forgetOutcome() {
    if (m_saveState != Pending)
        setOutcome(Idle);
}

void CommunitySettings::setOutcome(SaveState state, const QString &code, const QString &message) {
    m_saveState = state;
    m_errorCode = code;
    m_errorMessage = message;
    m_errorField = refusedField(message);
    Q_EMIT saveStateChanged();
}

void CommunitySettings::onSettled(const QString &entryId, const QString &name, bool applied,
                                  const QJsonObject &result, const QString &errorCode,
                                  const QString &errorMessage) {
    Q_UNUSED(name)
    // The last save, even when it looked discarded: an answer is what happened.
    if (entryId.isEmpty() || entryId != m_entry)
        return;
    m_entry.clear();
    if (!applied) {
        qCInfo(lcModels) << "community.update refused:" << errorCode << errorMessage;
        // The cache goes back to the server's settings; the form keeps what was typed, the
        // reason shown by the field it names.
        m_store->discardMutation(entryId);
        setOutcome(Refused, errorCode, errorMessage);
        return;
    }
    // What was sent is what the form is now loaded at, at the version hearthd made: edits typed
    // while it waited stay edits, and the next save is based on the new version.
    m_appliedVersion = result.value(QStringLiteral("version")).toInt(m_base.version + 1);
    const auto take = [](const auto &sent, auto &loaded) {
        if (sent)
            loaded = *sent;
    };
    take(m_sent.name, m_base.name);
    take(m_sent.tagline, m_base.tagline);
    take(m_sent.description, m_base.description);
    take(m_sent.topics, m_base.topics);
    take(m_sent.visibility, m_base.visibility);
    take(m_sent.memberCap, m_base.memberCap);
    take(m_sent.welcome, m_base.welcome);
    take(m_sent.guidelines, m_base.guidelines);
    m_base.version = std::max(m_base.version, m_appliedVersion);
    if (m_cached.version < m_appliedVersion) {
        m_cached.version = m_appliedVersion;
        Q_EMIT cachedChanged();
    }
    Q_EMIT valuesChanged();
    setOutcome(Applied);
}

} // namespace hearth::models
