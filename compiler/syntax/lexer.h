// The lexer: turns one source file into tokens, applying Go's automatic semicolon rule. Literals are checked for
// well-formedness but not evaluated (the type checker computes exact constant values). Comments are skipped.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/token.h"

namespace vo::syntax {

/// Scans one file on demand. Follows the Go spec "Lexical elements" and the error wording of
/// cmd/compile/internal/syntax/scanner.go, for example `invalid character U+0040 '@'`, `newline in string`,
/// `rune literal not terminated`, `invalid digit '8' in octal literal`, `'_' must separate successive digits`,
/// `invalid UTF-8 encoding`, `invalid BOM in the middle of the file`. Errors go to the DiagnosticEngine (not as
/// syntax errors: gc words them without the `syntax error:` prefix) and scanning continues; it never throws.
class Lexer {
 public:
  /// `sources` and `diags` must outlive the lexer. The dialect decides whether `fail` and `errdefer` are keywords.
  Lexer(const SourceManager& sources, FileId file, DiagnosticEngine& diags, DialectKind dialect);

  /// The next token. After the end of the file it returns Eof forever (preceded by one implicit Semicolon
  /// with text "EOF" when the last line's final token calls for one).
  Token next();

 private:
  // Implementation state; see lexer.cpp.
  std::string_view src_;
  FileId file_;
  DiagnosticEngine& diags_;
  DialectKind dialect_;
  uint32_t offset_ = 0;
  bool insertSemicolon_ = false;  // the previous token allows an automatic semicolon at a newline
};

}  // namespace vo::syntax
