// The type checker against the `run` programs of Go's test suite (golang-1.19-src; GO_TEST_SUITE.md): every
// in-scope program (check_util.h inScopeRunPrograms) must type-check with zero diagnostics, except those listed in
// test_data/conformance/types_run_known_failures.txt, a list that only shrinks.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/tests/check_util.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::types::conformance {
namespace {

namespace fs = std::filesystem;

const char kKnownFailures[] = "test_data/conformance/types_run_known_failures.txt";

TEST(GoSuiteTypesTest, ImportScopeIsIssue3s) {
  EXPECT_TRUE(isInScopeImport("fmt"));
  EXPECT_TRUE(isInScopeImport("unicode/utf8"));
  EXPECT_TRUE(isInScopeImport("math/rand"));
  EXPECT_FALSE(isInScopeImport("unsafe"));
  EXPECT_FALSE(isInScopeImport("reflect"));
  EXPECT_FALSE(isInScopeImport("C"));
  EXPECT_FALSE(isInScopeImport("os/exec"));
}

TEST(GoSuiteTypesTest, RunProgramsCheckWithoutDiagnostics) {
  const std::string root = gosuite::goTestDir();
  ASSERT_TRUE(gosuite::haveCorpus(root)) << "Go's test suite was not found at " << root
                                         << ": run scripts/setup (it installs golang-1.19-src), or set VO_GO_TEST_DIR";
  const std::map<std::string, std::string> generic = gosuite::loadGenericList(VO_SOURCE_DIR);
  ASSERT_FALSE(generic.empty()) << "test_data/go_suite/uses_type_params.txt is missing or empty";
  const KnownFailures known = loadKnownFailures((fs::path(VO_SOURCE_DIR) / kKnownFailures).string());

  std::vector<std::string> programs = inScopeRunPrograms(root, generic);
  std::map<std::string, Verdict> failing;
  for (const std::string& rel : programs) {
    Verdict v = judgeCleanProgram(rel, gosuite::readFile((fs::path(root) / rel).string()));
    if (!v.ok()) failing[rel] = std::move(v);
  }
  ListComparison c = compareWithKnownFailures(programs, failing, known);
  std::cout << "Go suite run programs: " << programs.size() - failing.size() << " of " << programs.size()
            << " in-scope programs type-check with zero diagnostics; " << failing.size() << " fail (" << known.size()
            << " listed in " << kKnownFailures << ")\n";
  EXPECT_GT(programs.size(), 400u) << "far fewer in-scope run programs than Go 1.19's suite has: is " << root
                                   << " complete?";
  for (const std::string& f : c.newFailures) ADD_FAILURE() << "FAIL " << f;
  for (const std::string& p : c.nowPassing) ADD_FAILURE() << p << " now passes: remove it from " << kKnownFailures;
  for (const std::string& s : c.stale)
    ADD_FAILURE() << s << " is listed in " << kKnownFailures << " but is not an in-scope run program: remove it";
  if (!c.newFailures.empty() || !c.nowPassing.empty() || !c.stale.empty())
    std::cout << "To accept the current state: scripts/typecheck-conformance --update-known-failures\n";
}

}  // namespace
}  // namespace vo::types::conformance
