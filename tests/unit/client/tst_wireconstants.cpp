// WireConstants as QML reads it: the words a page offers are exactly those hearthd accepts, and
// each text limit is where hearthd starts refusing — text of the limit's length passes the strict
// args check hearthd validates with (net/protocol), one character more is refused naming the
// field. A limit moved in net/protocol but not here, or the other way round, fails.

#include "protocol/limits.h"
#include "protocol/mutationargs.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using namespace hearth::protocol;

namespace {

const QString CommunityId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString ObjectId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000001");
const QString UserId = QStringLiteral("7d3c2a8e-0000-4000-8000-000000000002");

// The problem hearthd would answer for `args` ("" when it accepts them).
template<typename Args> QString refusal(const Args &args) {
    QString error;
    const auto read = Args::fromJson(args.toJson(), &error, ArgsCheck::Strict);
    return read ? QString() : error;
}

PostCreateArgs postArgs() {
    PostCreateArgs args;
    args.id = ObjectId;
    args.communityId = CommunityId;
    args.title = QStringLiteral("Kiln temperatures");
    args.body = QStringLiteral("What cone do you fire to?");
    return args;
}

CommunityCreateArgs communityArgs() {
    CommunityCreateArgs args;
    args.id = CommunityId;
    args.slug = QStringLiteral("potters");
    args.name = QStringLiteral("Potters");
    return args;
}

ProfileUpdateArgs profileArgs() {
    ProfileUpdateArgs args;
    args.id = UserId;
    args.version = 1;
    args.displayName = QStringLiteral("Ada");
    return args;
}

EventCreateArgs eventArgs() {
    EventCreateArgs args;
    args.id = ObjectId;
    args.communityId = CommunityId;
    args.title = QStringLiteral("Open studio");
    args.startsAt = 1700000000000;
    args.endsAt = 1700003600000;
    args.place = QStringLiteral("The barn");
    return args;
}

} // namespace

class TestWireConstants : public QObject {
    Q_OBJECT

private:
    QQmlEngine m_engine;
    QObject *m_wire = nullptr; // the engine's instance
    std::unique_ptr<QObject> m_holder;

    int limit(const char *property) const {
        const QVariant value = m_wire->property(property);
        if (!value.isValid())
            qFatal("WireConstants has no property %s", property);
        return value.toInt();
    }
    QStringList words(const char *property) const {
        return m_wire->property(property).toStringList();
    }

    // `apply(args, text)` puts text into the field under test.
    template<typename Args, typename Set>
    void checkTextLimit(Args args, const char *property, const char *field, Set apply) {
        const int max = limit(property);
        QVERIFY2(max > 0, property);
        apply(args, QString(max, QLatin1Char('x')));
        QCOMPARE(refusal(args), QString());
        apply(args, QString(max + 1, QLatin1Char('x')));
        const QString problem = refusal(args);
        QVERIFY2(problem.contains(QLatin1StringView(field)),
                 qPrintable(QStringLiteral("%1 + 1 characters: '%2'")
                                .arg(QLatin1StringView(property), problem)));
    }

private Q_SLOTS:
    void initTestCase() {
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&m_engine);
        component.setData("import QtQml\nimport Hearth.Models\n"
                          "QtObject { readonly property QtObject wire: WireConstants }\n",
                          QUrl(QStringLiteral("wireconstants.qml")));
        m_holder.reset(component.create());
        QVERIFY2(m_holder, qPrintable(component.errorString()));
        m_wire = m_holder->property("wire").value<QObject *>();
        QVERIFY(m_wire);
        QCOMPARE(m_wire->metaObject()->className(), "hearth::models::WireConstants");
    }

    void postKindsAreTheOnesHearthdAccepts() {
        const QStringList kinds = words("postKinds");
        QVERIFY(!kinds.isEmpty());
        for (const QString &kind : kinds) {
            auto args = postArgs();
            args.kind = kind;
            QVERIFY2(refusal(args).isEmpty(), qPrintable(kind));
        }
        auto unknown = postArgs();
        unknown.kind = QStringLiteral("rant");
        QVERIFY(refusal(unknown).contains(QLatin1StringView("kind")));

        // Members are offered every kind but the organizers' announcement; the default is one.
        QStringList forMembers = kinds;
        forMembers.removeAll(QStringLiteral("announcement"));
        QCOMPARE(words("memberPostKinds"), forMembers);
        QVERIFY(forMembers.contains(m_wire->property("defaultPostKind").toString()));
    }

    void answersRolesAndVisibilitiesAreTheOnesHearthdAccepts() {
        const QStringList answers = words("rsvpAnswers");
        QVERIFY(!answers.isEmpty());
        for (const QString &answer : answers) {
            QVERIFY2(refusal(RsvpSetArgs{ObjectId, answer}).isEmpty(), qPrintable(answer));
            QVERIFY(words("rsvpStatuses").contains(answer));
        }
        // What the server may store but a member cannot answer.
        QVERIFY(words("rsvpStatuses").contains(QStringLiteral("waitlisted")));
        QVERIFY(!answers.contains(QStringLiteral("waitlisted")));
        QVERIFY(!refusal(RsvpSetArgs{ObjectId, QStringLiteral("waitlisted")}).isEmpty());

        for (const QString &role : words("roles"))
            QVERIFY2(refusal(MembershipSetRoleArgs{{CommunityId, UserId}, role}).isEmpty(),
                     qPrintable(role));
        const QStringList visibilities = words("visibilities");
        QVERIFY(!visibilities.isEmpty());
        for (const QString &visibility : visibilities) {
            auto args = communityArgs();
            args.visibility = visibility;
            QVERIFY2(refusal(args).isEmpty(), qPrintable(visibility));
        }
    }

    void textLimitsAreWhereHearthdStartsRefusing() {
        checkTextLimit(postArgs(), "postTitleMaxLength", "title",
                       [](PostCreateArgs &a, const QString &t) { a.title = t; });
        checkTextLimit(postArgs(), "postBodyMaxLength", "body",
                       [](PostCreateArgs &a, const QString &t) { a.body = t; });
        checkTextLimit(CommentCreateArgs{ObjectId, ObjectId, QString(), QStringLiteral("Hi")},
                       "commentBodyMaxLength", "body",
                       [](CommentCreateArgs &a, const QString &t) { a.body = t; });
        checkTextLimit(communityArgs(), "communityNameMaxLength", "name",
                       [](CommunityCreateArgs &a, const QString &t) { a.name = t; });
        checkTextLimit(communityArgs(), "taglineMaxLength", "tagline",
                       [](CommunityCreateArgs &a, const QString &t) { a.tagline = t; });
        checkTextLimit(communityArgs(), "descriptionMaxLength", "description",
                       [](CommunityCreateArgs &a, const QString &t) { a.description = t; });
        checkTextLimit(communityArgs(), "welcomeMaxLength", "welcome",
                       [](CommunityCreateArgs &a, const QString &t) { a.welcome = t; });
        checkTextLimit(eventArgs(), "eventTitleMaxLength", "title",
                       [](EventCreateArgs &a, const QString &t) { a.title = t; });
        checkTextLimit(eventArgs(), "eventPlaceMaxLength", "place",
                       [](EventCreateArgs &a, const QString &t) { a.place = t; });
        checkTextLimit(MembershipBanArgs{{CommunityId, UserId}, QString()}, "reasonMaxLength",
                       "reason", [](MembershipBanArgs &a, const QString &t) { a.reason = t; });
        checkTextLimit(profileArgs(), "displayNameMaxLength", "displayName",
                       [](ProfileUpdateArgs &a, const QString &t) { a.displayName = t; });
        checkTextLimit(profileArgs(), "bioMaxLength", "bio",
                       [](ProfileUpdateArgs &a, const QString &t) { a.bio = t; });
        checkTextLimit(profileArgs(), "interestMaxLength", "interests",
                       [](ProfileUpdateArgs &a, const QString &t) { a.interests = {t}; });
        checkTextLimit(profileArgs(), "linkLabelMaxLength", "label", [](auto &a, const QString &t) {
            a.links = {{t, QStringLiteral("https://ada.example")}};
        });
        checkTextLimit(profileArgs(), "showcaseTitleMaxLength", "title",
                       [](ProfileUpdateArgs &a, const QString &t) {
                           a.showcase = {{t, {}, {}, {}}};
                       });
        checkTextLimit(profileArgs(), "showcaseTextMaxLength", "text",
                       [](ProfileUpdateArgs &a, const QString &t) {
                           a.showcase = {{QStringLiteral("Jar"), t, {}, {}}};
                       });
    }

    // How many tags, links and showcase items a profile holds: that many pass, one more is
    // refused naming the list.
    void profileListCapsAreWhereHearthdStartsRefusing() {
        auto args = profileArgs();
        for (int i = 0; i < limit("maxInterests"); ++i)
            args.interests.append(QStringLiteral("tag%1").arg(i));
        for (int i = 0; i < limit("maxLinks"); ++i)
            args.links.append({QString(), QStringLiteral("https://ada.example/%1").arg(i)});
        for (int i = 0; i < limit("maxShowcaseItems"); ++i)
            args.showcase.append({QStringLiteral("Piece %1").arg(i), {}, {}, {}});
        QCOMPARE(refusal(args), QString());
        auto more = args;
        more.interests.append(QStringLiteral("one more"));
        QVERIFY(refusal(more).contains(QLatin1StringView("interests")));
        more = args;
        more.links.append({QString(), QStringLiteral("https://ada.example/more")});
        QVERIFY(refusal(more).contains(QLatin1StringView("links")));
        more = args;
        more.showcase.append({QStringLiteral("More"), {}, {}, {}});
        QVERIFY(refusal(more).contains(QLatin1StringView("showcase")));
        // A link's address: up to the limit it passes (when it is a web address).
        auto url = profileArgs();
        const QString base = QStringLiteral("https://ada.example/");
        url.links = {
            {QString(), base + QString(limit("urlMaxLength") - base.size(), QLatin1Char('x'))}};
        QCOMPARE(refusal(url), QString());
        url.links[0].url.append(QLatin1Char('x'));
        QVERIFY(refusal(url).contains(QLatin1StringView("url")));
    }

    void memberCapRangeIsWhereHearthdStartsRefusing() {
        auto args = communityArgs();
        QCOMPARE(args.memberCap, limit("memberCapDefault"));
        // What the founder's page proposes is a cap hearthd takes.
        for (const char *bound : {"memberCapMin", "memberCapMax", "memberCapSuggested"}) {
            args.memberCap = limit(bound);
            QVERIFY2(refusal(args).isEmpty(), bound);
        }
        args.memberCap = limit("memberCapMax") + 1;
        QVERIFY(refusal(args).contains(QLatin1StringView("memberCap")));
        args.memberCap = limit("memberCapMin") - 1;
        QVERIFY(refusal(args).contains(QLatin1StringView("memberCap")));
    }
};

QTEST_GUILESS_MAIN(TestWireConstants)
#include "tst_wireconstants.moc"
