// Shared pieces of vo_escape_oracle (escape_oracle_main.cpp: Go's escape tests as an oracle; escape_oracle_modes.cpp:
// the runs of test_data/escape and the comparison with Go's own -m output on Go's `run` programs). Test tooling
// only: nothing here decides anything about escape analysis.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vo::testrun {

/// The command line of vo_escape_oracle (one mode at most besides the default).
struct EscapeOracleOptions {
  bool all = false;          ///< every errorcheck test with -m, not only escape*.go (figures only)
  bool robustness = false;   ///< every in-scope test of the suite: report crashes of `vo check -m` only
  bool runTestData = false;  ///< run test_data/escape's programs with `vo run` (plain and VO_GC_STRESS=1)
  bool goCompare = false;    ///< compare Go's and vo's -m output on the suite's in-scope `run` programs
  bool updateFloor = false;  ///< rewrite the floor file to the current figures
  bool verbose = false;      ///< list every mismatch
  bool list = false;         ///< print the selected tests and the excluded ones, run nothing
  unsigned jobs = 2;         ///< processes at once
  std::string only;          ///< a single file (relative to the suite), for debugging
  std::string compareDir;    ///< --go-compare over the .go files under this folder instead of Go's `run` programs
  std::string sourceDir;     ///< the repository
  std::string vo;            ///< the vo binary
};

/// One `-m` message: `FILE:LINE:COL: text` (the column is optional).
struct EscapeMessage {
  std::string file;
  uint32_t line = 0;
  std::string text;
};

/// The messages of a compiler's output, in order; lines of another shape go to `other`.
std::vector<EscapeMessage> parseEscapeMessages(const std::string& output, std::vector<std::string>& other);

/// The kind of an -m message or of an expectation's regexp (`moved to heap: x`, `X escapes to heap`,
/// `leaking param: p`, ...), for grouping mismatches; "other" when none applies.
std::string escapeMessageKind(const std::string& s);

/// `--run-test-data`: every program of test_data/escape must run with `vo run` with status 0, plainly and with
/// VO_GC_STRESS=1, with the same output in both modes. Prints the failures; returns the exit status.
int runEscapeTestData(const EscapeOracleOptions& o);

/// `--go-compare`: for each in-scope `run` program of Go's suite (or each .go file under `--dir`), the -m messages
/// of `go tool compile -m -l` and of `vo check -m`, compared line by line (messages about inlining, devirtualisation, bounds checks, Go's
/// generated code and temporaries left out). Prints the agreement and the differences by kind; returns 0, or 2
/// when `go` cannot be run.
int runGoCompare(const EscapeOracleOptions& o);

}  // namespace vo::testrun
