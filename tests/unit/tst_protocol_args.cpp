// Every mutation's args struct (net/protocol/*args.h): each writes exactly the JSON docs/api.md
// names, reads it back to the same value, and refuses bad args the way hearthd answers them,
// naming the field. The cache's Shape reading takes what only the server's limits refuse.

#include "protocol/limits.h"
#include "protocol/mutationargs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::protocol;

namespace {

const QString A = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString B = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000001");
const QString C = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000002");

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// JSON written with ' for " (moc in Qt 6.4 skips files with raw string literals).
QJsonObject json(const char *text) {
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        qFatal("test JSON does not parse: %s", text);
    return doc.object();
}

// One value of every args type with every field set away from its default, and the JSON it must
// travel as. In the order of AllMutationArgs, so a new mutation cannot go without a row here.
auto samples() {
    CommunityCreateArgs community;
    community.id = A;
    community.slug = s("potters");
    community.name = s("Potters");
    community.tagline = s("Wheel and kiln");
    community.description = s("Local potters.");
    community.guidelines = s("Be kind.");
    community.visibility = s("request");
    community.memberCap = 40;
    community.topics = {s("kilns"), s("glazes")};
    community.welcome = s("Hello!");

    CommunityUpdateArgs update;
    update.id = A;
    update.version = 4;
    update.name = s("Potters & Kilns");
    update.tagline = s("");
    update.description = s("Local potters.");
    update.topics = QStringList{};
    update.visibility = s("invite");
    update.memberCap = 60;
    update.welcome = s("Hi");
    update.guidelines = s("Be kinder.");
    update.requireReacceptance = true;
    MembershipAcceptGuidelinesArgs accept{A, s("0123456789abcdef")};

    MembershipJoinArgs join{A, s("abcdefgh2345"), true};
    MembershipLeaveArgs leave{A};
    MembershipApproveArgs approve{{A, B}};
    MembershipDenyArgs deny{{A, B}};
    MembershipRemoveArgs remove{{A, B}, s("spam")};
    MembershipBanArgs ban{{A, B}, s("spam links")};
    MembershipUnbanArgs unban{{A, B}};
    MembershipSetRoleArgs setRole{{A, B}, s("moderator")};

    PostCreateArgs post{B, A, s("question"), s("Kiln temps?"), s("What cone?"), s("kilns")};
    PostEditArgs edit{B, 3, s("New title"), s("New body"), s(""), s("showcase")};
    PostDeleteArgs del{B};
    PostPinArgs pin{B, false};
    PostLockArgs lock{B, false};
    CommentCreateArgs comment{C, B, A, s("Cone 6 ✨")};
    CommentEditArgs commentEdit{C, 2, s("Cone 6, oxidation")};
    CommentDeleteArgs commentDelete{C};
    ReactionSetArgs react{{s("comment"), C, s("👍")}};
    ReactionClearArgs unreact{{s("post"), B, s("🔥")}};

    EventCreateArgs event{C,
                          A,
                          s("Raku night"),
                          s("Bring gloves"),
                          1800000000000,
                          1800003600000,
                          s("Studio"),
                          s("https://example.org/raku"),
                          6};
    EventEditArgs eventEdit;
    eventEdit.id = C;
    eventEdit.title = s("Raku evening");
    eventEdit.description = s("");
    eventEdit.startsAt = 1800000000001;
    eventEdit.endsAt = 1800003600001;
    eventEdit.place = s("Yard");
    eventEdit.link = s("");
    eventEdit.capacity = 0;
    EventCancelArgs cancel{C, s("rain")};
    RsvpSetArgs rsvp{C, s("not_going")};
    InviteCreateArgs invite{C, A, 1800000000000, 5};
    InviteRevokeArgs revoke{C};
    ReportCreateArgs report{C, s("post"), B, s("off topic")};
    ReportResolveArgs resolve{C, s("dismiss"), s("fine")};
    NotificationMarkReadArgs markRead{{s("n1"), s("n2")}, false};
    ProfileUpdateArgs profile{B,
                              4,
                              s("Ada L."),
                              s("I *throw* pots."),
                              {s("raku"), s("glazes")},
                              {{s("Site"), s("https://ada.example")}},
                              {{s("Moon jar"), s("Cone 10"), s("https://ada.example/jar"), s("")}}};
    AlertsSetArgs alerts{A, s("mentions"), true};

    return std::make_tuple(
        std::make_pair(
            community,
            json("{'id':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                 "'slug':'potters','name':'Potters','tagline':'Wheel and kiln',"
                 "'description':'Local potters.','guidelines':'Be kind.','visibility':'request',"
                 "'memberCap':40,'topics':['kilns','glazes'],'welcome':'Hello!'}")),
        std::make_pair(update,
                       json("{'id':'0f8fad5b-d9cb-469f-a165-70867728950e','version':4,"
                            "'name':'Potters & Kilns','tagline':'','description':'Local potters.',"
                            "'topics':[],'visibility':'invite','memberCap':60,'welcome':'Hi',"
                            "'guidelines':'Be kinder.','requireReacceptance':true}")),
        std::make_pair(accept, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                                    "'digest':'0123456789abcdef'}")),
        std::make_pair(join, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                                  "'inviteCode':'abcdefgh2345','acceptGuidelines':true}")),
        std::make_pair(leave, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e'}")),
        std::make_pair(approve, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                                     "'userId':'7d3c2a8e-0000-4000-8000-000000000001'}")),
        std::make_pair(deny, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                                  "'userId':'7d3c2a8e-0000-4000-8000-000000000001'}")),
        std::make_pair(remove,
                       json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                            "'userId':'7d3c2a8e-0000-4000-8000-000000000001','reason':'spam'}")),
        std::make_pair(
            ban, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                      "'userId':'7d3c2a8e-0000-4000-8000-000000000001','reason':'spam links'}")),
        std::make_pair(unban, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                                   "'userId':'7d3c2a8e-0000-4000-8000-000000000001'}")),
        std::make_pair(setRole,
                       json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                            "'userId':'7d3c2a8e-0000-4000-8000-000000000001','role':'moderator'}")),
        std::make_pair(
            post, json("{'id':'7d3c2a8e-0000-4000-8000-000000000001',"
                       "'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e','kind':'question',"
                       "'title':'Kiln temps?','body':'What cone?','topic':'kilns'}")),
        std::make_pair(edit,
                       json("{'id':'7d3c2a8e-0000-4000-8000-000000000001','version':3,"
                            "'title':'New title','body':'New body','topic':'','kind':'showcase'}")),
        std::make_pair(del, json("{'id':'7d3c2a8e-0000-4000-8000-000000000001'}")),
        std::make_pair(pin, json("{'id':'7d3c2a8e-0000-4000-8000-000000000001',"
                                 "'pinned':false}")),
        std::make_pair(lock, json("{'id':'7d3c2a8e-0000-4000-8000-000000000001',"
                                  "'locked':false}")),
        std::make_pair(
            comment, json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                          "'postId':'7d3c2a8e-0000-4000-8000-000000000001',"
                          "'parentId':'0f8fad5b-d9cb-469f-a165-70867728950e','body':'Cone 6 ✨'}")),
        std::make_pair(commentEdit, json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                                         "'version':2,'body':'Cone 6, oxidation'}")),
        std::make_pair(commentDelete, json("{'id':'7d3c2a8e-0000-4000-8000-000000000002'}")),
        std::make_pair(react,
                       json("{'targetType':'comment',"
                            "'targetId':'7d3c2a8e-0000-4000-8000-000000000002','emoji':'👍'}")),
        std::make_pair(unreact,
                       json("{'targetType':'post',"
                            "'targetId':'7d3c2a8e-0000-4000-8000-000000000001','emoji':'🔥'}")),
        std::make_pair(
            event,
            json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                 "'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e','title':'Raku night',"
                 "'description':'Bring gloves','startsAt':1800000000000,'endsAt':1800003600000,"
                 "'place':'Studio','link':'https://example.org/raku','capacity':6}")),
        std::make_pair(eventEdit,
                       json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                            "'title':'Raku evening','description':'','startsAt':1800000000001,"
                            "'endsAt':1800003600001,'place':'Yard','link':'','capacity':0}")),
        std::make_pair(cancel, json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                                    "'reason':'rain'}")),
        std::make_pair(rsvp, json("{'eventId':'7d3c2a8e-0000-4000-8000-000000000002',"
                                  "'status':'not_going'}")),
        std::make_pair(
            invite,
            json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                 "'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e','expiresAt':1800000000000,"
                 "'maxUses':5}")),
        std::make_pair(revoke, json("{'id':'7d3c2a8e-0000-4000-8000-000000000002'}")),
        std::make_pair(report,
                       json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                            "'targetType':'post','targetId':'7d3c2a8e-0000-4000-8000-000000000001',"
                            "'reason':'off topic'}")),
        std::make_pair(resolve, json("{'id':'7d3c2a8e-0000-4000-8000-000000000002',"
                                     "'action':'dismiss','note':'fine'}")),
        std::make_pair(markRead, json("{'ids':['n1','n2'],'all':false}")),
        std::make_pair(profile, json("{'id':'7d3c2a8e-0000-4000-8000-000000000001','version':4,"
                                     "'displayName':'Ada L.','bio':'I *throw* pots.',"
                                     "'interests':['raku','glazes'],"
                                     "'links':[{'label':'Site','url':'https://ada.example'}],"
                                     "'showcase':[{'title':'Moon jar','text':'Cone 10',"
                                     "'link':'https://ada.example/jar'}]}")),
        std::make_pair(alerts, json("{'communityId':'0f8fad5b-d9cb-469f-a165-70867728950e',"
                                    "'level':'mentions','digest':true}")));
}

template<typename Tuple> struct FirstsOf;
template<typename... Pairs> struct FirstsOf<std::tuple<Pairs...>> {
    using type = std::tuple<typename Pairs::first_type...>;
};
static_assert(std::is_same_v<FirstsOf<decltype(samples())>::type, AllMutationArgs>,
              "samples() must hold one value of every type in AllMutationArgs, in its order");

// The first problem fromJson names for `args` of mutation `name`, or "" when they are read.
QString problem(const QString &name, const QJsonObject &args, ArgsCheck check) {
    QString error = QStringLiteral("unknown mutation");
    std::apply(
        [&](auto... type) {
            ((name == QLatin1StringView(decltype(type)::Name)
                  ? void(error = decltype(type)::fromJson(args, &error, check) ? QString() : error)
                  : void()),
             ...);
        },
        AllMutationArgs{});
    return error;
}

} // namespace

class TestProtocolArgs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyArgsTypeTravelsAsDocumentedAndReadsBack() {
        int checked = 0;
        std::apply(
            [&](const auto &...pair) {
                (
                    [&] {
                        const auto &[value, wire] = pair;
                        using Args = std::decay_t<decltype(value)>;
                        const QString name = QString::fromLatin1(Args::Name);
                        QVERIFY2(
                            value.toJson() == wire,
                            qPrintable(
                                name + QStringLiteral(": ") +
                                QString::fromUtf8(
                                    QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact))));
                        for (const ArgsCheck check : {ArgsCheck::Strict, ArgsCheck::Shape}) {
                            QString error;
                            const std::optional<Args> back = Args::fromJson(wire, &error, check);
                            QVERIFY2(back, qPrintable(name + QStringLiteral(": ") + error));
                            QVERIFY2(*back == value, qPrintable(name));
                        }
                        ++checked;
                    }(),
                    ...);
            },
            samples());
        QCOMPARE(checked, int(std::tuple_size_v<AllMutationArgs>));
    }

    void defaultsAreWhatAnAbsentFieldMeans() {
        QString error;
        const auto post = PostCreateArgs::fromJson({{QStringLiteral("id"), A},
                                                    {QStringLiteral("communityId"), B},
                                                    {QStringLiteral("body"), QStringLiteral("hi")}},
                                                   &error);
        QVERIFY2(post, qPrintable(error));
        QCOMPARE(post->kind, QStringLiteral("discussion"));
        QVERIFY(post->title.isEmpty());
        const auto community = CommunityCreateArgs::fromJson(
            json("{'id':'0f8fad5b-d9cb-469f-a165-70867728950e','slug':'ab','name':'A'}"), &error);
        QVERIFY2(community, qPrintable(error));
        QCOMPARE(community->visibility, QStringLiteral("public"));
        QCOMPARE(community->memberCap, Limits::MemberCapDefault);
        const auto pin = PostPinArgs::fromJson({{QStringLiteral("id"), A}}, &error);
        QVERIFY(pin && pin->pinned);
        // A partial edit keeps what it leaves out; a null reads as left out.
        const auto edit = PostEditArgs::fromJson(
            json("{'id':'0f8fad5b-d9cb-469f-a165-70867728950e','version':2,'title':null,"
                 "'body':'only this'}"),
            &error);
        QVERIFY2(edit, qPrintable(error));
        QVERIFY(!edit->title && !edit->topic && !edit->kind);
        QCOMPARE(*edit->body, QStringLiteral("only this"));
        QCOMPARE(edit->toJson(), json("{'id':'0f8fad5b-d9cb-469f-a165-70867728950e','version':2,"
                                      "'body':'only this'}"));
    }

    void namesPairWithTheirArgs() {
        const QStringList names = mutationNames();
        QCOMPARE(names.size(), int(std::tuple_size_v<AllMutationArgs>));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        QVERIFY(names.contains(QStringLiteral("notification.markRead")));
        PostDeleteArgs del;
        del.id = A;
        const Mutation m = Mutation::of(QStringLiteral("m1"), del);
        QCOMPARE(m.name, QStringLiteral("post.delete"));
        QCOMPARE(m.args, del.toJson());
    }

    void refusalsNameTheField_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("message");
        const auto post = [](QJsonObject extra) {
            QJsonObject o{{QStringLiteral("id"), A},
                          {QStringLiteral("communityId"), B},
                          {QStringLiteral("body"), QStringLiteral("x")}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                o.insert(it.key(), it.value());
            return o;
        };
        const QString longTitle(Limits::PostTitleMax + 1, QLatin1Char('t'));
        QTest::newRow("unknown field")
            << "post.create" << post({{"colour", "red"}}) << "unknown field 'colour'";
        QTest::newRow("wrong type")
            << "post.create" << post({{"body", 5}}) << "field 'body' must be a string";
        QTest::newRow("missing") << "post.create" << QJsonObject{{"id", A}, {"body", "x"}}
                                 << "field 'communityId' is required";
        QTest::newRow("empty uuid")
            << "post.create" << post({{"communityId", ""}}) << "field 'communityId' must be a UUID";
        QTest::newRow("bad uuid")
            << "post.create" << post({{"id", "p1"}})
            << "field 'id' must be a lowercase UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e";
        QTest::newRow("uppercase uuid") << "post.create" << post({{"id", A.toUpper()}})
                                        << "field 'id' must be a lowercase UUID such as "
                                           "0f8fad5b-d9cb-469f-a165-70867728950e";
        QTest::newRow("over-long text") << "post.create" << post({{"title", longTitle}})
                                        << "field 'title' must be at most 200 characters";
        QTest::newRow("blank body")
            << "post.create" << post({{"body", "  "}}) << "field 'body' must not be empty";
        QTest::newRow("bad kind") << "post.create" << post({{"kind", "rant"}})
                                  << "field 'kind' must be one of: discussion, question, "
                                     "showcase, resource, announcement";
        QTest::newRow("first problem wins")
            << "post.create" << post({{"kind", "rant"}, {"body", 5}, {"zzz", 1}})
            << "field 'kind' must be one of: discussion, question, showcase, resource, "
               "announcement";
        QTest::newRow("short slug")
            << "community.create" << QJsonObject{{"id", A}, {"slug", "a"}, {"name", "A"}}
            << "field 'slug' must be at least 2 characters";
        QTest::newRow("slug pattern")
            << "community.create" << QJsonObject{{"id", A}, {"slug", "Ab C"}, {"name", "A"}}
            << "field 'slug' may hold only a-z, 0-9 and inner hyphens";
        QTest::newRow("member cap range")
            << "community.create"
            << QJsonObject{{"id", A}, {"slug", "ab"}, {"name", "A"}, {"memberCap", 1}}
            << "field 'memberCap' must be between 2 and 5000";
        QTest::newRow("not an integer")
            << "community.create"
            << QJsonObject{{"id", A}, {"slug", "ab"}, {"name", "A"}, {"memberCap", 2.5}}
            << "field 'memberCap' must be an integer";
        QTest::newRow("too many topics")
            << "community.create"
            << QJsonObject{{"id", A},
                           {"slug", "ab"},
                           {"name", "A"},
                           {"topics", QJsonArray::fromStringList(QStringList(21, "t"))}}
            << "field 'topics' must have at most 20 items";
        QTest::newRow("edit changes nothing")
            << "post.edit" << QJsonObject{{"id", A}, {"version", 1}}
            << "an edit needs at least one of 'title', 'body', 'topic', 'kind'";
        QTest::newRow("edit without version")
            << "post.edit" << QJsonObject{{"id", A}, {"body", "x"}}
            << "field 'version' is required";
        QTest::newRow("comment edit without body")
            << "comment.edit" << QJsonObject{{"id", A}, {"version", 1}}
            << "field 'body' is required";
        QTest::newRow("comment edit blank body")
            << "comment.edit" << QJsonObject{{"id", A}, {"version", 1}, {"body", " "}}
            << "field 'body' must not be empty";
        QTest::newRow("comment edit without version")
            << "comment.edit" << QJsonObject{{"id", A}, {"body", "x"}}
            << "field 'version' is required";
        QTest::newRow("comment edit over-long")
            << "comment.edit"
            << QJsonObject{{"id", A},
                           {"version", 1},
                           {"body", QString(Limits::CommentBodyMax + 1, QLatin1Char('b'))}}
            << "field 'body' must be at most 10000 characters";
        QTest::newRow("comment delete unknown field")
            << "comment.delete" << QJsonObject{{"id", A}, {"reason", "x"}}
            << "unknown field 'reason'";
        QTest::newRow("flag type") << "post.pin" << QJsonObject{{"id", A}, {"pinned", "yes"}}
                                   << "field 'pinned' must be true or false";
        QTest::newRow("join names nothing")
            << "membership.join" << QJsonObject{} << "field 'communityId' is required";
        QTest::newRow("role required")
            << "membership.setRole" << QJsonObject{{"communityId", A}, {"userId", B}}
            << "field 'role' is required";
        QTest::newRow("emoji with a space")
            << "reaction.set"
            << QJsonObject{{"targetType", "post"}, {"targetId", A}, {"emoji", "a b"}}
            << "field 'emoji' must not contain spaces or control characters";
        QTest::newRow("event ends first")
            << "event.create"
            << QJsonObject{{"id", A},        {"communityId", B}, {"title", "T"},
                           {"startsAt", 10}, {"endsAt", 5},      {"place", "here"}}
            << "field 'endsAt' must not be before 'startsAt'";
        QTest::newRow("event nowhere") << "event.create"
                                       << QJsonObject{{"id", A},
                                                      {"communityId", B},
                                                      {"title", "T"},
                                                      {"startsAt", 10},
                                                      {"endsAt", 10}}
                                       << "an event needs a 'place' or a 'link'";
        QTest::newRow("event edit nothing") << "event.edit" << QJsonObject{{"id", A}}
                                            << "an edit needs at least one field to change";
        QTest::newRow("rsvp waitlisted")
            << "rsvp.set" << QJsonObject{{"eventId", A}, {"status", "waitlisted"}}
            << "field 'status' must be one of: going, maybe, not_going";
        QTest::newRow("mark read both")
            << "notification.markRead" << QJsonObject{{"ids", QJsonArray{"n1"}}, {"all", true}}
            << "give either field 'ids' or 'all', not both";
        QTest::newRow("mark read neither") << "notification.markRead" << QJsonObject{}
                                           << "give field 'ids' (a non-empty array) or 'all': true";
        QTest::newRow("blank id in list")
            << "notification.markRead" << QJsonObject{{"ids", QJsonArray{"n1", " "}}}
            << "field 'ids' must hold non-empty strings of at most 64 characters";
        QTest::newRow("alert level without community")
            << "alerts.set" << QJsonObject{{"level", "none"}}
            << "give fields 'communityId' and 'level' together";
        QTest::newRow("alert level unknown")
            << "alerts.set" << QJsonObject{{"communityId", A}, {"level", "loud"}}
            << "field 'level' must be one of: all, mentions, none";
        QTest::newRow("alerts with nothing") << "alerts.set" << QJsonObject{}
                                             << "give 'communityId' and 'level', or 'digest', "
                                                "or both";
        QTest::newRow("digest not a flag") << "alerts.set" << QJsonObject{{"digest", "daily"}}
                                           << "field 'digest' must be true or false";
    }

    void refusalsNameTheField() {
        QFETCH(QString, name);
        QFETCH(QJsonObject, args);
        QFETCH(QString, message);
        QCOMPARE(problem(name, args, ArgsCheck::Strict), message);
    }

    void shapeReadingLeavesTheLimitsToTheServer() {
        // What the cache stores of a member's write: read even where hearthd would refuse it
        // (the refusal then comes back from the server, with its reason, on the kept write).
        QCOMPARE(problem(QStringLiteral("post.create"),
                         json("{'id':'p1','communityId':'c1','body':'','kind':'rant',"
                              "'colour':'red'}"),
                         ArgsCheck::Shape),
                 QString());
        QCOMPARE(
            problem(QStringLiteral("post.edit"), json("{'id':'p1','version':1}"), ArgsCheck::Shape),
            QString());
        // It still needs the fields and their types.
        QCOMPARE(problem(QStringLiteral("post.create"), json("{'id':'p1','body':'x'}"),
                         ArgsCheck::Shape),
                 QStringLiteral("field 'communityId' is required"));
        QCOMPARE(problem(QStringLiteral("rsvp.set"), json("{'eventId':'e1','status':3}"),
                         ArgsCheck::Shape),
                 QStringLiteral("field 'status' must be a string"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolArgs)
#include "tst_protocol_args.moc"
