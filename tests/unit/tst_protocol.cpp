// The wire codecs: what one program encodes, the other decodes to the same values, and malformed
// input is refused with a message that names the field.

#include "protocol/apierror.h"
#include "protocol/auth.h"
#include "protocol/entities.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncPageRoundTrip()
    {
        Post post;
        post.id = QStringLiteral("p1");
        post.communityId = QStringLiteral("c1");
        post.authorName = QStringLiteral("Ada \"the\" potter");
        post.kind = QStringLiteral("showcase");
        post.title = QStringLiteral("Glaze test ✨");
        post.body = QStringLiteral("line one\nline two");
        post.createdAt = 1700000000123;

        SyncPage page;
        page.cursor = QStringLiteral("djE6NDI=");
        page.hasMore = true;
        page.changes.append({42, ChangeType::Post, ChangeOp::Upsert, post.id, post.communityId,
                             post.toJson()});
        page.changes.append(
            {43, ChangeType::Community, ChangeOp::Purge, QStringLiteral("c9"), {}, {}});

        QString error;
        const auto decoded = SyncPage::fromJson(page.toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->cursor, page.cursor);
        QCOMPARE(decoded->hasMore, true);
        QCOMPARE(decoded->changes.size(), 2);
        QCOMPARE(decoded->changes[0].seq, 42);
        QCOMPARE(decoded->changes[1].op, QStringLiteral("purge"));
        QVERIFY(decoded->changes[1].data.isEmpty());

        const auto back = Post::fromJson(decoded->changes[0].data, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->authorName, post.authorName);
        QCOMPARE(back->title, post.title);
        QCOMPARE(back->body, post.body);
        QCOMPARE(back->createdAt, post.createdAt);
        QCOMPARE(back->kind, QStringLiteral("showcase"));
    }

    void encodedPageIsValidJson()
    {
        // The server writes pages from stored bytes; the result must still be one JSON document.
        const QByteArray change = Change::encode(7, QStringLiteral("user"), QStringLiteral("upsert"),
                                                 QStringLiteral("u\"1"), {}, "{\"id\":\"u\\\"1\"}");
        const QByteArray page = SyncPage::encode({change, change}, QStringLiteral("c"), false);
        QJsonParseError err;
        const auto doc = QJsonDocument::fromJson(page, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(doc[QStringLiteral("changes")][1][QStringLiteral("id")].toString(),
                 QStringLiteral("u\"1"));
    }

    void mutationBatchRoundTrip()
    {
        MutationBatch batch;
        batch.clientId = QStringLiteral("client-1");
        batch.mutations.append({QStringLiteral("m1"), MutationName::PostCreate,
                                QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}});
        QString error;
        const auto back = MutationBatch::fromJson(batch.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->clientId, batch.clientId);
        QCOMPARE(back->mutations.size(), 1);
        QCOMPARE(back->mutations[0].name, QStringLiteral("post.create"));
        QCOMPARE(back->mutations[0].args.value(QStringLiteral("body")).toString(),
                 QStringLiteral("hi"));
    }

    void mutationResultRoundTrip()
    {
        MutationResponse resp;
        resp.results.append({QStringLiteral("m1"), MutationStatus::Applied,
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")}}, {}, {}, {}});
        resp.results.append({QStringLiteral("m2"), MutationStatus::Conflict, {},
                             ErrorCode::Conflict, QStringLiteral("edited elsewhere"),
                             QJsonObject{{QStringLiteral("body"), QStringLiteral("theirs")}}});
        QString error;
        const auto back = MutationResponse::fromJson(resp.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->results[0].applied());
        QCOMPARE(back->results[0].result.value(QStringLiteral("id")).toString(),
                 QStringLiteral("p1"));
        QCOMPARE(back->results[1].status, QStringLiteral("conflict"));
        QCOMPARE(back->results[1].errorMessage, QStringLiteral("edited elsewhere"));
        QCOMPARE(back->results[1].current.value(QStringLiteral("body")).toString(),
                 QStringLiteral("theirs"));
    }

    void strictDecodingNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing clientId") << QByteArray("{\"mutations\":[]}")
                                          << QStringLiteral("field 'clientId' is required");
        QTest::newRow("wrong type") << QByteArray("{\"clientId\":5,\"mutations\":[]}")
                                    << QStringLiteral("field 'clientId' must be a string");
        QTest::newRow("unknown field")
            << QByteArray("{\"clientId\":\"c\",\"mutations\":[],\"extra\":1}")
            << QStringLiteral("unknown field 'extra'");
        QTest::newRow("bad mutation")
            << QByteArray("{\"clientId\":\"c\",\"mutations\":[{\"id\":\"m\",\"name\":3}]}")
            << QStringLiteral("mutations[0]: field 'name' must be a string");
    }

    void strictDecodingNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MutationBatch::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QCOMPARE(error, message);
    }

    void authCodecs()
    {
        QString error;
        QVERIFY(!AuthRequest::fromJson(QJsonObject{{QStringLiteral("handle"), QStringLiteral("a")}},
                                       &error));
        QCOMPARE(error, QStringLiteral("field 'password' is required"));
        AuthResponse r{QStringLiteral("tok"), QStringLiteral("u1"), QStringLiteral("ada"),
                       QStringLiteral("Ada")};
        const auto back = AuthResponse::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->token, QStringLiteral("tok"));
        QCOMPARE(back->displayName, QStringLiteral("Ada"));
    }

    void apiError()
    {
        const ApiError e{ErrorCode::InvalidCredentials, QStringLiteral("wrong handle or password")};
        const auto back = ApiError::fromJson(e.toJson());
        QVERIFY(back);
        QCOMPARE(back->code, QStringLiteral("invalid_credentials"));
        QVERIFY(!ApiError::fromJson("{\"changes\":[]}"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
