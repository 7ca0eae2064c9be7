// The interpreter on hand-assembled Modules: arithmetic, loops, calls with windows, recursion, closures, natives,
// defer/panic/recover, Go's panic output and exit statuses, stack overflow.
#include <gtest/gtest.h>

#include <mimalloc.h>

#include <string>

#include "runtime-core/native.h"
#include "runtime-core/panic.h"
#include "vm/interp_impl.h"
#include "vm/tests/module_builder.h"

namespace vo::vm::test {
namespace {

constexpr SlotKind S = SlotKind::Scalar;
constexpr SlotKind F = SlotKind::Float;
constexpr SlotKind P = SlotKind::Ptr;
constexpr SlotKind IT = SlotKind::IfaceType;
constexpr SlotKind ID = SlotKind::IfaceData;
constexpr uint16_t kNone = rt::kNoReg16;

/// A hidden program entry that calls `mainFunc` (so traces show only main.main and below, as Go's do).
uint32_t addEntry(ModuleBuilder& b, uint32_t mainFunc) {
  return b.addFunc("vo.entry", 0, 0, {}, {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(mainFunc)), I(Opcode::Ret)},
                   1, rt::kFuncHidden);
}

TEST(Interpreter, ArithmeticAndPrint) {
  ModuleBuilder b;
  uint32_t m = b.addFunc("main.main", 0, 0, {S, S, S, S, F},
                         {I(Opcode::LoadInt, 0, 0, 0, 2), I(Opcode::LoadInt, 1, 0, 0, 3),
                          I(Opcode::LoadInt, 2, 0, 0, 4), I(Opcode::MulI, 3, 1, 2), I(Opcode::AddI, 3, 0, 3),
                          I(Opcode::Print, 3, 0, 0, b.intType), I(Opcode::PrintSp),
                          I(Opcode::LoadInt, 0, 0, 0, -7), I(Opcode::DivI, 1, 0, 1),  // -7 / 3 = -2
                          I(Opcode::Print, 1, 0, 0, b.intType), I(Opcode::PrintSp),
                          I(Opcode::RemI, 1, 0, 2),  // -7 % 4 = -3
                          I(Opcode::Print, 1, 0, 0, b.intType), I(Opcode::PrintSp),
                          I(Opcode::LoadConst, 4, 0, 0, b.addFloat(1.5)), I(Opcode::Print, 4, 0, 0, b.float64Type),
                          I(Opcode::PrintSp), I(Opcode::LtI, 0, 0, 2), I(Opcode::Print, 0, 0, 0, b.boolType),
                          I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "14 -2 -3 +1.500000e+000 true\n");
}

TEST(Interpreter, CountedLoop) {
  ModuleBuilder b;
  uint32_t m = b.addFunc("main.main", 0, 0, {S, S, S},
                         {I(Opcode::LoadInt, 0, 0, 0, 0), I(Opcode::LoadInt, 1, 0, 0, 0),
                          I(Opcode::LoadInt, 2, 0, 0, 101), I(Opcode::AddI, 0, 0, 1),
                          I(Opcode::ForLoop, 1, 2, 0, -1, 1), I(Opcode::Print, 0, 0, 0, b.intType),
                          I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "5050\n");
}

/// fib(n) with call windows at slot 3: [result, n].
uint32_t addFib(ModuleBuilder& b) {
  uint32_t self = 0;  // patched below: the function's own index
  std::vector<rt::Instr> code = {
      I(Opcode::JmpGeImm, 1, 0, 0, 3, 2),  // if n >= 2 goto 3
      I(Opcode::Mov1, 0, 1), I(Opcode::Ret),
      I(Opcode::AddImm, 4, 1, 0, -1), I(Opcode::Call, 3), I(Opcode::Mov1, 2, 3),
      I(Opcode::AddImm, 4, 1, 0, -2), I(Opcode::Call, 3), I(Opcode::AddI, 0, 2, 3), I(Opcode::Ret)};
  self = b.addFunc("main.fib", 1, 1, {S, S, S, S, S}, code);
  return self;
}

TEST(Interpreter, RecursiveCalls) {
  ModuleBuilder b;
  uint32_t fib = addFib(b);
  uint32_t m = b.addFunc("main.main", 0, 0, {S, S},
                         {I(Opcode::LoadInt, 1, 0, 0, 25), I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(fib)),
                          I(Opcode::Print, 0, 0, 0, b.intType), I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  for (auto* f : {&mod->funcs[fib]}) {
    f->code[4].d = static_cast<int32_t>(fib);
    f->code[7].d = static_cast<int32_t>(fib);
  }
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "75025\n");
}

TEST(Interpreter, ClosuresShareCapturedBox) {
  ModuleBuilder b;
  uint32_t inc = b.addFunc("main.makeCounter.func1", 1, 0, {S, P, S},
                           {I(Opcode::LoadCapture, 1, 0, 0, 0), I(Opcode::Ld64, 2, 1, 0, 0),
                            I(Opcode::AddImm, 2, 2, 0, 1), I(Opcode::St64, 1, 2, 0, 0), I(Opcode::Mov1, 0, 2),
                            I(Opcode::Ret)});
  uint32_t make = b.addFunc("main.makeCounter", 1, 0, {P, P},
                            {I(Opcode::New, 1, 0, 0, b.intType),
                             I(Opcode::MakeClosure, 0, 1, 1, static_cast<int32_t>(inc)), I(Opcode::Ret)});
  uint32_t m = b.addFunc("main.main", 0, 0, {P, S},
                         {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(make)), I(Opcode::CallClosure, 1, 0),
                          I(Opcode::CallClosure, 1, 0), I(Opcode::CallClosure, 1, 0),
                          I(Opcode::Print, 1, 0, 0, b.intType), I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "3\n");
}

/// main.f defers main.f.func1 (which recovers and prints the value) and panics with "boom".
TEST(Interpreter, DeferRecoverResumesAtRecoverPc) {
  ModuleBuilder b;
  uint32_t handler = b.addFunc("main.f.func1", 0, 0, {IT, ID, P, S},
                               {I(Opcode::Recover, 0), I(Opcode::AssertType, 2, 0, kNone, b.stringType, b.anyType),
                                I(Opcode::Print, 2, 0, 0, b.stringType), I(Opcode::PrintNl), I(Opcode::Ret)});
  uint32_t f = b.addFunc("main.f", 1, 0, {S, P, P, S, IT, ID},
                         {I(Opcode::LoadFunc, 1, 0, 0, static_cast<int32_t>(handler)), I(Opcode::Defer, 1),
                          I(Opcode::LoadInt, 0, 0, 0, 7), I(Opcode::LoadStr, 2, 0, 0, b.addString("boom")),
                          I(Opcode::MakeIface, 4, 2, 0, b.stringType, b.anyType), I(Opcode::Panic, 4),
                          I(Opcode::RunDefers), I(Opcode::Ret)},
                         20, rt::kFuncHasDefer, /*recoverPc=*/6);
  uint32_t m = b.addFunc("main.main", 0, 0, {S, P, S},
                         {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(f)), I(Opcode::Print, 0, 0, 0, b.intType),
                          I(Opcode::LoadStr, 1, 0, 0, b.addString(" after")),
                          I(Opcode::Print, 1, 0, 0, b.stringType), I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "boom\n7 after\n");
}

/// Deferred calls run LIFO at RunDefers, also without a panic.
TEST(Interpreter, DefersRunLastInFirstOut) {
  ModuleBuilder b;
  uint32_t d1 = b.addFunc("main.main.func1", 0, 0, {P, S},
                          {I(Opcode::LoadStr, 0, 0, 0, b.addString("first\n")),
                           I(Opcode::Print, 0, 0, 0, b.stringType), I(Opcode::Ret)});
  uint32_t d2 = b.addFunc("main.main.func2", 0, 0, {P, S},
                          {I(Opcode::LoadStr, 0, 0, 0, b.addString("second\n")),
                           I(Opcode::Print, 0, 0, 0, b.stringType), I(Opcode::Ret)});
  uint32_t m = b.addFunc("main.main", 0, 0, {P, P},
                         {I(Opcode::LoadFunc, 0, 0, 0, static_cast<int32_t>(d1)), I(Opcode::Defer, 0),
                          I(Opcode::LoadFunc, 1, 0, 0, static_cast<int32_t>(d2)), I(Opcode::Defer, 1),
                          I(Opcode::RunDefers), I(Opcode::Ret)},
                         10, rt::kFuncHasDefer);
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "second\nfirst\n");
}

/// Vo's errdefer: RunDefers runs an ErrDefer record only when its error result (slots b) is non-nil, in the same
/// LIFO sequence as ordinary defers; ErrDeferP reads the error through a pointer (a boxed named result).
TEST(Interpreter, ErrDefersRunOnlyWithANonNilErrorResult) {
  ModuleBuilder b;
  auto printer = [&](const char* name, const char* text) {
    return b.addFunc(name, 0, 0, {P, S},
                     {I(Opcode::LoadStr, 0, 0, 0, b.addString(text)), I(Opcode::Print, 0, 0, 0, b.stringType),
                      I(Opcode::Ret)});
  };
  uint32_t plain = printer("main.main.func1", "plain\n");
  uint32_t skipped = printer("main.main.func2", "errdefer with a nil error\n");
  uint32_t runs = printer("main.main.func3", "errdefer with an error\n");
  uint32_t boxed = printer("main.main.func4", "errdefer with an error in a box\n");
  // Slots: 0 func, 1..2 nil pair, 3..4 non-nil pair, 5..6 a string, 7 box of an interface.
  uint32_t m = b.addFunc("main.main", 0, 0, {P, IT, ID, IT, ID, P, S, P},
                         {I(Opcode::LoadFunc, 0, 0, 0, static_cast<int32_t>(plain)), I(Opcode::Defer, 0),
                          I(Opcode::LoadStr, 5, 0, 0, b.addString("err")),
                          I(Opcode::MakeIface, 3, 5, 0, b.stringType, b.anyType),
                          I(Opcode::New, 7, 0, 0, b.anyType), I(Opcode::StVal, 7, 3, 0, 0, b.anyType),
                          I(Opcode::LoadFunc, 0, 0, 0, static_cast<int32_t>(boxed)), I(Opcode::ErrDeferP, 0, 7),
                          I(Opcode::LoadFunc, 0, 0, 0, static_cast<int32_t>(runs)), I(Opcode::ErrDefer, 0, 3),
                          I(Opcode::LoadFunc, 0, 0, 0, static_cast<int32_t>(skipped)), I(Opcode::ErrDefer, 0, 1),
                          I(Opcode::RunDefers), I(Opcode::Ret)},
                         10, rt::kFuncHasDefer);
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "errdefer with an error\nerrdefer with an error in a box\nplain\n");
}

TEST(Interpreter, UncaughtPanicPrintsGoTrace) {
  ModuleBuilder b;
  uint32_t f = b.addFunc("main.f", 0, 1, {S, P, S, IT, ID},
                         {I(Opcode::LoadStr, 1, 0, 0, b.addString("boom")),
                          I(Opcode::MakeIface, 3, 1, 0, b.stringType, b.anyType), I(Opcode::Panic, 3), I(Opcode::Ret)},
                         30);
  uint32_t m = b.addFunc("main.main", 0, 0, {S, S},
                         {I(Opcode::LoadInt, 0, 0, 0, 1), I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(f)),
                          I(Opcode::Ret)},
                         10);
  auto mod = b.finish(addEntry(b, m));
  rt::writeStdout("");
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.err,
            "panic: boom\n\ngoroutine 1 [running]:\nmain.f(...)\n\t/tmp/prog.go:32 +0x0\nmain.main()\n"
            "\t/tmp/prog.go:11 +0x0\n");
}

TEST(Interpreter, RuntimeErrorsUseGoTexts) {
  struct Case {
    std::vector<rt::Instr> code;
    std::string first;
  };
  ModuleBuilder b0;
  std::vector<Case> cases = {
      {{I(Opcode::LoadInt, 0, 0, 0, 1), I(Opcode::LoadInt, 1, 0, 0, 0), I(Opcode::DivI, 2, 0, 1), I(Opcode::Ret)},
       "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:12 +0x0\n"},
      {{I(Opcode::LoadInt, 0, 0, 0, 3), I(Opcode::MakeSlice, 3, 0, kNone, b0.intType), I(Opcode::LoadInt, 1, 0, 0, 5),
        I(Opcode::IndexAddr, 6, 3, 1, 8), I(Opcode::Ret)},
       "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1"},
      {{I(Opcode::Ld64, 0, 6, 0, 0), I(Opcode::Ret)},
       "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
       "violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:10 +0x0\n"},
      {{I(Opcode::LoadInt, 0, 0, 0, 3), I(Opcode::MakeSlice, 3, 0, kNone, b0.intType), I(Opcode::LoadInt, 7, 0, 0, 0),
        I(Opcode::LoadInt, 8, 0, 0, 5), I(Opcode::LoadInt, 9, 0, 0, 3), I(Opcode::SliceSlice, 3, 3, 7, 8),
        I(Opcode::Ret)},
       "panic: runtime error: slice bounds out of range [:5] with capacity 3\n"},
      {{I(Opcode::LoadInt, 0, 0, 0, -1), I(Opcode::CheckShift, 0), I(Opcode::Ret)},
       "panic: runtime error: negative shift amount\n"},
  };
  for (const Case& c : cases) {
    ModuleBuilder b;
    uint32_t m = b.addFunc("main.main", 0, 0, {S, S, S, P, S, S, P, S, S, S}, c.code, 10);
    auto mod = b.finish(addEntry(b, m));
    Outcome o = runInChild(*mod);
    EXPECT_EQ(o.status, 2);
    EXPECT_EQ(o.err.substr(0, c.first.size()), c.first) << o.err;
  }
}

TEST(Interpreter, FailedTypeAssertion) {
  ModuleBuilder b;
  uint32_t m = b.addFunc("main.main", 0, 0, {P, S, IT, ID, S},
                         {I(Opcode::LoadStr, 0, 0, 0, b.addString("s")),
                          I(Opcode::MakeIface, 2, 0, 0, b.stringType, b.anyType),
                          I(Opcode::AssertType, 4, 2, kNone, b.intType, b.anyType), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.err.substr(0, o.err.find('\n')), "panic: interface conversion: interface {} is string, not int");
}

/// A deferred call that panics again: Go prints both panics, the first marked [recovered] when it was.
TEST(Interpreter, NestedPanicsPrintTheChain) {
  for (bool recoverFirst : {false, true}) {
    ModuleBuilder b;
    std::vector<rt::Instr> dcode;
    if (recoverFirst) dcode.push_back(I(Opcode::Recover, 2));
    dcode.insert(dcode.end(), {I(Opcode::LoadStr, 0, 0, 0, b.addString("b")),
                               I(Opcode::MakeIface, 2, 0, 0, b.stringType, b.anyType), I(Opcode::Panic, 2),
                               I(Opcode::Ret)});
    uint32_t d = b.addFunc("main.main.func1", 0, 0, {P, S, IT, ID}, dcode, 40);
    uint32_t m = b.addFunc("main.main", 0, 0, {P, P, S, IT, ID},
                           {I(Opcode::LoadFunc, 0, 0, 0, static_cast<int32_t>(d)), I(Opcode::Defer, 0),
                            I(Opcode::LoadStr, 1, 0, 0, b.addString("a")),
                            I(Opcode::MakeIface, 3, 1, 0, b.stringType, b.anyType), I(Opcode::Panic, 3),
                            I(Opcode::RunDefers), I(Opcode::Ret)},
                           10, rt::kFuncHasDefer, 5);
    auto mod = b.finish(addEntry(b, m));
    Outcome o = runInChild(*mod);
    EXPECT_EQ(o.status, 2);
    std::string head = recoverFirst ? "panic: a [recovered]\n\tpanic: b\n\ngoroutine 1 [running]:\nmain.main.func1()\n"
                                    : "panic: a\n\tpanic: b\n\ngoroutine 1 [running]:\nmain.main.func1()\n";
    EXPECT_EQ(o.err.substr(0, head.size()), head) << o.err;
    EXPECT_NE(o.err.find("main.main()\n\t/tmp/prog.go:14 +0x0\n"), std::string::npos) << o.err;
  }
}

/// recover() only works in a function called directly by the panic machinery.
TEST(Interpreter, RecoverOutsideDeferredCallReturnsNil) {
  ModuleBuilder b;
  uint32_t m = b.addFunc("main.main", 0, 0, {IT, ID, S},
                         {I(Opcode::Recover, 0), I(Opcode::IfaceIs, 2, 0, 0, -1),
                          I(Opcode::Print, 2, 0, 0, b.boolType), I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "true\n");
}

void nativeAdd(rt::NativeContext&, uint64_t* s) { s[0] = s[1] + s[2]; }
/// test.apply(f func(int) int, x int) int: calls back into Vo.
void nativeApply(rt::NativeContext& ctx, uint64_t* s) {
  uint64_t window[2] = {0, s[2]};
  ctx.callClosure(reinterpret_cast<const rt::Closure*>(s[1]), window, 2);
  s[0] = window[0] * 10;
}
void nativeExit(rt::NativeContext&, uint64_t* s) {
  rt::writeStdout("bye\n");
  throw rt::ExitException{static_cast<int>(s[0])};
}

RunOptions nativeOptions() {
  RunOptions o;
  o.args = {"prog"};
  o.resolveNative = [](std::string_view name) -> rt::NativeFn {
    if (name == "test.add") return nativeAdd;
    if (name == "test.apply") return nativeApply;
    if (name == "os.Exit") return nativeExit;
    return nullptr;
  };
  return o;
}

TEST(Interpreter, NativesAndCallbacks) {
  ModuleBuilder b;
  uint32_t add = b.addNative("test.add", 1, 2);
  uint32_t apply = b.addNative("test.apply", 1, 2);
  uint32_t sq = b.addFunc("main.sq", 1, 1, {S, S}, {I(Opcode::MulI, 0, 1, 1), I(Opcode::Ret)});
  uint32_t m = b.addFunc("main.main", 0, 0, {S, S, S, P, S, P, S},
                         {I(Opcode::LoadInt, 1, 0, 0, 40), I(Opcode::LoadInt, 2, 0, 0, 2),
                          I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(add)), I(Opcode::Print, 0, 0, 0, b.intType),
                          I(Opcode::PrintSp), I(Opcode::LoadFunc, 3, 0, 0, static_cast<int32_t>(sq)),
                          I(Opcode::Mov1, 5, 3), I(Opcode::LoadInt, 6, 0, 0, 7),
                          I(Opcode::Call, 4, 0, 0, static_cast<int32_t>(apply)), I(Opcode::Print, 4, 0, 0, b.intType),
                          I(Opcode::PrintNl), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  mod->funcs[apply].slotKinds = {S, P, S};
  Outcome o = runInChild(*mod, nativeOptions());
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "42 490\n");
}

void nativeCaller(rt::NativeContext& ctx, uint64_t*) {
  std::string out;
  for (size_t skip = 0;; ++skip) {
    uint64_t pc = ctx.callerPC(skip);
    if (!pc) break;
    std::string fn, file;
    int line = 0;
    EXPECT_TRUE(ctx.describePC(pc, &fn, &file, &line));
    out += fn + " " + file + ":" + std::to_string(line) + "\n";
  }
  rt::writeStdout(out);
  rt::writeStdout(ctx.goroutineTrace());
}

/// runtime.Caller and friends see the Vo frames (hidden ones skipped) with the lines of their calls.
TEST(Interpreter, NativesSeeTheCallStack) {
  ModuleBuilder b;
  uint32_t caller = b.addNative("test.caller", 0, 0);
  uint32_t f = b.addFunc("main.f", 0, 0, {}, {I(Opcode::Nop), I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(caller)),
                                               I(Opcode::Ret)}, 20);
  uint32_t m = b.addFunc("main.main", 0, 0, {}, {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(f)), I(Opcode::Ret)},
                         10);
  auto mod = b.finish(addEntry(b, m));
  RunOptions opts;
  opts.resolveNative = [](std::string_view name) -> rt::NativeFn {
    return name == "test.caller" ? nativeCaller : nullptr;
  };
  Outcome o = runInChild(*mod, opts);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.out,
            "main.f /tmp/prog.go:21\nmain.main /tmp/prog.go:10\ngoroutine 1 [running]:\nmain.f()\n"
            "\t/tmp/prog.go:21 +0x0\nmain.main()\n\t/tmp/prog.go:10 +0x0\n");
}

uint32_t gRecurseTarget = 0;
void nativeRecurse(rt::NativeContext& ctx, uint64_t*) {
  uint64_t window[1] = {0};
  ctx.callFunc(gRecurseTarget, window, 0);
}

/// Vo -> native -> Vo recursion ends in Go's stack overflow error, not in a native stack overflow.
TEST(Interpreter, RecursionThroughNativesIsAStackOverflow) {
  ModuleBuilder b;
  uint32_t rec = b.addNative("test.recurse", 0, 0);
  uint32_t f = b.addFunc("main.f", 0, 0, {}, {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(rec)), I(Opcode::Ret)}, 7);
  uint32_t m = b.addFunc("main.main", 0, 0, {}, {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(f)), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  gRecurseTarget = f;
  RunOptions opts;
  opts.resolveNative = [](std::string_view name) -> rt::NativeFn {
    return name == "test.recurse" ? nativeRecurse : nullptr;
  };
  Outcome o = runInChild(*mod, opts);
  EXPECT_EQ(o.status, 2);
  std::string head =
      "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 "
      "[running]:\nmain.f()\n\t/tmp/prog.go:7 +0x0\n";
  EXPECT_EQ(o.err.substr(0, head.size()), head);
}

TEST(Interpreter, OsExitFlushesAndExits) {
  ModuleBuilder b;
  uint32_t exitFn = b.addNative("os.Exit", 0, 1);
  uint32_t m = b.addFunc("main.main", 0, 0, {S},
                         {I(Opcode::LoadInt, 0, 0, 0, 3), I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(exitFn)),
                          I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod, nativeOptions());
  EXPECT_EQ(o.status, 3);
  EXPECT_EQ(o.out, "bye\n");
}

TEST(Interpreter, MissingNativeIsALoadError) {
  ModuleBuilder b;
  uint32_t missing = b.addNative("fmt.Sscan", 0, 0);
  uint32_t m = b.addFunc("main.main", 0, 0, {}, {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(missing)),
                                                 I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod, nativeOptions());
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.err, "vo: fmt.Sscan is not implemented (native)\n");
  EXPECT_EQ(unresolvedNatives(*mod, nativeOptions().resolveNative), std::vector<std::string>{"fmt.Sscan"});
}

TEST(Interpreter, DeepRecursionIsAStackOverflow) {
  ModuleBuilder b;
  uint32_t f = b.addFunc("main.f", 0, 0, {S, S}, {I(Opcode::Call, 1), I(Opcode::Ret)}, 5);
  uint32_t m = b.addFunc("main.main", 0, 0, {}, {I(Opcode::Call, 0, 0, 0, static_cast<int32_t>(f)), I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  mod->funcs[f].code[0].d = static_cast<int32_t>(f);
  RunOptions opts;
  opts.maxStackBytes = 1 << 20;
  Outcome o = runInChild(*mod, opts);
  EXPECT_EQ(o.status, 2);
  std::string head =
      "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 "
      "[running]:\nmain.f()\n\t/tmp/prog.go:5 +0x0\n";
  EXPECT_EQ(o.err.substr(0, head.size()), head);
  EXPECT_NE(o.err.find("...additional frames elided...\n"), std::string::npos);
  // Frames without slots hit the frame limit instead.
  mod->funcs[f].frameSize = 0;
  mod->funcs[f].slotKinds.clear();
  mod->funcs[f].code[0].a = 0;
  opts.maxFrames = 1000;
  o = runInChild(*mod, opts);
  EXPECT_EQ(o.status, 2);
  EXPECT_EQ(o.err.substr(0, head.size()), head);
}

/// A linked list built with New and StP survives collections (run under VO_GC_STRESS=1 too): frame slots are
/// roots by their kinds.
TEST(Interpreter, HeapObjectsReachableFromSlotsSurviveCollections) {
  ModuleBuilder b;
  auto node = std::make_unique<rt::TypeDesc>();
  node->kind = rt::Kind::Struct;
  node->name = "main.node";
  node->size = 16;
  node->align = 8;
  node->flags = rt::kTypeHasPointers | rt::kTypeNamed;
  node->slots = {{0, SlotKind::Ptr, 8, false, false}, {8, SlotKind::Scalar, 8, true, false}};
  rt::TypeDesc* nodeRaw = node.get();
  int32_t nodeType = b.addType(std::move(node));
  auto ptr = std::make_unique<rt::TypeDesc>();
  ptr->kind = rt::Kind::Pointer;
  ptr->name = "*main.node";
  ptr->size = 8;
  ptr->align = 8;
  ptr->flags = rt::kTypeHasPointers | rt::kTypeDirect | rt::kTypeComparable;
  ptr->elem = nodeRaw;
  ptr->slots = {{0, SlotKind::Ptr, 8, false, false}};
  const rt::TypeDesc* ptrRaw = ptr.get();
  b.addType(std::move(ptr));
  rt::StructField next, v;
  next.name = "next";
  next.type = ptrRaw;
  v.name = "v";
  v.type = b.type(b.intType);
  v.offset = 8;
  v.firstSlot = 1;
  nodeRaw->fields = {next, v};
  uint32_t m = b.addFunc("main.main", 0, 0, {P, S, S, P, S, P, S, P},
                         {I(Opcode::LoadInt, 1, 0, 0, 0), I(Opcode::LoadInt, 2, 0, 0, 1000),
                          I(Opcode::New, 3, 0, 0, nodeType), I(Opcode::StP, 3, 0, 0, 0), I(Opcode::St64, 3, 1, 0, 8),
                          I(Opcode::Mov1, 0, 3), I(Opcode::ForLoop, 1, 2, 0, -4, 1), I(Opcode::LoadInt, 4, 0, 0, 0),
                          I(Opcode::Mov1, 5, 0), I(Opcode::EqP, 6, 5, 7), I(Opcode::JmpIf, 6, 0, 0, 5),
                          I(Opcode::Ld64, 6, 5, 0, 8), I(Opcode::AddI, 4, 4, 6), I(Opcode::LdP, 5, 5, 0, 0),
                          I(Opcode::Jmp, 0, 0, 0, -5), I(Opcode::Print, 4, 0, 0, b.intType), I(Opcode::PrintNl),
                          I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  Outcome o = runInChild(*mod);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "499500\n");
}

/// test.rss() int: the process's resident set in bytes (mimalloc, which is malloc here, measures it).
void nativeRss(rt::NativeContext&, uint64_t* s) {
  size_t elapsed, user, sys, rss, peakRss, commit, peakCommit, faults;
  mi_process_info(&elapsed, &user, &sys, &rss, &peakRss, &commit, &peakCommit, &faults);
  s[0] = rss;
}

/// 1,000,000 Selects (one ready receive case each) leave the resident set where it was: the handler's case vector
/// is freed although NEXT() leaves the handler by a computed goto, which runs no destructors (it used to leak its
/// buffer on every select, 32 MB here).
TEST(Interpreter, SelectFreesItsCases) {
  ModuleBuilder b;
  uint32_t rss = b.addNative("test.rss", 1, 0);
  // 0 c, 1 cap, 2 sent value, 3-5 the case (chan, elem nil: value dropped, isSend 0), 6 chosen, 7 i, 8 limit,
  // 9 and 10 the resident set before and after, 11 growth, 12 bound, 13 growth < bound.
  uint32_t m = b.addFunc("main.main", 0, 0, {P, S, S, P, P, S, S, S, S, S, S, S, S, S},
                         {I(Opcode::LoadInt, 1, 0, 0, 1), I(Opcode::MakeChan, 0, 1, 0, b.intType),
                          I(Opcode::Call, 9, 0, 0, static_cast<int32_t>(rss)), I(Opcode::LoadInt, 7, 0, 0, 0),
                          I(Opcode::LoadInt, 8, 0, 0, 1000000), I(Opcode::Mov1, 3, 0),
                          I(Opcode::ChanSend, 0, 2, 0, b.intType), I(Opcode::Select, 6, 3, 1, 0, kNone),
                          I(Opcode::ForLoop, 7, 8, 0, -2, 1), I(Opcode::Call, 10, 0, 0, static_cast<int32_t>(rss)),
                          I(Opcode::SubI, 11, 10, 9), I(Opcode::LoadInt, 12, 0, 0, 8 << 20),
                          I(Opcode::LtI, 13, 11, 12), I(Opcode::Print, 13, 0, 0, b.boolType), I(Opcode::PrintNl),
                          I(Opcode::Ret)});
  auto mod = b.finish(addEntry(b, m));
  RunOptions opts;
  opts.args = {"prog"};
  opts.resolveNative = [](std::string_view name) -> rt::NativeFn { return name == "test.rss" ? nativeRss : nullptr; };
  Outcome o = runInChild(*mod, opts);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.err, "true\n");
}

TEST(Print, GoFloatFormat) {
  auto f = [](double v) {
    std::string s;
    appendGoFloat(s, v);
    return s;
  };
  EXPECT_EQ(f(1.5), "+1.500000e+000");
  EXPECT_EQ(f(-0.0), "-0.000000e+000");
  EXPECT_EQ(f(0), "+0.000000e+000");
  EXPECT_EQ(f(1e300), "+1.000000e+300");
  EXPECT_EQ(f(123456789), "+1.234568e+008");
  EXPECT_EQ(f(-2.5e-10), "-2.500000e-010");
  EXPECT_EQ(f(1.0 / 0.0), "+Inf");
}

}  // namespace
}  // namespace vo::vm::test
