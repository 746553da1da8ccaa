#pragma once
// Posts shaped like real ones for the server benchmarks: a title and a few paragraphs of text,
// so that one post in a sync page is about 700 bytes of JSON and a page of 50 about 36 KB (the
// sizes members actually pull). Smaller posts hide costs that only show with real page sizes.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hearth::testing {
class HttpClient;
}

namespace RealPosts {

QString newId();
// A post.create mutation for post number `n` of the community.
QJsonObject postMutation(const QString &communityId, int n);
// {"clientId", "mutations"} of a batch.
QByteArray batchOf(const QJsonArray &mutations);
// Creates a public community owned by `owner` and returns its id (empty on failure).
QString createCommunity(hearth::testing::HttpClient &http, const QString &owner,
                        const QString &slug);
// Posts `count` real-sized posts into the community in batches of 100; false on any failure.
bool fill(hearth::testing::HttpClient &http, const QString &owner, const QString &communityId,
          int count);

} // namespace RealPosts
