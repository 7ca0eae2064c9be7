// The escape decisions of every program in test_data/escape/: each `// ERROR "moved to heap: x"` comment must be
// matched by an explanation on its line, and no other explanation may appear (Go's test/escape*.go convention,
// matched with run.go's errorCheck rules through vo_errorcheck).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/errorcheck.h"
#include "compiler/types/check.h"
#include "escape/escape.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::escape {
namespace {

namespace fs = std::filesystem;

/// Parses, checks and analyses one program; returns the explanations as the matcher sees diagnostics.
struct Analysed {
  std::string errors;  ///< compile errors (the program must have none)
  std::vector<errorcheck::ReportedError> reported;
};

Analysed analyseFile(const std::string& path, const std::string& text) {
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
      for (const Explanation& e : analyze(pkg, files, info).explanations)
        out.reported.push_back({sources.lineColumn(e.pos).line, e.message});
    }
  }
  std::ostringstream errs;
  diags.print(errs);
  out.errors = errs.str();
  return out;
}

std::vector<std::string> escapePrograms() {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(std::string(VO_SOURCE_DIR) + "/test_data/escape")) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".go" || ext == ".vo")) out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(EscapeFilesTest, EachProgramExplainsExactlyItsExpectedDecisions) {
  std::vector<std::string> programs = escapePrograms();
  ASSERT_GE(programs.size(), 5u);
  for (const std::string& path : programs) {
    std::ifstream in(path);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    Analysed a = analyseFile(path, text);
    EXPECT_EQ(a.errors, "") << path;
    errorcheck::ExpectedErrors want = errorcheck::parseExpectedErrors(text, fs::path(path).filename().string());
    EXPECT_TRUE(want.malformedLines.empty()) << path;
    errorcheck::MatchResult r =
        errorcheck::matchErrors(want.errors, a.reported, errorcheck::MatchModeKind::LineAndMessage);
    for (const auto& u : r.unmatched) ADD_FAILURE() << path << ":" << u.want.line << ": " << u.why;
    for (const auto& u : r.unexpected) ADD_FAILURE() << path << ":" << u.line << ": unexpected: " << u.message;
  }
}

TEST(EscapeTest, ExplanationsAreSortedAndHeapVarsMatchThem) {
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
  Analysed a = analyseFile("sorted.go", text);
  ASSERT_EQ(a.errors, "");
  ASSERT_EQ(a.reported.size(), 2u);
  EXPECT_EQ(a.reported[0].line, 3u);
  EXPECT_EQ(a.reported[0].message, "moved to heap: b");
  EXPECT_EQ(a.reported[1].line, 4u);
  EXPECT_EQ(a.reported[1].message, "moved to heap: a");
}

}  // namespace
}  // namespace vo::escape
