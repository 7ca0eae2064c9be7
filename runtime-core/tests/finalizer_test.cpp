// runtime.SetFinalizer's argument checks and running queued finalizers through a NativeContext.
#include <gtest/gtest.h>

#include <vector>

#include "runtime-core/native.h"
#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

// Records finalizer calls instead of running bytecode.
class FakeContext : public NativeContext {
 public:
  const Module& module() const override { return module_; }
  void callFunc(uint32_t, uint64_t*, size_t) override {}
  void callClosure(const Closure* fn, uint64_t* window, size_t n) override {
    calls.push_back({fn->func, std::vector<uint64_t>(window, window + n)});
    gcCollect();  // a finalizer may allocate: the others must survive
  }
  const std::vector<std::string>& programArgs() const override { return args_; }
  struct Call {
    uint32_t func;
    std::vector<uint64_t> window;
  };
  std::vector<Call> calls;

 private:
  Module module_;
  std::vector<std::string> args_;
};

TEST(FinalizerTest, RunsWithThePointerOrAnInterface) {
  test::Types ty;
  const TypeDesc* intT = ty.intT();
  const TypeDesc* p = ty.pointerTo(intT);
  const TypeDesc* any = ty.emptyIface();
  TypeDesc* byPtr = ty.basic(Kind::Func);
  byPtr->params = {p};
  byPtr->results = {intT};  // results are ignored but take window slots
  byPtr->name = "func(*int) int";
  TypeDesc* byAny = ty.basic(Kind::Func);
  byAny->params = {any};
  byAny->name = "func(interface {})";
  Closure* f1 = gcAllocClosure(1, 0);
  GcRoot pin1(&f1);
  Closure* f2 = gcAllocClosure(2, 0);
  GcRoot pin2(&f2);
  void* x = gcAlloc(intT);
  GcRoot pinX(&x);
  void* y = gcAlloc(intT);
  GcRoot pinY(&y);
  setFinalizer(Iface{p, x}, Iface{byPtr, f1});
  setFinalizer(Iface{p, y}, Iface{byAny, f2});
  void* xv = x;
  void* yv = y;
  x = y = nullptr;
  gcCollect();
  FakeContext ctx;
  runFinalizers(ctx);
  ASSERT_EQ(ctx.calls.size(), 2u);
  for (const auto& c : ctx.calls) {
    if (c.func == 1) {
      EXPECT_EQ(c.window, (std::vector<uint64_t>{0, reinterpret_cast<uint64_t>(xv)}));
    } else {
      EXPECT_EQ(c.window, (std::vector<uint64_t>{reinterpret_cast<uint64_t>(p), reinterpret_cast<uint64_t>(yv)}));
    }
  }
  EXPECT_FALSE(gcHasReadyFinalizers());
}

TEST(FinalizerTest, GoFatalErrors) {
  test::Types ty;
  const TypeDesc* intT = ty.intT();
  const TypeDesc* p = ty.pointerTo(intT);
  TypeDesc* wrong = ty.basic(Kind::Func);
  wrong->params = {ty.stringT()};
  wrong->name = "func(string)";
  void* x = gcAlloc(intT);
  GcRoot pin(&x);
  Closure* f = gcAllocClosure(1, 0);
  GcRoot pinF(&f);
  int64_t v = 3;
  try {
    setFinalizer(Iface{intT, reinterpret_cast<void*>(v)}, Iface{wrong, f});
    FAIL();
  } catch (const FatalError& e) {
    EXPECT_EQ(e.message, "runtime.SetFinalizer: first argument is int, not pointer");
  }
  try {
    setFinalizer(Iface{p, x}, Iface{intT, reinterpret_cast<void*>(v)});
    FAIL();
  } catch (const FatalError& e) {
    EXPECT_EQ(e.message, "runtime.SetFinalizer: second argument is int, not a function");
  }
  try {
    setFinalizer(Iface{p, x}, Iface{wrong, f});
    FAIL();
  } catch (const FatalError& e) {
    EXPECT_EQ(e.message, "runtime.SetFinalizer: cannot pass *int to finalizer func(string)");
  }
  TypeDesc* ok = ty.basic(Kind::Func);
  ok->params = {p};
  ok->name = "func(*int)";
  int64_t global = 0;
  setFinalizer(Iface{p, &global}, Iface{ok, f});  // globals are never finalized: silently ignored
  EXPECT_FALSE(gcHasReadyFinalizers());
}

}  // namespace
}  // namespace vo::rt
