#include "realposts.h"

#include "httpclient.h"

#include <QJsonDocument>
#include <QUuid>

namespace RealPosts {

namespace {

// A handful of titles and bodies, picked by post number, so pages do not repeat one text.
const char *const titles[] = {
    "Cone 6 glaze test: what the celadon did on the top shelf",
    "Looking for a second-hand wheel in the valley, any leads?",
    "Workshop notes from Saturday's handle-pulling session",
    "How do you price commissions when the clay costs doubled?",
    "Showcase: a set of eight mugs for the corner cafe",
};
const char *const bodies[] = {
    "I ran the same recipe on three shelves this week and the top one came out a shade greener, "
    "with crawling near the foot where I dipped twice. I think the kiln runs hot at the back. ",
    "Thanks to everyone who came out on Saturday. We covered wedging, centring and pulling "
    "handles, and half of us finally got a handle to stay on through the bisque firing. ",
    "The supplier raised prices again, so I am rethinking how I quote commissions: a base for "
    "materials and firing, then time at an hourly rate, with a deposit before I start. ",
    "Eight mugs, speckled stoneware, a satin white liner and an iron wash on the rims. They went "
    "to the cafe on the corner of Mill Street; the owner asked for four more already. ",
};

} // namespace

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject postMutation(const QString &communityId, int n) {
    const QString body =
        QString::fromLatin1(bodies[n % 4]) + QStringLiteral("Post %1 of the benchmark.").arg(n);
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("name"), QStringLiteral("post.create")},
            {QStringLiteral("args"),
             QJsonObject{{QStringLiteral("id"), newId()},
                         {QStringLiteral("communityId"), communityId},
                         {QStringLiteral("title"), QString::fromLatin1(titles[n % 5])},
                         {QStringLiteral("body"), body}}}};
}

QByteArray batchOf(const QJsonArray &mutations) {
    return QJsonDocument(QJsonObject{{QStringLiteral("clientId"), newId()},
                                     {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

QString createCommunity(hearth::testing::HttpClient &http, const QString &owner,
                        const QString &slug) {
    const QString id = newId();
    const QJsonObject create{{QStringLiteral("id"), newId()},
                             {QStringLiteral("name"), QStringLiteral("community.create")},
                             {QStringLiteral("args"), QJsonObject{{QStringLiteral("id"), id},
                                                                  {QStringLiteral("slug"), slug},
                                                                  {QStringLiteral("name"), slug}}}};
    const auto reply = http.post(QStringLiteral("/v1/mutations"), batchOf({create}), owner);
    return reply.status == 200 && reply.body.contains("\"applied\"") ? id : QString();
}

bool fill(hearth::testing::HttpClient &http, const QString &owner, const QString &communityId,
          int count) {
    for (int done = 0; done < count;) {
        QJsonArray list;
        for (int i = 0; i < 100 && done < count; ++i, ++done)
            list.append(postMutation(communityId, done));
        if (http.post(QStringLiteral("/v1/mutations"), batchOf(list), owner).status != 200)
            return false;
    }
    return true;
}

} // namespace RealPosts
