// PrismaParser.g4 - syntax of the Prisma Schema Language (PSL).
//
// Shaped for LL(1) prediction: every decision is made on the next token, so the generated
// parser switches on LA(1) instead of running adaptivePredict (see ../shared/antlr-perf).
// The grammar is deliberately permissive where Prisma's own is (a member is a field, an enum
// value or a `key = value` property depending on the block it is in); the frontend checks
// the shape and reports problems in words.
//
// The frontend drives `declaration` in a loop instead of calling `schema`, so the parse tree
// of one top-level block is lowered and freed before the next one is parsed.
parser grammar PrismaParser;

options { tokenVocab = PrismaLexer; }

@parser::header {
#include "grammar/ChunkToken.h"

#include <atomic>

#include "llvm/Support/Allocator.h"
}

@parser::members {
  // The frontend's token stream holds the tokens of a chunk in one array and says where
  // (`chunkTokens`, and `chunkPosition`, the index of the next token); the generated code
  // (whose `_input->LA(1)` PatchGeneratedParser.cmake turns into `LA1()`) and the
  // members below then read the next and previous token with a load instead of a virtual
  // call on the stream. Unset, they call the stream.
  const schemac::frontend::ChunkToken *chunkTokens = nullptr;
  const size_t *chunkPosition = nullptr;
  size_t LA1() {
    return chunkTokens ? chunkTokens[*chunkPosition].tokenType() : _input->LA(1);
  }
  antlr4::Token *LT1() {
    return chunkTokens ? const_cast<schemac::frontend::ChunkToken *>(&chunkTokens[*chunkPosition])
                       : _input->LT(1);
  }
  antlr4::Token *LTminus1() {
    if (!chunkTokens)
      return _input->LT(-1);
    return *chunkPosition ? const_cast<schemac::frontend::ChunkToken *>(
                                &chunkTokens[*chunkPosition - 1])
                          : nullptr;
  }

  // Hides antlr4::Parser::exitRule(), which every rule function calls on its way out:
  // the same steps, but the parent context is reached with a static_cast (a parser's
  // contexts are all ParserRuleContexts) instead of a dynamic_cast, whose type_info walk
  // compares type names.
  void exitRule() {
    _ctx->stop = _matchedEOF ? LT1() : LTminus1();
    if (!_parseListeners.empty())
      triggerExitRuleEvent();
    setState(_ctx->invokingState);
    _ctx = static_cast<antlr4::ParserRuleContext *>(_ctx->parent);
  }
  // Calls exitRule() when a rule function returns; PatchGeneratedParser.cmake puts it in
  // place of the std::function-based antlrcpp::finally the generated code uses.
  struct ExitRuleGuard {
    PrismaParser *parser;
    ~ExitRuleGuard() { parser->exitRule(); }
  };
  // PatchGeneratedParser.cmake turns every `_tracker.createInstance<T>(...)` into
  // `newContext<T>(...)`: rule contexts come from a bump allocator instead of one heap
  // block each, and resetContexts() (after each top-level declaration) destroys them and
  // rewinds it, keeping its memory for the next declaration.
  struct ContextArena {
    llvm::BumpPtrAllocator allocator;
    std::vector<antlr4::tree::ParseTree *> live;
    ~ContextArena() { reset(); }
    void reset() {
      for (antlr4::tree::ParseTree *context : live)
        context->~ParseTree(); // virtual: runs the context's own destructor
      live.clear();
      allocator.Reset();
    }
  };
  ContextArena contexts;
  template <typename T, typename... Args> T *newContext(Args &&...args) {
    T *context = new (contexts.allocator.Allocate(sizeof(T), alignof(T))) T(args...);
    contexts.live.push_back(context);
    return context;
  }
  // Also empties the runtime's own tracker, which holds what ANTLR itself allocates (terminal
  // and error nodes, made only when building parse trees; kept in case that changes).
  void resetContexts() {
    contexts.reset();
    _tracker.reset();
  }

  // PatchGeneratedParser.cmake turns every `setState(N); _errHandler->sync(this);` into
  // `setState(N); syncAt(N);`. The error strategy sync()s before each loop iteration and
  // optional part, and does nothing when the next token is one the state expects; with
  // `syncMasks` set (a bitset of those tokens per ATN state, all bits when the state may
  // end the rule, 0 when not known yet) that case costs no virtual call.
  const std::atomic<uint64_t> *syncMasks = nullptr; // shared by the process's parsers
  void syncAt(size_t state) {
    if (syncMasks) {
      size_t next = LA1();
      if (next < 64 && ((syncMasks[state].load(std::memory_order_relaxed) >> next) & 1))
        return;
    }
    _errHandler->sync(this);
  }

  // Overrides antlr4::Parser::match(), through which the generated code consumes every
  // token the grammar names. When the token is the expected one (not EOF) it has the
  // runtime's effects without its five virtual calls: the error strategy's reportMatch()
  // ends any error condition, which sets the two fields `matchState` points at (the
  // strategy's own, set by the frontend), and consume() with no parse tree and no
  // listeners only moves the token stream on. Anything else (a mismatch, EOF, no
  // matchState) takes the runtime's path.
  struct MatchState {
    bool *errorRecoveryMode = nullptr;
    int *lastErrorIndex = nullptr;
  };
  MatchState matchState;
  antlr4::Token *match(size_t ttype) final {
    antlr4::Token *token = LT1();
    if (matchState.errorRecoveryMode && LA1() == ttype &&
        ttype != antlr4::Token::EOF && !_buildParseTrees && _parseListeners.empty()) {
      *matchState.errorRecoveryMode = false;
      *matchState.lastErrorIndex = -1;
      _input->consume();
      return token;
    }
    return antlr4::Parser::match(ttype);
  }

  // Override the runtime's enterRule() and enterOuterAlt(), called by every rule function,
  // with their steps for a parser that builds no tree and has no listeners (the runtime's
  // otherwise). enterOuterAlt() also calls the context's setAltNumber(), which the
  // generated contexts do not override and RuleContext's ignores. `final`, as match() is:
  // the generated code's calls on `this` then need no virtual dispatch.
  void enterRule(antlr4::ParserRuleContext *localctx, size_t state, size_t ruleIndex) final {
    if (_buildParseTrees || !_parseListeners.empty())
      return antlr4::Parser::enterRule(localctx, state, ruleIndex);
    setState(state);
    _ctx = localctx;
    _ctx->start = LT1();
  }
  void enterOuterAlt(antlr4::ParserRuleContext *localctx, size_t altNum) final {
    if (_buildParseTrees)
      return antlr4::Parser::enterOuterAlt(localctx, altNum);
    _ctx = localctx;
  }
}

schema : declaration* EOF ;

// Every part the frontend reads has a label: the lowering reads labels only, so the parser
// runs with parse-tree building off (no terminal nodes, no child lists).
declaration
  : keyword=IDENT name=IDENT?
    ( lbrace=LBRACE items+=blockItem* RBRACE | EQUAL alias=fieldType attrs+=fieldAttribute* )
  | NL
  ;

// One line of a block. Members (fields, enum values, `key = value` properties) and block
// attributes are inlined here rather than sub-rules: every rule invocation costs the
// generated parser a context allocation, and a schema is mostly such lines.
blockItem
  : name=IDENT ( eq=EQUAL value=expression? | colon=COLON? ftype=fieldType? attrs+=fieldAttribute* ) NL # member
  | ATAT attr=IDENT args=arguments? NL                                                          # blockAttribute
  | NL                                                                                          # emptyLine
  ;

fieldType
  : name=IDENT args=arguments? ( list=LIST optional=QUESTION? | question=QUESTION | bang=BANG )?
  | lbrack=LBRACK name=IDENT args=arguments? RBRACK
  ;

fieldAttribute : AT name=IDENT args=arguments? ;

arguments : LPAREN items+=argument? ( commas+=COMMA items+=argument? )* RPAREN ;

argument : key=expression ( colon=COLON value=expression? )? ;

expression
  : name=IDENT args=arguments?                                          # pathOrCall
  | str=STRING                                                          # stringLiteral
  | num=NUMBER                                                          # numberLiteral
  | LBRACK items+=expression? ( commas+=COMMA items+=expression? )* close=RBRACK # arrayLiteral
  | LIST                                                                # emptyArray
  | LBRACE items+=argument? ( commas+=COMMA items+=argument? )* close=RBRACE # objectLiteral
  ;
