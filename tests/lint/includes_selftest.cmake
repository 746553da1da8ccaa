# lint_includes_catches_violations: includes.cmake fails, naming file, line and rule, on a small
# tree that breaks each rule once, and passes on the same tree with the offending lines removed.
#
#   cmake -DWORK=<scratch dir> -P includes_selftest.cmake
cmake_minimum_required(VERSION 3.21)

set(checker "${CMAKE_CURRENT_LIST_DIR}/includes.cmake")
set(tree "${WORK}/lint-includes-selftest")
file(REMOVE_RECURSE "${tree}")

# <file>|<an include line in it>|<the rule the checker must name>
set(cases
    "models/feedmodel.cpp|#include \"net/syncengine.h\"|models never include net"
    "models/cache/cachestore.cpp|#include \"models/feedmodel.h\"|cache never includes models or net"
    "models/cache/outbox.cpp|#include <net/apiclient.h>|cache never includes models or net"
    "net/syncengine.cpp|#include \"models/feedmodel.h\"|net never includes models"
    "net/protocol/syncpage.cpp|#include \"cache/cachestore.h\"|protocol includes nothing of ours"
    "server/domain/accounts.cpp|#include \"cache/cachestore.h\"|server includes only protocol"
    "server/domain/policy.cpp|#include \"server/http/httpapi.h\"|server/domain includes nothing of http"
    "server/storage/query.cpp|#include \"server/domain/clock.h\"|server/storage includes nothing of domain"
    "server/http/httpapi.cpp|#include \"server/metrics.h\"|server/http includes nothing of the composition"
    "server/server.cpp|#include \"net/session.h\"|server includes only protocol"
    "app/main.cpp|#include \"../server/server.h\"|climbs out of its folder")
# Allowed arrows, which must not be reported.
set(allowed
    "app/main.cpp|#include \"server/server.h\""
    "models/feedmodel.cpp|#include \"cache/cachestore.h\""
    "net/syncengine.cpp|#include \"cache/cachestore.h\""
    "server/http/httpapi.cpp|#include \"server/domain/accounts.h\""
    "server/server.cpp|#include \"server/http/httpapi.h\""
    "server/domain/accounts.cpp|#include \"protocol/auth.h\""
    "tests/unit/tst_anything.cpp|#include \"net/syncengine.h\"")

# Each entry becomes one line of its file; remember where, to look for it in the report.
foreach(entry IN LISTS cases allowed)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 path)
    list(GET parts 1 line)
    set(lines 0)
    if(EXISTS "${tree}/${path}")
        file(STRINGS "${tree}/${path}" existing)
        list(LENGTH existing lines)
    endif()
    math(EXPR number "${lines} + 2")
    file(APPEND "${tree}/${path}" "// a line before it\n${line}\n")
    set(where_${entry} "${path}:${number}: ${line}")
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${tree} -P "${checker}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
set(failures "")
if(rc EQUAL 0)
    list(APPEND failures "the checker passed a tree with violations")
endif()
foreach(entry IN LISTS cases)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 2 rule)
    string(FIND "${out}" "${where_${entry}} " at)
    if(at EQUAL -1)
        list(APPEND failures "not reported: ${where_${entry}}")
    else()
        string(SUBSTRING "${out}" ${at} -1 rest)
        string(REGEX MATCH "^[^\n]*" reported "${rest}")
        string(FIND "${reported}" "${rule}" has_rule)
        if(has_rule EQUAL -1)
            list(APPEND failures "'${reported}' does not name the rule '${rule}'")
        endif()
    endif()
endforeach()
foreach(entry IN LISTS allowed)
    string(FIND "${out}" "${where_${entry}} " at)
    if(NOT at EQUAL -1)
        list(APPEND failures "reported an allowed include: ${where_${entry}}")
    endif()
endforeach()

# The same tree without the violations passes.
foreach(entry IN LISTS cases)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 path)
    list(GET parts 1 line)
    file(READ "${tree}/${path}" content)
    string(REPLACE "${line}\n" "\n" content "${content}")
    file(WRITE "${tree}/${path}" "${content}")
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${tree} -P "${checker}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE clean ERROR_VARIABLE clean)
if(NOT rc EQUAL 0)
    list(APPEND failures "the checker refused a tree without violations:\n${clean}")
endif()

if(failures)
    string(REPLACE ";" "\n  " shown "${failures}")
    message(FATAL_ERROR "includes.cmake misjudged:\n  ${shown}\nIts output was:\n${out}")
endif()
message(STATUS "lint_includes reports every rule it must, and only those")
