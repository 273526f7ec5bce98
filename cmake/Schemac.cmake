# Schemac.cmake - generate SQL from Prisma schemas at build time.
#
#   include(path/to/schemac/cmake/Schemac.cmake)
#   schemac_add_sql(<target> SCHEMA <file.prisma | folder | file.sir> OUTPUT <file.sql> [ALL])
#
# Adds a custom command that runs `schemac diff --from-empty --to <SCHEMA> -o <OUTPUT>`
# and a target <target> that depends on it. schemac writes a depfile listing every schema
# file it read, so the SQL is regenerated when (and only when) one of them changes, also
# for a folder of .prisma files; a file added to such a folder is picked up at the next
# configure. The output is written atomically.
#
# schemac is the `schemac` target when it is part of the same build, otherwise the
# program found in SCHEMAC_EXECUTABLE or on the PATH.
if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "Schemac.cmake needs CMake 3.20 or later (DEPFILE with Makefiles)")
endif()

function(schemac_add_sql target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "ALL" "SCHEMA;OUTPUT" "")
  if(NOT ARG_SCHEMA OR NOT ARG_OUTPUT)
    message(FATAL_ERROR "schemac_add_sql(${target}): SCHEMA and OUTPUT are required")
  endif()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "schemac_add_sql(${target}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  get_filename_component(schema "${ARG_SCHEMA}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(output "${ARG_OUTPUT}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  if(TARGET schemac)
    set(tool "$<TARGET_FILE:schemac>")
    set(tool_dependency schemac)
  else()
    if(NOT SCHEMAC_EXECUTABLE)
      find_program(SCHEMAC_EXECUTABLE schemac REQUIRED)
    endif()
    set(tool "${SCHEMAC_EXECUTABLE}")
    set(tool_dependency "${SCHEMAC_EXECUTABLE}")
  endif()
  # The schema files known now; the depfile keeps the list exact between configures.
  if(IS_DIRECTORY "${schema}")
    file(GLOB_RECURSE schema_files CONFIGURE_DEPENDS "${schema}/*.prisma")
  else()
    set(schema_files "${schema}")
  endif()
  cmake_policy(PUSH)
  cmake_policy(SET CMP0116 NEW) # depfile paths relative to the build folder
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${tool}" diff --from-empty --to "${schema}" -o "${output}" -MD -MF "${output}.d"
    DEPENDS ${schema_files} ${tool_dependency}
    DEPFILE "${output}.d"
    COMMENT "schemac: generating ${ARG_OUTPUT}"
    VERBATIM)
  cmake_policy(POP)
  if(ARG_ALL)
    add_custom_target(${target} ALL DEPENDS "${output}")
  else()
    add_custom_target(${target} DEPENDS "${output}")
  endif()
endfunction()
