#include "vocabulary.h"

namespace hearth::protocol {

namespace {
QStringList words(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromLatin1(word));
    return out;
}
} // namespace

const QStringList &PostKind::all() {
    static const QStringList list = words({Discussion, Question, Showcase, Resource, Announcement});
    return list;
}

const QStringList &PostKind::forMembers() {
    static const QStringList list = words({Discussion, Question, Showcase, Resource});
    return list;
}

const QStringList &Visibility::all() {
    static const QStringList list = words({Public, Request, Invite});
    return list;
}

const QStringList &Role::all() {
    static const QStringList list = words({Owner, Moderator, Member});
    return list;
}

const QStringList &MembershipState::all() {
    static const QStringList list = words({Active, Pending, Banned});
    return list;
}

const QStringList &RsvpStatus::all() {
    static const QStringList list = words({Going, Waitlisted, Maybe, NotGoing});
    return list;
}

const QStringList &RsvpStatus::answers() {
    static const QStringList list = words({Going, Maybe, NotGoing});
    return list;
}

const QStringList &TargetType::all() {
    static const QStringList list = words({Post, Comment});
    return list;
}

const QStringList &ReportAction::all() {
    static const QStringList list = words({Remove, Dismiss});
    return list;
}

const QStringList &ReportStatus::all() {
    static const QStringList list = words({Open, Removed, Dismissed});
    return list;
}

const QStringList &NotificationKind::all() {
    static const QStringList list =
        words({Mention, Reply, EventReminder, JoinRequest, JoinApproved, JoinDenied});
    return list;
}

const QStringList &AlertLevel::all() {
    static const QStringList list = words({All, Mentions, None});
    return list;
}

} // namespace hearth::protocol
