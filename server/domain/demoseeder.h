#pragma once
// Fills a fresh database with demo content (resources/demo/demo.json): users with profiles,
// communities with their owners (`owner` and further `owners`), moderators and members, join
// requests (`requests`, request communities only), posts, threaded comments, reactions,
// events and RSVPs. Everything goes through the same domain functions as real mutations, so the
// change log holds it all and clients sync it like any other content. Unknown fields are
// ignored.

#include "server/domain/domainerror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace hearthd {

class Accounts;
class ChangeLog;
class Database;
class EntityReader;
class MutationService;
struct MutationContext;

class DemoSeeder {
public:
    DemoSeeder(Database &db, ChangeLog &log, EntityReader &reader, Accounts &accounts,
               MutationService &mutations);

    struct Summary {
        int users = 0;
        int communities = 0;
        int posts = 0;
        int comments = 0;
        int reactions = 0;
        int events = 0;
        int rsvps = 0;
        int reports = 0;
    };

    // One transaction: all or nothing. Refuses a database that already has users.
    Result<Summary> seed(const QByteArray &json);

private:
    void seedUsers(const QJsonObject &root);
    void seedCommunity(const QJsonObject &community, qint64 now);
    void seedComments(MutationContext &ctx, const QJsonArray &comments, const QString &postId,
                      const QString &parentId, const QString &communityId, qint64 fallbackTime,
                      qint64 now);
    void seedReactions(MutationContext &ctx, const QJsonObject &reactions, const QString &postId,
                       const QString &communityId, qint64 postTime, qint64 now);
    // Members flagging a post or comment for the organizers ("reports": [{by, reason}]), so the
    // demo organizer's moderation queue has something in it.
    void seedReports(MutationContext &ctx, const QJsonArray &reports, const QString &targetType,
                     const QString &targetId, const QString &communityId, qint64 now);
    void seedEvent(MutationContext &ctx, const QJsonObject &event, const QString &communityId,
                   const QString &organizerId, qint64 now);
    QString userId(const QString &handle, const QString &where) const;
    void ensureMember(MutationContext &ctx, const QString &communityId, const QString &userId);
    QJsonObject run(MutationContext &ctx, const QString &name, const QJsonObject &args,
                    const QString &where);

    Database &m_db;
    ChangeLog &m_log;
    EntityReader &m_reader;
    Accounts &m_accounts;
    MutationService &m_mutations;
    QHash<QString, QString> m_userIds; // handle -> id
    Summary m_summary;
};

} // namespace hearthd
