// Collects the compile-time diagnostics of a compilation and prints them sorted, as `file:line:col: message`.
// Wording follows Go's compiler (cmd/compile); this file only stores and formats, it never decides wording.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "compiler/basic/source_manager.h"

namespace vo {

/// How serious a diagnostic is. Errors make the command exit with status 1; warnings do not.
enum class SeverityKind : uint8_t { Error, Warning };

/// One reported problem at a position.
struct Diagnostic {
  Pos pos;
  SeverityKind severity = SeverityKind::Error;
  std::string message;  ///< lowercase, no trailing period; includes the `syntax error: ` prefix where one applies
};

/// Gathers diagnostics from every phase. Reporting never stops compilation: callers keep going after an error so
/// that every error of a file is reported (DESIGN.md invariant 9).
///
/// Follows cmd/compile/internal/base/print.go: only the first syntax error of a line is kept, and printing sorts
/// by position and drops exact repeats (same line, same message). Unlike gc, there is no limit of 10 errors.
class DiagnosticEngine {
 public:
  /// `sources` must outlive the engine; it turns positions into `file:line:col`.
  explicit DiagnosticEngine(const SourceManager& sources) : sources_(sources) {}

  /// Reports an error with a message already in Go's wording.
  void error(Pos pos, std::string message);
  /// Reports a syntax error: the message is prefixed with `syntax error: `; a second syntax error on a line that
  /// already has one is dropped, as gc does.
  void syntaxError(Pos pos, const std::string& message);
  /// Reports a warning (printed with a `warning: ` prefix after the position).
  void warning(Pos pos, std::string message);

  /// Number of errors kept so far (warnings excluded).
  size_t errorCount() const { return errorCount_; }
  bool hasErrors() const { return errorCount_ != 0; }
  /// Every kept diagnostic in the order reported.
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  /// The diagnostics sorted by file and offset (stable), with exact repeats on one line removed.
  std::vector<Diagnostic> sorted() const;
  /// Prints `sorted()` one per line: `path:line:col: message` (warnings: `path:line:col: warning: message`).
  void print(std::ostream& out) const;
  /// Formats one diagnostic as `print` does, without the newline.
  std::string format(const Diagnostic& d) const;

  const SourceManager& sources() const { return sources_; }

 private:
  const SourceManager& sources_;
  std::vector<Diagnostic> diagnostics_;
  size_t errorCount_ = 0;
  FileId lastSyntaxFile_ = Pos::kNoFile;
  uint32_t lastSyntaxLine_ = 0;
};

}  // namespace vo
