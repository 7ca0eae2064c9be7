// The parser against Go's own test suite (Debian golang-1.19-src, /usr/share/go-1.19/test; GO_TEST_SUITE.md):
// files that must compile parse without diagnostics, files with type parameters get `generics are not
// supported`, and the syntax errors that errorcheck files expect are reported on their lines.
// Which files use type parameters comes from go/parser (scripts/list-generic-go-tests), not from our parser.
#include "compiler/syntax/tests/go_suite.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/errorcheck.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::syntax {
namespace {

namespace fs = std::filesystem;

// The floor for ErrorcheckSyntaxErrorsAreReportedOnTheirLines: expected syntax-error lines on which the parser
// reports an error. It only goes up.
constexpr size_t kErrorcheckMatchedFloor = 136;

using gosuite::dirFiles;
using gosuite::GoTest;
using gosuite::goTestDir;
using gosuite::listTests;
using gosuite::readFile;
using gosuite::testAction;

// Fails the current test unless the corpus is present: a missing corpus must never look like a pass.
bool haveCorpus(const std::string& dir) {
  if (gosuite::haveCorpus(dir)) return true;
  ADD_FAILURE() << "Go's test suite was not found at " << dir
                << ": run scripts/setup (it installs Debian's golang-1.19-src), or set VO_GO_TEST_DIR";
  return false;
}

// The parse of one corpus file, kept only as long as the caller needs it.
struct ParsedFile {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  AstContext ast;
  FileId id = 0;
  File* file = nullptr;
};

// Parses root/rel in the Go dialect; diagnostics name the file by `rel`.
std::unique_ptr<ParsedFile> parseCorpusFile(const std::string& root, const std::string& rel) {
  auto p = std::make_unique<ParsedFile>();
  p->id = p->sources.addFile(rel, readFile((fs::path(root) / rel).string()));
  p->file = parseFile(p->ast, p->sources, p->id, p->diags, DialectKind::Go);
  return p;
}

std::map<std::string, std::string> loadGenericList() { return gosuite::loadGenericList(VO_SOURCE_DIR); }

bool isInScopeAction(const std::string& action) {
  return action == "run" || action == "compile" || action == "build" || action == "runoutput" || action == "rundir" ||
         action == "compiledir";
}

TEST(GoSuiteTest, ActionIsTheFirstWordOfTheFirstParagraph) {
  EXPECT_EQ(testAction("// run\n\n// Copyright\npackage main\n"), "run");
  EXPECT_EQ(testAction("// errorcheck -0 -m\n\npackage p\n"), "errorcheck");
  EXPECT_EQ(testAction("// +build amd64\n// compile\n\npackage p\n"), "compile");
  EXPECT_EQ(testAction("// run\n//go:build !js\n// +build !js\n\npackage main\n"), "run");
  EXPECT_EQ(testAction("\n// run\n\npackage main\n"), "");  // run.go: "starts with newline"
  EXPECT_EQ(testAction("package main\n"), "");
  EXPECT_EQ(gosuite::testRecipe("// errorcheck -0 -m\n\npackage p\n"),
            (std::vector<std::string>{"errorcheck", "-0", "-m"}));
  EXPECT_EQ(gosuite::testRecipe("// run\n//go:build !js\n\npackage main\n"),
            (std::vector<std::string>{"run", "//go:build", "!js"}));
}

TEST(GoSuiteTest, BuildConstraintsAreReadUpToThePackageClause) {
  EXPECT_TRUE(gosuite::hasBuildConstraint("// run\n//go:build !js\n\npackage main\n"));
  EXPECT_TRUE(gosuite::hasBuildConstraint("// +build amd64\n// run\n\npackage main\n"));
  EXPECT_FALSE(gosuite::hasBuildConstraint("// run\n\npackage main\n\n//go:build x\n"));
  EXPECT_FALSE(gosuite::hasBuildConstraint("// run\n\n// Copyright\n\npackage main\n"));
}

// (a) Every file of a run, compile, build, runoutput, rundir or compiledir test (and the files of its X.dir)
// that does not use type parameters parses with zero diagnostics.
TEST(GoSuiteTest, InScopeFilesParseWithoutDiagnostics) {
  const std::string root = goTestDir();
  if (!haveCorpus(root)) return;
  const std::map<std::string, std::string> generic = loadGenericList();
  ASSERT_FALSE(generic.empty()) << "test_data/go_suite/uses_type_params.txt is missing or empty: run "
                                   "scripts/list-generic-go-tests";

  size_t inScope = 0, excluded = 0, unparsable = 0, clean = 0;
  std::vector<std::string> failures;
  for (const GoTest& t : listTests(root)) {
    if (!isInScopeAction(t.action)) continue;
    std::vector<std::string> files;
    if (t.action != "compiledir") files.push_back(t.path);  // a compiledir X.go holds only its recipe
    if (t.action == "rundir" || t.action == "compiledir") {
      for (std::string& f : dirFiles(root, t.path)) files.push_back(std::move(f));
    }
    for (const std::string& rel : files) {
      auto listed = generic.find(rel);
      if (listed != generic.end()) {
        ++(listed->second == "unparsable" ? unparsable : excluded);
        continue;
      }
      ++inScope;
      std::unique_ptr<ParsedFile> p = parseCorpusFile(root, rel);
      std::vector<Diagnostic> diags = p->diags.sorted();
      if (diags.empty() && p->file != nullptr) {
        ++clean;
      } else {
        failures.push_back(diags.empty()
                               ? rel + ": parser returned no file and no diagnostic"
                               : p->diags.format(diags.front()) +
                                     (diags.size() > 1 ? " (+" + std::to_string(diags.size() - 1) + " more)" : ""));
      }
    }
  }
  std::cout << "Go suite: " << clean << " of " << inScope << " in-scope files parsed with zero diagnostics; "
            << excluded << " files excluded for type parameters";
  if (unparsable != 0) std::cout << " and " << unparsable << " that go/parser rejects";
  std::cout << '\n';
  for (const std::string& f : failures) std::cout << "  FAIL " << f << '\n';
  EXPECT_GT(inScope, 1000u) << "far fewer in-scope files than Go 1.19's suite has: is " << root << " complete?";
  EXPECT_TRUE(failures.empty()) << failures.size() << " in-scope files did not parse cleanly (listed above)";
}

// (b) Every file that go/parser saw declaring a type parameter list, or instantiating a generic type or function
// declared elsewhere, gets `generics are not supported`.
TEST(GoSuiteTest, FilesWithTypeParametersReportGenericsNotSupported) {
  const std::string root = goTestDir();
  if (!haveCorpus(root)) return;
  const std::map<std::string, std::string> generic = loadGenericList();
  size_t listed = 0, detected = 0, unparsable = 0;
  std::vector<std::string> missed;
  for (const auto& [rel, kind] : generic) {
    std::error_code ec;
    if (!fs::exists(fs::path(root) / rel, ec)) {
      ADD_FAILURE() << rel << " is listed in uses_type_params.txt but not in " << root
                    << ": regenerate the list with scripts/list-generic-go-tests";
      continue;
    }
    if (kind == "unparsable") {
      ++unparsable;
      continue;
    }
    ++listed;
    std::unique_ptr<ParsedFile> p = parseCorpusFile(root, rel);
    bool found = false;
    for (const Diagnostic& d : p->diags.diagnostics())
      found = found || d.message.find("generics are not supported") != std::string::npos;
    if (found) {
      ++detected;
    } else {
      std::vector<Diagnostic> diags = p->diags.sorted();
      missed.push_back(diags.empty() ? rel + ": no diagnostic" : p->diags.format(diags.front()));
    }
  }
  std::cout << "Go suite: " << detected << " of " << listed
            << " files with type parameters or instantiations reported `generics are not supported` (" << unparsable
            << " files go/parser rejects were not checked)\n";
  for (const std::string& m : missed) std::cout << "  MISSED " << m << '\n';
  EXPECT_GT(listed, 100u) << "uses_type_params.txt lists too few files: run scripts/list-generic-go-tests";
  EXPECT_TRUE(missed.empty()) << missed.size() << " files with type parameters were not reported (listed above)";
}

// Messages of gc's scanner (cmd/compile/internal/syntax/scanner.go, source.go), which carry no `syntax error:`.
const char* const kLexerMessages[] = {
    "invalid character",
    "newline in string",
    "string not terminated",
    "rune literal",
    "comment not terminated",
    "unknown escape",
    "escape value",
    "invalid Unicode code point",
    "literal has no digits",
    "exponent has no digits",
    "exponent requires",
    "mantissa requires",
    "invalid digit",
    "must separate successive digits",
    "invalid radix point",
    "invalid UTF-8",
    "invalid NUL",
    "invalid BOM",
    "identifier cannot begin with digit",
};

// Phrases only gc's parser uses (cmd/compile/internal/syntax/parser.go); the test files often quote them without
// the `syntax error: ` prefix. Go 1.19's parser also reported `expression in defer must be function call`; since
// Go 1.20 the type checker does, so it is not listed.
const char* const kParserPhrases[] = {
    "unexpected ",
    "expecting ",
    "non-declaration statement outside function body",
    "package statement must be first",
    "missing import path",
    "import path must be a string",
    "in type declaration",
    "missing condition in if statement",
    "declaration not allowed in",
    "cannot declare in post statement",
    "else must be followed by if or statement block",
    "after if clause",
    "after for clause",
    "after switch clause",
    "at end of statement",
    "after top level declaration",
    "possibly missing",
    "missing channel element type",
    "cannot parenthesize",
    "must not be parenthesized",
    "index required in 3-index slice",
    "missing statement after label",
    "imports must appear before other declarations",
    "mixed named and unnamed parameters",
};

// Whether an ERROR regexp outside syntax/ expects an error from the lexer or parser: it names `syntax error`
// or a lexer message (the set the issue asks for), or else quotes a phrase of gc's parser (`parserPhrase`).
enum class SyntaxExpectationKind { None, SyntaxOrLexer, ParserPhrase };

SyntaxExpectationKind classifyRegexp(std::string_view rx) {
  if (rx.find("syntax error") != std::string_view::npos) return SyntaxExpectationKind::SyntaxOrLexer;
  for (const char* m : kLexerMessages)
    if (rx.find(m) != std::string_view::npos) return SyntaxExpectationKind::SyntaxOrLexer;
  for (const char* m : kParserPhrases)
    if (rx.find(m) != std::string_view::npos) return SyntaxExpectationKind::ParserPhrase;
  return SyntaxExpectationKind::None;
}

TEST(GoSuiteTest, SyntaxExpectationsAreRecognised) {
  EXPECT_EQ(classifyRegexp("syntax error: unexpected newline"), SyntaxExpectationKind::SyntaxOrLexer);
  EXPECT_EQ(classifyRegexp("newline in string"), SyntaxExpectationKind::SyntaxOrLexer);
  EXPECT_EQ(classifyRegexp("unexpected newline, expecting { after if clause"), SyntaxExpectationKind::ParserPhrase);
  EXPECT_EQ(classifyRegexp("non-declaration statement outside function body|expected declaration"),
            SyntaxExpectationKind::ParserPhrase);
  EXPECT_EQ(classifyRegexp("undefined: x"), SyntaxExpectationKind::None);
  EXPECT_EQ(classifyRegexp("x escapes to heap"), SyntaxExpectationKind::None);
}

// (c) In errorcheck tests, every line whose ERROR comment expects a syntax error (all of syntax/; elsewhere as
// classifyRegexp decides) gets an error from the parser on that line. Only the line is compared: our wording
// is Go 1.22's, the tests' is Go 1.19's.
TEST(GoSuiteTest, ErrorcheckSyntaxErrorsAreReportedOnTheirLines) {
  const std::string root = goTestDir();
  if (!haveCorpus(root)) return;

  struct Counts {
    size_t total = 0, matched = 0;
  };
  Counts strict, phrase;
  size_t filesChecked = 0, genericExtras = 0;
  std::vector<std::string> unmatched, spuriousLines;
  for (const GoTest& t : listTests(root)) {
    if (!t.action.starts_with("errorcheck")) continue;
    std::vector<std::string> files{t.path};
    if (t.action.ends_with("dir")) {
      for (std::string& f : dirFiles(root, t.path)) files.push_back(std::move(f));
    }
    for (const std::string& rel : files) {
      std::string src = readFile((fs::path(root) / rel).string());
      errorcheck::ExpectedErrors all = errorcheck::parseExpectedErrors(src, fs::path(rel).filename().string());
      bool underSyntax = rel.starts_with("syntax/");
      std::map<uint32_t, errorcheck::ExpectedError> syntaxLines;  // one expectation per line
      std::map<uint32_t, SyntaxExpectationKind> lineKind;
      for (const errorcheck::ExpectedError& e : all.errors) {
        SyntaxExpectationKind kind = underSyntax ? SyntaxExpectationKind::SyntaxOrLexer : classifyRegexp(e.regexp);
        if (kind == SyntaxExpectationKind::None) continue;
        if (syntaxLines.count(e.line) == 0 || kind < lineKind[e.line]) {
          syntaxLines[e.line] = e;
          lineKind[e.line] = kind;
        }
      }
      std::unique_ptr<ParsedFile> p = parseCorpusFile(root, rel);
      std::vector<errorcheck::ReportedError> reported = errorcheck::reportedErrors(p->diags, p->id);
      ++filesChecked;

      std::vector<errorcheck::ExpectedError> wanted;
      for (const auto& [line, e] : syntaxLines) wanted.push_back(e);
      errorcheck::MatchResult r = errorcheck::matchErrors(wanted, reported, errorcheck::MatchModeKind::LineOnly);
      std::set<uint32_t> missedLines;
      for (const errorcheck::UnmatchedError& u : r.unmatched) {
        missedLines.insert(u.want.line);
        unmatched.push_back(rel + ":" + std::to_string(u.want.line) + ": no error for \"" + u.want.regexp + "\"");
      }
      for (const errorcheck::ExpectedError& e : wanted) {
        Counts& c = lineKind[e.line] == SyntaxExpectationKind::SyntaxOrLexer ? strict : phrase;
        ++c.total;
        if (missedLines.count(e.line) == 0) ++c.matched;
      }

      // Errors on lines without any ERROR comment hint at parser bugs (or at cascades after a real error).
      // `generics are not supported` in files that use type parameters is expected and only counted.
      errorcheck::MatchResult any = errorcheck::matchErrors(all.errors, reported, errorcheck::MatchModeKind::LineOnly);
      for (const errorcheck::ReportedError& e : any.unexpected) {
        if (e.message.find("generics are not supported") != std::string::npos) {
          ++genericExtras;
        } else {
          spuriousLines.push_back(rel + ":" + std::to_string(e.line) + ": " + e.message);
        }
      }
    }
  }
  size_t matched = strict.matched + phrase.matched;
  size_t total = strict.total + phrase.total;
  std::cout << "Go suite errorcheck: " << matched << " of " << total
            << " expected syntax-error lines got an error on that line (" << strict.matched << " of " << strict.total
            << " under syntax/ or naming `syntax error` or a lexer message; " << phrase.matched << " of "
            << phrase.total << " quoting another gc parser phrase), in " << filesChecked << " files\n";
  for (const std::string& u : unmatched) std::cout << "  UNMATCHED " << u << '\n';
  std::cout << "Go suite errorcheck: " << spuriousLines.size() << " errors on lines without an ERROR comment (and "
            << genericExtras << " `generics are not supported`)\n";
  for (const std::string& s : spuriousLines) std::cout << "  EXTRA " << s << '\n';
  EXPECT_GT(total, 100u) << "far fewer expectations than Go 1.19's suite has: is " << root << " complete?";
  EXPECT_GE(matched, kErrorcheckMatchedFloor) << "the parser matches fewer expected syntax errors than before";
}

}  // namespace
}  // namespace vo::syntax
