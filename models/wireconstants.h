#pragma once
// The wire's words and limits for QML, from net/protocol (vocabulary.h, limits.h), so a page
// offers exactly the post kinds, roles and RSVP answers hearthd accepts and stops text where
// hearthd would refuse it:
//
//   TextField { maximumLength: WireConstants.postTitleMaxLength }
//   Repeater { model: canAnnounce ? WireConstants.postKinds : WireConstants.memberPostKinds }
//
// Every property is constant; text limits are in characters. The engine makes one instance
// (it holds no state).

#include "protocol/limits.h"
#include "protocol/profileargs.h"
#include "protocol/vocabulary.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace hearth::models {

class WireConstants : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Closed sets of words, in the order a UI offers them.
    Q_PROPERTY(QStringList postKinds READ postKinds CONSTANT)
    Q_PROPERTY(QStringList memberPostKinds READ memberPostKinds CONSTANT) // no announcement
    Q_PROPERTY(QString defaultPostKind READ defaultPostKind CONSTANT)
    Q_PROPERTY(QStringList visibilities READ visibilities CONSTANT)
    Q_PROPERTY(QStringList roles READ roles CONSTANT)
    Q_PROPERTY(QStringList rsvpAnswers READ rsvpAnswers CONSTANT)   // what a member may answer
    Q_PROPERTY(QStringList rsvpStatuses READ rsvpStatuses CONSTANT) // also "waitlisted"
    Q_PROPERTY(QStringList reportActions READ reportActions CONSTANT)

    // Text limits, in characters.
    Q_PROPERTY(int handleMinLength READ handleMinLength CONSTANT)
    Q_PROPERTY(int handleMaxLength READ handleMaxLength CONSTANT)
    Q_PROPERTY(int passwordMinLength READ passwordMinLength CONSTANT)
    Q_PROPERTY(int passwordMaxLength READ passwordMaxLength CONSTANT)
    Q_PROPERTY(int displayNameMaxLength READ displayNameMaxLength CONSTANT)
    Q_PROPERTY(int slugMinLength READ slugMinLength CONSTANT)
    Q_PROPERTY(int slugMaxLength READ slugMaxLength CONSTANT)
    Q_PROPERTY(int communityNameMaxLength READ communityNameMaxLength CONSTANT)
    Q_PROPERTY(int taglineMaxLength READ taglineMaxLength CONSTANT)
    Q_PROPERTY(int descriptionMaxLength READ descriptionMaxLength CONSTANT)
    Q_PROPERTY(int guidelinesMaxLength READ guidelinesMaxLength CONSTANT)
    Q_PROPERTY(int welcomeMaxLength READ welcomeMaxLength CONSTANT)
    Q_PROPERTY(int topicMaxLength READ topicMaxLength CONSTANT)
    Q_PROPERTY(int maxTopics READ maxTopics CONSTANT)
    Q_PROPERTY(int postTitleMaxLength READ postTitleMaxLength CONSTANT)
    Q_PROPERTY(int postBodyMaxLength READ postBodyMaxLength CONSTANT)
    Q_PROPERTY(int commentBodyMaxLength READ commentBodyMaxLength CONSTANT)
    Q_PROPERTY(int emojiMaxLength READ emojiMaxLength CONSTANT)
    Q_PROPERTY(int reasonMaxLength READ reasonMaxLength CONSTANT)
    Q_PROPERTY(int reportReasonMaxLength READ reportReasonMaxLength CONSTANT)
    Q_PROPERTY(int reportNoteMaxLength READ reportNoteMaxLength CONSTANT)
    Q_PROPERTY(int eventTitleMaxLength READ eventTitleMaxLength CONSTANT)
    Q_PROPERTY(int eventDescriptionMaxLength READ eventDescriptionMaxLength CONSTANT)
    Q_PROPERTY(int eventPlaceMaxLength READ eventPlaceMaxLength CONSTANT)
    Q_PROPERTY(int eventLinkMaxLength READ eventLinkMaxLength CONSTANT)
    // Profiles (profile.update): text limits, and how many tags, links and showcase items.
    Q_PROPERTY(int bioMaxLength READ bioMaxLength CONSTANT)
    Q_PROPERTY(int interestMaxLength READ interestMaxLength CONSTANT)
    Q_PROPERTY(int maxInterests READ maxInterests CONSTANT)
    Q_PROPERTY(int linkLabelMaxLength READ linkLabelMaxLength CONSTANT)
    Q_PROPERTY(int urlMaxLength READ urlMaxLength CONSTANT)
    Q_PROPERTY(int maxLinks READ maxLinks CONSTANT)
    Q_PROPERTY(int showcaseTitleMaxLength READ showcaseTitleMaxLength CONSTANT)
    Q_PROPERTY(int showcaseTextMaxLength READ showcaseTextMaxLength CONSTANT)
    Q_PROPERTY(int maxShowcaseItems READ maxShowcaseItems CONSTANT)

    // Numeric ranges.
    Q_PROPERTY(int memberCapMin READ memberCapMin CONSTANT)
    Q_PROPERTY(int memberCapMax READ memberCapMax CONSTANT)
    Q_PROPERTY(int memberCapDefault READ memberCapDefault CONSTANT)
    Q_PROPERTY(int memberCapSuggested READ memberCapSuggested CONSTANT) // the app's proposal
    Q_PROPERTY(int eventCapacityMax READ eventCapacityMax CONSTANT)     // 0 = no limit
    Q_PROPERTY(int inviteUsesMax READ inviteUsesMax CONSTANT)           // 0 = no limit

public:
    explicit WireConstants(QObject *parent = nullptr)
        : QObject(parent) {}

    // Whether hearthd takes `url` as a link (a profile's links, a showcase item's): an absolute
    // http or https address with a host.
    Q_INVOKABLE bool isWebUrl(const QString &url) const { return protocol::isWebUrl(url); }

    QStringList postKinds() const { return protocol::PostKind::all(); }
    QStringList memberPostKinds() const { return protocol::PostKind::forMembers(); }
    QString defaultPostKind() const { return QString::fromLatin1(protocol::PostKind::Discussion); }
    QStringList visibilities() const { return protocol::Visibility::all(); }
    QStringList roles() const { return protocol::Role::all(); }
    QStringList rsvpAnswers() const { return protocol::RsvpStatus::answers(); }
    QStringList rsvpStatuses() const { return protocol::RsvpStatus::all(); }
    QStringList reportActions() const { return protocol::ReportAction::all(); }

    int handleMinLength() const { return protocol::Limits::HandleMin; }
    int handleMaxLength() const { return protocol::Limits::HandleMax; }
    int passwordMinLength() const { return protocol::Limits::PasswordMin; }
    int passwordMaxLength() const { return protocol::Limits::PasswordMax; }
    int displayNameMaxLength() const { return protocol::Limits::DisplayNameMax; }
    int slugMinLength() const { return protocol::Limits::SlugMin; }
    int slugMaxLength() const { return protocol::Limits::SlugMax; }
    int communityNameMaxLength() const { return protocol::Limits::CommunityNameMax; }
    int taglineMaxLength() const { return protocol::Limits::TaglineMax; }
    int descriptionMaxLength() const { return protocol::Limits::DescriptionMax; }
    int guidelinesMaxLength() const { return protocol::Limits::GuidelinesMax; }
    int welcomeMaxLength() const { return protocol::Limits::WelcomeMax; }
    int topicMaxLength() const { return protocol::Limits::TopicMax; }
    int maxTopics() const { return protocol::Limits::TopicsMax; }
    int postTitleMaxLength() const { return protocol::Limits::PostTitleMax; }
    int postBodyMaxLength() const { return protocol::Limits::PostBodyMax; }
    int commentBodyMaxLength() const { return protocol::Limits::CommentBodyMax; }
    int emojiMaxLength() const { return protocol::Limits::EmojiMax; }
    int reasonMaxLength() const { return protocol::Limits::ReasonMax; }
    int reportReasonMaxLength() const { return protocol::Limits::ReportReasonMax; }
    int reportNoteMaxLength() const { return protocol::Limits::ReportNoteMax; }
    int eventTitleMaxLength() const { return protocol::Limits::EventTitleMax; }
    int eventDescriptionMaxLength() const { return protocol::Limits::EventDescriptionMax; }
    int eventPlaceMaxLength() const { return protocol::Limits::EventPlaceMax; }
    int eventLinkMaxLength() const { return protocol::Limits::EventLinkMax; }
    int bioMaxLength() const { return protocol::Limits::BioMax; }
    int interestMaxLength() const { return protocol::Limits::InterestMax; }
    int maxInterests() const { return protocol::Limits::InterestsMax; }
    int linkLabelMaxLength() const { return protocol::Limits::LinkLabelMax; }
    int urlMaxLength() const { return protocol::Limits::UrlMax; }
    int maxLinks() const { return protocol::Limits::LinksMax; }
    int showcaseTitleMaxLength() const { return protocol::Limits::ShowcaseTitleMax; }
    int showcaseTextMaxLength() const { return protocol::Limits::ShowcaseTextMax; }
    int maxShowcaseItems() const { return protocol::Limits::ShowcaseMax; }

    int memberCapMin() const { return protocol::Limits::MemberCapMin; }
    int memberCapMax() const { return protocol::Limits::MemberCapMax; }
    int memberCapDefault() const { return protocol::Limits::MemberCapDefault; }
    int memberCapSuggested() const { return protocol::Limits::MemberCapSuggested; }
    int eventCapacityMax() const { return protocol::Limits::EventCapacityMax; }
    int inviteUsesMax() const { return protocol::Limits::InviteUsesMax; }
};

} // namespace hearth::models
