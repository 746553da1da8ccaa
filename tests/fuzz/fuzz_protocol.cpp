// libFuzzer target: every decoder of net/protocol's wire bodies. The first byte picks the family
// (sync page, history page, change, entity, mutation batch and answers, auth, error, audit page,
// engagement report); for entities the second picks the type. The rest is the body as it would
// arrive. Each decoder must refuse or accept without a sanitizer report, and what it accepts
// must encode and decode back to the same bytes (fuzzcheck.h).

#include "fuzzcheck.h"

#include "protocol/apierror.h"
#include "protocol/auditpage.h"
#include "protocol/auth.h"
#include "protocol/engagementreport.h"
#include "protocol/entities.h"
#include "protocol/historypage.h"
#include "protocol/mutation.h"
#include "protocol/syncpage.h"

#include <cstddef>
#include <cstdint>

using namespace hearth::protocol;
using hearth::fuzz::fromObjectBytes;
using hearth::fuzz::jsonObject;
using hearth::fuzz::requireStable;

namespace {

template<typename T> void objectBody(const char *what, const QByteArray &body) {
    const auto decode = fromObjectBytes<T>(
        [](const QJsonObject &o, QString *error) { return T::fromJson(o, error); });
    QString error;
    requireStable<T>(what, decode(body, &error), decode);
}

template<typename T> void byteBody(const char *what, const QByteArray &body) {
    const auto decode = [](const QByteArray &bytes, QString *error) {
        return T::fromJson(bytes, error);
    };
    QString error;
    requireStable<T>(what, decode(body, &error), decode);
}

void entity(uint8_t which, const QByteArray &body) {
    switch (which % 11) {
    case 0:
        return objectBody<UserProfile>("UserProfile", body);
    case 1:
        return objectBody<Community>("Community", body);
    case 2:
        return objectBody<Membership>("Membership", body);
    case 3:
        return objectBody<Post>("Post", body);
    case 4:
        return objectBody<Comment>("Comment", body);
    case 5:
        return objectBody<Reaction>("Reaction", body);
    case 6:
        return objectBody<Event>("Event", body);
    case 7:
        return objectBody<Rsvp>("Rsvp", body);
    case 8:
        return objectBody<Invite>("Invite", body);
    case 9:
        return objectBody<Report>("Report", body);
    default:
        return objectBody<Notification>("Notification", body);
    }
}

void apiError(const QByteArray &body) {
    const auto decode = [](const QByteArray &bytes, QString *) {
        return ApiError::fromJson(bytes);
    };
    requireStable<ApiError>("ApiError", ApiError::fromJson(body), decode);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const auto rest = [&](size_t skip) {
        return QByteArray(reinterpret_cast<const char *>(data) + skip, qsizetype(size - skip));
    };
    switch (data[0] % 13) {
    case 0:
        byteBody<SyncPage>("SyncPage", rest(1));
        break;
    case 1:
        byteBody<HistoryPage>("HistoryPage", rest(1));
        break;
    case 2: {
        const QByteArray body = rest(1);
        const auto decode = fromObjectBytes<Change>(
            [](const QJsonObject &o, QString *error) { return Change::fromJson(o, error); });
        QString error;
        requireStable<Change>("Change", decode(body, &error), decode);
        break;
    }
    case 3:
        entity(data[1], rest(2));
        break;
    case 4:
        objectBody<MutationBatch>("MutationBatch", rest(1));
        break;
    case 5:
        objectBody<MutationResult>("MutationResult", rest(1));
        break;
    case 6:
        objectBody<MutationResponse>("MutationResponse", rest(1));
        break;
    case 7:
        objectBody<AuthRequest>("AuthRequest", rest(1));
        break;
    case 8:
        objectBody<AuthResponse>("AuthResponse", rest(1));
        break;
    case 9:
        apiError(rest(1));
        break;
    case 10:
        objectBody<AuditPage>("AuditPage", rest(1));
        break;
    case 11:
        objectBody<EngagementReport>("EngagementReport", rest(1));
        break;
    default:
        objectBody<Mutation>("Mutation", rest(1));
        break;
    }
    return 0;
}
