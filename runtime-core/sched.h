// Goroutines on Boost.Context fibers and the scheduler that runs them (DESIGN.md invariant 6). Executor-
// independent: a goroutine body is any C++ callable; the VM runs its interpreter loop inside one, JIT/AOT code
// will run natively inside one, and a blocking operation (channel, select, sleep, sync) is a fiber switch.
//
// Model (Go runtime words, runtime/proc.go): a G is a goroutine with its own native stack (stack_pool.h). The
// scheduler loop runs on the OS thread's own stack (Go's g0) and resumes runnable Gs from the run queue; a G
// gives control back by parking (gopark: it waits for someone to goready it), yielding (gosched: it stays
// runnable) or ending. A G that parks or yields switches straight to the next runnable G (one Boost.Context
// jump, ~5 ns) while no timer is pending; otherwise, and when a G ends, it goes through g0 (two jumps). As in Go,
// a G readied by a running G goes to `runnext` and runs before the run queue, in the rest of the readier's time
// slice.
//
// Threads. One OS thread runs all goroutines. The seams for several (Go's Ms and Ps): the scheduler state is one
// `Sched` object reached through the thread-local current-G pointer and preemption budget; run queue, timer heap
// and the stack pool would become per-P with stealing; channel and select operations would take per-channel locks
// where chan.cpp / select.cpp say "lock" in comments (select locks in address order, as Go's lockorder); the
// deadlock check would count idle Ms. Nothing outside runtime-core depends on there being one thread, except that
// GC pins (GcRoot) and root scanners are not synchronised.
//
// Fibers are never destroyed while suspended (forced unwinding is slow and would run the VM's catch handlers): a G
// runs to completion. When the program ends with goroutines still blocked (main returned in a .go program, a
// deadlock, a panic), their fibers are abandoned: stacks and G records are leaked on purpose until process exit.
//
// Stress mode (VO_SCHED_STRESS=<seed>, or SchedConfig::stressSeed): every scheduling point (channel operations,
// goready, preemptCheck with a tiny random budget) yields, and the next G is taken from a random position of the
// run queue using a PRNG seeded with the seed, so a given seed replays the same interleaving (timer-free programs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "runtime-core/runtime.h"
#include "runtime-core/stack_pool.h"

namespace vo::rt {

struct Sudog;
struct Chan;

/// Why a goroutine is parked; printed by tracebacks as Go 1.19 prints them (waitReasonString).
enum class WaitReason : uint8_t {
  None,
  ChanReceive,         ///< "chan receive"
  ChanSend,            ///< "chan send"
  ChanReceiveNilChan,  ///< "chan receive (nil chan)"
  ChanSendNilChan,     ///< "chan send (nil chan)"
  Select,              ///< "select"
  SelectNoCases,       ///< "select (no cases)"
  Sleep,               ///< "sleep"
  Semacquire,          ///< "semacquire" (Go 1.19: sync.WaitGroup.Wait, Mutex.Lock, ... blocked)
  SyncCondWait,        ///< "sync.Cond.Wait"
  FinalizerWait,       ///< "finalizer wait"
};
/// Go's text for a wait reason ("chan receive"), as in `goroutine 1 [chan receive]:`.
const char* waitReasonString(WaitReason r);

/// Goroutine states (Go's _Grunnable, _Grunning, _Gwaiting, _Gdead).
enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead };

/// A goroutine. Created by newproc, owned by the scheduler; the pointer stays valid until the G has ended (its
/// record is then reused by a later newproc of the same run, as Go reuses Gs from its gfree list) or the next
/// schedRun starts (abandoned Gs: forever). Fields marked "executor" belong to whoever runs the
/// body (the VM keeps its frames there); the scheduler never interprets them.
struct G {
  int64_t goid = 0;             ///< 1 for the main goroutine, then 17, 18, ... as Go 1.19 numbers user goroutines
  GStatus status = GStatus::Runnable;
  WaitReason waitReason = WaitReason::None;  ///< while Waiting
  std::function<void()> fn;     ///< the body; cleared when it returns
  StackSpan stack;              ///< the native stack the fiber runs on
  void* execData = nullptr;     ///< executor: per-goroutine state (VM: frames and register stack); not owned
  RootScanner* roots = nullptr; ///< executor: scanned at every collection while the G is not Dead (its frames)
                                ///< and schedRun is running (never after it has returned)
  Sudog* waiting = nullptr;     ///< sudogs this G is blocked on (chan op or select), linked by waitlink
  Sudog* param = nullptr;       ///< the sudog whose operation woke this G (Go's g.param); null: woken by close
  bool selectDone = false;      ///< a select of this G has been claimed by one case (Go's g.selectDone)
  bool isMain = false;          ///< the main goroutine (goid 1)
  uint64_t createdBy = 0;       ///< goid of the goroutine that started this one (tracebacks: "created by")
  /// executor: called on this G's fiber just before it switches to the scheduler (`in` false) and just after it
  /// is resumed (`in` true), so an executor that keeps the running goroutine's state in shared places (the VM's
  /// Interpreter members) can save and restore it. Not called when the G starts or ends. May be null.
  void (*execSwitch)(G* g, bool in) = nullptr;
};

/// How a program run by schedRun ends and behaves.
struct SchedConfig {
  /// false: a .go program, which exits when main returns (other goroutines are abandoned);
  /// true: a .vo program, which waits until every goroutine has ended.
  bool waitForAll = false;
  /// Stress mode seed; 0 reads VO_SCHED_STRESS from the environment (unset or "0": no stress mode).
  uint64_t stressSeed = 0;
  /// Native stack of the main goroutine (its own mapping; others get stackPoolStackBytes(), 256 KiB). The VM's
  /// Vo -> native -> Vo recursion (String methods called by fmt) runs on it until stackOverflowImminent().
  size_t mainStackBytes = size_t{64} << 20;
  /// Preemption budget per time slice: calls to preemptCheck() before a running G yields (when others can run).
  int32_t preemptBudget = 20000;
};

/// Runs `mainFn` as goroutine 1 on this OS thread, with every goroutine it starts, until the program ends per
/// `cfg`. Returns normally when it ends normally. Throws (on this thread's own stack, after the switch back):
/// - whatever escaped a goroutine body first (PanicException, RuntimeError, FatalError, ExitException, ...): the
///   program ends at once, other goroutines are abandoned (the executor prints the panic as Go does);
/// - FatalError{"all goroutines are asleep - deadlock!"} when no G is runnable, no timer is pending and some G
///   is blocked (main included). allGoroutines() then lists the blocked Gs with their wait reasons so the
///   executor can print `goroutine 1 [chan receive]:` and each one's frames (from G::execData) as Go does.
/// Not reentrant: one schedRun at a time per thread. Resets the previous run's Gs, timers and counters first.
void schedRun(std::function<void()> mainFn, const SchedConfig& cfg = {});

/// Starts a goroutine running `fn` (the `go` statement; Go's newproc): it is queued runnable, the caller goes
/// on. Must be called from a goroutine (or before the first schedule, from schedRun's main). Returns the G.
G* newproc(std::function<void()> fn);
/// The running goroutine, or nullptr on the scheduler's own stack / outside schedRun.
G* getg();
/// Every goroutine of the current (or last) run that has not ended, in goid order.
std::vector<G*> allGoroutines();
/// Goroutines that have not ended (runtime.NumGoroutine).
int64_t numGoroutine();

/// Parks the running G (Go's gopark): it stops until goready(g). `reason` is shown in tracebacks.
void gopark(WaitReason reason);
/// Makes a parked G runnable (Go's goready); it runs later, the caller goes on (in stress mode the caller yields).
/// May be called from a goroutine or from the scheduler (timer callbacks).
void goready(G* g);
/// Yields: the running G goes to the back of the run queue (runtime.Gosched).
void gosched();

// ---- preemption (cooperative; the VM calls preemptCheck at loop back-edges and calls) ---------------------------

/// Ticks left in the running G's time slice (per OS thread). Do not write it; call preemptCheck().
constinit inline thread_local int32_t tlsPreemptBudget = 1 << 30;
/// Out of line part of preemptCheck: refills the budget and yields when another G is runnable or a timer is due.
void preemptSlow();
/// One tick of the preemption budget; yields (fiber switch) when it is used up. Cheap: a thread-local decrement.
inline void preemptCheck() {
  if (--tlsPreemptBudget < 0) [[unlikely]] preemptSlow();
}

// ---- native stack limit (no guard pages: see stack_pool.h) ---------------------------------------------------

/// The lowest usable address of the running goroutine's native stack plus `reserve` bytes: while the current
/// stack pointer is above it, at least `reserve` bytes remain. 0 outside goroutines (no limit known).
uintptr_t stackLimit(size_t reserve);
/// True when fewer than `reserve` bytes of native stack remain on the running goroutine (Go's stack guard
/// check). Callers raise Go's fatal error: FatalError{"stack overflow"} with the "goroutine stack exceeds
/// 1000000000-byte limit" line (the VM prints it). Default reserve: 32 KiB for the caller's own natives.
inline bool stackOverflowImminent(size_t reserve = size_t{32} << 10) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t lim = stackLimit(reserve);
  return lim != 0 && sp < lim;
}

// ---- time and timers (timer.cpp; Go runtime/time.go, simplified to one heap) ----------------------------------

/// Monotonic clock in nanoseconds (CLOCK_MONOTONIC; Go's nanotime).
int64_t nanotime();
/// Wall clock in nanoseconds since the Unix epoch (CLOCK_REALTIME; Go's walltime).
int64_t walltime();

/// A runtime timer (Go's runtime.timer). Owned by the caller (e.g. a time.Timer native), which must keep it
/// alive while it is pending. When `when` (nanotime units) has come, the scheduler calls `f(t, now)` on its own
/// stack: f must not block (it may goready Gs and do non-blocking channel sends, as Go's sendTime does). A
/// periodic timer (period > 0) is re-armed at when + period (missed ticks are dropped, as Go does) before f runs.
struct Timer {
  int64_t when = 0;    ///< nanotime() at which it fires
  int64_t period = 0;  ///< ns between firings; 0: fires once
  void (*f)(Timer* t, int64_t now) = nullptr;
  void* arg = nullptr;    ///< for f (not interpreted)
  void* gcRef = nullptr;  ///< a GC object kept alive while the timer is pending (e.g. the channel of time.After);
                          ///< when the Timer itself lies inside a GC object (time.Timer's runtimeTimer), set
                          ///< gcRef = t: interior pointers keep the whole object alive while pending
  int32_t heapIndex = -1; ///< position in the timer heap; -1 when not pending
};
/// Arms `t` (Go's addtimer). `t` must not be pending.
void addTimer(Timer* t);
/// Disarms `t`; true when it was pending (time.Timer.Stop's result). Go's deltimer.
bool delTimer(Timer* t);
/// Re-arms `t` to fire at `when` with `period` (time.Timer.Reset); true when it was pending before. Go's modtimer.
bool modTimer(Timer* t, int64_t when, int64_t period);
/// Parks the running G for at least `ns` nanoseconds (time.Sleep; ns <= 0 returns at once). Go's timeSleep.
void sleepNs(int64_t ns);

// ---- semaphores for package sync (sema.cpp; Go runtime/sema.go, FIFO, no handoff) ---------------------------

/// Go's semacquire: when *addr > 0, decrements it and returns; otherwise parks the running G (wait reason
/// `reason`, Go 1.19 prints "semacquire" for WaitGroup.Wait and Mutex.Lock) until a semrelease on the same
/// address hands it a unit. `addr` is any stable address (usually a field of a sync.WaitGroup / Mutex in the GC
/// heap: the waiting G's own frames keep that object alive).
void semacquire(uint32_t* addr, WaitReason reason = WaitReason::Semacquire);
/// Go's semrelease: increments *addr and, when a G waits on `addr`, wakes the longest waiting one (which takes
/// the unit). Never blocks; may be called from the scheduler's stack.
void semrelease(uint32_t* addr);
/// Goroutines parked in semacquire on `addr` (tests, sync.Mutex starvation heuristics).
size_t semWaiters(const uint32_t* addr);

// ---- scheduler statistics (tests) ---------------------------------------------------------------------------

/// Counters of the current (or last) run.
struct SchedStats {
  uint64_t switches = 0;    ///< G resumptions
  uint64_t created = 0;     ///< goroutines started
  uint64_t maxLive = 0;     ///< most goroutines alive at once
  uint64_t timersFired = 0;  ///< timer callbacks run (sleeps included)
};
/// The counters of the current run, or of the last one after schedRun returned.
SchedStats schedStats();
/// True while a run in stress mode is going on (set by schedRun; read inline at every scheduling point).
constinit inline bool gSchedStressOn = false;
/// True when the current run is in stress mode.
inline bool schedStress() { return gSchedStressOn; }
/// The state of fastrand (xorshift64*), shared with the scheduler's stress-mode choices; set by schedRun. Do not
/// write it.
constinit inline uint64_t gSchedRng = 0x9E3779B97F4A7C15ull;
/// The next 64 pseudo-random bits of gSchedRng (xorshift64*).
inline uint64_t schedRand64() {
  uint64_t x = gSchedRng;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  gSchedRng = x;
  return x * 0x2545F4914F6CDD1Dull;
}
/// A fast pseudo-random number (Go's fastrand): seeded from the stress seed in stress mode, else randomly.
inline uint32_t fastrand() { return static_cast<uint32_t>(schedRand64() >> 32); }
/// Uniform in [0, n) (Go's fastrandn).
inline uint32_t fastrandn(uint32_t n) { return static_cast<uint32_t>((uint64_t{fastrand()} * n) >> 32); }

// ---- internal to runtime-core (chan.cpp, select.cpp, timer.cpp) ----------------------------------------------

namespace sched_internal {
/// Out of line part of stressPoint.
void stressYield();
/// In stress mode: yield at a scheduling point (no-op otherwise or outside goroutines).
inline void stressPoint() {
  if (gSchedStressOn) [[unlikely]] stressYield();
}
/// Runs due timers; returns the earliest pending `when` or -1 when none is pending.
int64_t runTimers(int64_t now);
/// Pending timers (for the deadlock check).
size_t pendingTimers();
/// Marks what pending timers keep alive.
void scanTimers(GcMarker& m);
/// Forgets every pending timer (new run).
void resetTimers();
/// Forgets every semaphore waiter (new run; abandoned Gs).
void resetSema();
/// Timers fired since the last resetTimers.
uint64_t timersFired();
}  // namespace sched_internal

}  // namespace vo::rt
