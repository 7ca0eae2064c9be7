// Inlining (gen_inline.cpp): which calls become inline code, the inline tree it records (rt::FuncInfo::inlined)
// and how the VM shows inlined frames: the exact goroutine trace of a run-time error inside an inlined function
// (Go 1.19's text, with +0x0 for the offsets we cannot reproduce) and runtime.Caller around inlined calls. The
// programs run on the VM after the verifier; their .voc round trip keeps the inline tree.
#include <gtest/gtest.h>

#include <string>

#include "compiler/codegen/tests/codegen_test_util.h"
#include "runtime-core/serialize.h"
#include "runtime-core/verify.h"
#include "stdlib/natives.h"
#include "vm/tests/module_builder.h"

namespace vo::codegen {
namespace {

struct Outcome {
  std::unique_ptr<testing::Compiled> c;
  vm::test::Outcome outcome;
  std::string verifyErrors;
};

/// Compiles `src` as /tmp/prog.go (an absolute path: traces print it as is), verifies and runs it.
Outcome compileAndRun(const std::string& src, bool inlining = true) {
  Outcome run;
  run.c = std::make_unique<testing::Compiled>();
  CompileOptions options;
  options.inlining = inlining;
  run.c->mod = compileSourcesWith({{"/tmp/prog.go", src}}, run.c->sources, run.c->diags, options);
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

int calls(const rt::FuncInfo& f) {
  int n = 0;
  for (const rt::Instr& in : f.code)
    n += in.op == rt::Opcode::Call || in.op == rt::Opcode::CallClosure || in.op == rt::Opcode::CallIface;
  return n;
}

const char* kDist2 = R"(package main

import "fmt"

type Point struct{ X, Y int }

func dist2(p *Point) int {
	return p.X*p.X + p.Y*p.Y
}

func main() {
	ps := []*Point{{1, 2}, nil}
	for _, p := range ps {
		fmt.Println(dist2(p))
	}
}
)";

// Go 1.19 prints exactly this (with its own +0x offset after main.main's line): the inlined frame `main.dist2(...)`
// at the faulting line without an offset, then main.main at the call site.
TEST(Inline, NilDereferenceInInlinedFunctionTrace) {
  Outcome run = compileAndRun(kDist2);
  ASSERT_TRUE(run.c->mod) << run.c->errors();
  ASSERT_EQ(run.verifyErrors, "");
  const rt::FuncInfo* m = run.c->func("main.main");
  ASSERT_TRUE(m);
  ASSERT_EQ(m->inlined.size(), 1u) << testing::listing(*m);
  EXPECT_EQ(m->inlined[0].name, "main.dist2");
  EXPECT_EQ(m->inlined[0].callLine, 14u);
  EXPECT_EQ(run.c->mod->files[m->inlined[0].file], "/tmp/prog.go");
  EXPECT_EQ(run.c->func("main.dist2"), nullptr) << "every call was inlined: the function is not generated";
  EXPECT_EQ(run.outcome.status, 2);
  EXPECT_EQ(run.outcome.out, "5\n");
  EXPECT_EQ(run.outcome.err,
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n"
            "goroutine 1 [running]:\n"
            "main.dist2(...)\n"
            "\t/tmp/prog.go:8\n"
            "main.main()\n"
            "\t/tmp/prog.go:14 +0x0\n");
}

// The same program without inlining: a real frame for dist2, with its offset.
TEST(Inline, OffKeepsTheCall) {
  Outcome run = compileAndRun(kDist2, /*inlining=*/false);
  ASSERT_TRUE(run.c->mod) << run.c->errors();
  ASSERT_TRUE(run.c->func("main.dist2"));
  EXPECT_TRUE(run.c->func("main.main")->inlined.empty());
  EXPECT_EQ(run.outcome.status, 2);
  EXPECT_NE(run.outcome.err.find("main.dist2(...)\n\t/tmp/prog.go:8 +0x0\nmain.main()\n\t/tmp/prog.go:14 +0x0\n"),
            std::string::npos)
      << run.outcome.err;
}

// An inlined call inside a function that is not inlined (it loops), with a value-receiver method and a division by
// zero: three frames, the inlined one without an offset. (Go 1.19 inlines sum too, loops included, and prints it
// as `main.sum(...)` without an offset; vo inlines leaves without loops only.)
TEST(Inline, DivideByZeroTraceThroughTwoFrames) {
  Outcome run = compileAndRun(R"(package main

type Ratio struct{ N, D int }

func (r Ratio) Int() int { return r.N / r.D }

func sum(rs []Ratio) int {
	t := 0
	for _, r := range rs {
		t += r.Int()
	}
	return t
}

func main() {
	println(sum([]Ratio{{4, 2}}))
	println(sum([]Ratio{{4, 2}, {1, 0}}))
}
)");
  ASSERT_TRUE(run.c->mod) << run.c->errors();
  ASSERT_EQ(run.verifyErrors, "");
  EXPECT_EQ(calls(*run.c->func("main.sum")), 0) << testing::listing(*run.c->func("main.sum"));
  EXPECT_EQ(run.outcome.status, 2);
  EXPECT_EQ(run.outcome.err,
            "2\n"
            "panic: runtime error: integer divide by zero\n\n"
            "goroutine 1 [running]:\n"
            "main.Ratio.Int(...)\n"
            "\t/tmp/prog.go:5\n"
            "main.sum(...)\n"
            "\t/tmp/prog.go:10 +0x0\n"
            "main.main()\n"
            "\t/tmp/prog.go:17 +0x0\n");
}

// runtime.Caller in a function whose other calls are inlined: the lines are the caller's own, before and after the
// inlined bodies; runtime.Callers in a deferred call sees the inlined frame of the panic as its own frame.
TEST(Inline, RuntimeCallerAroundInlinedCalls) {
  Outcome run = compileAndRun(R"(package main

import (
	"fmt"
	"runtime"
	"strings"
)

func half(x int) int { return x / 2 }

func must(x int) int {
	if x == 0 {
		panic("zero")
	}
	return x
}

func work(n int) (r int) {
	a := half(n)
	_, _, l1, _ := runtime.Caller(0)
	b := half(a)
	_, _, l2, _ := runtime.Caller(0)
	defer func() {
		recover()
		pcs := make([]uintptr, 10)
		k := runtime.Callers(0, pcs)
		frames := runtime.CallersFrames(pcs[:k])
		for {
			f, more := frames.Next()
			if strings.HasPrefix(f.Function, "main.") {
				fmt.Println(f.Function, f.Line)
			}
			if !more {
				break
			}
		}
	}()
	fmt.Println(a, b, l1, l2)
	return must(b - b)
}

func main() { work(20) }
)");
  ASSERT_TRUE(run.c->mod) << run.c->errors();
  ASSERT_EQ(run.verifyErrors, "");
  EXPECT_EQ(run.c->func("main.work")->inlined.size(), 3u) << testing::listing(*run.c->func("main.work"));
  EXPECT_EQ(run.outcome.status, 0) << run.outcome.err;
  // Go 1.19's output (main.must is inlined there too).
  EXPECT_EQ(run.outcome.out,
            "10 5 20 22\n"
            "main.work.func1 26\n"
            "main.must 13\n"
            "main.work 39\n"
            "main.main 42\n")
      << run.outcome.err;
}

// What is inlined: leaf functions and methods (value and pointer receivers, through embedding); not functions that
// call, loop, are variadic, marked //go:noinline, or too big.
TEST(Inline, Decisions) {
  auto c = testing::compile(R"(package main

type P struct{ X, Y int }

func (p P) Sum() int   { return p.X + p.Y }
func (p *P) Inc()      { p.X++ }

type E struct{ P }

func leaf(a, b int) int { return a*b + 1 }

func calls(a int) int { return leaf(a, a) }

func loops(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

func variadic(xs ...int) int { return len(xs) }

//go:noinline
func pragma(a int) int { return a + 1 }

func big(a int) int {
	a = a*1 + a*2 + a*3 + a*4 + a*5 + a*6 + a*7 + a*8
	a = a*1 + a*2 + a*3 + a*4 + a*5 + a*6 + a*7 + a*8
	a = a*1 + a*2 + a*3 + a*4 + a*5 + a*6 + a*7 + a*8
	return a
}

func main() {
	p := P{1, 2}
	e := E{p}
	p.Inc()
	e.Inc()
	println(p.Sum(), e.Sum(), leaf(2, 3), calls(1), loops(3), variadic(1, 2), pragma(1), big(1))
}
)",
                            "prog.go", /*inlining=*/true);
  ASSERT_TRUE(c->mod) << c->errors();
  std::string err;
  ASSERT_TRUE(rt::verifyModule(*c->mod, err)) << err;
  std::vector<std::string> inlined;
  for (const rt::InlinedCall& ic : c->func("main.main")->inlined) inlined.push_back(ic.name);
  EXPECT_EQ(inlined,
            (std::vector<std::string>{"main.(*P).Inc", "main.(*P).Inc", "main.P.Sum", "main.P.Sum", "main.leaf"}));
  ASSERT_TRUE(c->func("main.calls"));
  ASSERT_EQ(c->func("main.calls")->inlined.size(), 1u) << "calls is no leaf, but its call of leaf is inlined";
  for (const char* f : {"main.calls", "main.loops", "main.variadic", "main.pragma", "main.big"})
    EXPECT_TRUE(c->func(f)) << f << " should have been called, not inlined";
  EXPECT_FALSE(c->func("main.leaf")) << "only called from main.main and main.calls, always inlined";
}

// Vo's fail (and ? and errdefer) return from the function they are written in: a leaf using them is never
// inlined, while the calls around a ? are.
TEST(Inline, FailIsNeverInlined) {
  auto c = testing::compile(R"(package main

import "errors"

var errNeg = errors.New("negative")

func check(n int) error {
	if n < 0 {
		fail errNeg
	}
	return nil
}

func plain(n int) int { return n + 1 }

func caller(n int) (int, error) {
	check(n)?
	return plain(n), nil
}

func main() {
	v, err := caller(1)
	println(v, err == nil)
}
)",
                            "prog.vo", /*inlining=*/true);
  ASSERT_TRUE(c->mod) << c->errors();
  std::string err;
  ASSERT_TRUE(rt::verifyModule(*c->mod, err)) << err;
  ASSERT_TRUE(c->func("main.check")) << "check uses fail: called, not inlined";
  ASSERT_TRUE(c->func("main.caller"));
  std::vector<std::string> inlined;
  for (const rt::InlinedCall& ic : c->func("main.caller")->inlined) inlined.push_back(ic.name);
  EXPECT_EQ(inlined, (std::vector<std::string>{"main.plain"}));
}

// The escape benchmarks' loops (bench/escape): after inlining, the Point and the &Point{...} never need memory (the
// pointer parameters are only dereferenced, and escape analysis keeps them in the frame): no call, no load or
// store in main.main. Under the conservative rule the same inlined code works on a heap box.
TEST(Inline, DereferencedPointerParametersUseRegisters) {
  const char* src = R"(package main

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }

func main() {
	var sum Point
	total := 0
	for i := 0; i < 1000; i++ {
		p := Point{i, 1}
		p.Scale(2)
		sum = sum.Add(p)
		total += dist2(&Point{i & 1023, i & 7})
	}
	println(sum.X, sum.Y, total)
}
)";
  Outcome run = compileAndRun(src);
  ASSERT_TRUE(run.c->mod) << run.c->errors();
  ASSERT_EQ(run.verifyErrors, "");
  const rt::FuncInfo& m = *run.c->func("main.main");
  EXPECT_EQ(calls(m), 0) << testing::listing(m);
  for (rt::Opcode op : {rt::Opcode::Ld64, rt::Opcode::St64, rt::Opcode::LdVal, rt::Opcode::StVal, rt::Opcode::New})
    EXPECT_EQ(run.c->count("main.main", op), 0) << rt::opInfo(op).mnemonic << "\n" << testing::listing(m);
  EXPECT_EQ(run.outcome.err, "999000 2000 332851000\n");
}

// The inline tree survives the .voc round trip, and the verifier rejects a broken one.
TEST(Inline, SerializedAndVerified) {
  auto c = testing::compile(kDist2, "/tmp/prog.go", /*inlining=*/true);
  ASSERT_TRUE(c->mod) << c->errors();
  std::vector<uint8_t> bytes = rt::serializeModule(*c->mod);
  std::string error;
  std::unique_ptr<rt::Module> back = rt::deserializeModule(bytes, error);
  ASSERT_TRUE(back) << error;
  const rt::FuncInfo* m = nullptr;
  for (const rt::FuncInfo& f : back->funcs)
    if (f.name == "main.main") m = &f;
  ASSERT_TRUE(m);
  const rt::FuncInfo* orig = c->func("main.main");
  ASSERT_EQ(m->inlined.size(), orig->inlined.size());
  EXPECT_EQ(m->inlined[0].name, orig->inlined[0].name);
  EXPECT_EQ(m->inlined[0].startPc, orig->inlined[0].startPc);
  EXPECT_EQ(m->inlined[0].endPc, orig->inlined[0].endPc);
  EXPECT_EQ(m->inlined[0].callLine, orig->inlined[0].callLine);
  EXPECT_EQ(m->inlined[0].file, orig->inlined[0].file);

  for (int bad = 0; bad < 3; ++bad) {
    rt::Module& mod = *back;
    rt::FuncInfo* f = nullptr;
    for (rt::FuncInfo& x : mod.funcs)
      if (x.name == "main.main") f = &x;
    rt::InlinedCall saved = f->inlined[0];
    if (bad == 0) f->inlined[0].endPc = static_cast<uint32_t>(f->code.size() + 1);
    if (bad == 1) f->inlined.push_back(saved);  // overlaps the first
    if (bad == 2) f->inlined[0].file = 1000;
    std::string err;
    EXPECT_FALSE(rt::verifyModule(mod, err)) << bad;
    EXPECT_NE(err.find("inlined call"), std::string::npos) << err;
    f->inlined.resize(1);
    f->inlined[0] = saved;
  }
}

}  // namespace
}  // namespace vo::codegen
