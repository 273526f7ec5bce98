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

schema : declaration* EOF ;

declaration
  : keyword=IDENT name=IDENT? ( LBRACE blockItem* RBRACE | EQUAL alias=fieldType fieldAttribute* )
  | NL
  ;

blockItem
  : member NL
  | blockAttribute NL
  | NL
  ;

member
  : name=IDENT ( EQUAL value=expression? | colon=COLON? fieldType? fieldAttribute* )
  ;

fieldType
  : typeName ( LIST optional=QUESTION? | QUESTION | BANG )?
  | LBRACK typeName RBRACK
  ;

typeName : IDENT arguments? ;

fieldAttribute : AT IDENT arguments? ;

blockAttribute : ATAT IDENT arguments? ;

arguments : LPAREN argument? ( COMMA argument? )* RPAREN ;

argument : expression ( COLON value=expression? )? ;

expression
  : IDENT arguments?                                # pathOrCall
  | STRING                                          # stringLiteral
  | NUMBER                                          # numberLiteral
  | LBRACK expression? ( COMMA expression? )* RBRACK # arrayLiteral
  | LIST                                            # emptyArray
  ;
