#include "engagementreport.h"

#include "wireschema.h"

namespace hearth::protocol {

namespace {

const WireSchema<EngagementWeek> &weekSchema() {
    using A = EngagementWeek;
    static const WireSchema<A> schema{{
        field::integer("start", &A::start),
        field::integer("members", &A::members),
        field::integer("activeMembers", &A::activeMembers),
        field::integer("posts", &A::posts),
        field::integer("comments", &A::comments),
    }};
    return schema;
}

const WireSchema<TopContributor> &contributorSchema() {
    using A = TopContributor;
    static const WireSchema<A> schema{{
        field::text("userId", &A::userId, RequiredText),
        field::text("displayName", &A::displayName, RequiredText),
        field::integer("posts", &A::posts),
        field::integer("comments", &A::comments),
    }};
    return schema;
}

const WireSchema<UnansweredQuestion> &questionSchema() {
    using A = UnansweredQuestion;
    static const WireSchema<A> schema{{
        field::text("postId", &A::postId, RequiredText),
        field::text("title", &A::title, RequiredText),
        field::text("authorId", &A::authorId, RequiredText),
        field::integer("createdAt", &A::createdAt),
    }};
    return schema;
}

const WireSchema<MemberNotSeen> &notSeenSchema() {
    using A = MemberNotSeen;
    static const WireSchema<A> schema{{
        field::text("userId", &A::userId, RequiredText),
        field::text("displayName", &A::displayName, RequiredText),
        field::integer("lastSeenAt", &A::lastSeenAt),
    }};
    return schema;
}

const WireSchema<EventTurnout> &turnoutSchema() {
    using A = EventTurnout;
    static const WireSchema<A> schema{{
        field::text("eventId", &A::eventId, RequiredText),
        field::text("title", &A::title, RequiredText),
        field::integer("startsAt", &A::startsAt),
        field::integer("capacity", &A::capacity),
        field::flag("cancelled", &A::cancelled),
        field::integer("going", &A::going),
        field::integer("waitlisted", &A::waitlisted),
        field::integer("maybe", &A::maybe),
    }};
    return schema;
}

const WireSchema<EngagementReport> &reportSchema() {
    using A = EngagementReport;
    static const WireSchema<A> schema{{
        field::text("communityId", &A::communityId, RequiredText),
        field::integer("generatedAt", &A::generatedAt),
        field::list("weeks", &A::weeks),
        field::list("topContributors", &A::topContributors),
        field::list("unansweredQuestions", &A::unansweredQuestions),
        field::list("membersNotSeen", &A::membersNotSeen),
        field::list("events", &A::events),
        field::integer("questionsAsked", &A::questionsAsked),
        field::integer("questionsAnswered", &A::questionsAnswered),
        field::integer("questionsAnsweredWithinDay", &A::questionsAnsweredWithinDay),
        field::integer("medianFirstAnswerMs", &A::medianFirstAnswerMs),
    }};
    return schema;
}

} // namespace

HEARTH_WIRE_CODEC(EngagementWeek, weekSchema)
HEARTH_WIRE_CODEC(TopContributor, contributorSchema)
HEARTH_WIRE_CODEC(UnansweredQuestion, questionSchema)
HEARTH_WIRE_CODEC(MemberNotSeen, notSeenSchema)
HEARTH_WIRE_CODEC(EventTurnout, turnoutSchema)
HEARTH_WIRE_CODEC(EngagementReport, reportSchema)

} // namespace hearth::protocol
