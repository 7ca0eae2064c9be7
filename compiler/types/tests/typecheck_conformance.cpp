// vo_typecheck_conformance: where the type checker stands against its test programs and Go's test suite.
// Prints the pass counts of test_data/errors/types and test_data/errors/vo, the number of in-scope `run` programs
// of Go's suite that check with zero diagnostics, and, for the in-scope `errorcheck` tests, the fraction of files
// whose ERROR lines all get an error on that line, and on that line with a message the regexp matches. With
// --update-known-failures it rewrites the three known-failures lists to the current failures. Run it through scripts/typecheck-conformance.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/tests/check_util.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::types::conformance {
namespace {

namespace fs = std::filesystem;

// The header of test_data/errors/<folder>/KNOWN_FAILURES.
std::string errorsHeader(const std::string& folder) {
  return "# Programs under test_data/errors/" + folder +
         "/ that do not yet report exactly their expected diagnostics, with the\n"
         "# first problem. vo_type_errors_test fails when a program fails that is not listed here, and when a listed\n"
         "# program passes: this list only shrinks. Regenerate: scripts/typecheck-conformance --update-known-failures\n";
}

const char kRunHeader[] =
    "# In-scope `run` programs of Go's test suite (golang-1.19-src test/) that do not yet type-check with zero\n"
    "# diagnostics, with the first problem. vo_go_suite_types_test fails when a program fails that is not listed\n"
    "# here, and when a listed program passes: this list only shrinks. See README.md in this folder.\n"
    "# Regenerate: scripts/typecheck-conformance --update-known-failures\n";

struct Options {
  bool update = false;
  bool verbose = false;
  std::string sourceDir = VO_SOURCE_DIR;
};

using gosuite::percentText;

KnownFailures asList(const std::map<std::string, Verdict>& failing) {
  KnownFailures list;
  for (const auto& [path, verdict] : failing) list[path] = shortReason(verdict);
  return list;
}

// Prints how a run compares with its list; returns false when it disagrees (and the list was not rewritten).
bool report(const std::string& listName, const std::vector<std::string>& all,
            const std::map<std::string, Verdict>& failing, const Options& opt) {
  ListComparison c = compareWithKnownFailures(all, failing, loadKnownFailures(listName));
  if (opt.update) {
    std::cout << "  " << fs::relative(listName, opt.sourceDir).generic_string() << ": " << c.newFailures.size()
              << " added, " << c.nowPassing.size() + c.stale.size() << " removed\n";
    return true;
  }
  for (const std::string& f : c.newFailures) std::cout << "  NEW FAILURE " << f << '\n';
  for (const std::string& p : c.nowPassing) std::cout << "  NOW PASSES " << p << '\n';
  for (const std::string& s : c.stale) std::cout << "  STALE ENTRY " << s << '\n';
  return c.newFailures.empty() && c.nowPassing.empty() && c.stale.empty();
}

bool errorPrograms(const Options& opt, const std::string& folder) {
  const std::string dir = opt.sourceDir + "/test_data/errors/" + folder;
  std::vector<std::string> programs = typeErrorPrograms(opt.sourceDir, folder);
  std::map<std::string, Verdict> failing;
  for (const std::string& rel : programs) {
    Verdict v = judgeProgram("test_data/errors/" + folder + "/" + rel, gosuite::readFile(dir + "/" + rel));
    if (!v.ok()) failing[rel] = std::move(v);
  }
  std::cout << "test_data/errors/" << folder << ": " << programs.size() - failing.size() << " of " << programs.size()
            << " programs report exactly their expected diagnostics\n";
  const std::string list = dir + "/KNOWN_FAILURES";
  bool ok = report(list, programs, failing, opt);
  if (opt.update && !writeKnownFailures(list, errorsHeader(folder), asList(failing))) {
    std::cerr << "cannot write " << list << '\n';
    return false;
  }
  return ok;
}

bool runPrograms(const Options& opt, const std::string& root, const std::map<std::string, std::string>& generic) {
  std::vector<std::string> programs = inScopeRunPrograms(root, generic);
  std::map<std::string, Verdict> failing;
  for (const std::string& rel : programs) {
    Verdict v = judgeCleanProgram(rel, gosuite::readFile((fs::path(root) / rel).string()));
    if (!v.ok()) failing[rel] = std::move(v);
  }
  std::cout << "Go suite run programs: " << programs.size() - failing.size() << " of " << programs.size()
            << " in-scope programs type-check with zero diagnostics\n";
  const std::string list = opt.sourceDir + "/test_data/conformance/types_run_known_failures.txt";
  bool ok = report(list, programs, failing, opt);
  if (opt.update && !writeKnownFailures(list, kRunHeader, asList(failing))) {
    std::cerr << "cannot write " << list << '\n';
    return false;
  }
  return ok;
}

void errorcheckTests(const Options& opt, const std::string& root, const std::map<std::string, std::string>& generic) {
  std::vector<std::string> tests = inScopeErrorcheckTests(root, generic);
  size_t files = 0, byLine = 0, byMessage = 0, fullByLine = 0, exact = 0, noExpectations = 0;
  size_t lines = 0, linesByLine = 0, linesByMessage = 0;
  for (const std::string& rel : tests) {
    std::string text = gosuite::readFile((fs::path(root) / rel).string());
    errorcheck::ExpectedErrors want = errorcheck::parseExpectedErrors(text, fs::path(rel).filename().string());
    if (want.errors.empty()) {
      ++noExpectations;
      continue;
    }
    ++files;
    CheckedProgram got = checkProgram(rel, text);
    errorcheck::MatchResult line =
        errorcheck::matchErrors(want.errors, got.reported, errorcheck::MatchModeKind::LineOnly);
    errorcheck::MatchResult msg =
        errorcheck::matchErrors(want.errors, got.reported, errorcheck::MatchModeKind::LineAndMessage);
    lines += want.errors.size();
    linesByLine += line.matched;
    linesByMessage += msg.matched;
    if (line.unmatched.empty()) ++byLine;
    if (msg.unmatched.empty()) ++byMessage;
    if (line.ok() && got.elsewhere.empty()) ++fullByLine;
    if (msg.ok() && got.elsewhere.empty()) ++exact;
    if (opt.verbose && !msg.ok()) {
      std::cout << "  " << rel << ":\n";
      for (const errorcheck::UnmatchedError& u : msg.unmatched)
        std::cout << "    line " << u.want.line << ": " << u.why << " (want \"" << u.want.regexp << "\")\n";
      for (const errorcheck::ReportedError& e : msg.unexpected)
        std::cout << "    line " << e.line << ": unexpected: " << e.message << '\n';
    }
  }
  std::cout << "Go suite errorcheck: " << files << " in-scope files with ERROR comments (" << noExpectations
            << " without any were skipped)\n"
            << "  all ERROR lines got an error on the line:            " << byLine << " of " << files << " files ("
            << percentText(byLine, files) << "); " << linesByLine << " of " << lines << " lines ("
            << percentText(linesByLine, lines) << ")\n"
            << "  all ERROR lines got a matching message on the line:  " << byMessage << " of " << files << " files ("
            << percentText(byMessage, files) << "); " << linesByMessage << " of " << lines << " lines ("
            << percentText(linesByMessage, lines) << ")\n"
            << "  matches fully by line (errors on exactly the ERROR lines):        " << fullByLine << " of " << files
            << " files (" << percentText(fullByLine, files) << ")\n"
            << "  matches fully by message (and no diagnostic on any other line):   " << exact << " of " << files
            << " files (" << percentText(exact, files) << ")\n";
}

int run(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--update-known-failures") == 0) {
      opt.update = true;
    } else if (std::strcmp(argv[i], "--verbose") == 0 || std::strcmp(argv[i], "-v") == 0) {
      opt.verbose = true;
    } else if (std::strcmp(argv[i], "--source-dir") == 0 && i + 1 < argc) {
      opt.sourceDir = argv[++i];
    } else {
      std::cerr << "usage: vo_typecheck_conformance [--update-known-failures] [--verbose] [--source-dir DIR]\n";
      return 2;
    }
  }
  const std::string root = gosuite::goTestDir();
  if (!gosuite::haveCorpus(root)) {
    std::cerr << "Go's test suite was not found at " << root << ": run scripts/setup, or set VO_GO_TEST_DIR\n";
    return 1;
  }
  const std::map<std::string, std::string> generic = gosuite::loadGenericList(opt.sourceDir);
  if (generic.empty()) {
    std::cerr << "test_data/go_suite/uses_type_params.txt is missing or empty\n";
    return 1;
  }
  bool ok = true;
  for (const char* folder : kTypeErrorFolders) ok = errorPrograms(opt, folder) && ok;
  ok = runPrograms(opt, root, generic) && ok;
  errorcheckTests(opt, root, generic);
  if (!ok)
    std::cout << "the known-failures lists disagree with this run (listed above); to accept it: "
                 "scripts/typecheck-conformance --update-known-failures\n";
  return ok ? 0 : 1;
}

}  // namespace
}  // namespace vo::types::conformance

int main(int argc, char** argv) { return vo::types::conformance::run(argc, argv); }
