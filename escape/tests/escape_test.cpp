// The escape decisions of every program under test_data/escape/ (one folder per rule family): each
// `// ERROR "regexp"` or `// ESCAPE "regexp"` comment (the two spellings mean the same) must be matched by an
// explanation on its line, and every explanation on a line must be matched by one of its regexps, with no
// explanation on other lines (Go 1.19 test/run.go's errorCheck rules, through vo_errorcheck). The expectations are
// Go 1.19's own `go tool compile -m -l` output, except the hand-annotated lines a `// vo:` comment explains.
// Programs listed in test_data/escape/KNOWN_FAILURES are skipped while they fail and must be taken off the list
// once they pass. Every program is also held to the Result contract of escape.h (disjoint sets, one
// "moved to heap" explanation per heap variable).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/errorcheck.h"
#include "compiler/types/check.h"
#include "compiler/types/object.h"
#include "escape/escape.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::escape {
namespace {

namespace fs = std::filesystem;

const std::string kEscapeDir = std::string(VO_SOURCE_DIR) + "/test_data/escape";

/// Which analysis a test runs.
enum class Rule { Default, Conservative };

/// One program parsed, checked and analysed; the explanations as the matcher sees diagnostics.
struct Analysed {
  std::string errors;  ///< compile errors (the program must have none)
  std::vector<errorcheck::ReportedError> reported;
  std::vector<std::string> contractViolations;  ///< Result contract problems (escape.h), one line each
};

/// Checks the parts of escape.h's contract that hold for any analysis: heapVars, frameVars and capturedByValue
/// pairwise disjoint where the contract says so, explanations sorted by position, and every heap variable
/// explained by exactly one "moved to heap: NAME" at its declaration (and every such explanation naming one).
std::vector<std::string> contractViolations(const Result& r, const SourceManager& sources) {
  std::vector<std::string> out;
  auto where = [&](Pos pos) {
    LineColumn lc = sources.lineColumn(pos);
    return std::to_string(lc.line) + ":" + std::to_string(lc.column);
  };
  for (const types::Var* v : r.heapVars) {
    if (r.frameVars.count(v) != 0) out.push_back(std::string(v->name) + " is in heapVars and frameVars");
    if (r.capturedByValue.count(v) != 0) out.push_back(std::string(v->name) + " is in heapVars and capturedByValue");
  }
  for (size_t i = 1; i < r.explanations.size(); ++i) {
    if (r.explanations[i].pos.offset < r.explanations[i - 1].pos.offset)
      out.push_back("explanations not sorted at " + where(r.explanations[i].pos));
  }
  std::map<std::pair<uint32_t, std::string>, int> moved;  // (position, name) -> count of "moved to heap"
  const std::string kMoved = "moved to heap: ";
  for (const Explanation& e : r.explanations) {
    if (e.message.rfind(kMoved, 0) == 0) ++moved[{e.pos.offset, e.message.substr(kMoved.size())}];
  }
  for (const types::Var* v : r.heapVars) {
    auto it = moved.find({v->pos.offset, std::string(v->name)});
    if (it == moved.end()) {
      out.push_back("heap variable " + std::string(v->name) + " (" + where(v->pos) + ") has no \"moved to heap\"");
      continue;
    }
    if (it->second != 1) out.push_back("\"moved to heap: " + std::string(v->name) + "\" repeated");
    moved.erase(it);
  }
  for (const auto& [key, count] : moved)
    out.push_back("\"moved to heap: " + key.second + "\" names no heap variable");
  return out;
}

Analysed analyseText(const std::string& path, const std::string& text, Rule rule = Rule::Default) {
  SourceManager sources;
  DiagnosticEngine diags(sources);
  syntax::AstContext ast;
  FileId id = sources.addFile(path, text);
  Analysed out;
  const syntax::File* file = syntax::parseFile(ast, sources, id, diags, syntax::dialectOfPath(path));
  if (file) {
    types::CheckContext ctx;
    types::StdlibImporter importer(ctx, sources, diags);
    types::Info info;
    const syntax::File* files[] = {file};
    types::Package* pkg = types::checkPackage(ctx, importer, "main", files, diags, info);
    if (!diags.hasErrors()) {
      Summaries summaries;  // calls into the standard library use its summaries, as in vo check -m
      if (rule == Rule::Default) summarizeImports(importer, summaries);
      Result r = rule == Rule::Conservative ? analyzeConservative(pkg, files, info) : analyze(pkg, files, info, &summaries);
      for (const Explanation& e : r.explanations)
        out.reported.push_back({sources.lineColumn(e.pos).line, e.message});
      out.contractViolations = contractViolations(r, sources);
    }
  }
  std::ostringstream errs;
  diags.print(errs);
  out.errors = errs.str();
  return out;
}

std::string readText(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

/// The programs under test_data/escape, relative to it, sorted.
std::vector<std::string> escapePrograms() {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(kEscapeDir)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".go" || ext == ".vo"))
      out.push_back(fs::relative(entry.path(), kEscapeDir).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// test_data/escape/KNOWN_FAILURES: `path  # reason` per line, `#` comment lines.
std::map<std::string, std::string> knownFailures() {
  std::map<std::string, std::string> out;
  std::istringstream in(readText(kEscapeDir + "/KNOWN_FAILURES"));
  std::string line;
  while (std::getline(in, line)) {
    size_t begin = line.find_first_not_of(" \t");
    if (begin == std::string::npos || line[begin] == '#') continue;
    size_t hash = line.find('#', begin);
    std::string path = line.substr(begin, hash == std::string::npos ? std::string::npos : hash - begin);
    path.erase(path.find_last_not_of(" \t\r") + 1);
    out[path] = hash == std::string::npos ? "" : line.substr(hash + 1);
  }
  return out;
}

/// `// ESCAPE "re"` is our spelling of `// ERROR "re"`: rewritten so that run.go's parser reads both.
std::string escapeCommentsAsErrors(std::string text) {
  const std::string from = "// ESCAPE ", to = "// ERROR ";
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) text.replace(at, from.size(), to);
  return text;
}

/// The mismatches of one program, one line each (empty when it explains exactly its expected decisions).
std::vector<std::string> mismatches(const std::string& rel, const Analysed& a, const std::string& text) {
  std::vector<std::string> out;
  errorcheck::ExpectedErrors want =
      errorcheck::parseExpectedErrors(escapeCommentsAsErrors(text), fs::path(rel).filename().string());
  for (uint32_t line : want.malformedLines) out.push_back(rel + ":" + std::to_string(line) + ": malformed ERROR");
  errorcheck::MatchResult r = errorcheck::matchErrors(want.errors, a.reported, errorcheck::MatchModeKind::LineAndMessage);
  for (const auto& u : r.unmatched) out.push_back(rel + ":" + std::to_string(u.want.line) + ": " + u.why);
  for (const auto& u : r.unexpected) out.push_back(rel + ":" + std::to_string(u.line) + ": unexpected: " + u.message);
  return out;
}

class EscapeFilesTest : public testing::TestWithParam<std::string> {};

TEST_P(EscapeFilesTest, ExplainsExactlyItsExpectedDecisions) {
  const std::string rel = GetParam();
  const std::string text = readText(kEscapeDir + "/" + rel);
  Analysed a = analyseText(rel, text);
  ASSERT_EQ(a.errors, "") << rel;
  for (const std::string& v : a.contractViolations) ADD_FAILURE() << rel << ": contract: " << v;
  std::vector<std::string> problems = mismatches(rel, a, text);
  const auto known = knownFailures();
  if (known.count(rel) != 0) {
    EXPECT_FALSE(problems.empty()) << rel << " now explains exactly its expected decisions: take it off "
                                   << "test_data/escape/KNOWN_FAILURES";
    if (!problems.empty()) {
      std::string all;
      for (const std::string& p : problems) all += "\n  " + p;
      GTEST_SKIP() << rel << " is a known failure (" << problems.size() << " mismatches):" << all;
    }
    return;
  }
  for (const std::string& p : problems) ADD_FAILURE() << p;
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Programs, EscapeFilesTest, testing::ValuesIn(escapePrograms()), testName);

TEST(EscapeFilesTest, EveryFamilyHasProgramsAndTheKnownListNamesOnlyPrograms) {
  std::vector<std::string> programs = escapePrograms();
  for (const char* family : {"address_of", "calls", "channels", "closures", "composite_literals", "dialect",
                             "go_defer", "interfaces", "large", "loops", "maps", "method_values", "must_escape",
                             "params", "slices"}) {
    bool found = std::any_of(programs.begin(), programs.end(),
                             [&](const std::string& p) { return p.rfind(std::string(family) + "/", 0) == 0; });
    EXPECT_TRUE(found) << "no program in test_data/escape/" << family;
  }
  for (const auto& [path, reason] : knownFailures())
    EXPECT_TRUE(std::binary_search(programs.begin(), programs.end(), path))
        << "KNOWN_FAILURES names " << path << ", which is not a program under test_data/escape";
}

TEST(EscapeFilesTest, EscapeCommentsCountAsErrorComments) {
  const std::string text =
      "package main\n"
      "var sink *int\n"
      "func f() {\n"
      "\tx := 1 // ESCAPE \"moved to heap: x$\"\n"
      "\tsink = &x\n"
      "}\n";
  Analysed a = analyseText("escape_comment.go", text);
  ASSERT_EQ(a.errors, "");
  EXPECT_TRUE(mismatches("escape_comment.go", a, text).empty());
  // The same program without the comment has one unexpected explanation.
  std::string bare = text;
  bare.erase(bare.find(" // ESCAPE"), bare.find('\n', bare.find(" // ESCAPE")) - bare.find(" // ESCAPE"));
  std::vector<std::string> problems = mismatches("escape_comment.go", analyseText("escape_comment.go", bare), bare);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("unexpected: moved to heap: x"), std::string::npos) << problems[0];
}

TEST(EscapeTest, ConservativeRuleExplanationsAreSortedAndHeapVarsMatchThem) {
  const std::string text =
      "package main\n"
      "func main() {\n"
      "\tb := 1\n"
      "\ta := 2\n"
      "\tf := func() int { return a + b }\n"
      "\t_ = f()\n"
      "\tc := 3\n"
      "\t_ = c\n"
      "}\n";
  Analysed a = analyseText("sorted.go", text, Rule::Conservative);
  ASSERT_EQ(a.errors, "");
  EXPECT_TRUE(a.contractViolations.empty()) << a.contractViolations[0];
  ASSERT_EQ(a.reported.size(), 2u);
  EXPECT_EQ(a.reported[0].line, 3u);
  EXPECT_EQ(a.reported[0].message, "moved to heap: b");
  EXPECT_EQ(a.reported[1].line, 4u);
  EXPECT_EQ(a.reported[1].message, "moved to heap: a");
}

TEST(EscapeTest, EnvironmentSelectsTheConservativeRule) {
  // A program on which the two rules disagree once the data-flow analysis lands: x's address never leaves f.
  const std::string text =
      "package main\n"
      "func f() int {\n"
      "\tx := 1\n"
      "\tp := &x\n"
      "\treturn *p\n"
      "}\n"
      "func main() { _ = f() }\n";
  Analysed conservative = analyseText("env.go", text, Rule::Conservative);
  ASSERT_EQ(conservative.reported.size(), 1u);
  EXPECT_EQ(conservative.reported[0].message, "moved to heap: x");
  ASSERT_EQ(setenv("VO_ESCAPE", "conservative", 1), 0);
  Analysed selected = analyseText("env.go", text);
  unsetenv("VO_ESCAPE");
  ASSERT_EQ(selected.reported.size(), 1u);
  EXPECT_EQ(selected.reported[0].message, "moved to heap: x");
  EXPECT_EQ(selected.reported[0].line, 3u);
}

}  // namespace
}  // namespace vo::escape
