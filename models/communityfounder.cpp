#include "communityfounder.h"

#include "cache/cacheactions.h"
#include "cache/slugquery.h"
#include "modelslogging.h"
#include "refusedfield.h"

#include "protocol/apierror.h"
#include "protocol/communityargs.h"
#include "protocol/inviteargs.h"
#include "protocol/limits.h"

#include <QJsonObject>
#include <QUuid>

namespace hearth::models {

using namespace hearth::protocol;

CommunityFounder::CommunityFounder(QObject *parent)
    : QObject(parent) {}

void CommunityFounder::setStore(cache::CacheStore *store) {
    if (m_store == store)
        return;
    disconnect(m_settled);
    m_store = store;
    if (m_store)
        m_settled = connect(m_store, &cache::CacheStore::mutationSettled, this,
                            &CommunityFounder::onSettled);
    Q_EMIT storeChanged();
}

QString CommunityFounder::inviteLink() const {
    return m_inviteCode.isEmpty() ? QString() : QStringLiteral("hearth://invite/") + m_inviteCode;
}

QString CommunityFounder::slugFor(const QString &name) const {
    // "Café Ölmühle & Co" -> "cafe-olmuhle-co": letters lose their accents (NFKD, marks
    // dropped), anything else becomes one hyphen.
    QString slug;
    bool hyphen = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (hyphen && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            hyphen = false;
            slug.append(c);
        } else {
            hyphen = true;
        }
    }
    slug.truncate(Limits::SlugMax);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

QString CommunityFounder::slugProblem(const QString &slug) const {
    if (slug.isEmpty())
        return QStringLiteral("empty");
    if (slug.size() < Limits::SlugMin)
        return QStringLiteral("short");
    if (slug.size() > Limits::SlugMax)
        return QStringLiteral("long");
    if (!isWellFormedSlug(slug))
        return QStringLiteral("characters");
    // The community being made is in the cache under its own slug: not "taken" by itself.
    const bool sent = m_stage == Creating || m_stage == Inviting || m_stage == Ready;
    if (m_store && !sent && cache::SlugQuery{slug}.taken(m_store->readConnection()))
        return QStringLiteral("taken");
    if (m_stage == Failed && m_errorField == QLatin1StringView("slug") && slug == m_failedSlug)
        return QStringLiteral("taken");
    return {};
}

bool CommunityFounder::create(const QVariantMap &fields) {
    if (!m_store || m_stage == Creating || m_stage == Inviting)
        return false;
    CommunityCreateArgs args;
    args.name = fields.value(QStringLiteral("name")).toString().trimmed();
    args.slug = fields.value(QStringLiteral("slug")).toString();
    args.tagline = fields.value(QStringLiteral("tagline")).toString().trimmed();
    args.description = fields.value(QStringLiteral("description")).toString().trimmed();
    args.guidelines = fields.value(QStringLiteral("guidelines")).toString().trimmed();
    args.visibility = fields.value(QStringLiteral("visibility"), args.visibility).toString();
    args.memberCap = fields.value(QStringLiteral("memberCap"), args.memberCap).toInt();
    args.topics = fields.value(QStringLiteral("topics")).toStringList();
    args.welcome = fields.value(QStringLiteral("welcome")).toString().trimmed();
    args.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_communityId = args.id;
    m_failedSlug = args.slug;
    m_welcomePostId.clear();
    m_inviteCode.clear();
    m_inviteEntry.clear();
    m_errorCode.clear();
    m_errorMessage.clear();
    m_errorField.clear();
    m_createEntry = cache::CacheActions(m_store).send(args);
    m_stage = Creating;
    Q_EMIT stageChanged();
    return !m_createEntry.isEmpty();
}

void CommunityFounder::reset() {
    m_stage = Editing;
    m_communityId.clear();
    m_welcomePostId.clear();
    m_createEntry.clear();
    m_inviteEntry.clear();
    m_inviteCode.clear();
    m_errorCode.clear();
    m_errorMessage.clear();
    m_errorField.clear();
    m_failedSlug.clear();
    Q_EMIT stageChanged();
}

void CommunityFounder::setError(const QString &code, const QString &message) {
    m_errorCode = code;
    m_errorMessage = message;
    m_errorField = code == QLatin1StringView(ErrorCode::SlugTaken) ? QStringLiteral("slug")
                                                                   : refusedField(message);
}

void CommunityFounder::onSettled(const QString &entryId, const QString &name, bool applied,
                                 const QJsonObject &result, const QString &errorCode,
                                 const QString &errorMessage) {
    Q_UNUSED(name)
    if (entryId.isEmpty())
        return;
    if (entryId == m_createEntry && m_stage == Creating) {
        if (!applied) {
            qCInfo(lcModels) << "community.create refused:" << errorCode << errorMessage;
            // Nothing of it stays behind: the optimistic community leaves the cache and the
            // outbox, and the page keeps what was typed.
            m_store->discardMutation(m_createEntry);
            m_createEntry.clear();
            setError(errorCode, errorMessage);
            m_stage = Failed;
            Q_EMIT stageChanged();
            return;
        }
        m_welcomePostId = result.value(QStringLiteral("welcomePostId")).toString();
        InviteCreateArgs invite;
        invite.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        invite.communityId = m_communityId;
        m_inviteEntry = cache::CacheActions(m_store).send(invite);
        m_stage = Inviting;
        Q_EMIT stageChanged();
        return;
    }
    if (entryId == m_inviteEntry && m_stage == Inviting) {
        if (applied) {
            m_inviteCode = result.value(QStringLiteral("code")).toString();
        } else {
            // The community is made all the same; the page says the link is missing.
            m_store->discardMutation(m_inviteEntry);
            setError(errorCode, errorMessage);
        }
        m_stage = Ready;
        Q_EMIT stageChanged();
    }
}

} // namespace hearth::models
