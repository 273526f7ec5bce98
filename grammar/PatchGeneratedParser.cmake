# PatchGeneratedParser.cmake - run on the generated PrismaParser.cpp after ANTLR.
#
# Five rewrites of per-rule and per-token overhead in ANTLR 4.7.2's C++ output; the grammar
# is untouched and the parser does exactly what it did (SCHEMAC_PATCH_PARSER=OFF builds
# without them, and the tests run on such a build too).
#
# 1. Every rule function starts with
#      auto onExit = finally([=] { exitRule(); });
#    which builds a std::function (and an antlrcpp::FinalAction holding it) per rule call.
#    It becomes `ExitRuleGuard onExit{this};`, a destructor that
#    calls the same exitRule() (ExitRuleGuard is declared in PrismaParser.g4's members).
#
# 2. Every rule label is assigned through
#      dynamic_cast<XContext *>(_localctx)->label = ...
#    where _localctx is the context the rule function has just created as an XContext (or
#    its labelled-alternative subclass). The type is known, so the check cannot fail; but
#    a dynamic_cast walks type_info (with strcmp on type names).
#    Exactly those casts become static_cast; the visitor's checked casts
#    are left alone.
#
# 3. Before loops and optional parts the generated code calls
#      setState(N); _errHandler->sync(this);
#    a virtual call that, with no error, only checks the next token against state N's
#    follow set. It becomes `setState(N); syncAt(N);`, which checks
#    a bitset inline and calls the strategy only when the token is not expected
#    (syncAt is declared in PrismaParser.g4's members).
#
# 4. Every rule context is made by `_tracker.createInstance<T>(...)`: a heap block, and a
#    delete when the tracker is reset. It becomes `newContext<T>(...)`, from a bump
#    allocator the parser empties after each declaration (PrismaParser.g4's members).
#
# 5. Decisions read the next token's type with `_input->LA(1)`, a virtual call on the token
#    stream. It becomes `LA1()`, which reads the frontend's token array directly when it
#    is set (PrismaParser.g4's members).
#
# (antlr4::Parser::exitRule's own dynamic_cast is avoided by PrismaParser.g4's members.)
#
# Usage: cmake -DFILE=PrismaParser.cpp -P PatchGeneratedParser.cmake
file(READ "${FILE}" text)
string(REGEX REPLACE "auto onExit = finally\\(\\[=\\] {[ \n]*exitRule\\(\\);[ \n]*}\\);"
       "ExitRuleGuard onExit{this};" guarded "${text}")
string(REGEX REPLACE "dynamic_cast<([A-Za-z]+Context \\*)>" "static_cast<\\1>" casted "${guarded}")
string(REGEX REPLACE "setState\\(([0-9]+)\\);([ \n]*)_errHandler->sync\\(this\\);"
       "setState(\\1);\\2syncAt(\\1);" synced "${casted}")
string(REPLACE "_tracker.createInstance<" "newContext<" allocated "${synced}")
string(REPLACE "_input->LA(1)" "LA1()" patched "${allocated}")
if(guarded STREQUAL text OR casted STREQUAL guarded OR synced STREQUAL casted OR
   allocated STREQUAL synced OR patched STREQUAL allocated OR patched MATCHES "finally\\(" OR
   patched MATCHES "_errHandler->sync\\(" OR patched MATCHES "createInstance<" OR
   patched MATCHES "_input->LA\\(")
  message(FATAL_ERROR "PatchGeneratedParser.cmake: ${FILE} does not have the expected shape; has the ANTLR version changed?")
endif()
file(WRITE "${FILE}" "${patched}")
