# StaticDowncasts.cmake - run on the generated PrismaParser.cpp after ANTLR.
#
# ANTLR 4.7.2's C++ target assigns every rule label through
#   dynamic_cast<XContext *>(_localctx)->label = ...
# where _localctx is the context the rule function has just created as an XContext (or
# its labelled-alternative subclass). The type is known, so the check can never fail; but
# a dynamic_cast walks type_info (with strcmp on type names), and these casts were 8% of
# the parser's instructions on a 1,000-model schema (callgrind). This rewrites
# exactly those casts to static_cast; the visitor's checked casts are left alone.
#
# Usage: cmake -DFILE=PrismaParser.cpp -P StaticDowncasts.cmake
file(READ "${FILE}" text)
string(REGEX REPLACE "dynamic_cast<([A-Za-z]+Context \\*)>" "static_cast<\\1>" patched "${text}")
if(patched STREQUAL text)
  message(FATAL_ERROR "StaticDowncasts.cmake: no context cast found in ${FILE}; has the ANTLR version changed?")
endif()
file(WRITE "${FILE}" "${patched}")
