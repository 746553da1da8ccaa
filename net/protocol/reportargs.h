#pragma once
// Args of report.create and report.resolve (docs/api.md, Mutations).

#include "argscheck.h"
#include "mutation.h"

namespace hearth::protocol {

struct ReportCreateArgs {
    HEARTH_MUTATION_ARGS(ReportCreateArgs, MutationName::ReportCreate)
    QString id;
    QString targetType; // TargetType
    QString targetId;
    QString reason;
};

struct ReportResolveArgs {
    HEARTH_MUTATION_ARGS(ReportResolveArgs, MutationName::ReportResolve)
    QString id;
    QString action; // ReportAction
    QString note;
};

} // namespace hearth::protocol
