// PrismaLexer.g4 - tokens of the Prisma Schema Language (PSL).
//
// The language is newline-sensitive (a field or property ends at the end of its line), so
// NL is a token. Comments go to their own channel and never reach the parser; the frontend
// keeps them (doc comments document the element that follows them).
//
// Keywords (`model`, `enum`, ...) are plain identifiers: `type` or `model` are common field
// names, and an unknown block keyword deserves a diagnostic in words, not a syntax error.
//
// This grammar is the specification of the token stream. frontend/Lexer.cpp is a
// hand-written scanner that produces the same tokens without the ANTLR lexer's per-character
// DFA lookups; test/unit/LexerTest.cpp checks that both agree.
lexer grammar PrismaLexer;

channels { COMMENTS }

NL          : '\r\n' | '\n' | '\r' ;
WS          : [ \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]+ -> skip ;

DOC_COMMENT   : '///' ~[\r\n]* -> channel(COMMENTS) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS) ;
// An unterminated block comment runs to the end of the file; the frontend reports it.
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(COMMENTS) ;

LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LIST     : '[]' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
COMMA    : ',' ;
COLON    : ':' ;
EQUAL    : '=' ;
QUESTION : '?' ;
BANG     : '!' ;
ATAT     : '@@' ;
AT       : '@' ;

// JSON-like string literal. Unterminated strings (ending at the end of the line) and
// control characters inside are still one STRING token; the frontend diagnoses them
// when it decodes the literal.
STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"'? ;

NUMBER : '-'? [0-9]+ ( '.' [0-9]+ )? ;

// An identifier or a dotted path (`db.VarChar`). Identifiers start with a letter or digit;
// every non-ASCII character that is not a space counts as a letter (`lööps`).
IDENT : ID_START ID_CONT* ( '.' ( ID_START ID_CONT* )? )* ;

fragment ID_START : [a-zA-Z0-9] | ~[\u0000-\u007F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF] ;
fragment ID_CONT  : ID_START | [_\-] ;

// Anything else is a single invalid character; the parser reports it.
INVALID : . ;
