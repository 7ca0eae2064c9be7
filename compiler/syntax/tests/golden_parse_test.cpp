// Golden AST tests: every program test_data/parse/**/*.{go,vo} parses without a diagnostic (in the dialect of its
// extension) and dumps (ast_dump.h) byte for byte to the .ast file beside it. Regenerate the goldens with
// scripts/update-goldens and review the diff like code (TinyGo's testdata + -update).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast_dump.h"
#include "compiler/syntax/parser.h"

#ifndef VO_SOURCE_DIR
#error "VO_SOURCE_DIR must name the repository root"
#endif

namespace vo::syntax {
namespace {

namespace fs = std::filesystem;

// Fewer programs than this means the directory was not found or was emptied, which must not pass silently.
constexpr size_t kMinGoldenPrograms = 12;

// Mismatching lines shown before the message stops listing them.
constexpr int kMaxDiffLines = 20;

const fs::path& parseDir() {
  static const fs::path dir = fs::path(VO_SOURCE_DIR) / "test_data/parse";
  return dir;
}

// The programs under test_data/parse as paths relative to it, sorted.
std::vector<std::string> goldenPrograms() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(parseDir(), ec)) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".go" || ext == ".vo"))
      files.push_back(fs::relative(e.path(), parseDir()).generic_string());
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

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// How `got` differs from `want`, diff-like. The common leading and trailing lines are dropped; when the rest has
// the same number of lines on both sides (a changed attribute or position), each differing line is shown as a
// `-`/`+` pair with its line number, otherwise (lines added or removed) the rest is shown as one hunk. Not a
// minimal diff, but it points at the change; `git diff` after scripts/update-goldens shows the full one.
std::string describeDifference(const std::string& want, const std::string& got) {
  std::vector<std::string> w = splitLines(want), g = splitLines(got);
  size_t prefix = 0;
  while (prefix < w.size() && prefix < g.size() && w[prefix] == g[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < w.size() - prefix && suffix < g.size() - prefix &&
         w[w.size() - 1 - suffix] == g[g.size() - 1 - suffix])
    ++suffix;
  const size_t wEnd = w.size() - suffix, gEnd = g.size() - suffix;

  std::ostringstream out;
  int shown = 0;
  if (wEnd - prefix == gEnd - prefix) {
    for (size_t i = prefix; i < wEnd && shown < kMaxDiffLines; ++i) {
      if (w[i] == g[i]) continue;
      out << "  line " << i + 1 << ":\n    - " << w[i] << "\n    + " << g[i] << "\n";
      ++shown;
    }
  } else {
    // Unified diff's hunk header: first line and line count on each side.
    out << "  @@ -" << prefix + 1 << "," << wEnd - prefix << " +" << prefix + 1 << "," << gEnd - prefix << " @@\n";
    for (size_t i = prefix; i < wEnd && shown < kMaxDiffLines; ++i, ++shown) out << "  - " << w[i] << "\n";
    for (size_t i = prefix; i < gEnd && shown < 2 * kMaxDiffLines; ++i, ++shown) out << "  + " << g[i] << "\n";
  }
  if (shown >= kMaxDiffLines) out << "  ... (more differences)\n";
  if (shown == 0) out << "  (the texts differ only in line endings or a final newline)\n";
  return out.str();
}

// A GoogleTest name for a program path: letters, digits and underscores only (`vo/try_and_fail.vo` ->
// `vo_try_and_fail_vo`).
std::string testNameOf(const std::string& rel) {
  std::string name = rel;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

TEST(GoldenParseFilesTest, FindsTheGoldenPrograms) {
  std::vector<std::string> files = goldenPrograms();
  EXPECT_GE(files.size(), kMinGoldenPrograms)
      << "expected at least " << kMinGoldenPrograms << " programs in " << parseDir();
  // `x.go` and `x.vo` would share `x.ast`.
  std::map<std::string, std::string> byGolden;
  for (const std::string& rel : files) {
    std::string golden = fs::path(rel).replace_extension(".ast").generic_string();
    auto [it, inserted] = byGolden.emplace(golden, rel);
    EXPECT_TRUE(inserted) << rel << " and " << it->second << " would share the golden " << golden;
  }
}

class GoldenParseTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenParseTest, DumpMatchesGolden) {
  const std::string& rel = GetParam();
  const fs::path source = parseDir() / rel;
  const fs::path golden = fs::path(source).replace_extension(".ast");

  std::string text;
  ASSERT_TRUE(readFile(source, text)) << "cannot read " << source;

  SourceManager sources;
  DiagnosticEngine diags(sources);
  AstContext ast;
  FileId id = sources.addFile("test_data/parse/" + rel, text);
  const File* file = parseFile(ast, sources, id, diags, dialectOfPath(rel));
  std::ostringstream printed;
  diags.print(printed);
  ASSERT_TRUE(diags.diagnostics().empty()) << rel << " must parse without any diagnostic:\n" << printed.str();
  ASSERT_NE(file, nullptr);

  std::ostringstream dump;
  dumpAst(*file, sources, dump);

  std::string want;
  ASSERT_TRUE(readFile(golden, want)) << "missing golden " << golden.lexically_relative(VO_SOURCE_DIR).generic_string()
                                      << ": run scripts/update-goldens and review the new file";
  if (dump.str() != want) {
    ADD_FAILURE() << "the AST of test_data/parse/" << rel << " differs from its golden (- golden, + now):\n"
                  << describeDifference(want, dump.str())
                  << "If the change is intended, run scripts/update-goldens and review `git diff test_data/parse`.";
  }
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenParseTest, testing::ValuesIn(goldenPrograms()),
                         [](const testing::TestParamInfo<std::string>& info) { return testNameOf(info.param); });

}  // namespace
}  // namespace vo::syntax
