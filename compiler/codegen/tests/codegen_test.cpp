// The bytecode generator on small programs: they compile without diagnostics and the Module has the expected
// structure (functions, natives, entry, slot kinds, fused branches, unsupported constructs rejected).
#include <gtest/gtest.h>

#include <set>

#include "compiler/codegen/tests/codegen_test_util.h"

namespace vo::codegen::testing {
namespace {

using rt::Opcode;

TEST(Codegen, HelloWorldHasEntryMainAndNativePrintln) {
  auto c = compile(R"(package main

import "fmt"

func main() { fmt.Println("hello") }
)");
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo& entry = c->mod->funcs[c->mod->entry];
  EXPECT_TRUE(entry.flags & rt::kFuncHidden);
  ASSERT_NE(c->func("main.main"), nullptr);
  const rt::FuncInfo* println = c->func("fmt.printlnStdout");  // what fmt.Println calls while os.Stdout is fd 1
  ASSERT_NE(println, nullptr);
  EXPECT_TRUE(println->isNative());
  EXPECT_EQ(println->numResultSlots, 3);  // (n int, err error)
  EXPECT_EQ(println->numParamSlots, 3);   // []any
  EXPECT_EQ(c->count("main.main", Opcode::MakeIface), 1);
  ASSERT_NE(c->mod->globalsType, nullptr);
}

TEST(Codegen, CountedLoopUsesForLoop) {
  auto c = compile(R"(package main

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() { println(sum(10)) }
)");
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo* f = c->func("main.sum");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->numResultSlots, 1);
  EXPECT_EQ(f->numParamSlots, 1);
  EXPECT_EQ(c->count("main.sum", Opcode::ForLoop), 1) << listing(*f);
  EXPECT_EQ(c->count("main.sum", Opcode::JmpLeI), 1) << listing(*f);  // the entry test, fused
  EXPECT_EQ(c->count("main.sum", Opcode::LtI), 0);
  for (rt::SlotKind k : f->slotKinds) EXPECT_EQ(k, rt::SlotKind::Scalar);
  EXPECT_EQ(f->lines.front().pc, 0u);
}

TEST(Codegen, CallResultsLandInTheEnclosingCallsArgumentSlots) {
  auto c = compile(R"(package main

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s *Sq) Area() int { return s.S * s.S }

func run(fs []func(int) int, emit func(int), n int) {
	for i := 0; i < n; i++ {
		for _, f := range fs {
			emit(f(i))
		}
	}
}

func main() {
	var s Shape = &Sq{3}
	run([]func(int) int{func(x int) int { return x + s.Area() }}, func(v int) { println(v) }, 3)
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo* f = c->func("main.run");
  ASSERT_NE(f, nullptr);
  // The closure call's window starts at emit's argument slot; neither func value is copied.
  std::vector<const rt::Instr*> calls;
  for (const rt::Instr& in : f->code) {
    if (in.op != Opcode::CallClosure) continue;
    calls.push_back(&in);
    EXPECT_LT(in.b, in.a) << listing(*f);  // the func value's own slot, below the window
  }
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0]->a, calls[1]->a) << listing(*f);  // f(i)'s result is emit's argument slot
  EXPECT_EQ(c->count("main.run", Opcode::Mov1), 3) << listing(*f);  // len(fs), f := fs[j] and the argument i
  // (*Sq).Area's interface-pair variant only forwards the data word: marked for a direct call.
  bool forward = false;
  for (const rt::FuncInfo& fi : c->mod->funcs)
    if (fi.name == "*main.Sq.Area-iface") forward = fi.flags & rt::kFuncIfaceForward;
  EXPECT_TRUE(forward);
}

TEST(Codegen, SmallIntArithmeticIsRenormalised) {
  auto c = compile(R"(package main

func f(a, b int8) int8 { return a * b }

func main() { println(f(100, 3)) }
)");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.f", Opcode::Sext8), 1) << listing(*c->func("main.f"));
}

TEST(Codegen, MethodsClosuresAndDefer) {
  auto c = compile(R"(package main

import "fmt"

type T struct{ n int }

func (t *T) Inc()         { t.n++ }
func (t T) String() string { return fmt.Sprint(t.n) }

func main() {
	t := &T{}
	t.Inc()
	k := 0
	f := func() { k++ }
	f()
	defer func() { recover() }()
	var s fmt.Stringer = t
	fmt.Println(s.String(), k)
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_NE(c->func("main.(*T).Inc"), nullptr);
  EXPECT_NE(c->func("main.T.String"), nullptr);
  EXPECT_NE(c->func("main.main.func1"), nullptr);
  const rt::FuncInfo* m = c->func("main.main");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->flags & rt::kFuncHasDefer);
  EXPECT_GE(m->recoverPc, 0);
  EXPECT_EQ(c->count("main.main", Opcode::CallIface), 1);
  // *T converted to fmt.Stringer: String gets its interface-pair variant; Inc, which no interface of the program
  // declares, does not.
  bool found = false;
  for (const auto& t : c->mod->types)
    if (t->name == "*main.T") {
      found = true;
      for (const rt::Method& mt : t->methods) {
        if (mt.name == "String") {
          EXPECT_NE(mt.ifaceFunc, rt::kNoFunc);
        }
        if (mt.name == "Inc") {
          EXPECT_EQ(mt.ifaceFunc, rt::kNoFunc);
        }
      }
    }
  EXPECT_TRUE(found);
}

TEST(Codegen, GoStatementStartsAThunkAndChannelOpsHaveOpcodes) {
  auto c = compile(R"(package main

func f(ch chan int, x int) { ch <- x }

func main() {
	ch := make(chan int, 1)
	go f(ch, 1)
	v, ok := <-ch
	_, _ = v, ok
	close(ch)
	select {
	case ch <- 2:
	case <-ch:
	default:
	}
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  std::set<rt::Opcode> ops;
  for (const rt::FuncInfo& fi : c->mod->funcs)
    for (const rt::Instr& in : fi.code) ops.insert(in.op);
  for (rt::Opcode op : {rt::Opcode::Go, rt::Opcode::MakeChan, rt::Opcode::ChanSend, rt::Opcode::ChanRecv,
                        rt::Opcode::ChanClose, rt::Opcode::Select})
    EXPECT_TRUE(ops.count(op)) << rt::opInfo(op).mnemonic;
}

TEST(Codegen, CapturedVariablesAreBoxesPassedToMakeClosure) {
  auto c = compile(R"(package main

var sink func() int

func main() {
	a, b := 1, 2
	f := func() int { a++; return a + b }
	sink = f // the closure escapes: a (by reference) moves to the heap, b is copied into a box
	println(f())
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo* m = c->func("main.main");
  ASSERT_NE(m, nullptr);
  bool found = false;
  for (const rt::Instr& in : m->code)
    if (in.op == Opcode::MakeClosure) {
      found = true;
      EXPECT_EQ(in.c, 2);  // two captured boxes
      for (int i = 0; i < in.c; ++i) EXPECT_EQ(m->slotKinds[in.b + i], rt::SlotKind::Ptr);
    }
  EXPECT_TRUE(found) << listing(*m);
  EXPECT_EQ(c->count("main.main", Opcode::New), 2);
  EXPECT_EQ(c->count("main.main.func1", Opcode::LoadCapture), 2);
}

TEST(Codegen, LoopVariablesCapturedAreFreshPerIteration) {
  auto c = compile(R"(package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { i++; return i }) // reassigned: captured by reference, moved to heap
	}
	println(fs[0]())
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  // One box at the declaration and one per iteration, copied from the previous one (Go 1.22).
  EXPECT_EQ(c->count("main.main", Opcode::New), 2) << listing(*c->func("main.main"));
  EXPECT_EQ(c->count("main.main", Opcode::MemCopy), 1);
}

TEST(Codegen, DeferWithArgumentsUsesAHiddenThunk) {
  auto c = compile(R"(package main

func show(a int, s string) { println(a, s) }

func main() {
	x := 1
	defer show(x, "later")
	x = 2
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  const rt::FuncInfo* thunk = c->func("main.main.deferwrap1");
  ASSERT_NE(thunk, nullptr);
  EXPECT_TRUE(thunk->flags & rt::kFuncHidden);
  EXPECT_EQ(thunk->numParamSlots, 0);
  EXPECT_EQ(thunk->numResultSlots, 0);
  EXPECT_EQ(c->count("main.main", Opcode::Defer), 1);
  EXPECT_TRUE(c->func("main.main")->flags & rt::kFuncHasDefer);
}

TEST(Codegen, MapRangeAndTypeSwitch) {
  auto c = compile(R"(package main

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case error:
		return "error"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	m := map[string]int{"a": 1}
	for k, v := range m {
		println(k, v, kind(v))
	}
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.main", Opcode::MapIter), 1);
  EXPECT_EQ(c->count("main.main", Opcode::MapNext), 1);
  EXPECT_EQ(c->count("main.kind", Opcode::IfaceIs), 2);  // int and nil
  EXPECT_EQ(c->count("main.kind", Opcode::IfaceImpl), 1);  // error
}

TEST(Codegen, ComplexDivisionCallsTheRuntime) {
  auto c = compile(R"(package main

func main() {
	a, b := complex(1, 2), complex(3, 4)
	println(a/b, a*b, a == b)
}
)");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_NE(c->func("runtime.complex128div"), nullptr);
  EXPECT_GE(c->count("main.main", Opcode::MulF), 4);
}

TEST(Codegen, RuntimeErrorTypeIsRecorded) {
  auto c = compile("package main\n\nfunc main() {}\n");
  ASSERT_TRUE(c->mod) << c->errors();
  ASSERT_GE(c->mod->runtimeErrorType, 0);
  const rt::TypeDesc* t = c->mod->types[c->mod->runtimeErrorType].get();
  EXPECT_EQ(t->name, "runtime.errorString");
  bool hasError = false;
  for (const rt::Method& m : t->methods)
    if (m.name == "Error") {
      hasError = true;
      EXPECT_NE(m.ifaceFunc, rt::kNoFunc);
    }
  EXPECT_TRUE(hasError);
  // The other run-time error types Go uses (runtime/error.go), with their Error methods.
  for (auto [index, name] : {std::pair{c->mod->plainErrorType, "runtime.plainError"},
                             std::pair{c->mod->boundsErrorType, "runtime.boundsError"},
                             std::pair{c->mod->typeAssertionErrorType, "*runtime.TypeAssertionError"}}) {
    ASSERT_GE(index, 0) << name;
    const rt::TypeDesc* et = c->mod->types[static_cast<size_t>(index)].get();
    EXPECT_EQ(et->name, name);
    bool found = false;
    for (const rt::Method& m : et->methods) found = found || (m.name == "Error" && m.ifaceFunc != rt::kNoFunc);
    EXPECT_TRUE(found) << name;
  }
}

// Vo's `?` tests the call's error pair and returns through the epilogue; errdefer pushes an ErrDefer record (the
// error result in registers) or ErrDeferP (a named error result in a box, here captured by a closure).
TEST(Codegen, TryFailAndErrdefer) {
  auto c = compile(R"(package main

import "errors"

func f() (int, error) { return 0, errors.New("x") }

func g() (int, error) {
	errdefer println("undo")
	v := f()?
	if v > 1 {
		fail errors.New("too big")
	}
	return v, nil
}

func h() (err error) {
	errdefer func() { println(err) }()
	_ = f()?
	return nil
}

func main() {
	g()
	h()
}
)", "prog.vo");
  ASSERT_TRUE(c->mod) << c->errors();
  EXPECT_EQ(c->count("main.g", Opcode::ErrDefer), 1);
  EXPECT_EQ(c->count("main.g", Opcode::IfaceIs), 1);  // the ? test; fail needs none
  // Deferred calls run at each exit's own line (the ?, the fail, the return), as Go's deferreturn does, and once
  // more in the shared epilogue (where recovery resumes; it finds none left after an exit).
  EXPECT_EQ(c->count("main.g", Opcode::RunDefers), 4);
  EXPECT_EQ(c->count("main.h", Opcode::ErrDeferP), 1);
  EXPECT_EQ(c->count("main.h", Opcode::ErrDefer), 0);
}

}  // namespace
}  // namespace vo::codegen::testing
