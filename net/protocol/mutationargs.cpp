#include "mutationargs.h"

namespace hearth::protocol {

QStringList mutationNames() {
    return std::apply(
        [](auto... args) { return QStringList{QString::fromLatin1(decltype(args)::Name)...}; },
        AllMutationArgs{});
}

} // namespace hearth::protocol
