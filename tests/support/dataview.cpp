#include "dataview.h"

#include "net/apiclient.h"
#include "protocol/syncpage.h"

#include <QSqlQuery>
#include <QTest>

namespace hearth::testing {

DataView DataView::fromServer(const QUrl &server, const QString &token, QString *error) {
    DataView view;
    hearth::net::ApiClient api;
    api.setServerUrl(server);
    api.setToken(token);
    QString cursor;
    for (bool more = true; more;) {
        hearth::net::ApiResult result;
        // The server rate-limits busy clients (429 + Retry-After): wait and ask again.
        for (int attempt = 0; attempt < 10; ++attempt) {
            bool done = false;
            QObject context;
            api.fetchSyncPage(cursor, 500, &context, [&](const hearth::net::ApiResult &r) {
                result = r;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 10000))
                result = {};
            if (result.status != 429)
                break;
            QTest::qWait(1000 * qMax(1, result.retryAfterSeconds));
        }
        if (!result.ok()) {
            *error = QStringLiteral("pull failed: %1").arg(result.describe());
            return view;
        }
        const auto page = hearth::protocol::SyncPage::fromJson(result.body, error);
        if (!page)
            return view;
        for (const auto &c : page->changes) {
            const bool upsert = c.op == QLatin1StringView("upsert");
            QMap<QString, QString> *target = nullptr;
            QString value;
            if (c.type == QLatin1StringView("community")) {
                target = &view.communities;
                value = c.data.value(QStringLiteral("name")).toString();
            } else if (c.type == QLatin1StringView("membership")) {
                target = &view.memberships;
                value = c.data.value(QStringLiteral("role")).toString();
            } else if (c.type == QLatin1StringView("post")) {
                target = &view.posts;
                value = c.data.value(QStringLiteral("title")).toString();
                view.postOrder.removeAll(c.id);
                if (upsert)
                    view.postOrder.append(c.id);
            } else if (c.type == QLatin1StringView("comment")) {
                target = &view.comments;
                value = c.data.value(QStringLiteral("body")).toString();
            }
            if (!target)
                continue;
            if (upsert)
                target->insert(c.id, value);
            else
                target->remove(c.id);
        }
        cursor = page->cursor;
        more = page->hasMore;
    }
    return view;
}

DataView DataView::fromCache(hearth::cache::CacheStore &store) {
    DataView view;
    QSqlQuery q(store.readConnection());
    q.exec(QStringLiteral("SELECT id, name FROM communities"));
    while (q.next())
        view.communities.insert(q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT community_id || ':' || user_id, role FROM memberships"));
    while (q.next())
        view.memberships.insert(q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT id, title FROM posts ORDER BY rid"));
    while (q.next()) {
        view.posts.insert(q.value(0).toString(), q.value(1).toString());
        view.postOrder.append(q.value(0).toString());
    }
    q.exec(QStringLiteral("SELECT id, body FROM comments"));
    while (q.next())
        view.comments.insert(q.value(0).toString(), q.value(1).toString());
    return view;
}

} // namespace hearth::testing
