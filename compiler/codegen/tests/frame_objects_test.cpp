// Frame objects (gen_frame.cpp): programs compiled with escape decisions forced onto their variables and
// allocation sites (CompileOptions::adjustEscape), verified, run on the VM, and checked for their output, for the
// absence of heap allocations where everything stays in the frame (runtime.ReadMemStats in the program itself), and
// for the instructions the generator chose.
#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <set>
#include <string>

#include "compiler/codegen/analysis.h"
#include "compiler/codegen/tests/codegen_test_util.h"
#include "runtime-core/verify.h"
#include "stdlib/natives.h"
#include "vm/tests/module_builder.h"

namespace vo::codegen {
namespace {

/// Which of package main's decisions a test forces.
struct Force {
  bool frameVars = true;    ///< every variable the conservative rule moves to the heap lives in the frame instead
  bool frameAllocs = true;  ///< every `&T{...}`, `new`, `make`, slice literal of package main is a frame object
  std::set<std::string> allocFuncs;  ///< ... of these functions only (empty: all)
  bool funcLits = false;             ///< ... and every func literal too
  std::string byValuePrefix = "bv";  ///< captured variables named so are captured by value
};

void forceDecisions(const Force& force, std::span<const syntax::File* const> files, const types::Info& info,
                    escape::Result& r) {
  if (force.frameVars) {
    for (const types::Var* v : r.heapVars) r.frameVars.insert(v);
    r.heapVars.clear();
  }
  bool allocs = false;
  std::function<void(const syntax::Node*)> walk = [&](const syntax::Node* n) {
    if (const auto* id = syntax::dyn_cast<syntax::Ident>(n)) {
      auto it = info.defs.find(id);
      const auto* v = it == info.defs.end() ? nullptr : types::dyn_cast<types::Var>(it->second);
      if (v && !force.byValuePrefix.empty() && v->name.rfind(force.byValuePrefix, 0) == 0) {
        r.capturedByValue.insert(v);
        r.frameVars.erase(v);
        r.heapVars.erase(v);
      }
    }
    if (allocs && (syntax::isa<syntax::UnaryExpr>(n) || syntax::isa<syntax::CompositeLit>(n) ||
                   syntax::isa<syntax::CallExpr>(n) || (force.funcLits && syntax::isa<syntax::FuncLit>(n))))
      r.frameAllocs.insert(n);  // codegen places only the kinds it supports
    forEachChild(n, walk);
  };
  for (const syntax::File* f : files)
    for (const syntax::Decl* d : f->decls)
      if (const auto* fd = syntax::dyn_cast<syntax::FuncDecl>(d)) {
        allocs = force.frameAllocs &&
                 (force.allocFuncs.empty() || force.allocFuncs.count(std::string(fd->name->name)));
        if (fd->body) walk(fd->body);
        if (fd->type)
          for (const syntax::Field* p : fd->type->params)
            if (p->name) walk(p->name);
      }
}

struct Outcome {
  std::unique_ptr<testing::Compiled> c;
  vm::test::Outcome outcome;
  std::string verifyErrors;
};

Outcome compileAndRun(const std::string& src, const Force& force = {}) {
  Outcome run;
  run.c = std::make_unique<testing::Compiled>();
  CompileOptions options;
  options.adjustEscape = [&](const types::Package& pkg, std::span<const syntax::File* const> files,
                             const types::Info& info, escape::Result& r) {
    if (pkg.path == "main") forceDecisions(force, files, info, r);
  };
  run.c->mod = compileSourcesWith({{"prog.go", src}}, run.c->sources, run.c->diags, options);
  if (!run.c->mod) return run;
  rt::verifyModule(*run.c->mod, run.verifyErrors);
  if (!run.verifyErrors.empty()) return run;
  vm::RunOptions opts;
  opts.args = {"prog"};
  opts.resolveNative = [](std::string_view n) { return stdlib::findNative(n); };
  opts.resolveNativeVar = [](std::string_view n) { return stdlib::findNativeVar(n); };
  run.outcome = vm::test::runInChild(*run.c->mod, opts);
  return run;
}

#define EXPECT_RUNS(run, want)                                                                         \
  do {                                                                                                 \
    ASSERT_TRUE((run).c->mod) << (run).c->errors();                                                    \
    ASSERT_EQ((run).verifyErrors, "") << testing::listing(*(run).c->func("main.main"));                \
    EXPECT_EQ((run).outcome.status, 0) << (run).outcome.err;                                           \
    EXPECT_EQ((run).outcome.out, want) << (run).outcome.err << testing::listing(*(run).c->func("main.main")); \
  } while (0)

// The pointer-receiver method on a fresh local and the read-only helper taking &Point{...}: all in the frame, no
// heap allocation in the loops, no `new` in main.
TEST(FrameObjects, PointLoopsAllocateNothing) {
  const char* src = R"(package main

import (
	"fmt"
	"runtime"
)

type Point struct{ x, y int }

func (p *Point) Scale(k int) { p.x *= k; p.y *= k }

func norm1(p *Point) int { return p.x + p.y }

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sum := 0
	for i := 0; i < 1000; i++ {
		p := Point{i, i + 1}
		p.Scale(2)
		sum += p.x - p.y
		sum += norm1(&Point{i, 1})
	}
	runtime.ReadMemStats(&after)
	fmt.Println(sum, after.Mallocs-before.Mallocs)
}
)";
  Outcome run = compileAndRun(src);
  EXPECT_RUNS(run, "498500 0\n");
  EXPECT_EQ(run.c->count("main.main", rt::Opcode::New), 0) << testing::listing(*run.c->func("main.main"));
  EXPECT_GE(run.c->count("main.main", rt::Opcode::FrameAddr), 2);
  // Fully initialising literals need no zeroing.
  EXPECT_EQ(run.c->count("main.main", rt::Opcode::MemZero), 0) << testing::listing(*run.c->func("main.main"));
}

// Objects re-allocated by every iteration are zero again each time (partial literals, new, make, var).
TEST(FrameObjects, LoopsSeeFreshZeroObjects) {
  const char* src = R"(package main

import "fmt"

type T struct {
	a, b int
	s    string
	p    *int
}

func use(t *T) int  { return t.a + t.b + len(t.s) }
func get(p *int) int { return *p }

func main() {
	bad := 0
	for i := 0; i < 5; i++ {
		t := &T{a: i}
		if t.b != 0 || t.s != "" || t.p != nil {
			bad++
		}
		t.b, t.s = 7, "xyz"
		n := new(int)
		if *n != 0 {
			bad++
		}
		*n = i
		s := make([]int, 3, 5)
		for _, v := range s[:5] {
			if v != 0 {
				bad++
			}
		}
		s[0], s[2] = i, i
		var v T
		if v.a != 0 || v.s != "" {
			bad++
		}
		v.a, v.s = 3, "q"
		lit := []int{4: 1}
		if lit[0] != 0 || len(lit) != 5 {
			bad++
		}
		lit[0] = 9
		fmt.Println(use(t), get(n), s[0]+s[2], use(&v), lit[0], len(s), cap(s))
	}
	fmt.Println("bad", bad)
}
)";
  Outcome run = compileAndRun(src);
  EXPECT_RUNS(run,
              "10 0 0 4 9 3 5\n11 1 2 4 9 3 5\n12 2 4 4 9 3 5\n13 3 6 4 9 3 5\n14 4 8 4 9 3 5\nbad 0\n");
  EXPECT_EQ(run.c->count("main.main", rt::Opcode::New), 0) << testing::listing(*run.c->func("main.main"));
  // Even the `...` slices of the fmt.Println calls are in the frame (forced: Go finds they do not escape).
  EXPECT_EQ(run.c->count("main.main", rt::Opcode::MakeSlice), 0) << testing::listing(*run.c->func("main.main"));
}

// Aliasing through frame pointers: writes through a pointer are seen by the variable and by other pointers,
// array slices alias the array, pointer-method receivers modify the variable, parameters and named results in the
// frame.
TEST(FrameObjects, AliasingThroughFramePointers) {
  const char* src = R"(package main

import "fmt"

type P struct{ x, y int }

func (p *P) Inc() { p.x++; p.y += 10 }

func swap(a, b *int) { *a, *b = *b, *a }

func fill(s []int) {
	for i := range s {
		s[i] = i * i
	}
}

func named(k int) (r P) {
	q := &r
	q.x = k
	q.Inc()
	return
}

func param(p P) int {
	pp := &p
	pp.Inc()
	return p.x + p.y
}

func main() {
	x, y := 1, 2
	px := &x
	swap(px, &y)
	*px += 100
	fmt.Println(x, y, *px)
	var a [5]int
	fill(a[1:4])
	s := a[:]
	s[4] = 42
	fmt.Println(a, len(s))
	p := P{1, 2}
	p.Inc()
	q := &p
	q.Inc()
	fmt.Println(p, *q, q.x == p.x)
	fmt.Println(named(5), param(P{3, 4}))
	m := [3]P{{1, 1}, {2, 2}, {3, 3}}
	for i := range m {
		m[i].Inc()
	}
	fmt.Println(m)
}
)";
  Outcome run = compileAndRun(src);
  EXPECT_RUNS(run, "102 1 102\n[0 0 1 4 42] 5\n{3 22} {3 22} true\n{6 10} 18\n[{2 11} {3 12} {4 13}]\n");
}

// Closures: captured by reference (the closure reaches the frame object), captured by value (a copy), deferred
// closures changing named results after a recover.
TEST(FrameObjects, ClosuresDeferAndRecover) {
  const char* src = R"(package main

import "fmt"

func apply(f func(int)) {
	for i := 1; i <= 3; i++ {
		f(i)
	}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func main() {
	total := 0
	apply(func(i int) { total += i })
	bvBase := 100
	sum := 0
	apply(func(i int) { sum += bvBase + i })
	fmt.Println(total, sum)
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	n := 0
	func() {
		defer func() { n += 10 }()
		n++
	}()
	fmt.Println(n)
}
)";
  Outcome run = compileAndRun(src);
  EXPECT_RUNS(run, "6 306\n3 <nil>\n-1 recovered: runtime error: integer divide by zero\n11\n");
}

// Frame objects holding the only references to heap objects survive collections (the frame scan reads their
// slots by kind: pointers, strings, slices, interfaces, maps), also in goroutines and across calls.
TEST(FrameObjects, HeapPointersInFrameObjectsSurviveCollections) {
  const char* src = R"(package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	next *Node
	name string
	vals []int
	any  interface{}
	m    map[string]int
	f    float64
	b    byte
}

func build(n *Node, depth int) {
	if depth == 0 {
		return
	}
	n.next = &Node{name: strings.Repeat("x", depth), vals: make([]int, depth), any: fmt.Sprint(depth),
		m: map[string]int{"d": depth}}
	runtime.GC()
	build(n.next, depth-1)
}

func sum(n *Node) (s int) {
	for ; n != nil; n = n.next {
		s += len(n.name) + len(n.vals) + n.m["d"]
		if str, ok := n.any.(string); ok {
			s += len(str)
		}
	}
	return
}

func work(done chan int) {
	root := Node{name: "root", f: 1.5, b: 7}
	build(&root, 5)
	runtime.GC()
	done <- sum(&root)
}

func main() {
	var root Node
	root.any = strings.Repeat("y", 3)
	build(&root, 6)
	for i := 0; i < 3; i++ {
		runtime.GC()
		_ = make([]byte, 1<<16)
	}
	fmt.Println(sum(&root), root.any)
	done := make(chan int)
	go work(done)
	fmt.Println(<-done)
}
)";
  Force force;
  force.allocFuncs = {"main", "work"};  // build's objects escape
  Outcome run = compileAndRun(src, force);
  EXPECT_RUNS(run, "72 yyy\n54\n");
}

// Closures that do not outlive the frame (their captures by value in frame boxes too) and the implicit slices of
// variadic calls: no heap allocation either.
TEST(FrameObjects, ClosuresAndVariadicSlicesInTheFrame) {
  const char* src = R"(package main

import (
	"fmt"
	"runtime"
)

func apply(f func(int) int, v int) int { return f(v) }

func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func pair() (int, int) { return 5, 6 }

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s := 0
	for i := 0; i < 1000; i++ {
		bvK := i
		s += apply(func(v int) int { return v + bvK }, 1)
		total := 0
		func() { total += i }()
		s += total
		s += sum(i, 1, 2)
	}
	s += sum(pair())
	runtime.ReadMemStats(&after)
	fmt.Println(s, after.Mallocs-before.Mallocs)
}
)";
  Force force;
  force.funcLits = true;
  force.allocFuncs = {"main"};
  Outcome run = compileAndRun(src, force);
  EXPECT_RUNS(run, "1502511 0\n");
  EXPECT_EQ(run.c->count("main.main", rt::Opcode::MakeClosure), 0) << testing::listing(*run.c->func("main.main"));
}

// Go's layout in frame objects: small fields packed into one word (int8, bool, int32, float32), floats, complex
// numbers, interfaces (type and data words), arrays indexed dynamically, type switch and range variables,
// receivers and closure parameters in the frame.
TEST(FrameObjects, PackedLayoutsAndEveryKindOfVariable) {
  const char* src = R"(package main

import "fmt"

type Packed struct {
	A  int8
	B  bool
	C  int32
	F  float32
	G  float64
	Z  complex128
	S  string
	I  interface{}
	E  error
	U  uint16
	Ar [3]int16
}

func (p Packed) Bump() Packed {
	q := &p
	q.A++
	q.C -= 2
	q.F *= 1.5
	q.Ar[2] = 9
	return p
}

func set(p *Packed, i int) {
	p.A = int8(i)
	p.B = i%2 == 1
	p.C = int32(-i)
	p.F = float32(i) / 4
	p.G = float64(i) * 1.25
	p.Z = complex(float64(i), -1)
	p.S = fmt.Sprint("s", i)
	p.I = i
	p.U = uint16(60000 + i)
	p.Ar[i%3] = int16(-i)
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case int:
		p := &v
		*p += 100
		return fmt.Sprint("int ", v)
	case string:
		p := &v
		return "string " + *p
	default:
		return "other"
	}
}

func main() {
	for i := 0; i < 3; i++ {
		var p Packed
		fmt.Println(p.A, p.B, p.C, p.F, p.G, p.Z, p.S == "", p.I == nil, p.E == nil, p.U, p.Ar)
		set(&p, i+1)
		fmt.Println(p.A, p.B, p.C, p.F, p.G, p.Z, p.S, p.I, p.U, p.Ar)
		b := p.Bump()
		fmt.Println(b.A, b.C, b.F, b.Ar, p.A)
	}
	arr := [5]int{1, 2, 3, 4, 5}
	pa := &arr
	for i := range arr {
		j := (i * 3) % 5
		pa[j] += arr[i]
	}
	fmt.Println(arr)
	for _, s := range []string{"x", "y"} {
		ps := &s
		*ps += "!"
		fmt.Print(s, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		pi := &i
		*pi += 1
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(kind(1), kind("s"), kind(2.5))
	f := func(n int) int {
		pn := &n
		*pn *= 2
		return n
	}
	fmt.Println(f(21))
}
)";
  Outcome run = compileAndRun(src);
  EXPECT_RUNS(run,
              "0 false 0 0 0 (0+0i) true true true 0 [0 0 0]\n"
              "1 true -1 0.25 1.25 (1-1i) s1 1 60001 [0 -1 0]\n"
              "2 -3 0.375 [0 -1 9] 1\n"
              "0 false 0 0 0 (0+0i) true true true 0 [0 0 0]\n"
              "2 false -2 0.5 2.5 (2-1i) s2 2 60002 [0 0 -2]\n"
              "3 -4 0.75 [0 0 9] 2\n"
              "0 false 0 0 0 (0+0i) true true true 0 [0 0 0]\n"
              "3 true -3 0.75 3.75 (3-1i) s3 3 60003 [-3 0 0]\n"
              "4 -5 1.125 [-3 0 9] 3\n"
              "[2 5 14 6 11]\n"
              "x! y! \n"
              "1 3 \n"
              "int 101 string s other\n"
              "42\n");
}

// A frame object never lies at or above a call window; the verifier rejects code that puts one there.
TEST(FrameObjects, FrameObjectsLieBelowEveryCallWindow) {
  const char* src = R"(package main

import "fmt"

type T struct{ a, b int }

func f(t *T) int { return t.a }

func main() {
	s := 0
	for i := 0; i < 3; i++ {
		s += f(&T{i, i})
		x := T{i, 2}
		s += f(&x)
	}
	fmt.Println(s)
}
)";
  Outcome run = compileAndRun(src);
  EXPECT_RUNS(run, "6\n");
  rt::Module& m = *run.c->mod;
  rt::FuncInfo* main = nullptr;
  for (rt::FuncInfo& fi : m.funcs)
    if (fi.name == "main.main") main = &fi;
  ASSERT_TRUE(main);
  // Move the first call's window down onto the frame objects: the verifier must object.
  for (rt::Instr& in : main->code)
    if (in.op == rt::Opcode::Call) {
      int lowest = INT32_MAX;
      for (const rt::Instr& fa : main->code)
        if (fa.op == rt::Opcode::FrameAddr) lowest = std::min<int>(lowest, fa.b);
      ASSERT_NE(lowest, INT32_MAX);
      in.a = static_cast<uint16_t>(lowest);
      break;
    }
  std::string error;
  EXPECT_FALSE(rt::verifyModule(m, error));
  EXPECT_NE(error.find("below the end of a frame object"), std::string::npos) << error;
}

// With the conservative rule (empty frame sets) nothing changes: no FrameAddr, heap objects as before.
TEST(FrameObjects, EmptySetsChangeNothing) {
  setenv("VO_ESCAPE", "conservative", 1);
  auto c = testing::compile("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tp := &T{1}\n\tx := 2\n"
                            "\tq := &x\n\tprintln(p.a, *q)\n}\n");
  unsetenv("VO_ESCAPE");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.main", rt::Opcode::FrameAddr), 0);
  EXPECT_EQ(c->count("main.main", rt::Opcode::New), 2);
}

}  // namespace
}  // namespace vo::codegen
