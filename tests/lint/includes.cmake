# lint_includes: each folder includes only the headers of the folders it may depend on, so an
# arrow that points the wrong way fails here (and, thanks to the include roots, at compile time).
#
#   folder                    may include
#   app/                      everything
#   models/ (not cache/)      models, cache, protocol           models never net
#   models/cache/             cache, protocol                   cache never models or net
#   net/ (not protocol/)      net, cache, protocol              net never models
#   net/protocol/             protocol                          protocol includes nothing of ours
#   server/storage/           storage, protocol                 storage nothing of domain/http
#   server/domain/            domain, storage, protocol         domain nothing of http
#   server/http/              http, domain, storage, protocol   http nothing of server/*.h
#   server/ (the rest)        server/..., protocol              server only protocol
#
# An include is ours when it starts with protocol/, cache/, net/, models/ or server/, quoted or in
# angle brackets; one that climbs out of its folder ("../x.h") is refused everywhere.
#
#   cmake -DROOT=<source tree> -P includes.cmake
# Prints one line per violation (file:line: the include and the rule) and exits non-zero.
cmake_minimum_required(VERSION 3.21)

if(NOT ROOT)
    get_filename_component(ROOT "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()

# Where a path belongs: the first "<prefix>=<area>" of a table whose prefix starts it ("" when
# none does). Order matters: the deeper folder first.
set(file_areas app/=app net/protocol/=protocol net/=net models/cache/=cache models/=models
    server/storage/=storage server/domain/=domain server/http/=http server/=server)
set(include_areas protocol/=protocol cache/=cache net/=net models/=models
    server/storage/=storage server/domain/=domain server/http/=http server/=server)
function(area_of path table out)
    set(area "")
    foreach(entry IN LISTS ${table})
        string(REPLACE "=" ";" pair "${entry}")
        list(GET pair 0 prefix)
        string(FIND "${path}" "${prefix}" at)
        if(at EQUAL 0)
            list(GET pair 1 area)
            break()
        endif()
    endforeach()
    set(${out} "${area}" PARENT_SCOPE)
endfunction()

set(allowed_app protocol cache net models storage domain http server)
set(allowed_models models cache protocol)
set(allowed_cache cache protocol)
set(allowed_net net cache protocol)
set(allowed_protocol protocol)
set(allowed_storage storage protocol)
set(allowed_domain domain storage protocol)
set(allowed_http http domain storage protocol)
set(allowed_server server http domain storage protocol)

set(server_areas storage domain http server)

set(rule_models "models never include net (or server)")
set(rule_cache "cache never includes models or net (or server)")
set(rule_net "net never includes models (or server)")
set(rule_protocol "protocol includes nothing of ours")
set(rule_storage "server/storage includes nothing of domain, http or the composition")
set(rule_domain "server/domain includes nothing of http or the composition")
set(rule_http "server/http includes nothing of the composition (server/*.h)")
set(rule_server "server includes only protocol")

file(GLOB_RECURSE sources RELATIVE "${ROOT}" LIST_DIRECTORIES false
    "${ROOT}/app/*.h" "${ROOT}/app/*.cpp"
    "${ROOT}/models/*.h" "${ROOT}/models/*.cpp"
    "${ROOT}/net/*.h" "${ROOT}/net/*.cpp"
    "${ROOT}/server/*.h" "${ROOT}/server/*.cpp")
list(SORT sources)

set(violations 0)
foreach(source IN LISTS sources)
    area_of("${source}" file_areas from)
    if(from STREQUAL "")
        continue()
    endif()
    file(STRINGS "${ROOT}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    if(NOT includes)
        continue()
    endif()
    unset(content)
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" spelling
               "${line}")
        area_of("${spelling}" include_areas to)
        set(problem "")
        if(spelling MATCHES "(^|/)\\.\\./")
            set(problem "climbs out of its folder: spell it by its target's prefix")
        elseif(NOT to STREQUAL "" AND NOT to IN_LIST allowed_${from})
            set(rule "${rule_${from}}")
            # A server layer reaching into the client breaks the outer rule, not its layer's.
            if(from IN_LIST server_areas AND NOT to IN_LIST server_areas)
                set(rule "${rule_server}")
            endif()
            string(REPLACE ";" ", " may "${allowed_${from}}")
            set(problem "breaks the rule \"${rule}\" (${from} may include: ${may})")
        endif()
        if(problem STREQUAL "")
            continue()
        endif()
        # The line number, found only for the rare offending line.
        if(NOT DEFINED content)
            file(READ "${ROOT}/${source}" content)
        endif()
        string(FIND "${content}" "${line}" at)
        string(SUBSTRING "${content}" 0 ${at} before)
        string(REGEX MATCHALL "\n" newlines "${before}")
        list(LENGTH newlines number)
        math(EXPR number "${number} + 1")
        string(STRIP "${line}" shown)
        message(NOTICE "${source}:${number}: ${shown} ${problem}")
        math(EXPR violations "${violations} + 1")
    endforeach()
endforeach()

list(LENGTH sources checked)
if(violations GREATER 0)
    message(FATAL_ERROR "lint_includes: ${violations} include(s) cross a folder boundary "
                        "(${checked} files checked; the rules are at the top of "
                        "tests/lint/includes.cmake and in docs/architecture.md)")
endif()
message(STATUS "lint_includes: ${checked} files, every include within its folder's rules")
