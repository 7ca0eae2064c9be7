// The goroutine scheduler on Boost.Context fibers (sched.h; Go runtime/proc.go: newproc, gopark, goready,
// Gosched, schedule, checkdead).
#include "runtime-core/sched.h"

#include <time.h>

#include <algorithm>
#include <boost/context/fiber.hpp>
#include <boost/version.hpp>
#include <cstdlib>
#include <deque>
#include <random>
#include <utility>

#include "runtime-core/chan.h"
#include "runtime-core/panic.h"

#if defined(__SANITIZE_ADDRESS__)
#define VO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VO_ASAN 1
#endif
#endif
#ifdef VO_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

// Boost.Context's context switch with a balanced return stack buffer (x86-64 System V, ELF). Boost's
// jump_fcontext is entered by a call and leaves by `jmp *%r8` into the resumed context: every switch leaves one
// stale return address on the CPU's return stack buffer, so every `ret` the resumed goroutine then executes on its
// way back to the interpreter loop (switchAway's caller, chanrecv, ...) is mispredicted (~20 cycles each; perf
// shows it as time in jump_fcontext and in the first instructions after it). This definition of jump_fcontext is
// Boost 1.74's instruction for instruction (same context layout, so make_fcontext's and ontop_fcontext's
// contexts interoperate) except that it leaves by `ret`: the call's return-stack entry is consumed, and a
// goroutine resumed at the same call site it left from (the common case: both partners parked in gopark) returns
// along predicted addresses. The linker takes this definition, so libboost_context's member that holds
// jump_fcontext (nothing else) is not linked. Other targets keep Boost's, and so do CET builds (a `ret` into a
// context that was entered by a jump would not match a hardware shadow stack).
#if defined(__x86_64__) && defined(__ELF__) && BOOST_VERSION >= 106100 && BOOST_VERSION < 109000 && \
    !defined(BOOST_USE_TSX) && !defined(BOOST_CONTEXT_SHADOW_STACK) && !defined(__CET__)
asm(R"(
  .text
  .globl jump_fcontext
  .type jump_fcontext,@function
  .align 16
jump_fcontext:
  leaq  -0x38(%rsp), %rsp
  stmxcsr (%rsp)
  fnstcw  0x4(%rsp)
  movq  %r12, 0x8(%rsp)
  movq  %r13, 0x10(%rsp)
  movq  %r14, 0x18(%rsp)
  movq  %r15, 0x20(%rsp)
  movq  %rbx, 0x28(%rsp)
  movq  %rbp, 0x30(%rsp)
  movq  %rsp, %rax
  movq  %rdi, %rsp
  ldmxcsr (%rsp)
  fldcw   0x4(%rsp)
  movq  0x8(%rsp), %r12
  movq  0x10(%rsp), %r13
  movq  0x18(%rsp), %r14
  movq  0x20(%rsp), %r15
  movq  0x28(%rsp), %rbx
  movq  0x30(%rsp), %rbp
  leaq  0x38(%rsp), %rsp
  movq  %rsi, %rdx
  movq  %rax, %rdi
  ret
  .size jump_fcontext,.-jump_fcontext
)");
#endif

namespace vo::rt {
namespace {

namespace ctx = boost::context;

/// A G with its fiber (kept out of sched.h so that executors need not include Boost).
struct GRec : G {
  ctx::fiber fib;        ///< the suspended continuation while not running
  size_t allIndex = 0;   ///< position in Sched::allgs
  void* asanFake = nullptr;
};

/// Boost.Context StackAllocator over the stack pool.
struct PoolStackAlloc {
  G* g;
  size_t largeBytes;  ///< 0: a pool stack; else a stack of its own of this size (main goroutine)
  ctx::stack_context allocate() {
    StackSpan s = largeBytes != 0 ? stackAllocLarge(largeBytes) : stackAlloc();
    g->stack = s;
    ctx::stack_context sc;
    sc.size = s.size();
    sc.sp = reinterpret_cast<void*>(s.hi);
    return sc;
  }
  void deallocate(ctx::stack_context& sc) noexcept {
    uintptr_t hi = reinterpret_cast<uintptr_t>(sc.sp);
    stackFree(StackSpan{hi - sc.size, hi});
  }
};

/// Go 1.19's runtime goroutines (forcegc, bgsweep, bgscavenge, finalizers, ...) take goids 2..16, so the first
/// goroutine a program starts is "goroutine 17" in Go's traces; we number the same way.
constexpr int64_t kFirstUserGoid = 17;

struct Sched final : RootScanner {
  SchedConfig cfg;
  std::vector<GRec*> allgs;  ///< live Gs (any order; allGoroutines sorts)
  std::vector<GRec*> freegs; ///< records of ended Gs, reused by newG (Go's gfree list)
  std::deque<GRec*> runq;
  /// Go's runnext: the G most recently readied by a running G (a channel partner) runs before the queue, in the
  /// rest of the readier's time slice, so a hand-off resumes the partner while its data is in the cache and a
  /// started goroutine tends to run to its end in one go. Not used in stress mode (random order from runq).
  GRec* runnext = nullptr;
  int32_t lastBudget = 0;    ///< preemption budget the last G left unused (inherited by a runnext G)
  GRec* cur = nullptr;
  ctx::fiber g0;             ///< the scheduler's continuation while a G runs
  GRec* from = nullptr;      ///< the fiber that resumes another one (nullptr: the scheduler), see stash()
  std::exception_ptr failure;
  bool mainDone = false;
  bool running = false;
  bool stress = false;
  bool registered = false;
  int64_t nextGoid = 1;
  SchedStats stats;
  const void* g0Bottom = nullptr;  // ASan: the scheduler stack's bounds
  size_t g0Size = 0;
  void* g0Fake = nullptr;

  void scanRoots(GcMarker& m) override {
    // Between runs the Gs left (blocked at the end of the last run) are abandoned: their executor state may be
    // gone, so nothing of theirs is a root any more.
    if (!running) return;
    for (GRec* g : allgs) {
      if (g->status == GStatus::Dead) continue;
      if (g->roots != nullptr) g->roots->scanRoots(m);
      for (Sudog* sg = g->waiting; sg != nullptr; sg = sg->waitlink) chanScanSudog(m, sg);
    }
    sched_internal::scanTimers(m);
  }
};

Sched& S() {
  static Sched* s = new Sched;  // never destroyed (abandoned fibers may refer to it)
  return *s;
}
thread_local GRec* tlsG = nullptr;

uint64_t nextRand(Sched&) { return schedRand64(); }

void asanStart([[maybe_unused]] void** fake, [[maybe_unused]] const void* bottom, [[maybe_unused]] size_t size) {
#ifdef VO_ASAN
  __sanitizer_start_switch_fiber(fake, bottom, size);
#endif
}
void asanFinish([[maybe_unused]] void* fake, [[maybe_unused]] const void** bottom, [[maybe_unused]] size_t* size) {
#ifdef VO_ASAN
  __sanitizer_finish_switch_fiber(fake, bottom, size);
#endif
}

/// Keeps the continuation `f` of whoever switched to the current fiber: Sched::from names it (nullptr: the
/// scheduler). Every resume is preceded by setting `from` and followed (on the fiber that regains control) by
/// this, so each suspended fiber's continuation is held by its GRec (or by Sched::g0).
void stash(Sched& s, ctx::fiber&& f) {
  GRec* from = s.from;
  if (from == nullptr) {
    s.g0 = std::move(f);
  } else {
    from->fib = std::move(f);
  }
}

/// On the fiber that regains control: ends ASan's switch (the scheduler's stack bounds are recorded when the
/// switch came from it) and keeps the continuation `f` of whoever switched here (stash).
inline void resumedFrom(Sched& s, void* fake, ctx::fiber&& f) {
  asanFinish(fake, s.from == nullptr ? &s.g0Bottom : nullptr, s.from == nullptr ? &s.g0Size : nullptr);
  stash(s, std::move(f));
}

bool hasRunnable(const Sched& s) { return s.runnext != nullptr || !s.runq.empty(); }

GRec* pickNext(Sched& s, bool* inherit) {
  *inherit = false;
  if (s.runnext != nullptr) {
    GRec* g = s.runnext;
    s.runnext = nullptr;
    *inherit = true;
    return g;
  }
  size_t i = 0;
  if (s.stress && s.runq.size() > 1) i = nextRand(s) % s.runq.size();
  GRec* g = s.runq[i];
  if (i != 0) {
    s.runq[i] = s.runq.front();  // O(1): the queue's order is random in stress mode anyway
  }
  s.runq.pop_front();
  return g;
}

/// Makes `g` (just picked) the running G with its time slice: a runnext G inherits what the previous G left
/// (`budgetLeft`, Go's inheritTime: a ping-pong pair cannot keep others waiting), others get a fresh one.
void startSlice(Sched& s, GRec* g, bool inherit, int32_t budgetLeft) {
  g->status = GStatus::Running;
  tlsG = g;
  s.cur = g;
  if (inherit && budgetLeft >= 0) {
    tlsPreemptBudget = budgetLeft;
  } else {
    tlsPreemptBudget = s.stress ? 1 + static_cast<int32_t>(nextRand(s) % 64) : s.cfg.preemptBudget;
  }
  ++s.stats.switches;
}

/// The running G (already marked Waiting or Runnable by the caller) gives up the thread; returns when it is
/// resumed. When the scheduler would only pick the next runnable G (no timer pending), the G switches straight
/// to that G's fiber (one jump instead of two through the scheduler's stack, as Go's park_m runs schedule()
/// without leaving the M); otherwise it switches to the scheduler loop. Inlined into gopark and gosched: each
/// return between the switch and the interpreter loop costs on every resumption (see jump_fcontext above).
[[gnu::always_inline]] inline void switchAway() {
  Sched& s = S();
  GRec* g = tlsG;
  GRec* next = nullptr;
  bool inherit = false;
  if (hasRunnable(s) && sched_internal::pendingTimers() == 0) {
    int32_t budgetLeft = tlsPreemptBudget;
    next = pickNext(s, &inherit);
    if (next == g) {  // gosched with nothing else runnable: it goes on at once
      startSlice(s, g, inherit, budgetLeft);
      return;
    }
    if (g->execSwitch) g->execSwitch(g, false);
    startSlice(s, next, inherit, budgetLeft);
    s.from = g;
    asanStart(&g->asanFake, reinterpret_cast<const void*>(next->stack.lo), next->stack.size());
    resumedFrom(s, g->asanFake, std::move(next->fib).resume());
  } else {
    if (g->execSwitch) g->execSwitch(g, false);
    s.from = g;
    asanStart(&g->asanFake, s.g0Bottom, s.g0Size);
    resumedFrom(s, g->asanFake, std::move(s.g0).resume());
  }
  if (g->execSwitch) g->execSwitch(g, true);
}

/// The first frame of every goroutine's fiber.
ctx::fiber gEntry(ctx::fiber&& from, GRec* g) {
  Sched& s = S();
  resumedFrom(s, nullptr, std::move(from));
  try {
    g->fn();
  } catch (const ctx::detail::forced_unwind&) {
    throw;  // never happens (fibers are not destroyed while suspended), but must pass through
  } catch (...) {
    if (!s.failure) s.failure = std::current_exception();
  }
  g->fn = nullptr;
  g->status = GStatus::Dead;
  // An ended G always returns to the scheduler, which recycles its record.
  s.from = g;
  asanStart(nullptr, s.g0Bottom, s.g0Size);
  return std::move(s.g0);
}

void removeG(Sched& s, GRec* g) {
  GRec* last = s.allgs.back();
  s.allgs[g->allIndex] = last;
  last->allIndex = g->allIndex;
  s.allgs.pop_back();
}

void sleepUntil(int64_t when) {
  timespec ts{static_cast<time_t>(when / 1000000000), static_cast<long>(when % 1000000000)};
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) != 0) {
  }
}

/// The scheduler loop (Go's schedule + checkdead) on the thread's own stack.
void scheduleLoop(Sched& s) {
  for (;;) {
    if (s.failure) return;
    if (s.mainDone && (!s.cfg.waitForAll || s.allgs.empty())) return;
    int64_t next = -1;
    if (sched_internal::pendingTimers() != 0) next = sched_internal::runTimers(nanotime());
    if (s.failure) return;
    if (!hasRunnable(s)) {
      if (next >= 0) {
        sleepUntil(next);
        continue;
      }
      if (s.allgs.empty()) return;
      throw FatalError{"all goroutines are asleep - deadlock!"};
    }
    bool inherit = false;
    GRec* g = pickNext(s, &inherit);
    startSlice(s, g, inherit, s.lastBudget);
    s.from = nullptr;
    asanStart(&s.g0Fake, reinterpret_cast<const void*>(g->stack.lo), g->stack.size());
    ctx::fiber f = std::move(g->fib).resume();
    asanFinish(s.g0Fake, nullptr, nullptr);
    // Back on the scheduler's stack: from whichever G switched here (not necessarily `g`: Gs switch directly
    // to one another while no timer is pending, see switchAway).
    g = s.from;
    stash(s, std::move(f));
    tlsG = nullptr;
    s.cur = nullptr;
    s.lastBudget = tlsPreemptBudget;
    tlsPreemptBudget = 1 << 30;
    if (!g->fib) {  // the body returned (or threw: s.failure)
      if (g->isMain) s.mainDone = true;
      removeG(s, g);
      static_cast<G&>(*g) = G{};  // drops fn's captures now, like delete would
      s.freegs.push_back(g);
    }
  }
}

GRec* newG(std::function<void()> fn, size_t largeStack);

uint64_t envStressSeed() {
  const char* e = std::getenv("VO_SCHED_STRESS");
  if (e == nullptr) return 0;
  return std::strtoull(e, nullptr, 10);
}

}  // namespace

const char* waitReasonString(WaitReason r) {
  switch (r) {
    case WaitReason::None: return "";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNilChan: return "chan receive (nil chan)";
    case WaitReason::ChanSendNilChan: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::Semacquire: return "semacquire";
    case WaitReason::SyncCondWait: return "sync.Cond.Wait";
    case WaitReason::FinalizerWait: return "finalizer wait";
  }
  return "";
}

void schedRun(std::function<void()> mainFn, const SchedConfig& cfg) {
  Sched& s = S();
  if (s.running) throw FatalError{"schedRun: already running"};
  // Forget the previous run: abandoned Gs (blocked at its end) are leaked on purpose (sched.h).
  s.allgs.clear();
  s.runq.clear();
  s.runnext = nullptr;
  sched_internal::resetTimers();
  sched_internal::resetSema();
  s.failure = nullptr;
  s.mainDone = false;
  s.nextGoid = 1;
  s.stats = {};
  s.cfg = cfg;
  uint64_t seed = cfg.stressSeed != 0 ? cfg.stressSeed : envStressSeed();
  s.stress = seed != 0;
  gSchedStressOn = s.stress;
  gSchedRng = s.stress ? seed * 0x9E3779B97F4A7C15ull + 1 : (uint64_t{std::random_device{}()} << 32) | 1;
  if (!s.registered) {
    gcAddRoots(&s);
    s.registered = true;
  }
  s.running = true;
  G* mainG = newG(std::move(mainFn), cfg.mainStackBytes);
  mainG->isMain = true;
  s.nextGoid = kFirstUserGoid;
  try {
    scheduleLoop(s);
  } catch (...) {
    s.running = false;
    throw;
  }
  s.running = false;
  if (s.failure) std::rethrow_exception(s.failure);
}

namespace {

GRec* newG(std::function<void()> fn, size_t largeStack) {
  Sched& s = S();
  GRec* g;
  if (!s.freegs.empty()) {
    g = s.freegs.back();  // already reset when it ended
    s.freegs.pop_back();
  } else {
    g = new GRec;
  }
  g->goid = s.nextGoid++;
  g->fn = std::move(fn);
  g->createdBy = tlsG != nullptr ? static_cast<uint64_t>(tlsG->goid) : 0;
  g->fib = ctx::fiber(std::allocator_arg, PoolStackAlloc{g, largeStack}, [g](ctx::fiber&& sched) {
    return gEntry(std::move(sched), g);
  });
  g->status = GStatus::Runnable;
  g->allIndex = s.allgs.size();
  s.allgs.push_back(g);
  s.runq.push_back(g);
  ++s.stats.created;
  s.stats.maxLive = std::max<uint64_t>(s.stats.maxLive, s.allgs.size());
  return g;
}

}  // namespace

G* newproc(std::function<void()> fn) { return newG(std::move(fn), 0); }

G* getg() { return tlsG; }

std::vector<G*> allGoroutines() {
  std::vector<G*> v(S().allgs.begin(), S().allgs.end());
  std::sort(v.begin(), v.end(), [](G* a, G* b) { return a->goid < b->goid; });
  return v;
}

int64_t numGoroutine() { return static_cast<int64_t>(S().allgs.size()); }

void gopark(WaitReason reason) {
  GRec* g = tlsG;
  if (g == nullptr) throw FatalError{"gopark outside a goroutine"};
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  switchAway();
  g->waitReason = WaitReason::None;
}

void goready(G* g) {
  Sched& s = S();
  auto* r = static_cast<GRec*>(g);
  r->status = GStatus::Runnable;
  if (tlsG != nullptr && !s.stress) {  // readied by a running G: next in line (Go's runqput with next = true)
    if (s.runnext != nullptr) s.runq.push_back(s.runnext);
    s.runnext = r;
    return;
  }
  s.runq.push_back(r);  // timers (the scheduler's stack) and stress mode: the back of the queue
}

void gosched() {
  GRec* g = tlsG;
  if (g == nullptr) return;
  g->status = GStatus::Runnable;
  S().runq.push_back(g);
  switchAway();
}

void preemptSlow() {
  Sched& s = S();
  if (tlsG == nullptr) {
    tlsPreemptBudget = 1 << 30;
    return;
  }
  tlsPreemptBudget = s.stress ? 1 + static_cast<int32_t>(nextRand(s) % 64) : s.cfg.preemptBudget;
  if (hasRunnable(s) || s.stress) {
    gosched();
    return;
  }
  if (sched_internal::pendingTimers() != 0) {
    int64_t now = nanotime();
    sched_internal::runTimers(now);
    if (hasRunnable(s)) gosched();
  }
}

uintptr_t stackLimit(size_t reserve) {
  GRec* g = tlsG;
  return g == nullptr ? 0 : g->stack.lo + reserve;
}

SchedStats schedStats() {
  SchedStats st = S().stats;
  st.timersFired = sched_internal::timersFired();
  return st;
}

void sched_internal::stressYield() {
  if (S().stress && tlsG != nullptr) gosched();
}

}  // namespace vo::rt
