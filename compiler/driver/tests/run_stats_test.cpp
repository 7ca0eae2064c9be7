// `vo run --stats`: the line it prints and that it counts the run's own heap work (two programs that differ only
// in how many objects escape to the heap differ by exactly that many allocations and bytes).
#include "compiler/driver/run.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace vo::driver {
namespace {

namespace fs = std::filesystem;

TEST(RunStats, LineNamesAllocationsBytesAndCycles) {
  rt::GcStats before, after;
  before.allocCount = 10;
  before.allocBytes = 100;
  before.collections = 1;
  after.allocCount = 13;
  after.allocBytes = 148;
  after.collections = 3;
  EXPECT_EQ(statsLine(before, after), "vo: stats: 3 heap allocations (48 bytes), 2 GC cycles\n");
}

// Runs a program whose main stores `n` fresh 16-byte structs into a package variable (each escapes) and calls
// runtime.GC `gcs` times; returns the three numbers of its --stats line.
std::array<uint64_t, 3> runWithStats(int n, int gcs) {
  const fs::path dir = fs::path(::testing::TempDir()) / "vo_run_stats_test";
  fs::create_directories(dir);
  const fs::path file = dir / ("p" + std::to_string(n) + "_" + std::to_string(gcs) + ".go");
  std::ofstream(file) << "package main\n\nimport \"runtime\"\n\ntype T struct{ a, b int }\n\nvar sink *T\n\n"
                         "func main() {\n\tfor i := 0; i < " << n << "; i++ {\n\t\tsink = &T{i, i}\n\t}\n"
                      << "\tfor i := 0; i < " << gcs << "; i++ {\n\t\truntime.GC()\n\t}\n}\n";
  RunCommandOptions options;
  options.path = file.string();
  options.stats = true;
  std::ostringstream err;
  EXPECT_EQ(runRun(options, err), 0) << err.str();
  std::smatch m;
  const std::string text = err.str();
  const std::regex line(R"(^vo: stats: (\d+) heap allocations \((\d+) bytes\), (\d+) GC cycles\n$)");
  EXPECT_TRUE(std::regex_match(text, m, line)) << text;
  if (m.size() != 4) return {0, 0, 0};
  return {std::stoull(m[1]), std::stoull(m[2]), std::stoull(m[3])};
}

TEST(RunStats, CountsTheRunsOwnAllocationsAndCollections) {
  const auto none = runWithStats(0, 0);
  const auto some = runWithStats(1000, 0);
  EXPECT_EQ(some[0] - none[0], 1000u);
  EXPECT_EQ(some[1] - none[1], 1000u * 16);
  const auto collected = runWithStats(0, 2);
  EXPECT_EQ(collected[2], none[2] + 2);
}

}  // namespace
}  // namespace vo::driver
