// The type checker's conformance harness: checks one program the way `vo check` does and judges the
// diagnostics against its `// ERROR "regexp"` comments; chooses the in-scope files of Go's test suite; reads and
// writes the known-failures lists (which only shrink). Shared by vo_type_errors_test, vo_go_suite_types_test and
// vo_typecheck_conformance; it decides nothing about wording, which is the checker's.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compiler/syntax/ast.h"
#include "compiler/syntax/tests/errorcheck.h"

namespace vo::types::conformance {

/// The diagnostics of one program checked as a package of its own.
struct CheckedProgram {
  std::vector<errorcheck::ReportedError> reported;  ///< diagnostics in the program's file (warnings prefixed)
  std::vector<std::string> elsewhere;               ///< diagnostics in other files (the stdlib), formatted
  bool parsed = false;                              ///< the parser reported no error, so the checker ran
};

/// Parses `text` (dialect from the extension of `name`) and, when the parser reported no error, type-checks it
/// with checkPackage and a fresh StdlibImporter, as `vo check` does. `name` names the file in messages.
CheckedProgram checkProgram(const std::string& name, const std::string& text);

/// The verdict on one program: ok, or the reasons it is not (one line each, `line N: ...`).
struct Verdict {
  std::vector<std::string> problems;
  bool ok() const { return problems.empty(); }
};

/// Checks `text` and requires exactly the diagnostics its ERROR comments announce: each on its line with a
/// message its regexp matches (LineAndMessage), nothing else, and no diagnostic in any other file. A file
/// without ERROR comments must therefore check with zero diagnostics. Warnings are matched as messages that
/// start with `warning: `, so `// ERROR "warning: declared and not used"` accepts a warning and rejects an error.
/// A regexp cannot hold a double quote (run.go ends it there); one that ends in a backslash is reported.
Verdict judgeProgram(const std::string& name, const std::string& text);

/// Checks `text` and requires zero diagnostics of any kind, ERROR comments or not (the `run` programs of Go's
/// suite must compile).
Verdict judgeCleanProgram(const std::string& name, const std::string& text);

/// A one-line summary of a verdict's first problem, for the reason comment of a known-failures entry.
std::string shortReason(const Verdict& v);

/// The folders of test_data/errors/ whose programs the type-error test checks, each with its own
/// KNOWN_FAILURES: `types` (the checker's rules, one subfolder per part of it) and `vo` (the Vo extensions and
/// the dialect rules of LANGUAGE.md).
inline constexpr const char* kTypeErrorFolders[] = {"types", "vo"};

/// The programs under test_data/errors/<folder>/ of `sourceDir` (`.go` and `.vo`, recursively), as paths
/// relative to that folder, sorted. `folder` is one of kTypeErrorFolders.
std::vector<std::string> typeErrorPrograms(const std::string& sourceDir, const std::string& folder);

/// Import paths a Go-suite file may use to be in scope (issue 3): fmt, os, strings, strconv, math, sort, errors,
/// unicode, unicode/utf8, time, sync, runtime, bytes, math/rand, bufio, io.
bool isInScopeImport(std::string_view path);

/// Which import paths keep a file in scope: isInScopeImport, or another list (vo_conformance's widened one).
using ImportFilter = bool (*)(std::string_view path);

/// Why a Go-suite file is out of scope for the type checker ("" when it is in scope): it uses type parameters
/// (per `generic`, the uses_type_params.txt list), has a build constraint, does not parse, or imports a package
/// that `allowed` rejects.
std::string outOfScopeReason(const std::string& root, const std::string& rel,
                             const std::map<std::string, std::string>& generic,
                             ImportFilter allowed = isInScopeImport);

/// The in-scope `run` programs of Go's suite at `root`: single-file tests whose recipe is exactly `run` (no flags,
/// no arguments) and for which outOfScopeReason (with `allowed`) is empty. Relative paths, sorted.
std::vector<std::string> inScopeRunPrograms(const std::string& root, const std::map<std::string, std::string>& generic,
                                            ImportFilter allowed = isInScopeImport);

/// The in-scope `errorcheck` tests: single-file, action `errorcheck` with no arguments but the ones run.go always
/// passes to gc (`-e`, `-d=panic`, `-C`) and a timeout (`-t N`), and outOfScopeReason empty. Relative, sorted.
std::vector<std::string> inScopeErrorcheckTests(const std::string& root,
                                                const std::map<std::string, std::string>& generic);

/// A known-failures list: relative path -> reason. The file has one entry per line, `path  # reason`; blank
/// lines and lines starting with `#` are comments.
using KnownFailures = std::map<std::string, std::string>;
KnownFailures loadKnownFailures(const std::string& path);
/// Writes `header` (comment lines, each starting with `# `) and the entries; false when the file cannot be written.
bool writeKnownFailures(const std::string& path, const std::string& header, const KnownFailures& list);

/// How a run's failures compare with the known-failures list.
struct ListComparison {
  std::vector<std::string> newFailures;  ///< failing, not listed (with the problems)
  std::vector<std::string> nowPassing;   ///< listed, passing
  std::vector<std::string> stale;        ///< listed, not among the programs any more
};

/// Compares the failing programs (path -> verdict) of a run over `all` programs with `known`.
ListComparison compareWithKnownFailures(const std::vector<std::string>& all,
                                        const std::map<std::string, Verdict>& failing, const KnownFailures& known);

}  // namespace vo::types::conformance
