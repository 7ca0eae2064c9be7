// Runs every program of test_data/errors/syntax/ through the parser (in the dialect of its extension) and
// requires exactly the errors its `// ERROR "regexp"` comments announce: each on its line with a matching
// message (our Go 1.22 wording), and no other error.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/errorcheck.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::syntax {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> errorPrograms(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir, ec)) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".go" || ext == ".vo")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(SyntaxErrorFilesTest, EachFileReportsExactlyItsExpectedErrors) {
  const fs::path dir = fs::path(VO_SOURCE_DIR) / "test_data/errors/syntax";
  std::vector<fs::path> files = errorPrograms(dir);
  ASSERT_GE(files.size(), 10u) << "expected the error programs in " << dir;

  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string rel = fs::relative(path, VO_SOURCE_DIR).generic_string();

    SourceManager sources;
    DiagnosticEngine diags(sources);
    AstContext ast;
    FileId id = sources.addFile(rel, text.str());
    parseFile(ast, sources, id, diags, dialectOfPath(rel));

    errorcheck::ExpectedErrors want = errorcheck::parseExpectedErrors(text.str(), path.filename().string());
    EXPECT_TRUE(want.malformedLines.empty()) << rel << ": ERROR comment without a \"quoted\" regexp";
    EXPECT_FALSE(want.errors.empty()) << rel << ": an error program must announce at least one error";
    errorcheck::MatchResult r = errorcheck::matchErrors(want.errors, errorcheck::reportedErrors(diags, id),
                                                        errorcheck::MatchModeKind::LineAndMessage);
    for (const errorcheck::UnmatchedError& u : r.unmatched)
      ADD_FAILURE() << rel << ":" << u.want.line << ": " << u.why << " (want \"" << u.want.regexp << "\")";
    for (const errorcheck::ReportedError& e : r.unexpected)
      ADD_FAILURE() << rel << ":" << e.line << ": unexpected error: " << e.message;
  }
}

}  // namespace
}  // namespace vo::syntax
