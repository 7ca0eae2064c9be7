// vo_conformance: runs the in-scope `run` programs of Go's test suite (GO_TEST_SUITE.md's set, widened by the
// import list of isWidenedRunImport; check_util.h inScopeRunPrograms) with `vo run` and judges them as Go's test/run.go does: the
// combined standard output and standard error must equal X.out byte for byte, or be empty when there is no X.out,
// and the exit status must be 0. Each program runs in a fresh temporary directory with a limit of 10 s of CPU
// time (and 60 s of wall-clock time, after which its process group is killed). Prints `conformance (MODE): N of M pass (P%)` for both sets, the newly passing programs and the
// failures outside test_data/conformance/run_known_failures_MODE.txt; exits 1 when there is such a failure.
// Run it through scripts/conformance.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/tests/check_util.h"
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

struct Options {
  std::string mode = "vm";
  bool update = false;
  bool verbose = false;
  bool list = false;
  unsigned jobs = 2;
  unsigned shardCount = 1;  // run only the programs whose index % shardCount == shardIndex (a deterministic subset)
  unsigned shardIndex = 0;
  std::string sourceDir = VO_SOURCE_DIR;
  std::string vo = VO_BINARY;
  unsigned cpuLimitSeconds = 10;  // per program; the wall-clock limit is six times as long (a loaded machine)
};

const char kUsage[] =
    "usage: vo_conformance [--mode=vm|gcstress] [--update-known-failures] [--verbose] [-j N] [--list]\n"
    "                      [--subset=K/N] [--timeout=SECONDS] [--vo=PATH] [--source-dir=DIR]\n";

std::string listPath(const Options& o) {
  return o.sourceDir + "/test_data/conformance/run_known_failures_" + o.mode + ".txt";
}

using gosuite::isRunProgramImport;  // GO_TEST_SUITE.md's list (597 programs on Go 1.19.8): the original yardstick
using gosuite::percentText;

// The widened list (issue 6): GO_TEST_SUITE.md's, plus the packages the stdlib has shipped since (stdlib/README.md).
bool isWidenedRunImport(std::string_view path) {
  static const std::set<std::string_view> kMore = {
      "bufio",      "io",       "io/ioutil",  "container/heap", "container/list", "container/ring", "path",
      "path/filepath", "log", "unicode/utf16", "math/bits", "sync/atomic", "runtime/debug", "text/tabwriter"};
  return isRunProgramImport(path) || kMore.count(path) != 0;
}

// Whether every import of the program at `path` passes `allowed`.
bool importsOnly(const std::string& path, types::conformance::ImportFilter allowed) {
  std::string text = gosuite::readFile(path);
  SourceManager sources;
  DiagnosticEngine diags(sources);
  syntax::AstContext ast;
  FileId id = sources.addFile(path, text);
  const syntax::File* file = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
  if (file == nullptr) return false;
  for (const syntax::ImportSpec* spec : file->imports) {
    if (spec->path == nullptr || spec->path->value.size() < 2) continue;
    std::string_view v = spec->path->value;
    if (!allowed(v.substr(1, v.size() - 2))) return false;
  }
  return true;
}

// The reason a run failed, on one line ("" when it passed): run.go's rules.
std::string judge(const ProcessResult& r, const ProcessSpec& spec, const std::string& expected) {
  if (!r.error.empty() || r.timedOut || r.exitStatus != 0) {
    std::string reason = describeEnd(r, spec);
    size_t start = r.output.find_first_not_of('\n');
    if (start != std::string::npos) reason += ": " + r.output.substr(start, r.output.find('\n', start) - start);
    return oneLine(reason);
  }
  if (r.output == expected) return "";
  size_t i = 0;
  while (i < r.output.size() && i < expected.size() && r.output[i] == expected[i]) ++i;
  size_t lineStart = r.output.rfind('\n', i == 0 ? 0 : i - 1);
  lineStart = (lineStart == std::string::npos || i == 0) ? 0 : lineStart + 1;
  std::string got = r.output.substr(lineStart, r.output.find('\n', lineStart) - lineStart);
  size_t wantStart = expected.rfind('\n', i == 0 ? 0 : i - 1);
  wantStart = (wantStart == std::string::npos || i == 0) ? 0 : wantStart + 1;
  std::string want = expected.substr(wantStart, expected.find('\n', wantStart) - wantStart);
  if (expected.empty()) return oneLine("output not empty: `" + got + "`");
  return oneLine("output differs: got `" + got + "`, want `" + want + "`");
}

std::string runOne(const Options& o, const std::string& root, const std::string& rel) {
  std::string tmpl = (fs::temp_directory_path() / "vo-conf-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) return "cannot create a temporary directory";
  const fs::path dir = tmpl;
  const fs::path src = fs::path(root) / rel;
  const std::string name = src.filename().string();
  std::error_code ec;
  fs::copy_file(src, dir / name, ec);
  std::string reason;
  if (ec) {
    reason = "cannot copy the program: " + ec.message();
  } else {
    ProcessSpec spec;
    spec.argv = {o.vo, "run", name};
    spec.cwd = dir.string();
    spec.cpuLimitSeconds = o.cpuLimitSeconds;
    spec.timeout = std::chrono::seconds(6 * o.cpuLimitSeconds);
    // run.go runs every test with GOOS and GOARCH set (test/env.go checks them).
    // VOCACHE=off: Go's test programs do not fill the user's build cache.
    spec.env = {{"GOOS", "linux"}, {"GOARCH", "amd64"}, {"VOCACHE", "off"}};
    if (o.mode == "gcstress") spec.env.emplace_back("VO_GC_STRESS", "1");
    std::string expected = gosuite::readFile(fs::path(src).replace_extension(".out").string());
    reason = judge(runProcess(spec), spec, expected);
    // Paths inside the fresh directory (runtime.Caller reports absolute ones) are named relative to it, so that a
    // reason is the same from run to run.
    const std::string prefix = dir.string() + "/";
    for (size_t at; (at = reason.find(prefix)) != std::string::npos;) reason.erase(at, prefix.size());
  }
  fs::remove_all(dir, ec);
  return reason;
}

int run(const Options& o) {
  const std::string root = gosuite::goTestDir();
  if (!gosuite::haveCorpus(root)) {
    std::cerr << "conformance: Go's test suite was not found at " << root
              << ": run scripts/setup (it installs golang-1.19-src), or set VO_GO_TEST_DIR\n";
    return 2;
  }
  const auto generic = gosuite::loadGenericList(o.sourceDir);
  if (generic.empty()) {
    std::cerr << "conformance: test_data/go_suite/uses_type_params.txt is missing or empty\n";
    return 2;
  }
  const std::vector<std::string> all = types::conformance::inScopeRunPrograms(root, generic, isWidenedRunImport);
  std::vector<std::string> programs;
  std::vector<bool> original;  // per program: within GO_TEST_SUITE.md's import list
  for (size_t i = 0; i < all.size(); ++i) {
    if (i % o.shardCount != o.shardIndex) continue;
    programs.push_back(all[i]);
    original.push_back(importsOnly((fs::path(root) / all[i]).string(), isRunProgramImport));
  }
  if (o.list) {
    for (const std::string& p : programs) std::cout << p << '\n';
    return 0;
  }

  std::vector<std::string> reasons(programs.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::mutex outMu;
  auto worker = [&] {
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= programs.size()) return;
      auto start = std::chrono::steady_clock::now();
      reasons[i] = runOne(o, root, programs[i]);
      auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
      size_t d = ++done;
      if (o.verbose) {
        std::lock_guard<std::mutex> lock(outMu);
        std::cout << "[" << d << "/" << programs.size() << "] " << (reasons[i].empty() ? "PASS " : "FAIL ")
                  << programs[i] << " (" << ms.count() << " ms)" << (reasons[i].empty() ? "" : ": " + reasons[i])
                  << std::endl;
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < std::max(1u, o.jobs); ++j) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();

  const KnownFailures known = loadKnownFailures(listPath(o));
  KnownFailures failing;
  std::vector<std::string> newFailures, nowPassing;
  for (size_t i = 0; i < programs.size(); ++i) {
    const bool listed = known.count(programs[i]) != 0;
    if (!reasons[i].empty()) {
      failing[programs[i]] = reasons[i];
      if (!listed) newFailures.push_back(programs[i]);
    } else if (listed) {
      nowPassing.push_back(programs[i]);
    }
  }
  size_t originalCount = 0, originalPassed = 0;
  for (size_t i = 0; i < programs.size(); ++i) {
    if (!original[i]) continue;
    ++originalCount;
    if (reasons[i].empty()) ++originalPassed;
  }
  const size_t passed = programs.size() - failing.size();
  const std::string subset = o.shardCount > 1 ? " [subset " + std::to_string(o.shardIndex) + "/" +
                                                    std::to_string(o.shardCount) + "]"
                                              : "";
  std::cout << "conformance (" << o.mode << "): " << originalPassed << " of " << originalCount << " pass ("
            << percentText(originalPassed, originalCount) << ") with GO_TEST_SUITE.md's imports" << subset << "\n";
  std::cout << "conformance (" << o.mode << ", widened imports): " << passed << " of " << programs.size()
            << " pass (" << percentText(passed, programs.size()) << ")" << subset << "\n";
  for (const std::string& p : nowPassing) std::cout << "  NOW PASSES " << p << "\n";
  for (const std::string& f : newFailures) std::cout << "  NEW FAILURE " << f << ": " << failing[f] << "\n";

  const std::string rel = fs::relative(listPath(o), o.sourceDir).generic_string();
  if (o.update) {
    // Entries of programs outside this run (another subset) stay.
    KnownFailures list = failing;
    std::vector<std::string> sorted = programs;
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [p, r] : known) {
      if (!std::binary_search(sorted.begin(), sorted.end(), p) &&
          std::find(all.begin(), all.end(), p) != all.end())
        list[p] = r;
    }
    std::string header =
        "In-scope `run` programs of Go's test suite (golang-1.19-src test/) that do not pass yet with `vo run` in\n"
        "mode `" + o.mode + "`, with the first problem (see README.md in this folder). scripts/conformance fails when a\n"
        "program outside this list fails and prints the listed ones that pass: this list only shrinks.\n"
        "Regenerate: scripts/conformance --mode=" + o.mode + " --update-known-failures";
    if (!writeKnownFailures(listPath(o), header, list)) {
      std::cerr << "conformance: cannot write " << rel << "\n";
      return 2;
    }
    std::cout << "  " << rel << ": " << list.size() << " entries (" << newFailures.size() << " added, "
              << nowPassing.size() << " removed)\n";
    return 0;
  }
  if (!newFailures.empty()) {
    std::cout << newFailures.size() << " program(s) outside " << rel
              << " fail; to accept the current state: scripts/conformance --mode=" << o.mode
              << " --update-known-failures\n";
    return 1;
  }
  if (!nowPassing.empty()) {
    std::cout << nowPassing.size() << " listed program(s) now pass: scripts/conformance --mode=" << o.mode
              << " --update-known-failures removes them\n";
  }
  return 0;
}

bool parseArgs(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const std::string& flag, std::string& out) {
      if (a.rfind(flag + "=", 0) == 0) {
        out = a.substr(flag.size() + 1);
        return true;
      }
      if (a == flag && i + 1 < argc) {
        out = argv[++i];
        return true;
      }
      return false;
    };
    std::string v;
    if (value("--mode", v)) {
      if (v != "vm" && v != "gcstress") return false;
      o.mode = v;
    } else if (a == "--update-known-failures") {
      o.update = true;
    } else if (a == "--verbose" || a == "-v") {
      o.verbose = true;
    } else if (a == "--list") {
      o.list = true;
    } else if (value("-j", v) || value("--jobs", v)) {
      o.jobs = static_cast<unsigned>(std::max(1, std::atoi(v.c_str())));
    } else if (a.rfind("-j", 0) == 0 && a.size() > 2) {
      o.jobs = static_cast<unsigned>(std::max(1, std::atoi(a.c_str() + 2)));
    } else if (value("--subset", v)) {
      size_t slash = v.find('/');
      if (slash == std::string::npos) return false;
      o.shardIndex = static_cast<unsigned>(std::atoi(v.substr(0, slash).c_str()));
      o.shardCount = static_cast<unsigned>(std::max(1, std::atoi(v.substr(slash + 1).c_str())));
      if (o.shardIndex >= o.shardCount) return false;
    } else if (value("--timeout", v)) {
      o.cpuLimitSeconds = static_cast<unsigned>(std::max(1, std::atoi(v.c_str())));
    } else if (value("--vo", v)) {
      o.vo = v;
    } else if (value("--source-dir", v)) {
      o.sourceDir = v;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace
}  // namespace vo::testrun

int main(int argc, char** argv) {
  vo::testrun::Options o;
  if (!vo::testrun::parseArgs(argc, argv, o)) {
    std::cerr << vo::testrun::kUsage;
    return 2;
  }
  return vo::testrun::run(o);
}
