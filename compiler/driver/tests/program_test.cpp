// `vo compile` and `vo disasm`, and loading FILE|DIR|FILE.voc programs: outputs, default names, and the messages
// for corrupt or invalid bytecode files.
#include "compiler/driver/program.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace vo::driver {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHello = R"(package main

import "fmt"
//go:noinline (the disassembly below shows add's own code; without it the call is inlined into main)
func add(a, b int) int { return a + b }

func main() {
	fmt.Println("hello", add(1, 2))
}
)";

class ProgramTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("vo_program_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

  fs::path dir_;
};

TEST_F(ProgramTest, DefaultOutputName) {
  EXPECT_EQ(defaultBytecodePath("hello.go"), "hello.voc");
  EXPECT_EQ(defaultBytecodePath("dir/prog.vo"), "prog.voc");
  EXPECT_EQ(defaultBytecodePath("some/dir/"), "dir.voc");
  EXPECT_EQ(defaultBytecodePath("some/dir"), "dir.voc");
}

TEST_F(ProgramTest, CompileThenDisassembleTheFile) {
  const std::string src = write("hello.go", kHello);
  const std::string voc = (dir_ / "out.voc").string();
  std::ostringstream err;
  Outcome o = runCompile({src, voc}, err);
  ASSERT_EQ(o.kind, OutcomeKind::Success) << o.message << err.str();
  EXPECT_EQ(err.str(), "");
  EXPECT_EQ(read(voc).substr(0, 4), std::string("VOC\0", 4));

  std::ostringstream fromVoc, fromSource;
  EXPECT_EQ(runDisasm(voc, fromVoc, err).kind, OutcomeKind::Success);
  EXPECT_EQ(runDisasm(src, fromSource, err).kind, OutcomeKind::Success);
  EXPECT_EQ(fromVoc.str(), fromSource.str());
  EXPECT_NE(fromVoc.str().find("func main.add  " + src + ":5\n"), std::string::npos) << fromVoc.str();
  EXPECT_NE(fromVoc.str().find("add       r0, r1, r2"), std::string::npos);
  EXPECT_NE(fromVoc.str().find("k"), std::string::npos);

  Program p = loadProgram(voc, err);
  ASSERT_NE(p.module, nullptr) << p.outcome.message;
  EXPECT_EQ(p.outcome.kind, OutcomeKind::Success);
}

TEST_F(ProgramTest, CompileErrorsArePrinted) {
  const std::string src = write("bad.go", "package main\n\nfunc main() { x := 1 }\n");
  std::ostringstream err;
  Outcome o = runCompile({src, (dir_ / "bad.voc").string()}, err);
  EXPECT_EQ(o.kind, OutcomeKind::CompileErrors);
  EXPECT_EQ(err.str(), src + ":3:15: declared and not used: x\n");
  EXPECT_FALSE(fs::exists(dir_ / "bad.voc"));
}

TEST_F(ProgramTest, MissingSourceFile) {
  std::ostringstream err;
  const std::string missing = (dir_ / "missing.go").string();
  Outcome o = runCompile({missing, ""}, err);
  EXPECT_EQ(o.kind, OutcomeKind::Failure);
  EXPECT_EQ(o.message, "open " + missing + ": no such file or directory");
  EXPECT_EQ(err.str(), "");
}

TEST_F(ProgramTest, CompileRejectsBytecodeInput) {
  std::ostringstream err;
  Outcome o = runCompile({"x.voc", ""}, err);
  EXPECT_EQ(o.kind, OutcomeKind::Failure);
  EXPECT_EQ(o.message, "named files must be .go or .vo files: x.voc");
}

TEST_F(ProgramTest, CorruptBytecodeFilesNameTheProblem) {
  const std::string src = write("hello.go", kHello);
  const std::string voc = (dir_ / "hello.voc").string();
  std::ostringstream err;
  ASSERT_EQ(runCompile({src, voc}, err).kind, OutcomeKind::Success);
  std::string bytes = read(voc);

  const std::string flipped = write("flipped.voc", bytes.substr(0, 40) + char(bytes[40] ^ 1) + bytes.substr(41));
  Program p = loadProgram(flipped, err);
  EXPECT_EQ(p.module, nullptr);
  EXPECT_EQ(p.outcome.message, flipped + ": checksum mismatch (file corrupted)");

  const std::string cut = write("cut.voc", bytes.substr(0, 10));
  p = loadProgram(cut, err);
  EXPECT_EQ(p.outcome.message, cut + ": truncated file: expected 16 bytes of header, got 10");

  const std::string text = write("text.voc", "package main\n");
  std::ostringstream out;
  Outcome o = runDisasm(text, out, err);
  EXPECT_EQ(o.kind, OutcomeKind::Failure);
  EXPECT_EQ(o.message, text + ": not a vo bytecode file (bad magic)");
  EXPECT_EQ(out.str(), "");

  p = loadProgram((dir_ / "missing.voc").string(), err);
  EXPECT_EQ(p.outcome.message, "open " + (dir_ / "missing.voc").string() + ": no such file or directory");
}

}  // namespace
}  // namespace vo::driver
