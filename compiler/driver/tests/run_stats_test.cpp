// `vo run --stats`: the line it prints, that it counts the program's own heap work apart from package
// initialisation's (two programs that differ only in how many objects escape to the heap in main, or in init,
// differ by exactly that many allocations and bytes on that side of the line), the entry patch that marks
// initialisation's end (insertInitDoneCall), and bench/escape's programs allocating nothing after init.
#include "compiler/driver/run.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "compiler/driver/program.h"
#include "runtime-core/verify.h"

namespace vo::driver {
namespace {

namespace fs = std::filesystem;

TEST(RunStats, LineSeparatesTheProgramFromPackageInit) {
  rt::GcStats start, initDone, end;
  start.allocCount = 10;
  start.allocBytes = 100;
  start.collections = 1;
  initDone.allocCount = 59;
  initDone.allocBytes = 2044;
  initDone.collections = 2;
  end.allocCount = 62;
  end.allocBytes = 2092;
  end.collections = 4;
  EXPECT_EQ(statsLine(start, initDone, end),
            "vo: stats: 3 heap allocations (48 bytes) after init, 49 (1944 bytes) in package init, 3 GC cycles\n");
}

// The five numbers of a --stats line: after-init allocations and bytes, package-init allocations and bytes, and
// GC cycles.
using Stats = std::array<uint64_t, 5>;

// Runs a program whose main stores `inMain` fresh 16-byte structs into a package variable (each escapes), whose
// init function stores `inInit` of them, and whose main calls runtime.GC `gcs` times; returns its --stats line's
// numbers.
Stats runWithStats(int inMain, int inInit, int gcs) {
  const fs::path dir = fs::path(::testing::TempDir()) / "vo_run_stats_test";
  fs::create_directories(dir);
  const fs::path file =
      dir / ("p" + std::to_string(inMain) + "_" + std::to_string(inInit) + "_" + std::to_string(gcs) + ".go");
  const std::string loop = "\tfor i := 0; i < ";
  std::ofstream(file) << "package main\n\nimport \"runtime\"\n\ntype T struct{ a, b int }\n\nvar sink *T\n\n"
                      << "func init() {\n" + loop + std::to_string(inInit) + "; i++ {\n\t\tsink = &T{i, i}\n\t}\n}\n\n"
                      << "func main() {\n" + loop + std::to_string(inMain) + "; i++ {\n\t\tsink = &T{i, i}\n\t}\n"
                      << loop + std::to_string(gcs) + "; i++ {\n\t\truntime.GC()\n\t}\n}\n";
  RunCommandOptions options;
  options.path = file.string();
  options.stats = true;
  std::ostringstream err;
  EXPECT_EQ(runRun(options, err), 0) << err.str();
  std::smatch m;
  const std::string text = err.str();
  const std::regex line(
      R"(^vo: stats: (\d+) heap allocations \((\d+) bytes\) after init, (\d+) \((\d+) bytes\) in package init, )"
      R"((\d+) GC cycles\n$)");
  EXPECT_TRUE(std::regex_match(text, m, line)) << text;
  if (m.size() != 6) return {};
  return {std::stoull(m[1]), std::stoull(m[2]), std::stoull(m[3]), std::stoull(m[4]), std::stoull(m[5])};
}

TEST(RunStats, CountsTheProgramsOwnAllocationsApartFromInit) {
  const Stats none = runWithStats(0, 0, 0);
  EXPECT_EQ(none[0], 0u);  // main allocates nothing
  EXPECT_EQ(none[1], 0u);
  const Stats inMain = runWithStats(1000, 0, 0);
  EXPECT_EQ(inMain[0], 1000u);
  EXPECT_EQ(inMain[1], 1000u * 16);
  EXPECT_EQ(inMain[2], none[2]);
  EXPECT_EQ(inMain[3], none[3]);
  const Stats inInit = runWithStats(0, 700, 0);
  EXPECT_EQ(inInit[0], 0u);
  EXPECT_EQ(inInit[1], 0u);
  EXPECT_EQ(inInit[2], none[2] + 700);
  EXPECT_EQ(inInit[3], none[3] + 700u * 16);
  const Stats collected = runWithStats(0, 0, 2);
  EXPECT_EQ(collected[4], none[4] + 2);
}

// A program whose initialisation panics never reaches main.main: its allocations all count as initialisation's.
TEST(RunStats, PanicInInitCountsAsInit) {
  const fs::path dir = fs::path(::testing::TempDir()) / "vo_run_stats_test";
  fs::create_directories(dir);
  const fs::path file = dir / "panic_in_init.go";
  std::ofstream(file) << "package main\n\ntype T struct{ a, b int }\n\nvar sink *T\n\n"
                         "func init() {\n\tfor i := 0; i < 5; i++ {\n\t\tsink = &T{i, i}\n\t}\n\tpanic(\"stop\")\n}\n\n"
                         "func main() {}\n";
  RunCommandOptions options;
  options.path = file.string();
  options.stats = true;
  std::ostringstream err;
  EXPECT_EQ(runRun(options, err), 2);
  EXPECT_NE(err.str().find("vo: stats: 0 heap allocations (0 bytes) after init, "), std::string::npos) << err.str();
}

// The allocations after init on the --stats line of `vo run PATH ARGS...`; VO_ESCAPE is set to `escape` for the
// run (empty: unset).
uint64_t allocationsAfterInit(const std::string& path, const std::vector<std::string>& args, const char* escape) {
  const char* old = std::getenv("VO_ESCAPE");
  const std::string saved = old ? old : "";
  if (*escape) {
    setenv("VO_ESCAPE", escape, 1);
  } else {
    unsetenv("VO_ESCAPE");
  }
  RunCommandOptions options;
  options.path = path;
  options.args = args;
  options.stats = true;
  std::ostringstream err;
  EXPECT_EQ(runRun(options, err), 0) << err.str();
  if (old) {
    setenv("VO_ESCAPE", saved.c_str(), 1);
  } else {
    unsetenv("VO_ESCAPE");
  }
  std::smatch m;
  const std::string text = err.str();
  EXPECT_TRUE(std::regex_search(text, m, std::regex(R"(vo: stats: (\d+) heap allocations)"))) << text;
  return m.size() == 2 ? std::stoull(m[1]) : ~uint64_t{0};
}

// bench/escape's programs (issue 7's benchmarks, here at 1000 iterations): with the escape analysis nothing is
// allocated after package initialisation; with the conservative rule one Point per iteration.
TEST(RunStats, EscapeBenchmarksAllocateNothingAfterInit) {
  for (const char* name : {"points", "pointptr"}) {
    const std::string path = std::string(VO_SOURCE_DIR) + "/bench/escape/" + name + ".go";
    EXPECT_EQ(allocationsAfterInit(path, {"1000"}, ""), 0u) << name;
    EXPECT_GE(allocationsAfterInit(path, {"1000"}, "conservative"), 1000u) << name;
  }
}

TEST(RunStats, InsertInitDoneCallPutsTheCallJustBeforeMain) {
  const fs::path dir = fs::path(::testing::TempDir()) / "vo_run_stats_test";
  fs::create_directories(dir);
  const fs::path file = dir / "entry_shape.go";
  std::ofstream(file) << "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n";
  std::ostringstream err;
  Program p = loadProgram(file.string(), err);
  ASSERT_NE(p.module, nullptr) << err.str();
  rt::Module& m = *p.module;
  const std::vector<rt::Instr> before = m.funcs[m.entry].code;
  const size_t funcs = m.funcs.size();
  ASSERT_TRUE(insertInitDoneCall(m));
  ASSERT_EQ(m.funcs.size(), funcs + 1);
  const rt::FuncInfo& native = m.funcs.back();
  EXPECT_EQ(native.name, kInitDoneNative);
  EXPECT_TRUE(native.isNative());
  EXPECT_EQ(native.frameSize, 0u);
  const std::vector<rt::Instr>& code = m.funcs[m.entry].code;
  ASSERT_EQ(code.size(), before.size() + 1);
  ASSERT_GE(code.size(), 3u);
  // ..., call initDone, call main.main, ret: the initialisers' calls come first, unchanged.
  EXPECT_EQ(code[code.size() - 3].op, rt::Opcode::Call);
  EXPECT_EQ(code[code.size() - 3].d, static_cast<int32_t>(funcs));
  EXPECT_EQ(m.funcs[code[code.size() - 2].d].name, "main.main");
  EXPECT_EQ(code.back().op, rt::Opcode::Ret);
  for (size_t pc = 0; pc + 3 < code.size(); ++pc) EXPECT_EQ(code[pc].d, before[pc].d) << pc;
  std::string error;
  EXPECT_TRUE(rt::verifyModule(m, error)) << error;
}

TEST(RunStats, InsertInitDoneCallLeavesOtherEntriesAlone) {
  rt::Module m;
  rt::FuncInfo entry;
  entry.name = "vo.entry";
  entry.code.push_back(rt::Instr{rt::Opcode::Ret});
  m.funcs.push_back(entry);
  EXPECT_FALSE(insertInitDoneCall(m));  // no call of main.main
  EXPECT_EQ(m.funcs.size(), 1u);
  EXPECT_EQ(m.funcs[0].code.size(), 1u);
}

}  // namespace
}  // namespace vo::driver
