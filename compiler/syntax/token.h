// Token kinds (generated from tokens.def), the Token value the lexer produces, and the source dialect.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/basic/source_manager.h"

namespace vo::syntax {

/// Every token kind; one enumerator per row of tokens.def, in table order.
enum class TokenKind : uint8_t {
#define TOKEN(Name, Spelling) Name,
#include "compiler/syntax/tokens.def"  // expands to: one enumerator per token
  NumTokens
};

/// The two source dialects, chosen by the file extension (LANGUAGE.md). `fail` and `errdefer` are keywords only
/// in the Vo dialect; unused variables and imports are warnings in Vo and errors in Go.
enum class DialectKind : uint8_t { Go, Vo };

/// The dialect of a path: Vo for `*.vo`, Go for everything else.
DialectKind dialectOfPath(std::string_view path);

/// The spelling of a token kind as it appears in error messages: `+`, `func`, `name`, `literal`, `comma`.
std::string_view tokenSpelling(TokenKind kind);

/// True for `break` ... `var` and the Vo keywords.
bool isKeyword(TokenKind kind);

/// One token. `text` points into the SourceManager's copy of the file (valid as long as it lives) and holds the
/// exact source bytes of identifiers and literals (quotes and prefixes included, not yet decoded); for an inserted
/// semicolon it is "newline" or "EOF" (Go's wording in `unexpected newline`).
struct Token {
  TokenKind kind = TokenKind::Eof;
  bool implicit = false;  ///< a Semicolon inserted by the automatic semicolon rule (Go spec "Semicolons")
  bool bad = false;       ///< a literal with an error that was already reported
  Pos pos;                ///< position of the token's first byte
  std::string_view text;  ///< see above; empty for operators and keywords
};

/// How a token is named in `syntax error: unexpected X`: names as `name foo`, literals as `literal 42`,
/// implicit semicolons as `newline`/`EOF`, keywords as `keyword func`, others by their spelling.
/// Follows cmd/compile/internal/syntax (parser.go syntaxErrorAt).
std::string describeToken(const Token& tok);

}  // namespace vo::syntax
