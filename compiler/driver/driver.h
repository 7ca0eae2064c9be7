// The logic of the `vo` subcommands (DESIGN.md "The vo command"), separate from the command-line parsing in
// main.cpp so that tests can run a command with their own streams. Commands print their diagnostics and output;
// they report how they ended as an Outcome, and only main turns an Outcome into an exit status.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "compiler/basic/source_manager.h"

namespace vo::driver {

/// How a command ended.
enum class OutcomeKind : uint8_t {
  Success,        ///< nothing to report (warnings may have been printed)
  CompileErrors,  ///< the command printed one or more compile errors (diagnostics)
  Failure,        ///< the command could not do its work; `Outcome::message` says why and has not been printed
};

/// The result of a command. `message` is set for Failure only: one line in Go's wording, without a newline,
/// for example `open x.go: no such file or directory`.
struct Outcome {
  OutcomeKind kind = OutcomeKind::Success;
  std::string message;

  static Outcome success() { return {}; }
  static Outcome compileErrors() { return {OutcomeKind::CompileErrors, {}}; }
  static Outcome failure(std::string message) { return {OutcomeKind::Failure, std::move(message)}; }
};

/// The exit status of an Outcome, as Go's commands use them: 0 success, 1 for compile errors and for failures.
int exitStatus(const Outcome& outcome);

/// The source files a FILE|DIR argument names, or the reason there are none.
struct SourceList {
  std::vector<std::string> paths;  ///< a named file as given, or DIR's files as `DIR/name`, sorted by name
  std::string error;               ///< non-empty when the argument cannot be used; Go's wording
};

/// Resolves the FILE|DIR argument of a command. A directory yields every regular `.go` and `.vo` file in it
/// (not its subdirectories) whose name does not end in `_test.go`, sorted by name; `no Go or Vo files in DIR`
/// when there is none. A file must end in `.go` or `.vo` (`named files must be .go or .vo files: x`); whether it
/// exists is checked when it is loaded.
SourceList listSourceFiles(const std::string& arg);

/// Options of `vo check`.
struct CheckOptions {
  std::string path;      ///< FILE or DIR
  bool dumpAst = false;  ///< print each parsed file's tree (ast_dump.h) to `out`
  /// Type-check the package after a clean parse (the default); false stops after parsing (`--syntax-only`).
  bool typeCheck = true;
  /// `-m`: after a successful check, print the escape analysis decisions (escape/escape.h) to `err`, one
  /// `file:line:col: moved to heap: x` line per heap variable, sorted by position, as gc's `-m` does.
  bool explainEscapes = false;
};

/// `vo check [-m] [--dump-ast] [--syntax-only] FILE|DIR`: parses every file of the package (each in the dialect of
/// its extension), type-checks the package when the files parse cleanly (importing the embedded standard library),
/// and prints the diagnostics of all files sorted, one per line, to `err`. When the files of a directory declare
/// different packages, fails with Go's `found packages a (x.go) and b (y.go) in DIR` instead.
Outcome runCheck(const CheckOptions& options, std::ostream& out, std::ostream& err);

/// The text `vo version` prints, without a newline: `vo version <version> <os>/<arch>`, shaped like
/// `go version go1.19.8 linux/amd64`.
std::string versionLine();

}  // namespace vo::driver
