// Runs every program of test_data/errors/types/ and test_data/errors/vo/ (kTypeErrorFolders) through the parser
// and the type checker (with the stdlib importer, as `vo check` does) and requires exactly the diagnostics its
// `// ERROR "regexp"` comments announce; programs without ERROR comments must check with zero diagnostics. The
// programs listed in each folder's KNOWN_FAILURES are expected to fail, and the lists only shrink: a listed
// program that passes fails the test until it is removed from the list.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/tests/check_util.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::types::conformance {
namespace {

namespace fs = std::filesystem;

TEST(KnownFailuresTest, EntriesCarryAReasonAndCommentsAreSkipped) {
  const fs::path path = fs::temp_directory_path() / "vo_known_failures_test.txt";
  {
    std::ofstream out(path);
    out << "# header\n\ndecl/a.go  # missing error\n  stmt/b.vo\n";
  }
  KnownFailures list = loadKnownFailures(path.string());
  fs::remove(path);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list["decl/a.go"], "missing error");
  EXPECT_EQ(list["stmt/b.vo"], "");
}

TEST(KnownFailuresTest, ComparisonFindsNewFailuresPassesAndStaleEntries) {
  std::map<std::string, Verdict> failing;
  failing["a.go"].problems.push_back("line 3: missing error");
  failing["b.go"].problems.push_back("line 4: unexpected: x");
  KnownFailures known = {{"b.go", ""}, {"c.go", ""}, {"gone.go", ""}};
  ListComparison c = compareWithKnownFailures({"a.go", "b.go", "c.go"}, failing, known);
  ASSERT_EQ(c.newFailures.size(), 1u);
  EXPECT_EQ(c.newFailures[0], "a.go:\n    line 3: missing error");
  EXPECT_EQ(c.nowPassing, std::vector<std::string>{"c.go"});
  EXPECT_EQ(c.stale, std::vector<std::string>{"gone.go"});
}

// Judges every program of test_data/errors/<folder>/ against the folder's KNOWN_FAILURES; `minPrograms` guards
// against a folder that was not found or was emptied.
void checkFolder(const std::string& folder, size_t minPrograms) {
  const std::string dir = std::string(VO_SOURCE_DIR) + "/test_data/errors/" + folder;
  std::vector<std::string> programs = typeErrorPrograms(VO_SOURCE_DIR, folder);
  ASSERT_GE(programs.size(), minPrograms) << "expected the error programs in " << dir;
  KnownFailures known = loadKnownFailures(dir + "/KNOWN_FAILURES");

  std::map<std::string, Verdict> failing;
  for (const std::string& rel : programs) {
    std::string text = gosuite::readFile(dir + "/" + rel);
    Verdict v = judgeProgram("test_data/errors/" + folder + "/" + rel, text);
    if (!v.ok()) failing[rel] = std::move(v);
  }
  ListComparison c = compareWithKnownFailures(programs, failing, known);
  const std::string list = "test_data/errors/" + folder + "/KNOWN_FAILURES";
  std::cout << "test_data/errors/" << folder << ": " << programs.size() - failing.size() << " of "
            << programs.size() << " programs pass; " << failing.size() << " fail (" << known.size()
            << " listed in KNOWN_FAILURES)\n";
  for (const std::string& f : c.newFailures) ADD_FAILURE() << "FAIL " << f;
  for (const std::string& p : c.nowPassing) ADD_FAILURE() << p << " now passes: remove it from " << list;
  for (const std::string& s : c.stale) ADD_FAILURE() << s << " is listed in " << list << " but does not exist: remove it";
  if (!c.newFailures.empty() || !c.nowPassing.empty() || !c.stale.empty())
    std::cout << "To accept the current state: scripts/typecheck-conformance --update-known-failures\n";
}

TEST(TypeErrorFilesTest, EachFileReportsExactlyItsExpectedErrors) { checkFolder("types", 10); }

// The Vo extensions' misuse (`?`, fail, errdefer, assert, `~>`) and the dialect rules (keywords, unused names).
TEST(TypeErrorFilesTest, EachVoExtensionFileReportsExactlyItsExpectedErrors) { checkFolder("vo", 10); }

}  // namespace
}  // namespace vo::types::conformance
