// libFuzzer target: every mutation's typed args (AllMutationArgs in protocol/mutationargs.h).
// The first byte picks the args type, the second how strictly to read (hearthd's Strict or the
// app cache's Shape); the rest is the args object. Properties: no sanitizer report; what is
// accepted encodes and decodes back to the same bytes under the same check; what Strict accepts,
// Shape accepts too, as the same value (the app must never refuse to store a write hearthd
// would take).

#include "fuzzcheck.h"

#include "protocol/mutationargs.h"

#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>

using namespace hearth::protocol;
using hearth::fuzz::fail;
using hearth::fuzz::fromObjectBytes;
using hearth::fuzz::jsonObject;
using hearth::fuzz::requireStable;

namespace {

template<typename Args> void readArgs(ArgsCheck check, const QByteArray &body) {
    const auto decode = fromObjectBytes<Args>(
        [check](const QJsonObject &o, QString *error) { return Args::fromJson(o, error, check); });
    QString error;
    const std::optional<Args> args = decode(body, &error);
    requireStable<Args>(Args::Name, args, decode);
    if (args && check == ArgsCheck::Strict) {
        const std::optional<Args> shaped =
            Args::fromJson(*jsonObject(body), &error, ArgsCheck::Shape);
        if (!shaped)
            fail(Args::Name, QStringLiteral("Strict accepts what Shape refuses: ") + error, body);
        if (!(*shaped == *args))
            fail(Args::Name, QStringLiteral("Strict and Shape read different values"), body);
    }
}

template<std::size_t... I>
void dispatch(std::size_t which, ArgsCheck check, const QByteArray &body,
              std::index_sequence<I...>) {
    ((which == I ? readArgs<std::tuple_element_t<I, AllMutationArgs>>(check, body) : void()), ...);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    constexpr std::size_t count = std::tuple_size_v<AllMutationArgs>;
    const ArgsCheck check = data[1] & 1 ? ArgsCheck::Shape : ArgsCheck::Strict;
    const QByteArray body(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    dispatch(data[0] % count, check, body, std::make_index_sequence<count>{});
    return 0;
}
