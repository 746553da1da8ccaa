#pragma once
// A cache as a sync fills it for Sam (the demo account) in two micro communities: members with
// whole profiles, posts, events with seats, a waitlist and answers, and notifications of every
// kind. Sam is a plain member of the makers and a moderator of the trail club, whose organizer
// window holds a join request (Ravi), a ban (Tobias) and reports, open and resolved. The QML tests
// of the people, events and notifications pages run over it. Everything is built through the shared
// wire codecs, so the cache applies exactly what hearthd would send.

#include <QByteArray>
#include <QVariantMap>

namespace hearth::testing {

struct PagesFixture {
    // One GET /v1/sync page with all of it; times are relative to `now` (ms since the epoch).
    static QByteArray syncPage(qint64 now);
    // The ids the tests refer to: me, maren, ada, cal, nadia, june, ravi, tom, makers, trail, raku,
    // spoons, hills, moon, demoNight, glazePost, jarPost, rudeComment, the trail club's reports
    // (rudeReport and hillReport open; banterReport dismissed, spamReport removed),
    // replyNotification, mentionNotification, reminderNotification, joinNotification,
    // goneNotification, and "meName".
    static QVariantMap ids();
};

} // namespace hearth::testing
