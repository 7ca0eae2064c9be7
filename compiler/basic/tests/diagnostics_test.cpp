// DiagnosticEngine: sorting, the one-syntax-error-per-line rule, formatting; SourceManager line/column.
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

}  // namespace
}  // namespace vo
