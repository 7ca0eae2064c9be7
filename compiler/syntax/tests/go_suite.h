// Reading Go's test suite (Debian golang-1.19-src, /usr/share/go-1.19/test; GO_TEST_SUITE.md) as test/run.go
// does: which files are tests, their recipes (action and arguments) and build constraints, and the list of files
// that use type parameters. Shared by the parse test over the suite and the type checker's conformance runners;
// it runs no compiler phase.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vo::gosuite {

/// The suite's directory: $VO_GO_TEST_DIR when set, else /usr/share/go-1.19/test.
std::string goTestDir();

/// Whether `dir` holds the suite (it has run.go).
bool haveCorpus(const std::string& dir);

/// The whole content of a file (empty when it cannot be read).
std::string readFile(const std::string& path);

/// The recipe of a test file as test/run.go reads it: the first paragraph, without a first line that contains
/// `+build`, without the leading `//`, split into fields at white space (the action, then its arguments; a
/// paragraph of several lines gives the words of the later lines too, as run.go's splitQuoted does). Empty when
/// the file starts with a newline or has no blank line.
std::vector<std::string> testRecipe(std::string_view src);

/// The first field of testRecipe (`run`, `errorcheck`, ...), or empty.
std::string testAction(std::string_view src);

/// Whether the header of a file (everything before the first line starting with `package`) has a build
/// constraint line (`// +build ...` or `//go:build ...`), which run.go evaluates with shouldTest.
bool hasBuildConstraint(std::string_view src);

/// One test of the suite: a top-level file (path relative to the suite's directory, `/`-separated) and its action.
struct GoTest {
  std::string path;
  std::string action;
};

/// Every `.go` file of run.go's directories (Go 1.19 run.go `dirs`) with its action, sorted by path.
std::vector<GoTest> listTests(const std::string& root);

/// The `.go` files under X.dir for the test X.go (recursively), relative to root and sorted.
std::vector<std::string> dirFiles(const std::string& root, const std::string& testPath);

/// GO_TEST_SUITE.md's import list for the in-scope `run` programs: fmt, os, strings, strconv, math, sort, errors,
/// unicode, unicode/utf8, time, sync, runtime, bytes, math/rand.
bool isRunProgramImport(std::string_view path);

/// `n` of `total` as a percentage with one decimal (`97.7%`; `0.0%` when total is 0): the figures of the
/// conformance reports.
std::string percentText(size_t n, size_t total);

/// test_data/go_suite/uses_type_params.txt (written by scripts/list-generic-go-tests) under `sourceDir`: relative
/// path -> "typeparams", "instantiates" or "unparsable". Empty when the file is missing.
std::map<std::string, std::string> loadGenericList(const std::string& sourceDir);

}  // namespace vo::gosuite
