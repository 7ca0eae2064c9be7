// The parser: Go's grammar without type parameters, plus the Vo forms (LANGUAGE.md), into an AST with positions.
// Error wording and recovery follow cmd/compile/internal/syntax/parser.go.
#pragma once

#include <cstdint>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/token.h"

namespace vo::syntax {

/// Resource limits that turn hostile input into an error instead of a stack overflow.
struct ParseLimits {
  /// Deepest nesting of expressions, types, statements and blocks together; deeper input gets
  /// `syntax error: nesting too deep (limit N)` once and the rest of the file is skipped. Unit: levels.
  uint32_t maxNestingDepth = 1000;
};

/// Parses the whole file `file`. Every syntax error goes to `diags` (all of them, one per line as gc reports);
/// parsing continues after errors. Returns the File node allocated in `ctx`, or nullptr when the file does not
/// start with a usable package clause (`package statement must be first`), as gc does. Never throws.
/// Type parameter lists and instantiations are reported as `generics are not supported` at their position.
File* parseFile(AstContext& ctx, const SourceManager& sources, FileId file, DiagnosticEngine& diags,
                DialectKind dialect, const ParseLimits& limits = {});

}  // namespace vo::syntax
