// The golden programs of test_data/run (README.md there): each program runs in each mode through the built `vo`
// binary as a subprocess, and its normalised combined output and exit status must equal PROG.out and PROG.exit
// (Go 1.19's, written by scripts/update-run-goldens). Modes: `vm` (`vo run prog.go` twice with a build cache of
// its own: compiled, then from the cache), `gcstress` (the same with
// VO_GC_STRESS=1), `schedstress` (the programs of concurrency/ with VO_SCHED_STRESS=1: the scheduler yields at
// every scheduling point, in a seeded random order) and `voc` (`vo compile -o prog.voc prog.go`, then `vo run prog.voc`: together they must give the same output, and
// `vo disasm prog.voc` must succeed and name main.main). A program listed in known_failures_<mode>.txt that fails is
// skipped with its reason; one that passes fails the test ("now passes"), so the lists only shrink. With
// VO_UPDATE_KNOWN_FAILURES=1 nothing fails and the lists are rewritten to the current failures at exit
// (scripts/update-known-failures).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "test_data/runner/compare.h"
#include "test_data/runner/known_failures.h"
#include "test_data/runner/process.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif
#ifndef VO_BINARY
#error "VO_BINARY must name the built vo executable"
#endif

namespace vo::testrun {
namespace {

namespace fs = std::filesystem;

// Fewer programs than this means the directory was not found or was emptied, which must not pass silently.
constexpr size_t kMinPrograms = 150;

// Each command may use 10 s of CPU time; the wall-clock limit is generous so that a loaded machine (CTest runs two
// tests at once, beside whatever else runs) does not turn slow runs into failures.
constexpr unsigned kCpuLimitSeconds = 10;
const std::chrono::milliseconds kTimeout{60000};

const fs::path& runDir() {
  static const fs::path dir = fs::path(VO_SOURCE_DIR) / "test_data/run";
  return dir;
}

std::string voBinary() {
  const char* env = std::getenv("VO_BINARY");
  return env != nullptr && *env != '\0' ? env : VO_BINARY;
}

bool updating() {
  const char* env = std::getenv("VO_UPDATE_KNOWN_FAILURES");
  return env != nullptr && std::string(env) == "1";
}

enum class Mode { Vm, GcStress, SchedStress, Voc };
const Mode kModes[] = {Mode::Vm, Mode::GcStress, Mode::SchedStress, Mode::Voc};

std::string modeName(Mode m) {
  switch (m) {
    case Mode::Vm:
      return "vm";
    case Mode::GcStress:
      return "gcstress";
    case Mode::SchedStress:
      return "schedstress";
    case Mode::Voc:
      return "voc";
  }
  return "?";
}

std::string listPath(Mode m) { return (runDir() / ("known_failures_" + modeName(m) + ".txt")).string(); }

// The programs under test_data/run (`.go` and `.vo`) as paths relative to it (`slices/append_growth.go`), sorted.
std::vector<std::string> programs() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(runDir(), ec)) {
    if (e.is_regular_file() && (e.path().extension() == ".go" || e.path().extension() == ".vo"))
      files.push_back(fs::relative(e.path(), runDir()).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool readFile(const fs::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  text = buf.str();
  return true;
}

// The results of this process's tests, per mode: program -> reason ("" = pass). Used to rewrite the lists.
struct Results {
  std::mutex mu;
  std::map<Mode, std::map<std::string, std::string>> byMode;
};
Results& results() {
  static Results r;
  return r;
}

// A fresh temporary directory, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "vo-run-XXXXXX").string();
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Case {
  Mode mode;
  std::string program;  // relative to test_data/run
};

// How GoogleTest prints a parameter in failure messages.
void PrintTo(const Case& c, std::ostream* os) { *os << modeName(c.mode) << ":" << c.program; }

// Runs one program in one mode, in a fresh temporary directory; returns the verdict.
RunVerdict runCase(const Case& c) {
  const fs::path source = runDir() / c.program;
  const fs::path base = fs::path(source).replace_extension();
  std::string expected, exitText;
  if (!readFile(base.string() + ".out", expected)) return {false, "missing .out file", "no " + base.string() + ".out"};
  int expectedExit = 0;
  if (readFile(base.string() + ".exit", exitText)) expectedExit = std::atoi(exitText.c_str());

  TempDir tmp;
  if (tmp.path().empty()) return {false, "cannot create a temporary directory", ""};
  // The program runs from a copy in the temporary directory, named by its base name, as the goldens were made:
  // messages then hold no path of this checkout.
  const std::string name = source.filename().string();
  std::error_code ec;
  fs::copy_file(source, fs::path(tmp.path()) / name, ec);
  if (ec) return {false, "cannot copy the program: " + ec.message(), ""};
  ProcessSpec spec;
  spec.cwd = tmp.path();
  spec.timeout = kTimeout;
  spec.cpuLimitSeconds = kCpuLimitSeconds;
  if (c.mode == Mode::Vm) {
    // Twice, through a build cache of its own: the first run compiles and stores, the second loads the stored
    // bytecode (compiler/driver/build_cache.h) and must behave the same.
    spec.argv = {voBinary(), "run", name};
    spec.env.emplace_back("VOCACHE", (fs::path(tmp.path()) / "vocache").string());
    RunVerdict first = judgeRun(expected, expectedExit, runProcess(spec), spec);
    if (!first.pass) return first;
    // The second run starts from the same fresh directory: only the program and the cache stay.
    for (const fs::directory_entry& e : fs::directory_iterator(tmp.path(), ec)) {
      const std::string n = e.path().filename().string();
      if (n != name && n != "vocache") fs::remove_all(e.path(), ec);
    }
    RunVerdict second = judgeRun(expected, expectedExit, runProcess(spec), spec);
    if (!second.pass) second.reason = "from the build cache: " + second.reason;
    return second;
  }
  spec.env.emplace_back("VOCACHE", "off");  // the other modes leave the user's build cache alone
  if (c.mode == Mode::GcStress || c.mode == Mode::SchedStress) {
    spec.argv = {voBinary(), "run", name};
    if (c.mode == Mode::GcStress) spec.env.emplace_back("VO_GC_STRESS", "1");
    if (c.mode == Mode::SchedStress) spec.env.emplace_back("VO_SCHED_STRESS", "1");
    return judgeRun(expected, expectedExit, runProcess(spec), spec);
  }
  // voc: compile, run the .voc, disassemble it.
  const std::string voc = base.filename().string() + ".voc";
  ProcessSpec compile = spec;
  compile.argv = {voBinary(), "compile", "-o", voc, name};
  ProcessResult compiled = runProcess(compile);
  if (!compiled.error.empty() || compiled.timedOut || compiled.exitStatus != 0) {
    return {false, oneLine("vo compile: " + describeEnd(compiled, compile) + ": " + compiled.output),
            "vo compile failed (" + describeEnd(compiled, compile) + "):\n" + compiled.output};
  }
  spec.argv = {voBinary(), "run", voc};
  // What `vo compile` printed (the warnings of a .vo file) comes first, as `vo run prog.vo` prints it.
  ProcessResult ran = runProcess(spec);
  ran.output = compiled.output + ran.output;
  RunVerdict v = judgeRun(expected, expectedExit, ran, spec);
  if (!v.pass) return v;
  ProcessSpec disasm = spec;
  disasm.argv = {voBinary(), "disasm", voc};
  ProcessResult listing = runProcess(disasm);
  if (!listing.error.empty() || listing.timedOut || listing.exitStatus != 0) {
    return {false, oneLine("vo disasm: " + describeEnd(listing, disasm)),
            "vo disasm failed (" + describeEnd(listing, disasm) + "):\n" + listing.output.substr(0, 2000)};
  }
  if (listing.output.find("main.main") == std::string::npos) {
    return {false, "vo disasm does not name main.main", listing.output.substr(0, 2000)};
  }
  return v;
}

class RunProgram : public ::testing::TestWithParam<Case> {};

TEST_P(RunProgram, MatchesGo) {
  const Case& c = GetParam();
  RunVerdict v = runCase(c);
  {
    std::lock_guard<std::mutex> lock(results().mu);
    results().byMode[c.mode][c.program] = v.pass ? "" : (v.reason.empty() ? "fails" : v.reason);
  }
  if (updating()) return;
  static std::map<Mode, KnownFailures> lists;
  static std::mutex listsMu;
  KnownFailures known;
  {
    std::lock_guard<std::mutex> lock(listsMu);
    if (!lists.count(c.mode)) lists[c.mode] = loadKnownFailures(listPath(c.mode));
    known = lists[c.mode];
  }
  auto it = known.find(c.program);
  if (it != known.end()) {
    if (v.pass) {
      FAIL() << c.program << " now passes in mode " << modeName(c.mode) << ": remove it from known_failures_"
             << modeName(c.mode) << ".txt (or run scripts/update-known-failures)";
    }
    GTEST_SKIP() << "known failure (known_failures_" << modeName(c.mode) << ".txt): " << it->second;
  }
  if (!v.pass) {
    FAIL() << c.program << " (mode " << modeName(c.mode) << "): " << v.reason << "\n" << v.detail;
  }
}

std::vector<Case> casesFor(Mode m) {
  std::vector<Case> out;
  for (const std::string& p : programs()) {
    if (m == Mode::SchedStress && p.rfind("concurrency/", 0) != 0) continue;  // only they have goroutines
    out.push_back({m, p});
  }
  return out;
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = info.param.program.substr(0, info.param.program.size() - 3);  // drop ".go" or ".vo"
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(vm, RunProgram, ::testing::ValuesIn(casesFor(Mode::Vm)), caseName);
INSTANTIATE_TEST_SUITE_P(gcstress, RunProgram, ::testing::ValuesIn(casesFor(Mode::GcStress)), caseName);
INSTANTIATE_TEST_SUITE_P(schedstress, RunProgram, ::testing::ValuesIn(casesFor(Mode::SchedStress)), caseName);
INSTANTIATE_TEST_SUITE_P(voc, RunProgram, ::testing::ValuesIn(casesFor(Mode::Voc)), caseName);

TEST(RunCorpus, EveryProgramHasItsGolden) {
  std::vector<std::string> all = programs();
  EXPECT_GE(all.size(), kMinPrograms) << "test_data/run has fewer programs than expected: is " << runDir()
                                      << " complete?";
  for (const std::string& p : all) {
    fs::path base = (runDir() / p).replace_extension();
    EXPECT_TRUE(fs::exists(base.string() + ".out")) << p << " has no .out: run scripts/update-run-goldens " << p;
  }
}

TEST(RunCorpus, KnownFailuresNameExistingPrograms) {
  std::vector<std::string> all = programs();
  for (Mode m : kModes) {
    for (const auto& [entry, reason] : loadKnownFailures(listPath(m))) {
      EXPECT_TRUE(std::binary_search(all.begin(), all.end(), entry))
          << entry << " is listed in known_failures_" << modeName(m) << ".txt but is not a program: remove it";
    }
  }
}

// In update mode, rewrites the list of every mode that ran at least one program.
class UpdateLists : public ::testing::Environment {
 public:
  void TearDown() override {
    if (!updating()) return;
    std::lock_guard<std::mutex> lock(results().mu);
    for (const auto& [mode, byProgram] : results().byMode) {
      KnownFailures list;
      size_t passing = 0;
      for (const auto& [program, reason] : byProgram) {
        if (reason.empty()) {
          ++passing;
        } else {
          list[program] = reason;
        }
      }
      // Keep entries of programs that did not run (a --gtest_filter run updates only what it ran).
      for (const auto& [program, reason] : loadKnownFailures(listPath(mode))) {
        if (!byProgram.count(program) && fs::exists(runDir() / program)) list[program] = reason;
      }
      std::string header =
          "Programs of test_data/run that do not pass yet in mode `" + modeName(mode) +
          "` (test_data/runner/run_test.cpp), with the first problem.\n"
          "A listed program that fails is skipped; one that passes fails the test: this list only shrinks.\n"
          "Regenerate: scripts/update-known-failures (review the diff: lines should only go away).";
      if (!writeKnownFailures(listPath(mode), header, list)) {
        std::fprintf(stderr, "cannot write %s\n", listPath(mode).c_str());
        continue;
      }
      std::printf("%s: %zu of %zu programs pass; %zu listed in %s\n", modeName(mode).c_str(), passing,
                  byProgram.size(), list.size(), fs::relative(listPath(mode), VO_SOURCE_DIR).c_str());
    }
  }
};

const auto* const kUpdateEnv = ::testing::AddGlobalTestEnvironment(new UpdateLists);

}  // namespace
}  // namespace vo::testrun
