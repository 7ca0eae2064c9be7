// The lowering of Vo's dynamic access `~>` (gen_dyn.cpp): package dyn loaded implicitly, the four forms calling
// dyn.GetAttr / GetIndex / Call / CallMethod, chains branching on each error, the `...any` slice, the multi-value
// consumers, and the interface-pair variants of exported methods only when the program contains package dyn.
#include <gtest/gtest.h>

#include "compiler/codegen/tests/codegen_test_util.h"

namespace vo::codegen::testing {
namespace {

using rt::Opcode;

/// Number of Call instructions of function `caller` whose callee is the function named `callee`.
int calls(const Compiled& c, std::string_view caller, std::string_view callee) {
  const rt::FuncInfo* f = c.func(caller);
  if (!f) return -1;
  int n = 0;
  for (const rt::Instr& in : f->code)
    if (in.op == Opcode::Call && in.d >= 0 && static_cast<size_t>(in.d) < c.mod->funcs.size() &&
        c.mod->funcs[in.d].name == callee)
      ++n;
  return n;
}

TEST(DynCodegen, EachFormCallsItsDynFunctionWithoutAnImport) {
  auto c = compile(R"(package main

import "fmt"

func main() {
	var x any = map[string]any{}
	fmt.Println(x~>name)
	fmt.Println(x~>["k"])
	fmt.Println(x~>(1))
	fmt.Println(x~>Method(1, 2))
}
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(calls(*c, "main.main", "dyn.GetAttr"), 1) << listing(*c->func("main.main"));
  EXPECT_EQ(calls(*c, "main.main", "dyn.GetIndex"), 1);
  EXPECT_EQ(calls(*c, "main.main", "dyn.Call"), 1);
  EXPECT_EQ(calls(*c, "main.main", "dyn.CallMethod"), 1);
  EXPECT_EQ(c->count("main.main", Opcode::IfaceIs), 0);  // no chain: no error test
}

TEST(DynCodegen, GoFilesUseDynamicAccessToo) {
  auto c = compile(R"(package main

func main() {
	var x any = 1
	v, err := x~>a
	println(v == nil, err == nil)
}
)", "prog.go");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(calls(*c, "main.main", "dyn.GetAttr"), 1);
}

TEST(DynCodegen, ProgramsWithoutDynamicAccessDoNotLoadDyn) {
  auto c = compile(R"(package main

func main() { println(1) }
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->func("dyn.GetAttr"), nullptr);
}

TEST(DynCodegen, ChainTestsEachErrorBeforeTheNextOperation) {
  auto c = compile(R"(package main

func get(x any) (any, error) {
	return x~>a~>[0]~>b~>m()
}

func main() { get(nil) }
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  std::string l = listing(*c->func("main.get"));
  EXPECT_EQ(calls(*c, "main.get", "dyn.GetAttr"), 2) << l;
  EXPECT_EQ(calls(*c, "main.get", "dyn.GetIndex"), 1) << l;
  EXPECT_EQ(calls(*c, "main.get", "dyn.CallMethod"), 1) << l;
  // three links: three error tests, each branching past the rest of the chain
  EXPECT_EQ(c->count("main.get", Opcode::IfaceIs), 3) << l;
  EXPECT_EQ(c->count("main.get", Opcode::JmpIf), 3) << l;
  EXPECT_EQ(c->count("main.get", Opcode::MakeSlice), 0) << l;  // m() passes a nil ...any
}

TEST(DynCodegen, ArgumentsTravelInAnAnySlice) {
  auto c = compile(R"(package main

func two(x any) (any, error) { return x~>(1, "a") }

func spread(x any, xs []any) (any, error) { return x~>m(xs...) }

func mixed(x any, xs []any) (any, error) { return x~>m(0, xs...) }

func main() {
	two(nil)
	spread(nil, nil)
	mixed(nil, nil)
}
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.two", Opcode::MakeSlice), 1) << listing(*c->func("main.two"));
  EXPECT_EQ(c->count("main.two", Opcode::MakeIface), 2);
  EXPECT_EQ(c->count("main.spread", Opcode::MakeSlice), 0) << listing(*c->func("main.spread"));
  EXPECT_EQ(c->count("main.mixed", Opcode::MakeSlice), 1) << listing(*c->func("main.mixed"));
  EXPECT_EQ(c->count("main.mixed", Opcode::AppendSlice), 1);
}

TEST(DynCodegen, MultiValueConsumersCompile) {
  auto c = compile(R"(package main

import "fmt"

type H struct {
	V   any
	Err error
}

var root any = map[string]any{}
var g, gerr = root~>a

func pair(v any, err error) {}

func main() {
	v, err := root~>a
	v, err = root~>b
	_, err = root~>c
	var w, werr = root~>d
	var h H
	h.V, h.Err = root~>e
	pair(root~>f)
	fmt.Println(root~>g)
	root~>h()
	fmt.Println(v, err, w, werr, h, g, gerr)
}
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(calls(*c, "main.main", "dyn.GetAttr"), 7) << listing(*c->func("main.main"));
  EXPECT_EQ(calls(*c, "main.main", "dyn.CallMethod"), 1);
}

// isMultiValue covers `?` with several results too: `a, b := two()?` is not a comma-ok form.
TEST(DynCodegen, TryWithSeveralResultsIsMultiValue) {
  auto c = compile(R"(package main

func two() (int, string, error) { return 1, "a", nil }

func use() (string, error) {
	a, b := two()?
	var c, d = two()?
	a, b = two()?
	println(a, b, c, d)
	return b, nil
}

func main() { use() }
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.use", Opcode::IfaceIs), 3) << listing(*c->func("main.use"));
}

const char* kMethods = R"(package main

type C struct{ n int }

func (c C) Get() int     { return c.n }
func (c C) hidden() int  { return c.n }
func (c *C) Set(n int)   { c.n = n }

func main() {
	var x any = &C{}
	_ = x
	%s
}
)";

std::string withBody(const char* body) {
  std::string s = kMethods;
  return s.replace(s.find("%s"), 2, body);
}

TEST(DynCodegen, ExportedMethodsGetInterfaceVariantsWhenDynIsPresent) {
  auto c = compile(withBody("_, _ = x~>Get()"), "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_NE(c->func("*main.C.Get-iface"), nullptr) << listing(*c->mod);
  EXPECT_NE(c->func("*main.C.Set-iface"), nullptr);
  EXPECT_EQ(c->func("*main.C.hidden-iface"), nullptr);  // CallMethod finds exported methods only
}

TEST(DynCodegen, NoInterfaceVariantsOfUnusedMethodsWithoutDyn) {
  auto c = compile(withBody(""), "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->func("*main.C.Get-iface"), nullptr);
  EXPECT_EQ(c->func("*main.C.Set-iface"), nullptr);
}

// Values dyn.Call and dyn.CallMethod put into interfaces — results of exported methods and of func values — never
// pass through a conversion the generator sees: their methods need their interface-pair variants too.
TEST(DynCodegen, ResultsOfDynamicCallsGetInterfaceVariants) {
  auto c = compile(R"(package main

type R struct{ n int }

func (r R) M() int { return r.n }

type S struct{}

func (s S) Make() R { return R{1} }

type Q struct{}

func (q Q) N() int { return 2 }

func main() {
	var s any = S{}
	var f any = func() Q { return Q{} }
	v, _ := s~>Make()~>M()
	w, _ := f~>()~>N()
	println(v, w)
}
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_NE(c->func("main.R.M-iface"), nullptr);
  EXPECT_NE(c->func("main.Q.N-iface"), nullptr);
}

}  // namespace
}  // namespace vo::codegen::testing
