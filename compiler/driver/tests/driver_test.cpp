// The `vo` driver: FILE|DIR resolution, `vo check` outcomes and messages, `vo version`.
#include "compiler/driver/driver.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vo::driver {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the test temp dir, removed at the end of the test.
class DriverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("vo_driver_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p.string();
  }

  fs::path dir_;
};

TEST_F(DriverTest, DirectoryListsGoAndVoFilesSortedWithoutTests) {
  write("b.go", "package p\n");
  write("a.vo", "package p\n");
  write("a_test.go", "package p\n");
  write("notes.txt", "");
  fs::create_directories(dir_ / "sub.go");  // a directory named like a source file is not a file
  SourceList list = listSourceFiles(dir_.string());
  EXPECT_EQ(list.error, "");
  ASSERT_EQ(list.paths.size(), 2u);
  EXPECT_EQ(list.paths[0], (dir_ / "a.vo").string());
  EXPECT_EQ(list.paths[1], (dir_ / "b.go").string());
}

TEST_F(DriverTest, EmptyDirectoryAndWrongExtensionAreErrors) {
  EXPECT_EQ(listSourceFiles(dir_.string()).error, "no Go or Vo files in " + dir_.string());
  EXPECT_EQ(listSourceFiles("x.txt").error, "named files must be .go or .vo files: x.txt");
}

TEST_F(DriverTest, MissingFileFailsWithGoWording) {
  std::ostringstream out, err;
  std::string path = (dir_ / "missing.go").string();
  Outcome o = runCheck({path, false}, out, err);
  EXPECT_EQ(o.kind, OutcomeKind::Failure);
  EXPECT_EQ(o.message, "open " + path + ": no such file or directory");
  EXPECT_EQ(exitStatus(o), 1);
}

TEST_F(DriverTest, DifferentPackagesInOneDirectoryFail) {
  write("x.go", "package a\n");
  write("y.go", "package b\n");
  std::ostringstream out, err;
  Outcome o = runCheck({dir_.string(), false}, out, err);
  EXPECT_EQ(o.kind, OutcomeKind::Failure);
  EXPECT_EQ(o.message, "found packages a (x.go) and b (y.go) in " + dir_.string());
}

TEST_F(DriverTest, SyntaxErrorsArePrintedSortedAndExitWithStatusOne) {
  std::string path = write("bad.go", "package main\n\nfunc main() {\n\tx := [\n}\n\nvar y = )\n");
  std::ostringstream out, err;
  Outcome o = runCheck({path, false}, out, err);
  EXPECT_EQ(o.kind, OutcomeKind::CompileErrors);
  EXPECT_EQ(exitStatus(o), 1);
  std::string text = err.str();
  size_t first = text.find(path + ":5:");
  size_t second = text.find(path + ":7:");
  EXPECT_NE(first, std::string::npos) << text;
  EXPECT_NE(second, std::string::npos) << text;
  EXPECT_LT(first, second) << text;
  EXPECT_EQ(out.str(), "");
}

TEST_F(DriverTest, CleanFileSucceedsAndDumpsItsTree) {
  std::string path = write("hello.go", "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
  std::ostringstream out, err;
  Outcome o = runCheck({path, true}, out, err);
  EXPECT_EQ(o.kind, OutcomeKind::Success) << err.str();
  EXPECT_EQ(exitStatus(o), 0);
  EXPECT_EQ(err.str(), "");
  const std::string want =
      "File 1:1 dialect=go\n"
      "  package: Ident 1:9 name=main\n"
      "  FuncDecl 3:1\n"
      "    name: Ident 3:6 name=main\n"
      "    type: FuncType 3:10\n"
      "    body: BlockStmt 3:13\n"
      "      ExprStmt 4:2\n"
      "        CallExpr 4:2\n"
      "          Ident 4:2 name=println\n"
      "          BasicLit 4:10 kind=StringLit value=\"hi\"\n";
  EXPECT_EQ(out.str(), want);
}

TEST_F(DriverTest, CheckMinusMPrintsHeapDecisionsToStderr) {
  std::string path = write("esc.go", "package main\n\nfunc main() {\n\tx := 1\n\tsink = &x\n}\n\nvar sink *int\n");
  std::ostringstream out, err;
  CheckOptions options;
  options.path = path;
  options.explainEscapes = true;
  Outcome o = runCheck(options, out, err);
  EXPECT_EQ(o.kind, OutcomeKind::Success) << err.str();
  EXPECT_EQ(err.str(), path + ":4:2: moved to heap: x\n");
  EXPECT_EQ(out.str(), "");
}

TEST(DriverVersionTest, VersionLineIsShapedLikeGos) {
  std::string line = versionLine();
  EXPECT_EQ(line.rfind("vo version ", 0), 0u) << line;
  EXPECT_NE(line.find('/'), std::string::npos) << line;
}

}  // namespace
}  // namespace vo::driver
