// Expected-error comments for tests: reads `// ERROR "regexp"` comments from a source file the way Go's
// test/run.go does (wantedErrors), and matches the diagnostics a compiler phase reported against them (errorCheck).
// Used by the Go-suite parse test and by the runner over test_data/errors/**. Does not run any compiler phase.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"

namespace vo::errorcheck {

/// One expected diagnostic: a quoted regexp of an ERROR comment, and the line it applies to.
struct ExpectedError {
  uint32_t line = 0;   ///< 1-based line of the comment
  std::string regexp;  ///< the text between the double quotes (Go RE2 syntax), with `LINE`, `LINE+n`, `LINE-n` replaced
                       ///< by `NAME:line` as run.go does (NAME is the file's short name)
};

/// What `parseExpectedErrors` found in one file.
struct ExpectedErrors {
  std::vector<ExpectedError> errors;     ///< in line order; a comment with several quoted regexps gives several
  std::vector<uint32_t> malformedLines;  ///< lines with an ERROR comment but no "quoted" regexp (run.go aborts)
};

/// Reads the expected errors of a source file, following Go 1.19 test/run.go `wantedErrors`: on each line, the
/// text after `// ERROR ` (or `// GC_ERROR `) holds one or more regexps in double quotes; a line containing
/// `////` is ignored; `// ERRORAUTO` comments (errors in generated code, which has no line) are ignored. Only
/// double-quoted regexps count, as in run.go: `/* ERROR */` comments and back-quoted regexps are not
/// expectations. `shortName` replaces `LINE` in the regexps (normally the file's base name).
ExpectedErrors parseExpectedErrors(std::string_view source, std::string_view shortName);

/// One diagnostic as the matcher sees it.
struct ReportedError {
  uint32_t line = 0;    ///< 1-based
  std::string message;  ///< the printed text after `file:line:col: ` (so warnings start with `warning: `)
};

/// Rewrites a Go (RE2) regexp for std::regex's ECMAScript grammar where the two differ in ways ERROR comments
/// hit: a `{` or `}` that is not part of a repetition `{n}`, `{n,}`, `{n,m}` is a literal brace in RE2 (`expected
/// { after if clause`) but an error in ECMAScript, so it gets a backslash. Other syntax passes through unchanged.
std::string toEcmaScriptRegexp(std::string_view rx);

/// The diagnostics of `file` kept by `diags`, sorted as they are printed.
std::vector<ReportedError> reportedErrors(const DiagnosticEngine& diags, FileId file);

/// How strictly a reported diagnostic must agree with an expectation.
enum class MatchModeKind : uint8_t {
  /// Any diagnostic on the expectation's line satisfies it, whatever its wording (used where our wording
  /// deliberately differs from the Go release whose tests we read).
  LineOnly,
  /// run.go's errorCheck: among the diagnostics on the line, at least one must match the regexp (searched in
  /// the message with std::regex after toEcmaScriptRegexp); the ones that match are consumed.
  LineAndMessage,
};

/// An expectation that was not satisfied, with run.go's explanation: `missing error`, `no match for ... in ...`
/// or `invalid regexp ...`.
struct UnmatchedError {
  ExpectedError want;
  std::string why;
};

/// The outcome of matching one file's diagnostics against its expectations.
struct MatchResult {
  size_t matched = 0;                     ///< satisfied expectations
  std::vector<UnmatchedError> unmatched;  ///< unsatisfied expectations, in line order
  std::vector<ReportedError> unexpected;  ///< diagnostics that no expectation accounts for (see matchErrors)

  bool ok() const { return unmatched.empty() && unexpected.empty(); }
};

/// Matches reported diagnostics against expectations. In LineAndMessage mode it follows run.go's errorCheck:
/// each expectation takes the not yet consumed diagnostics of its line, consumes those its regexp matches and
/// leaves the others; whatever is left at the end is unexpected. In LineOnly mode nothing is consumed: an
/// expectation is satisfied by any diagnostic on its line, and only diagnostics on lines without any
/// expectation are unexpected.
MatchResult matchErrors(const std::vector<ExpectedError>& expected, const std::vector<ReportedError>& reported,
                        MatchModeKind mode);

}  // namespace vo::errorcheck
