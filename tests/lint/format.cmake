# lint_format: every git-tracked C++ file is formatted as the repository's .clang-format says
# (clang-format 14, Debian 12's; another major version formats differently, so the check then
# skips with a reason rather than fail on the tool).
#
#   cmake -DROOT=<source tree> [-DCLANG_FORMAT=<path>] -P format.cmake
# Lists the files that differ and exits non-zero; "SKIPPED:" and exit 0 without the tool or git.
cmake_minimum_required(VERSION 3.21)

if(NOT ROOT)
    get_filename_component(ROOT "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()

function(skip why)
    message(NOTICE "SKIPPED: lint_format: ${why}")
    # CMake 3.21 cannot end a script with an exit code of its choice but through an error, so a
    # skip is the notice above and a normal end.
    set(skipped TRUE PARENT_SCOPE)
endfunction()

if(NOT CLANG_FORMAT)
    find_program(CLANG_FORMAT NAMES clang-format-14 clang-format)
endif()
if(NOT CLANG_FORMAT)
    skip("clang-format is not installed (./dev installs it)")
    return()
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --version OUTPUT_VARIABLE version)
if(NOT version MATCHES "version 14\\.")
    string(STRIP "${version}" version)
    skip("${CLANG_FORMAT} is \"${version}\"; the tree is formatted with clang-format 14")
    return()
endif()

find_program(GIT git)
if(NOT GIT OR NOT EXISTS "${ROOT}/.git")
    skip("not a git checkout: the check covers the files git tracks")
    return()
endif()
# Tracked files, and new ones git does not ignore, as they are in the working tree.
execute_process(COMMAND "${GIT}" ls-files --cached --others --exclude-standard -- "*.h" "*.cpp"
                WORKING_DIRECTORY "${ROOT}" OUTPUT_VARIABLE tracked RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    skip("git ls-files failed in ${ROOT}")
    return()
endif()
string(REPLACE "\n" ";" files "${tracked}")
set(present "")
foreach(f IN LISTS files)
    if(NOT f STREQUAL "" AND EXISTS "${ROOT}/${f}")
        list(APPEND present "${f}")
    endif()
endforeach()
set(files ${present})
list(REMOVE_DUPLICATES files)
list(LENGTH files count)

# One clang-format run over every file is much faster than one per file.
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror --style=file ${files}
                WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]+: error: code should be clang-formatted" lines "${out}")
    set(differ "")
    foreach(l IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted$" "" f "${l}")
        list(APPEND differ "${f}")
    endforeach()
    list(REMOVE_DUPLICATES differ)
    list(LENGTH differ n)
    foreach(f IN LISTS differ)
        message(NOTICE "${f}: not formatted as .clang-format says (clang-format -i ${f})")
    endforeach()
    if(n EQUAL 0)
        message(NOTICE "${out}")
    endif()
    message(FATAL_ERROR "lint_format: ${n} of ${count} C++ files differ from clang-format 14's "
                        "output")
endif()
message(STATUS "lint_format: ${count} files, all clang-formatted")
