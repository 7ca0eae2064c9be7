// The ERROR-comment reader and the matcher (errorcheck.h), on small inputs with known answers.
#include "compiler/syntax/tests/errorcheck.h"

#include <gtest/gtest.h>

namespace vo::errorcheck {
namespace {

TEST(ErrorcheckTest, ReadsQuotedRegexpsAsRunGoDoes) {
  ExpectedErrors e = parseExpectedErrors(
      "package p\n"
      "var x = 1 // ERROR \"first\" \"second\"\n"
      "var y // GC_ERROR \"gc only\"\n"
      "var z //// ERROR \"disabled\"\n"
      "var w // ERRORAUTO \"generated\"\n"
      "/* ERROR \"not a run.go form\" */\n"
      "var v // ERROR `back-quoted`\n"
      "var u // ERROR \"at LINE and LINE-1 and LINE+2\"\n",
      "f.go");
  ASSERT_EQ(e.errors.size(), 4u);
  EXPECT_EQ(e.errors[0].line, 2u);
  EXPECT_EQ(e.errors[0].regexp, "first");
  EXPECT_EQ(e.errors[1].line, 2u);
  EXPECT_EQ(e.errors[1].regexp, "second");
  EXPECT_EQ(e.errors[2].line, 3u);
  EXPECT_EQ(e.errors[2].regexp, "gc only");
  EXPECT_EQ(e.errors[3].line, 8u);
  EXPECT_EQ(e.errors[3].regexp, "at f.go:8 and f.go:7 and f.go:10");
  ASSERT_EQ(e.malformedLines.size(), 1u);  // the back-quoted form has no "quoted" regexp
  EXPECT_EQ(e.malformedLines[0], 7u);
}

TEST(ErrorcheckTest, LineAndMessageFollowsRunGo) {
  std::vector<ExpectedError> want = {{3, "unexpected newline"}, {5, "missing"}, {7, "^syntax error: foo$"}};
  std::vector<ReportedError> got = {
      {3, "syntax error: unexpected newline, expected }"},
      {3, "newline in string"},  // same line, matched by no expectation: unexpected
      {7, "syntax error: bar"},  // wrong message
      {9, "syntax error: nobody expects this"},
  };
  MatchResult r = matchErrors(want, got, MatchModeKind::LineAndMessage);
  EXPECT_EQ(r.matched, 1u);
  ASSERT_EQ(r.unmatched.size(), 2u);
  EXPECT_EQ(r.unmatched[0].want.line, 5u);
  EXPECT_EQ(r.unmatched[0].why, "missing error");
  EXPECT_EQ(r.unmatched[1].want.line, 7u);
  EXPECT_NE(r.unmatched[1].why.find("syntax error: bar"), std::string::npos);
  ASSERT_EQ(r.unexpected.size(), 3u);
  EXPECT_EQ(r.unexpected[0].message, "newline in string");
  EXPECT_EQ(r.unexpected[1].message, "syntax error: bar");
  EXPECT_EQ(r.unexpected[2].line, 9u);
  EXPECT_FALSE(r.ok());
}

TEST(ErrorcheckTest, OneMessageSatisfiesOnlyOneExpectation) {
  // As in run.go, a matched message is consumed: two expectations on a line need two messages.
  std::vector<ExpectedError> want = {{2, "error"}, {2, "error"}};
  MatchResult r = matchErrors(want, {{2, "syntax error: x"}}, MatchModeKind::LineAndMessage);
  EXPECT_EQ(r.matched, 1u);
  EXPECT_EQ(r.unmatched.size(), 1u);
  EXPECT_TRUE(r.unexpected.empty());
}

TEST(ErrorcheckTest, LiteralBracesAreEscapedForStdRegex) {
  EXPECT_EQ(toEcmaScriptRegexp("expected { after if clause"), "expected \\{ after if clause");
  EXPECT_EQ(toEcmaScriptRegexp("missing comma or }$"), "missing comma or \\}$");
  EXPECT_EQ(toEcmaScriptRegexp("a{2}b{1,}c{1,3}"), "a{2}b{1,}c{1,3}");
  EXPECT_EQ(toEcmaScriptRegexp("[{}] \\{ x{y}"), "[{}] \\{ x\\{y\\}");
  MatchResult r =
      matchErrors({{1, "^syntax error: unexpected newline, expected { after if clause$"}},
                  {{1, "syntax error: unexpected newline, expected { after if clause"}}, MatchModeKind::LineAndMessage);
  EXPECT_TRUE(r.ok()) << (r.unmatched.empty() ? "" : r.unmatched[0].why);
}

TEST(ErrorcheckTest, InvalidRegexpIsReportedNotThrown) {
  MatchResult r = matchErrors({{1, "a("}}, {{1, "a("}}, MatchModeKind::LineAndMessage);
  EXPECT_EQ(r.matched, 0u);
  ASSERT_EQ(r.unmatched.size(), 1u);
  EXPECT_EQ(r.unmatched[0].why.rfind("invalid regexp", 0), 0u);
}

TEST(ErrorcheckTest, LineOnlyIgnoresWording) {
  std::vector<ExpectedError> want = {{2, "expecting {"}, {2, "other"}, {4, "x"}};
  std::vector<ReportedError> got = {{2, "syntax error: unexpected newline, expected { after if clause"},
                                    {6, "syntax error: spurious"}};
  MatchResult r = matchErrors(want, got, MatchModeKind::LineOnly);
  EXPECT_EQ(r.matched, 2u);  // both expectations of line 2
  ASSERT_EQ(r.unmatched.size(), 1u);
  EXPECT_EQ(r.unmatched[0].want.line, 4u);
  ASSERT_EQ(r.unexpected.size(), 1u);
  EXPECT_EQ(r.unexpected[0].line, 6u);
}

TEST(ErrorcheckTest, ReportedErrorsAreThePrintedMessagesOfOneFile) {
  SourceManager sm;
  FileId a = sm.addFile("a.go", "x\ny\nz\n");
  FileId b = sm.addFile("b.go", "x\n");
  DiagnosticEngine diags(sm);
  diags.syntaxError({a, 4}, "unexpected z");
  diags.error({b, 0}, "elsewhere");
  diags.warning({a, 2}, "declared and not used: y");
  std::vector<ReportedError> r = reportedErrors(diags, a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].line, 2u);
  EXPECT_EQ(r[0].message, "warning: declared and not used: y");
  EXPECT_EQ(r[1].line, 3u);
  EXPECT_EQ(r[1].message, "syntax error: unexpected z");
}

}  // namespace
}  // namespace vo::errorcheck
