# Layering.cmake - the dependency rule between schemac's libraries, checked on every build
# (cmake -P cmake/Layering.cmake -DSOURCE_DIR=... -DSTAMP=...): a source file may include
# headers of its own library and of the libraries listed for it below, and nothing else of
# schemac's. A wrong include fails the build with the file, the line and the rule.
#
# Lower layers first; each may use only what is listed (not transitively).
cmake_minimum_required(VERSION 3.20)

set(layers
  "support:"
  "ir:support"
  "grammar:"
  "frontend:grammar,ir,support"
  "format:frontend,grammar,ir,support"
  "passes/diff:ir,support"
  "passes/lint:passes/diff,ir,support"
  "backends/postgres:ir,support"
  "backends/prisma:ir,support"
  "backends/docs:backends/postgres,backends/prisma,ir,support"
  "migrate:passes/diff,backends/postgres,ir,support"
  "seed:backends/postgres,ir,support"
  "analyze:backends/postgres,ir,support"
  "deploy:migrate,seed,passes/lint,passes/diff,backends/postgres,ir,support"
  "tools/driver:frontend,backends/postgres,ir,support")
# The headers ANTLR generates from grammar/ (included by name, without a folder).
set(generated_headers PrismaLexer.h PrismaParser.h PrismaParserVisitor.h PrismaParserBaseVisitor.h)
set(libraries support ir grammar frontend format passes/diff passes/lint backends/postgres
  backends/prisma backends/docs migrate seed analyze deploy tools/driver tools/schemac
  tools/schemac-opt)

# The longest of `candidates` that is a folder prefix of `path` (empty when none is).
function(longest_folder_prefix out path)
  set(best "")
  foreach(candidate ${ARGN})
    string(LENGTH "${candidate}/" length)
    string(SUBSTRING "${path}" 0 ${length} prefix)
    string(LENGTH "${best}" best_length)
    string(LENGTH "${candidate}" candidate_length)
    if(prefix STREQUAL "${candidate}/" AND candidate_length GREATER best_length)
      set(best ${candidate})
    endif()
  endforeach()
  set(${out} "${best}" PARENT_SCOPE)
endfunction()

set(errors "")
foreach(layer ${layers})
  string(REPLACE ":" ";" parts "${layer}")
  list(GET parts 0 library)
  list(LENGTH parts n)
  set(allowed ${library})
  if(n GREATER 1)
    list(GET parts 1 deps)
    string(REPLACE "," ";" deps "${deps}")
    list(APPEND allowed ${deps})
  endif()
  file(GLOB_RECURSE files ${SOURCE_DIR}/${library}/*.h ${SOURCE_DIR}/${library}/*.cpp
    ${SOURCE_DIR}/${library}/*.def ${SOURCE_DIR}/${library}/*.g4)
  foreach(file ${files})
    # A file of a nested library (passes/diff under passes) is checked as that library.
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
    longest_folder_prefix(owner "${relative}" ${libraries})
    if(NOT owner STREQUAL library)
      continue()
    endif()
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line ${includes})
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" header "${line}")
      if(header IN_LIST generated_headers)
        if(NOT "grammar" IN_LIST allowed)
          string(APPEND errors "${relative}: includes ${header}, generated from grammar/, "
            "which ${library} may not use\n")
        endif()
        continue()
      endif()
      # Only schemac's own folders are checked (llvm/, fmt/, local headers are not).
      longest_folder_prefix(target "${header}" ${libraries} passes backends tools)
      if(target STREQUAL "" OR target IN_LIST allowed)
        continue()
      endif()
      string(APPEND errors "${relative}: includes \"${header}\": ${library} may use only "
        "${allowed} (cmake/Layering.cmake)\n")
    endforeach()
  endforeach()
endforeach()
if(errors)
  message(FATAL_ERROR "layering violations:\n${errors}")
endif()
file(WRITE ${STAMP} "ok\n")
