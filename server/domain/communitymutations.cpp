#include "communitymutations.h"

#include "protocol/apierror.h"
#include "server/domain/argsreader.h"
#include "server/domain/membershipmutations.h"
#include "server/storage/database.h"
#include "server/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hearthd::CommunityMutations {

using namespace hearth::protocol;

MutationResult create(MutationContext &ctx, const QJsonObject &args) {
    ArgsReader a(args);
    const QString id = a.uuid(QStringLiteral("id"));
    const QString slug = a.text(QStringLiteral("slug"), 48, true, 2);
    const QString name = a.text(QStringLiteral("name"), 80, true, 1);
    const QString tagline = a.text(QStringLiteral("tagline"), 140);
    const QString description = a.text(QStringLiteral("description"), 4000);
    const QString guidelines = a.text(QStringLiteral("guidelines"), 20000);
    const QString visibility =
        a.oneOf(QStringLiteral("visibility"),
                {QStringLiteral("public"), QStringLiteral("request"), QStringLiteral("invite")},
                QStringLiteral("public"));
    const qint64 memberCap = a.integer(QStringLiteral("memberCap"), 2, 5000, false, 250);
    const QStringList topics = a.stringList(QStringLiteral("topics"), 20, 32);
    const QString welcome = a.text(QStringLiteral("welcome"), 2000);
    a.rejectUnknown({QLatin1StringView("id"), QLatin1StringView("slug"), QLatin1StringView("name"),
                     QLatin1StringView("tagline"), QLatin1StringView("description"),
                     QLatin1StringView("guidelines"), QLatin1StringView("visibility"),
                     QLatin1StringView("memberCap"), QLatin1StringView("topics"),
                     QLatin1StringView("welcome")});
    if (auto e = a.error())
        return MutationContext::rejected(*e);

    static const QRegularExpression slugPattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"));
    if (!slugPattern.match(slug).hasMatch())
        return MutationContext::rejected(DomainError::invalid(
            QStringLiteral("field 'slug' may hold only a-z, 0-9 and inner hyphens")));
    if (ctx.reader.communityExists(id))
        return MutationContext::rejected(
            DomainError::conflict(QStringLiteral("a community with this id already exists")));
    if (ctx.reader.slugTaken(slug))
        return MutationContext::rejected(
            {QString::fromLatin1(ErrorCode::SlugTaken),
             QStringLiteral("the slug '%1' is already in use").arg(slug)});

    Query(ctx.db.connection(),
          QStringLiteral("INSERT INTO communities (id, slug, name, tagline, description, "
                         "guidelines, visibility, member_cap, topics, welcome, created_by, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(slug)
        .bind(name)
        .bind(tagline)
        .bind(description)
        .bind(guidelines)
        .bind(visibility)
        .bind(memberCap)
        .bind(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(topics)).toJson(QJsonDocument::Compact)))
        .bind(welcome)
        .bind(ctx.userId)
        .bind(ctx.now)
        .exec();
    MembershipMutations::setMembership(ctx, id, ctx.userId, QStringLiteral("owner"),
                                       QStringLiteral("active"));
    return MutationContext::applied({{QStringLiteral("id"), id}, {QStringLiteral("slug"), slug}});
}

} // namespace hearthd::CommunityMutations
