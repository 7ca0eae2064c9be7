// vo_escape_oracle: Go's own escape-analysis tests as an oracle for ours (issue 7). Runs `vo check -m` on each
// in-scope `escape*.go` of Go's test suite (/usr/share/go-1.19/test) and matches its output against the file's
// `// ERROR "regexp"` comments with Go 1.19 test/run.go's errorCheck rules (compiler/syntax/tests/errorcheck.h,
// LineAndMessage): every regexp of a line must match one of the messages reported on that line, and every message
// on the line must be matched by one of them. An annotated line matches when both hold. Prints per file and in
// total `N of M annotated lines match (P%)`, the count of unexpected messages on unannotated lines, and the
// mismatches grouped by kind of message (`moved to heap`, `escapes to heap`, `leaking param`, ...), largest first.
//
// In scope (issue 7: GO_TEST_SUITE.md's generics and import rules applied to errorcheck tests): a top-level
// `escape*.go` whose recipe is `errorcheck` with `-m` among its flags, no type parameters, no build constraint, and
// imports only from GO_TEST_SUITE.md's list. The others are listed with the reason.
//
// Every expectation counts in the headline figure, also those naming inlining (`can inline f`, `inlining call to
// f`: escape4.go runs without -l) or devirtualisation, messages vo does not print. A second line gives the figure
// with those expectations optional (counted only when a message on their line matches them).
//
// The CTest test `escape_go_oracle` fails when the matched count of a file or of the total drops below the floor
// recorded in test_data/conformance/escape_oracle_floor.txt, or when the messages on unannotated lines exceed the
// ceiling recorded there; `--update-floor` rewrites it to the current figures.
//
// `--all` widens the set to every errorcheck test of the suite whose flags include `-m` (fixedbugs/, inline*.go,
// ...), in scope by the same import and generics rules, inlining or not (figures only, no floor).
// `--robustness` runs `vo check -m` on every test of the suite (errorcheck with any flags, run, compile, ...) in
// scope by the import and generics rules and reports the ones where vo crashes (a signal, a time-out, an internal
// error), whatever the messages say.
// `--run-test-data` runs every program of test_data/escape with `vo run`, plainly and with VO_GC_STRESS=1: each
// must exit with status 0, as it does with Go, and print the same in both modes (the programs exercise the
// decisions that put objects in the frame, so this is an end-to-end check of the analysis and of frame
// allocation under GC stress; CTest `escape_test_data_run`). Programs using a construct codegen rejects as
// "not supported yet" are skipped with a note.
// `--go-compare` compares, line by line, `go tool compile -m -l` with `vo check -m` on the in-scope `run` programs of
// the suite (GO_TEST_SUITE.md's set), or on every .go file under `--dir=DIR` (test_data/run): a broad report on
// real programs, without a floor (it needs `go`).
// The shared pieces and the extra modes are in escape_oracle_modes.cpp (escape_oracle.h).
// Run it through scripts/escape-oracle.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "compiler/syntax/tests/errorcheck.h"
#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/tests/check_util.h"
#include "test_data/runner/escape_oracle.h"
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

const char kUsage[] =
    "usage: vo_escape_oracle [--all | --robustness | --run-test-data | --go-compare] [--update-floor] [--verbose]\n"
    "                        [--list] [-j N]\n"
    "                        [--file=REL] [--dir=DIR (with --go-compare)] [--vo=PATH] [--source-dir=DIR]\n";

const char kFloorFile[] = "/test_data/conformance/escape_oracle_floor.txt";

bool hasFlag(const std::vector<std::string>& recipe, std::string_view flag) {
  for (size_t i = 1; i < recipe.size(); ++i) {
    if (recipe[i] == flag || recipe[i].rfind(std::string(flag) + "=", 0) == 0) return true;
  }
  return false;
}

// Why a test is not part of the set the options select ("" when it is).
std::string outOfScope(const EscapeOracleOptions& o, const std::string& root, const std::string& rel,
                       const std::map<std::string, std::string>& generic) {
  std::vector<std::string> recipe = gosuite::testRecipe(gosuite::readFile((fs::path(root) / rel).string()));
  if (o.robustness) {
    if (recipe.empty() || recipe[0] == "skip") return "not a test";
  } else {
    if (recipe.empty() || recipe[0] != "errorcheck") return "not an errorcheck test";
    if (!hasFlag(recipe, "-m")) return "flags without -m";
  }
  return types::conformance::outOfScopeReason(root, rel, generic, gosuite::isRunProgramImport);
}

// Whether an expectation names an optimisation's message rather than an escape decision: inlining (vo does not
// inline) or devirtualisation (`devirtualizing x.M to T`, which vo's analysis models without printing it).
bool isAboutOtherOptimisation(const std::string& regexp) {
  return regexp.find("inlin") != std::string::npos || regexp.find("devirtualiz") != std::string::npos;
}

// The outcome of one file.
struct FileResult {
  std::string error;  // vo crashed, timed out or reported errors ("" when it ran cleanly)
  bool crashed = false;
  size_t annotated = 0, matched = 0;
  size_t unexpectedElsewhere = 0;       // messages on lines without any expectation
  size_t dropped = 0;                   // lenient figure: expectations naming inlining/devirtualisation, unmatched
  size_t annotatedLenient = 0, matchedLenient = 0;  // the figure without those expectations
  std::vector<std::string> mismatches;  // one per problem, `file:line: ...`
  // kind -> (expected but missing, reported but unexpected)
  std::map<std::string, std::pair<size_t, size_t>> families;
  std::map<std::string, std::vector<std::string>> examples;  // kind -> a few mismatches
};

void addExample(FileResult& r, const std::string& kind, const std::string& text) {
  std::vector<std::string>& list = r.examples[kind];
  if (list.size() < 4) list.push_back(text);
}

FileResult runOne(const EscapeOracleOptions& o, const std::string& root, const std::string& rel) {
  FileResult r;
  ProcessSpec spec;
  spec.argv = {o.vo, "check", "-m", rel};
  spec.cwd = root;
  spec.timeout = std::chrono::seconds(60);
  spec.cpuLimitSeconds = 20;
  ProcessResult p = runProcess(spec);
  std::vector<std::string> other;
  std::vector<EscapeMessage> messages = parseEscapeMessages(p.output, other);
  const std::string text = gosuite::readFile((fs::path(root) / rel).string());
  const std::string shortName = fs::path(rel).filename().string();

  if (!p.error.empty() || p.timedOut || p.cpuExceeded || p.exitStatus >= 128 ||
      p.output.find("internal error") != std::string::npos ||
      p.output.find("Assertion") != std::string::npos) {
    r.crashed = true;
    r.error = describeEnd(p, spec);
    std::string first = other.empty() ? "" : other.back();
    if (!first.empty()) r.error += ": " + first;
  } else if (p.exitStatus != 0) {
    r.error = describeEnd(p, spec);
    for (const EscapeMessage& m : messages) {
      if (escapeMessageKind(m.text) == "other") {
        r.error += ": " + m.file + ":" + std::to_string(m.line) + ": " + m.text;
        break;
      }
    }
  }
  if (o.robustness) return r;

  std::vector<errorcheck::ReportedError> reported;
  for (const EscapeMessage& m : messages) {
    if (m.file == rel || m.file == shortName) reported.push_back({m.line, m.text});
  }
  errorcheck::ExpectedErrors want = errorcheck::parseExpectedErrors(text, shortName);
  // The lenient figure: expectations that name an optimisation's message rather than an escape decision
  // (inlining, devirtualisation) are optional there — one that a message on its line matches is kept (and consumes
  // it), the others are dropped. The headline figure counts every expectation.
  {
    std::vector<errorcheck::ExpectedError> optional = want.errors;
    std::erase_if(optional, [&](const errorcheck::ExpectedError& e) {
      if (!isAboutOtherOptimisation(e.regexp)) return false;
      std::regex rx;
      try {
        rx = std::regex(errorcheck::toEcmaScriptRegexp(e.regexp));
      } catch (const std::regex_error&) {
        ++r.dropped;
        return true;
      }
      for (const errorcheck::ReportedError& m : reported) {
        if (m.line == e.line && std::regex_search(m.message, rx)) return false;
      }
      ++r.dropped;
      return true;
    });
    errorcheck::MatchResult lenient =
        errorcheck::matchErrors(optional, reported, errorcheck::MatchModeKind::LineAndMessage);
    std::set<uint32_t> lines, bad;
    for (const errorcheck::ExpectedError& e : optional) lines.insert(e.line);
    for (uint32_t line : want.malformedLines) bad.insert(line);
    for (const errorcheck::UnmatchedError& u : lenient.unmatched) bad.insert(u.want.line);
    for (const errorcheck::ReportedError& u : lenient.unexpected) bad.insert(u.line);
    r.annotatedLenient = lines.size();
    for (uint32_t line : lines) r.matchedLenient += bad.count(line) == 0 ? 1 : 0;
  }
  errorcheck::MatchResult match =
      errorcheck::matchErrors(want.errors, reported, errorcheck::MatchModeKind::LineAndMessage);

  std::set<uint32_t> annotatedLines, badLines;
  for (const errorcheck::ExpectedError& e : want.errors) annotatedLines.insert(e.line);
  for (uint32_t line : want.malformedLines) badLines.insert(line);
  for (const errorcheck::UnmatchedError& u : match.unmatched) {
    badLines.insert(u.want.line);
    std::string kind = escapeMessageKind(u.want.regexp);
    ++r.families[kind].first;
    std::string got;
    for (const errorcheck::ReportedError& m : reported) {
      if (m.line == u.want.line) got += (got.empty() ? "" : "; ") + m.message;
    }
    std::string s = rel + ":" + std::to_string(u.want.line) + ": missing \"" + u.want.regexp + "\"" +
                    (got.empty() ? "" : " (line has: " + got + ")");
    r.mismatches.push_back(s);
    addExample(r, kind, "missing " + s);
  }
  for (const errorcheck::ReportedError& u : match.unexpected) {
    std::string kind = escapeMessageKind(u.message);
    ++r.families[kind].second;
    std::string s = rel + ":" + std::to_string(u.line) + ": unexpected \"" + u.message + "\"";
    r.mismatches.push_back(s);
    addExample(r, kind, s);
    if (annotatedLines.count(u.line) != 0) {
      badLines.insert(u.line);
    } else {
      ++r.unexpectedElsewhere;
    }
  }
  std::sort(r.mismatches.begin(), r.mismatches.end(), [](const std::string& a, const std::string& b) {
    auto lineOf = [](const std::string& s) {
      size_t c = s.find(':');
      return std::atoi(s.c_str() + c + 1);
    };
    return lineOf(a) < lineOf(b);
  });
  r.annotated = annotatedLines.size();
  for (uint32_t line : annotatedLines) {
    if (badLines.count(line) == 0) ++r.matched;
  }
  return r;
}

// The floor file: `NAME COUNT` per line (NAME a relative path or `total`), `#` comments.
std::map<std::string, size_t> loadFloor(const std::string& path) {
  std::map<std::string, size_t> floor;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.erase(hash);
    std::istringstream fields(line);
    std::string name;
    size_t count = 0;
    if (fields >> name >> count) floor[name] = count;
  }
  return floor;
}

int run(const EscapeOracleOptions& o) {
  if (o.runTestData) return runEscapeTestData(o);
  if (o.goCompare) return runGoCompare(o);
  const std::string root = gosuite::goTestDir();
  if (!gosuite::haveCorpus(root)) {
    std::cerr << "escape-oracle: Go's test suite was not found at " << root
              << ": run scripts/setup (it installs golang-1.19-src), or set VO_GO_TEST_DIR\n";
    return 2;
  }
  const auto generic = gosuite::loadGenericList(o.sourceDir);
  if (generic.empty()) {
    std::cerr << "escape-oracle: test_data/go_suite/uses_type_params.txt is missing or empty\n";
    return 2;
  }
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> excluded;
  for (const gosuite::GoTest& t : gosuite::listTests(root)) {
    if (!o.only.empty() && t.path != o.only) continue;
    if (o.only.empty() && !o.all && !o.robustness &&
        (t.path.find('/') != std::string::npos || t.path.rfind("escape", 0) != 0))
      continue;
    if (t.action != "errorcheck" && !o.robustness) continue;
    std::string why = outOfScope(o, root, t.path, generic);
    if (why.empty()) {
      files.push_back(t.path);
    } else if ((why != "flags without -m" && !o.robustness) || o.only.size()) {
      excluded.emplace_back(t.path, why);
    }
  }
  if (o.list) {
    for (const std::string& f : files) std::cout << f << '\n';
    for (const auto& [f, why] : excluded) std::cout << "excluded " << f << ": " << why << '\n';
    return 0;
  }

  std::vector<FileResult> results(files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= files.size()) return;
      results[i] = runOne(o, root, files[i]);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < std::max(1u, o.jobs); ++j) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();

  if (o.robustness) {
    size_t crashes = 0, errors = 0;
    for (size_t i = 0; i < files.size(); ++i) {
      if (results[i].crashed) {
        ++crashes;
        std::cout << "  CRASH " << files[i] << ": " << results[i].error << "\n";
      } else if (!results[i].error.empty()) {
        ++errors;
        if (o.verbose) std::cout << "  does not check: " << files[i] << ": " << results[i].error << "\n";
      }
    }
    std::cout << "escape-oracle --robustness: `vo check -m` on " << files.size() << " tests: " << crashes
              << " crash(es), " << errors << " report compile errors (expected for most), "
              << files.size() - crashes - errors << " check cleanly\n";
    return crashes == 0 ? 0 : 1;
  }

  size_t annotated = 0, matched = 0, unexpected = 0, dropped = 0, annotatedLenient = 0, matchedLenient = 0;
  std::map<std::string, std::pair<size_t, size_t>> families;
  std::map<std::string, std::vector<std::string>> examples;
  bool crashed = false;
  for (size_t i = 0; i < files.size(); ++i) {
    const FileResult& r = results[i];
    annotated += r.annotated;
    matched += r.matched;
    unexpected += r.unexpectedElsewhere;
    dropped += r.dropped;
    annotatedLenient += r.annotatedLenient;
    matchedLenient += r.matchedLenient;
    std::cout << files[i] << ": " << r.matched << " of " << r.annotated << " annotated lines match ("
              << gosuite::percentText(r.matched, r.annotated) << "), " << r.unexpectedElsewhere
              << " unexpected message(s) on unannotated lines" << (r.error.empty() ? "" : "  [" + r.error + "]")
              << "\n";
    crashed = crashed || r.crashed;
    if (o.verbose) {
      for (const std::string& m : r.mismatches) std::cout << "    " << m << "\n";
    }
    for (const auto& [kind, counts] : r.families) {
      families[kind].first += counts.first;
      families[kind].second += counts.second;
      for (const std::string& e : r.examples.at(kind)) {
        if (examples[kind].size() < 3) examples[kind].push_back(e);
      }
    }
  }
  for (const auto& [f, why] : excluded) std::cout << "  excluded " << f << ": " << why << "\n";
  std::cout << "mismatches by kind (missing = expected by Go, not reported; unexpected = reported, not expected):\n";
  std::vector<std::pair<std::string, std::pair<size_t, size_t>>> sorted(families.begin(), families.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second.first + a.second.second > b.second.first + b.second.second;
  });
  for (const auto& [kind, counts] : sorted) {
    std::cout << "  " << kind << ": " << counts.first << " missing, " << counts.second << " unexpected\n";
    if (o.verbose) {
      for (const std::string& e : examples[kind]) std::cout << "      e.g. " << e << "\n";
    }
  }
  const std::string set = o.all ? " (all -m errorcheck tests)" : "";
  std::cout << "escape oracle" << set << ": " << matched << " of " << annotated << " annotated lines match ("
            << gosuite::percentText(matched, annotated) << ") in " << files.size() << " files, " << unexpected
            << " unexpected message(s) on unannotated lines\n";
  if (dropped != 0) {
    std::cout << "(without the " << dropped << " expectation(s) naming inlining or devirtualisation, messages vo does "
              << "not print: " << matchedLenient << " of " << annotatedLenient << " annotated lines match ("
              << gosuite::percentText(matchedLenient, annotatedLenient) << "))\n";
  }
  if (crashed) {
    std::cout << "vo crashed on at least one file (see [...] above)\n";
  }
  if (o.all || !o.only.empty()) return crashed ? 1 : 0;

  const std::string floorPath = o.sourceDir + kFloorFile;
  if (o.updateFloor) {
    std::ofstream out(floorPath, std::ios::trunc);
    out << "# The escape oracle's floor (test_data/runner/escape_oracle_main.cpp): per in-scope escape*.go of Go's\n"
           "# test suite, the number of annotated lines whose -m messages `vo check -m` matches, and the total.\n"
           "# CTest's escape_go_oracle fails when a count drops below its floor, or when the messages on unannotated\n"
           "# lines (`unexpected`, a ceiling) become more. Raise it as the analysis improves:\n"
           "# scripts/escape-oracle --update-floor\n";
    for (size_t i = 0; i < files.size(); ++i)
      out << files[i] << " " << results[i].matched << "  # of " << results[i].annotated << "\n";
    out << "total " << matched << "  # of " << annotated << "\n";
    out << "unexpected " << unexpected << "  # messages on unannotated lines: a ceiling\n";
    if (!out) {
      std::cerr << "escape-oracle: cannot write " << floorPath << "\n";
      return 2;
    }
    std::cout << "floor written to " << fs::relative(floorPath, o.sourceDir).generic_string() << "\n";
    return crashed ? 1 : 0;
  }
  const std::map<std::string, size_t> floor = loadFloor(floorPath);
  bool below = false, above = false;
  auto compare = [&](const std::string& name, size_t got) {
    auto it = floor.find(name);
    size_t want = it == floor.end() ? 0 : it->second;
    if (got < want) {
      std::cout << "  BELOW FLOOR " << name << ": " << got << " < " << want << "\n";
      below = true;
    } else if (got > want) {
      above = true;
    }
  };
  for (size_t i = 0; i < files.size(); ++i) compare(files[i], results[i].matched);
  compare("total", matched);
  if (auto it = floor.find("unexpected"); it != floor.end() && unexpected > it->second) {
    std::cout << "  ABOVE CEILING unexpected messages on unannotated lines: " << unexpected << " > " << it->second
              << "\n";
    below = true;
  } else if (it != floor.end() && unexpected < it->second) {
    above = true;
  }
  if (below) {
    std::cout << "the figures are worse than test_data/conformance/escape_oracle_floor.txt\n";
    return 1;
  }
  if (above) std::cout << "above the floor: scripts/escape-oracle --update-floor raises it\n";
  return crashed ? 1 : 0;
}

bool parseArgs(int argc, char** argv, EscapeOracleOptions& o) {
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
    if (a == "--all") {
      o.all = true;
    } else if (a == "--robustness") {
      o.robustness = true;
    } else if (a == "--run-test-data") {
      o.runTestData = true;
    } else if (a == "--go-compare") {
      o.goCompare = true;
    } else if (a == "--update-floor") {
      o.updateFloor = true;
    } else if (a == "--verbose" || a == "-v") {
      o.verbose = true;
    } else if (a == "--list") {
      o.list = true;
    } else if (value("-j", v) || value("--jobs", v)) {
      o.jobs = static_cast<unsigned>(std::max(1, std::atoi(v.c_str())));
    } else if (a.rfind("-j", 0) == 0 && a.size() > 2) {
      o.jobs = static_cast<unsigned>(std::max(1, std::atoi(a.c_str() + 2)));
    } else if (value("--dir", v)) {
      o.compareDir = v;
    } else if (value("--file", v)) {
      o.only = v;
    } else if (value("--vo", v)) {
      o.vo = v;
    } else if (value("--source-dir", v)) {
      o.sourceDir = v;
    } else {
      return false;
    }
  }
  return int(o.all) + int(o.robustness) + int(o.runTestData) + int(o.goCompare) <= 1 &&
         !(o.updateFloor && (o.all || o.robustness || o.runTestData || o.goCompare));
}

}  // namespace
}  // namespace vo::testrun

int main(int argc, char** argv) {
  vo::testrun::EscapeOracleOptions o;
  o.sourceDir = VO_SOURCE_DIR;
  o.vo = VO_BINARY;
  if (!vo::testrun::parseArgs(argc, argv, o)) {
    std::cerr << vo::testrun::kUsage;
    return 2;
  }
  return vo::testrun::run(o);
}
