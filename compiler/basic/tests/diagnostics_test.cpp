// DiagnosticEngine: sorting, the one-syntax-error-per-line rule, formatting; SourceManager line/column and the
// presumed positions of line directives.
#include "compiler/basic/diagnostics.h"

#include <gtest/gtest.h>

#include <sstream>

namespace vo {
namespace {

TEST(SourceManagerTest, LineColumnIsOneBasedAndCountsBytes) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", "ab\nc\xc3\xa9" "d\n");
  EXPECT_EQ(sm.lineColumn({f, 0}).line, 1u);
  EXPECT_EQ(sm.lineColumn({f, 0}).column, 1u);
  EXPECT_EQ(sm.lineColumn({f, 3}).line, 2u);
  LineColumn d = sm.lineColumn({f, 6});  // 'd' after the two-byte é
  EXPECT_EQ(d.line, 2u);
  EXPECT_EQ(d.column, 4u);
  EXPECT_EQ(sm.describe({f, 8}), "a.go:3:1");  // end of file
}

TEST(SourceManagerTest, MissingFileGivesGoWording) {
  SourceManager sm;
  std::string err;
  EXPECT_FALSE(sm.loadFile("/nonexistent/x.go", err).has_value());
  EXPECT_EQ(err, "open /nonexistent/x.go: no such file or directory");
  EXPECT_FALSE(sm.loadFile("/tmp", err).has_value());
  EXPECT_EQ(err, "read /tmp: is a directory");
}

TEST(DiagnosticsTest, PrintsSortedWithOneSyntaxErrorPerLine) {
  SourceManager sm;
  FileId f = sm.addFile("x.go", "line one\nline two\n");
  DiagnosticEngine diags(sm);
  diags.error({f, 10}, "second");
  diags.syntaxError({f, 2}, "unexpected one");
  diags.syntaxError({f, 5}, "dropped: same line");
  diags.warning({f, 11}, "declared and not used: x");
  diags.error({f, 10}, "second");  // exact repeat on the same line: printed once
  std::ostringstream out;
  diags.print(out);
  EXPECT_EQ(out.str(),
            "x.go:1:3: syntax error: unexpected one\n"
            "x.go:2:2: second\n"
            "x.go:2:3: warning: declared and not used: x\n");
  EXPECT_EQ(diags.errorCount(), 3u);
}

// "a\nbc\ndef\ngh\n": lines start at offsets 0, 2, 5, 9.
constexpr const char* kFourLines = "a\nbc\ndef\ngh\n";

TEST(SourceManagerLineDirectives, WithoutDirectivesThePresumedLocationIsPhysical) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", kFourLines);
  PresumedLocation loc = sm.presumedLocation({f, 6});
  EXPECT_EQ(loc.filename, "a.go");
  EXPECT_EQ(loc.line, 3u);
  EXPECT_EQ(loc.column, 2u);
}

TEST(SourceManagerLineDirectives, LineColumnFormCountsOnFromTheAnchor) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", kFourLines);
  // As `/*line x.go:10:20*/` ending at offset 3 (line 2, column 2) would record it.
  sm.addLineDirective(f, 3, {2, 2}, "x.go", 10, 20);
  EXPECT_EQ(sm.describe({f, 2}), "a.go:2:1");    // before the directive
  EXPECT_EQ(sm.describe({f, 3}), "x.go:10:20");  // the anchor itself
  EXPECT_EQ(sm.describe({f, 4}), "x.go:10:21");  // same line: the column counts on
  EXPECT_EQ(sm.describe({f, 7}), "x.go:11:3");   // later lines: the physical column
  EXPECT_EQ(sm.describe({f, 9}), "x.go:12:1");
  EXPECT_EQ(sm.lineColumn({f, 7}).line, 3u);  // physical positions are unchanged
  PresumedLocation loc = sm.presumedLocation({f, 7});
  EXPECT_EQ(loc.filename, "x.go");
  EXPECT_EQ(loc.line, 11u);
  EXPECT_EQ(loc.column, 3u);
}

TEST(SourceManagerLineDirectives, LineFormLeavesTheColumnUnknown) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", kFourLines);
  // As `//line y.go:100` on line 1 records it: from its newline (offset 1), anchored at the start of line 2.
  sm.addLineDirective(f, 1, {2, 1}, "y.go", 100, 0);
  EXPECT_EQ(sm.describe({f, 0}), "a.go:1:1");
  EXPECT_EQ(sm.describe({f, 1}), "y.go:99");  // the comment's own newline lies on the line before the anchor
  EXPECT_EQ(sm.describe({f, 3}), "y.go:100");
  EXPECT_EQ(sm.describe({f, 10}), "y.go:102");
  EXPECT_EQ(sm.presumedLocation({f, 10}).column, 0u);
}

TEST(SourceManagerLineDirectives, LaterDirectivesWinAndRecordingAgainChangesNothing) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", kFourLines);
  FileId g = sm.addFile("b.go", kFourLines);
  sm.addLineDirective(f, 4, {3, 1}, "late.go", 50, 1);
  sm.addLineDirective(f, 1, {2, 1}, "early.go", 7, 1);  // out of order: kept sorted
  sm.addLineDirective(f, 1, {2, 1}, "early.go", 7, 1);  // the same file lexed again
  EXPECT_EQ(sm.describe({f, 2}), "early.go:7:1");
  EXPECT_EQ(sm.describe({f, 5}), "late.go:50:1");
  EXPECT_EQ(sm.describe({g, 5}), "b.go:3:1");  // other files are not affected
  sm.addLineDirective(f, 4, {3, 1}, "other.go", 60, 0);  // same place, new text: replaces
  EXPECT_EQ(sm.describe({f, 5}), "other.go:60");
}

TEST(SourceManagerLineDirectives, NamesStayValidAsDirectivesAccumulate) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", std::string(100, '\n'));
  sm.addLineDirective(f, 0, {1, 1}, "s.go", 1, 1);  // a short name, stored inline by std::string
  std::string_view first = sm.presumedLocation({f, 0}).filename;
  for (uint32_t i = 1; i < 100; ++i) sm.addLineDirective(f, i, {i + 1, 1}, "n" + std::to_string(i), 1, 1);
  EXPECT_EQ(first, "s.go");
  EXPECT_EQ(sm.presumedLocation({f, 99}).filename, "n99");
}

TEST(SourceManagerLineDirectives, DiagnosticsPrintThePresumedPosition) {
  SourceManager sm;
  FileId f = sm.addFile("a.go", kFourLines);
  sm.addLineDirective(f, 4, {3, 1}, "gen.go", 8, 0);
  DiagnosticEngine diags(sm);
  diags.error({f, 6}, "second");
  diags.error({f, 0}, "first");
  std::ostringstream out;
  diags.print(out);
  EXPECT_EQ(out.str(), "a.go:1:1: first\ngen.go:8: second\n");
}

}  // namespace
}  // namespace vo
