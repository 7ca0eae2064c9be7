// The decisions the data-flow analysis hands to codegen (escape.h's Result), on small programs: what may live in
// the frame, what must go to the heap, what closures capture by value. The safety-critical direction is tested
// first: an object whose reference outlives the frame must never be a frame object.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "compiler/syntax/parser.h"
#include "compiler/types/check.h"
#include "compiler/types/object.h"
#include "escape/escape.h"

namespace vo::escape {
namespace {

/// One analysed program: the Result, and lookups of variables and allocation sites by name and source line.
struct Analysed {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  types::CheckContext ctx;
  std::unique_ptr<types::StdlibImporter> importer;
  types::Info info;
  Result result;

  /// The local variable (or parameter) named `name` declared on line `line`.
  const types::Var* var(const std::string& name, uint32_t line) const {
    for (const auto& [id, obj] : info.defs) {
      auto* v = types::dyn_cast<types::Var>(obj);
      if (v && v->name == name && sources.lineColumn(v->pos).line == line) return v;
    }
    return nullptr;
  }
  /// Whether some frame allocation site starts on line `line`.
  bool frameAllocOn(uint32_t line) const {
    for (const syntax::Node* n : result.frameAllocs)
      if (sources.lineColumn(n->pos()).line == line) return true;
    return false;
  }
  bool explains(const std::string& message) const {
    for (const Explanation& e : result.explanations)
      if (e.message == message) return true;
    return false;
  }
};

std::unique_ptr<Analysed> analyse(const std::string& text) {
  auto a = std::make_unique<Analysed>();
  FileId id = a->sources.addFile("t.go", text);
  const syntax::File* file = syntax::parseFile(a->ast, a->sources, id, a->diags, syntax::DialectKind::Go);
  EXPECT_NE(file, nullptr);
  if (!file) return a;
  a->importer = std::make_unique<types::StdlibImporter>(a->ctx, a->sources, a->diags);
  const syntax::File* files[] = {file};
  types::Package* pkg = types::checkPackage(a->ctx, *a->importer, "main", files, a->diags, a->info);
  EXPECT_FALSE(a->diags.hasErrors());
  Summaries summaries;
  summarizeImports(*a->importer, summaries);
  a->result = analyze(pkg, files, a->info, &summaries);
  return a;
}

TEST(EscapeAnalysis, NamedResultReadByDeferredClosureIsCapturedByReference) {
  // `return 5` assigns r after the closure captured it: a copy would print 0.
  auto a = analyse(
      "package main\n"
      "func f() (r int) {\n"
      "\tdefer func() { println(r) }()\n"
      "\treturn 5\n"
      "}\n"
      "func main() { f() }\n");
  const types::Var* r = a->var("r", 2);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(a->result.capturedByValue.count(r), 0u);
  EXPECT_EQ(a->result.frameVars.count(r), 1u);  // the deferred closure runs before the frame is gone
}

TEST(EscapeAnalysis, CaptureByValueOnlyWithoutLaterAssignment) {
  auto a = analyse(
      "package main\n"
      "func main() {\n"
      "\tx := 1\n"
      "\ty := 2\n"
      "\tf := func() int { return x + y }\n"
      "\ty = 3\n"
      "\tprintln(f())\n"
      "}\n");
  const types::Var* x = a->var("x", 3);
  const types::Var* y = a->var("y", 4);
  ASSERT_NE(x, nullptr);
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(a->result.capturedByValue.count(x), 1u);
  EXPECT_EQ(a->result.capturedByValue.count(y), 0u);
  EXPECT_EQ(a->result.frameVars.count(y), 1u);
  EXPECT_EQ(a->result.heapVars.count(y), 0u);
}

TEST(EscapeAnalysis, AddressTakenThroughACallIsNeverCapturedByValue) {
  // *id(&a) = 5 changes a after the capture: the closure must see it.
  auto a = analyse(
      "package main\n"
      "func id(p *int) *int { return p }\n"
      "func main() {\n"
      "\ta := 1\n"
      "\tf := func() int { return a }\n"
      "\t*id(&a) = 5\n"
      "\tprintln(f())\n"
      "}\n");
  const types::Var* v = a->var("a", 4);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(a->result.capturedByValue.count(v), 0u);
  EXPECT_EQ(a->result.frameVars.count(v) + a->result.heapVars.count(v), 1u);
}

TEST(EscapeAnalysis, AddressKeptAcrossIterationsEscapes) {
  // Loop variables are per iteration: &i kept after the iteration must be a heap object.
  auto a = analyse(
      "package main\n"
      "func main() {\n"
      "\tvar p *int\n"
      "\tfor i := 0; i < 3; i++ {\n"
      "\t\tp = &i\n"
      "\t}\n"
      "\tprintln(*p)\n"
      "}\n");
  const types::Var* i = a->var("i", 4);
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(a->result.heapVars.count(i), 1u);
  EXPECT_EQ(a->result.frameVars.count(i), 0u);
}

TEST(EscapeAnalysis, AddressUsedOnlyInTheFrameStaysInTheFrame) {
  auto a = analyse(
      "package main\n"
      "type T struct{ a, b int }\n"
      "func get(p *T) int { return p.a }\n"
      "func main() {\n"
      "\tx := T{1, 2}\n"
      "\tq := &T{3, 4}\n"
      "\tprintln(get(&x) + get(q))\n"
      "}\n");
  const types::Var* x = a->var("x", 5);
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(a->result.frameVars.count(x), 1u);
  EXPECT_EQ(a->result.heapVars.count(x), 0u);
  EXPECT_TRUE(a->frameAllocOn(6));
  EXPECT_TRUE(a->explains("p does not escape"));
}

TEST(EscapeAnalysis, ReturnedOrStoredAddressesEscape) {
  auto a = analyse(
      "package main\n"
      "type T struct{ a int }\n"
      "var sink *T\n"
      "func ret() *T { return &T{1} }\n"
      "func keep(p *T) { sink = p }\n"
      "func main() {\n"
      "\tx := T{2}\n"
      "\tkeep(&x)\n"
      "\tprintln(ret().a)\n"
      "}\n");
  const types::Var* x = a->var("x", 7);
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(a->result.heapVars.count(x), 1u);
  EXPECT_FALSE(a->frameAllocOn(4));
  EXPECT_TRUE(a->explains("leaking param: p"));
  EXPECT_TRUE(a->explains("&T{...} escapes to heap"));
}

TEST(EscapeAnalysis, LeakToResultFollowsTheCaller) {
  // id's parameter leaks only to its result: the caller decides by where the result goes.
  auto a = analyse(
      "package main\n"
      "var sink *int\n"
      "func id(p *int) *int { return p }\n"
      "func main() {\n"
      "\ta := 1\n"
      "\tb := 2\n"
      "\tprintln(*id(&a))\n"
      "\tsink = id(&b)\n"
      "}\n");
  EXPECT_TRUE(a->explains("leaking param: p to result ~r0 level=0"));
  EXPECT_EQ(a->result.frameVars.count(a->var("a", 5)), 1u);
  EXPECT_EQ(a->result.heapVars.count(a->var("b", 6)), 1u);
}

TEST(EscapeAnalysis, UnknownCalleesGoStatementsAndNonConstantMakesUseTheHeap) {
  auto a = analyse(
      "package main\n"
      "type I interface{ M(p *int) }\n"
      "func use(i I, f func(*int), n int) {\n"
      "\tx := 1\n"
      "\ti.M(&x)\n"
      "\ty := 2\n"
      "\tf(&y)\n"
      "\tz := 3\n"
      "\tgo func() { println(z) }()\n"
      "\ts := make([]int, n)\n"
      "\t_ = s\n"
      "}\n"
      "func main() {}\n");
  EXPECT_EQ(a->result.heapVars.count(a->var("x", 4)), 1u);
  EXPECT_EQ(a->result.heapVars.count(a->var("y", 6)), 1u);
  EXPECT_FALSE(a->frameAllocOn(9));   // the goroutine's closure
  EXPECT_FALSE(a->frameAllocOn(10));  // make with a non-constant size
  EXPECT_TRUE(a->explains("make([]int, n) escapes to heap"));
}

TEST(EscapeAnalysis, StandardLibrarySummariesCrossPackages) {
  // strings.HasPrefix is analysed first (Vo source); its parameters only read: the caller's string stays local.
  auto a = analyse(
      "package main\n"
      "import \"strings\"\n"
      "func f(b []byte) bool {\n"
      "\ts := string(b)\n"
      "\treturn strings.HasPrefix(s, \"x\")\n"
      "}\n"
      "func main() { println(f(nil)) }\n");
  EXPECT_TRUE(a->explains("string(b) does not escape"));
  EXPECT_TRUE(a->explains("b does not escape"));
}

TEST(EscapeAnalysis, DevirtualizedCallsUseTheConcreteMethod) {
  // i only ever holds *T values: i.Get() calls (*T).Get, which keeps nothing; j.Keep() calls (*T).Keep, which
  // stores its receiver in a global.
  auto a = analyse(
      "package main\n"
      "type I interface{ Get() int; Keep() }\n"
      "type T struct{ n int }\n"
      "var sink *T\n"
      "func (t *T) Get() int { return t.n }\n"
      "func (t *T) Keep()    { sink = t }\n"
      "func main() {\n"
      "\tvar i I = &T{1}\n"
      "\tprintln(i.Get())\n"
      "\tvar j I = &T{2}\n"
      "\tj.Keep()\n"
      "}\n");
  EXPECT_TRUE(a->frameAllocOn(8));
  EXPECT_FALSE(a->frameAllocOn(10));
}

TEST(EscapeAnalysis, DeferKeepsArgumentsUntilReturnGoAndLoopsToTheHeap) {
  auto a = analyse(
      "package main\n"
      "func show(p *int) { println(*p) }\n"
      "func main() {\n"
      "\tx := 1\n"
      "\tdefer show(&x)\n"
      "\ty := 2\n"
      "\tgo show(&y)\n"
      "\tfor i := 0; i < 2; i++ {\n"
      "\t\tz := i\n"
      "\t\tdefer show(&z)\n"
      "\t}\n"
      "}\n");
  EXPECT_EQ(a->result.frameVars.count(a->var("x", 4)), 1u);
  EXPECT_EQ(a->result.heapVars.count(a->var("y", 6)), 1u);
  EXPECT_EQ(a->result.heapVars.count(a->var("z", 9)), 1u);
}

TEST(EscapeAnalysis, LoopVariableCarriesItsValueToTheNextIteration) {
  // p = &T{...} in the post statement: the next iteration still reads the object through p, so it cannot be a
  // frame object re-created by every iteration; the init statement's &T{0} runs once and may be one.
  auto a = analyse(
      "package main\n"
      "type T struct{ a int }\n"
      "func main() {\n"
      "\ts := 0\n"
      "\tfor p := (&T{0}); p.a < 3; p = (&T{p.a + 1}) {\n"
      "\t\ts += p.a\n"
      "\t}\n"
      "\tprintln(s)\n"
      "}\n");
  int frameOnLine5 = 0;
  for (const syntax::Node* n : a->result.frameAllocs) frameOnLine5 += a->sources.lineColumn(n->pos()).line == 5;
  EXPECT_EQ(frameOnLine5, 1);
  EXPECT_TRUE(a->explains("&T{...} escapes to heap"));
}

TEST(EscapeAnalysis, ConservativeRuleStaysSelectable) {
  setenv("VO_ESCAPE", "conservative", 1);
  auto a = analyse(
      "package main\n"
      "func main() {\n"
      "\tx := 1\n"
      "\tp := &x\n"
      "\tprintln(*p)\n"
      "}\n");
  unsetenv("VO_ESCAPE");
  EXPECT_EQ(a->result.heapVars.count(a->var("x", 3)), 1u);
  EXPECT_TRUE(a->result.frameVars.empty());
}

}  // namespace
}  // namespace vo::escape
