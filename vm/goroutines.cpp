// Goroutines in the interpreter (DESIGN.md invariant 6; runtime-core/README.md "Executors on goroutines").
//
// Every goroutine runs the interpreter loop on its own fiber (runtime-core/sched.h). The Interpreter's members
// that describe one thread of execution (register and frame stacks, the top frame, defer and panic chains,
// in-flight values, trace identity) belong to the RUNNING goroutine: the scheduler calls G::execSwitch on the
// goroutine's fiber just before it switches away (the members are saved into its GoState) and just after it
// resumes (they are restored). C++ locals of a parked loop (pc, regs) survive on the fiber's own stack.
//
// Goroutines other than 1 get their register and frame stacks from two BlockPools (lazily committed blocks carved
// from large mappings, so 100,000 goroutines need few mappings); goroutine 1 keeps the Interpreter's own stacks.
// GC roots: the running goroutine's frames are scanned through the Interpreter (a root scanner); every switched
// out goroutine's saved frames through its GoState (G::roots).
#include <algorithm>
#include <memory>

#include "runtime-core/sched.h"
#include "runtime-core/stack_pool.h"
#include "vm/interp_impl.h"

namespace vo::vm {

/// Register stack bytes and frame stack bytes of a goroutine other than goroutine 1.
inline constexpr size_t kGoRegBytes = size_t{4} << 20;
inline constexpr size_t kGoFrameBytes = size_t{1} << 20;

/// The saved state of a goroutine while it is switched out (see the file comment).
struct GoState final : rt::RootScanner {
  Interpreter* in = nullptr;
  rt::G* g = nullptr;
  bool saved = false;  ///< the fields hold the goroutine's state (it is switched out or not started yet)
  uint64_t* stackLo = nullptr;
  uint64_t* stackLimit = nullptr;
  Frame* framesLo = nullptr;
  Frame* framesLimit = nullptr;
  Frame* fp = nullptr;
  uintptr_t nativeStackBase = 0;
  size_t nativeStackLimit = 0;
  std::vector<DeferRecord> defers;
  PanicRecord* panics = nullptr;
  std::vector<const void*> tempRoots;
  std::string inFlightTrace;
  rt::Iface inFlight;
  int64_t goid = 1;
  CreatedBy createdBy;
  const rt::Closure* startFn = nullptr;  ///< the function a goroutine not started yet will call
  rt::StackSpan regSpan, frameSpan;      ///< pool blocks (empty for goroutine 1); kept while in the free list

  void scanRoots(rt::GcMarker& m) override {
    if (startFn) m.markPointer(startFn);
    if (!saved) return;  // running: scanned through the Interpreter
    for (Frame* f = framesLo + 1; f <= fp; ++f) {
      size_t n = f->fn->frameSize;
      if (f < fp) n = std::min<size_t>(n, static_cast<size_t>((f + 1)->base - f->base));
      m.markSlots(f->fn->slotKinds.data(), f->base, n);
      if (f->closure) m.markPointer(f->closure);
    }
    for (const DeferRecord& d : defers) m.markPointer(d.fn);
    for (PanicRecord* p = panics; p; p = p->link) m.markPointer(p->value.data);
    for (const void* p : tempRoots) m.markPointer(p);
    m.markPointer(inFlight.data);
  }
};

namespace {

rt::BlockPool& regPool() {
  static rt::BlockPool pool(kGoRegBytes);
  return pool;
}
rt::BlockPool& framePool() {
  static rt::BlockPool pool(kGoFrameBytes);
  return pool;
}

/// GoStates of ended goroutines, reused by the next `go` statements (LIFO: the newest one's stacks are hot). A
/// pooled state keeps its register and frame stack blocks and the capacity of its vectors, so starting a
/// goroutine allocates nothing once the pool has warmed up. Never shrinks (at most the peak number of live
/// goroutines are pooled; the blocks would otherwise sit in the BlockPools' free lists).
std::vector<GoState*>& freeStates() {
  static auto* v = new std::vector<GoState*>;  // never destroyed (like the BlockPools)
  return *v;
}

void vmSwitch(rt::G* g, bool in) {
  auto* st = static_cast<GoState*>(g->execData);
  if (in)
    st->in->restoreG(st);
  else
    st->in->saveG(st);
}

void attach(rt::G* g, GoState* st) {
  st->g = g;
  g->execData = st;
  g->roots = st;
  g->execSwitch = vmSwitch;
}

}  // namespace

void Interpreter::saveG(GoState* st) {
  st->stackLo = stackLo_;
  st->stackLimit = stackLimit_;
  st->framesLo = framesLo_;
  st->framesLimit = framesLimit_;
  st->fp = fp_;
  st->nativeStackBase = nativeStackBase_;
  st->nativeStackLimit = nativeStackLimit_;
  // While a goroutine runs its GoState's containers are empty (restoreG took their contents), so only non-empty
  // members need moving; swaps, not moves, so that buffers circulate instead of being freed and reallocated.
  // (Every switch passes here: copying empty containers' three words each way costs more than the test.)
  if (!defers_.empty()) st->defers.swap(defers_);
  st->panics = panics_;
  panics_ = nullptr;
  if (!tempRoots_.empty()) st->tempRoots.swap(tempRoots_);
  if (!inFlightTrace_.empty()) st->inFlightTrace.swap(inFlightTrace_);
  st->inFlight = inFlight_;
  inFlight_ = rt::Iface{};
  st->goid = goid_;
  st->createdBy = createdBy_;
  createdBy_ = CreatedBy{};
  st->saved = true;
  // Nothing of the switched-out goroutine stays visible through the members (the GC scans them).
  stackLo_ = homeStackLo_;
  stackLimit_ = homeStackLimit_;
  framesLo_ = homeFramesLo_;
  framesLimit_ = homeFramesLimit_;
  fp_ = framesLo_;
}

void Interpreter::restoreG(GoState* st) {
  stackLo_ = st->stackLo;
  stackLimit_ = st->stackLimit;
  framesLo_ = st->framesLo;
  framesLimit_ = st->framesLimit;
  fp_ = st->fp;
  nativeStackBase_ = st->nativeStackBase;
  nativeStackLimit_ = st->nativeStackLimit;
  // The members' containers are empty here (saveG, or the previous goroutine ended): see saveG.
  if (!st->defers.empty()) defers_.swap(st->defers);
  panics_ = st->panics;
  st->panics = nullptr;
  if (!st->tempRoots.empty()) tempRoots_.swap(st->tempRoots);
  if (!st->inFlightTrace.empty()) inFlightTrace_.swap(st->inFlightTrace);
  inFlight_ = st->inFlight;
  st->inFlight = rt::Iface{};
  goid_ = st->goid;
  createdBy_ = st->createdBy;
  st->saved = false;
}

void Interpreter::runMain() {
  auto mainG = std::make_unique<GoState>();
  mainG->in = this;
  mainG_ = mainG.get();
  rt::SchedConfig cfg;
  cfg.waitForAll = waitForAll_;
  rt::schedRun(
      [&] {
        attach(rt::getg(), mainG_);
        nativeStackBase_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        nativeStackLimit_ = cfg.mainStackBytes - (size_t{2} << 20);
        try {
          initNativeVars();
          pushFrame(m_.entry, stackLo_, nullptr, FrameKind::Root);
          interpret();
        } catch (const rt::GoexitException&) {
          runGoexitDefers();
          if (waitForAll_) return;
          // Go: the program goes on without goroutine 1 and ends with a deadlock error when nothing is left.
          mainGoexit_ = true;
          rt::gopark(rt::WaitReason::None);
        }
      },
      cfg);
  // Goroutine 1's GoState stays alive: abandoned goroutines are never resumed, and schedRun has returned.
  mainG.release();
}

void Interpreter::startGoroutine(const rt::Closure* fn) {
  // Recycled from an ended goroutine (freeStates) or new; leaked with abandoned goroutines.
  GoState* st;
  if (std::vector<GoState*>& pool = freeStates(); !pool.empty()) {
    st = pool.back();
    pool.pop_back();
  } else {
    st = new GoState;
    st->regSpan = regPool().alloc();
    st->frameSpan = framePool().alloc();
  }
  st->in = this;
  st->g = nullptr;
  st->startFn = fn;
  st->saved = true;
  st->panics = nullptr;
  st->inFlight = rt::Iface{};
  // "created by" names the function executing the go statement and its line, as Go 1.19 prints it (formatted
  // when a trace is printed).
  st->createdBy = CreatedBy{};
  for (const Frame* f = fp_; f > framesLo_; --f) {
    if (f->fn->flags & rt::kFuncHidden) continue;
    st->createdBy = CreatedBy{f->fn, framePcIndex(f, false)};
    break;
  }
  st->stackLo = reinterpret_cast<uint64_t*>(st->regSpan.lo);
  st->stackLimit = reinterpret_cast<uint64_t*>(st->regSpan.hi) - kStackSlack;
  st->framesLo = reinterpret_cast<Frame*>(st->frameSpan.lo);
  st->framesLimit = st->framesLo + st->frameSpan.size() / sizeof(Frame);
  st->framesLo[0] = Frame{&sentinelFn_, st->stackLo, nullptr, nullptr, FrameKind::Root, nullptr};
  st->fp = st->framesLo;
  rt::G* g = rt::newproc([this, st] { goroutineBody(st); });
  st->goid = g->goid;
  if (g->status != rt::GStatus::Dead && g->execData == nullptr) attach(g, st);
}

void Interpreter::goroutineBody(GoState* st) {
  rt::G* g = rt::getg();
  attach(g, st);
  st->goid = g->goid;
  restoreG(st);
  nativeStackBase_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  nativeStackLimit_ = g->stack.size() > (size_t{96} << 10) ? g->stack.size() - (size_t{64} << 10)
                                                           : g->stack.size() / 2;
  const rt::Closure* fn = st->startFn;
  st->startFn = nullptr;
  const FuncRt& f = funcs_[fn->func];
  try {
    if (f.isNative) {
      callNative(fn->func, stackLo_);
    } else {
      pushFrame(fn->func, stackLo_, fn, FrameKind::Root);
      // pushFrame pointed the new frame's pc at the code; the loop starts there.
      interpret();
    }
  } catch (const rt::GoexitException&) {
    runGoexitDefers();
  }
  // Ended normally (a panic that is not recovered ends the program: ProgramExit leaves through schedRun).
  g->execSwitch = nullptr;
  g->roots = nullptr;
  g->execData = nullptr;
  stackLo_ = homeStackLo_;
  stackLimit_ = homeStackLimit_;
  framesLo_ = homeFramesLo_;
  framesLimit_ = homeFramesLimit_;
  fp_ = framesLo_;
  defers_.clear();
  tempRoots_.clear();
  createdBy_ = CreatedBy{};
  panics_ = nullptr;  // records of recovered panics still listed (Goexit from a deferred call) are dropped
  inFlight_ = rt::Iface{};
  inFlightTrace_.clear();
  goid_ = 1;
  // The state goes back to the pool with its stack blocks and (swapped in) this run's vector buffers.
  st->defers.swap(defers_);
  st->tempRoots.swap(tempRoots_);
  st->inFlightTrace.swap(inFlightTrace_);
  st->g = nullptr;
  st->saved = false;
  freeStates().push_back(st);
}

void Interpreter::runGoexitDefers() {
  for (;;) {
    try {
      while (!defers_.empty()) {
        const rt::Closure* fn = defers_.back().fn;
        const bool errdefer = defers_.back().isErrDefer();  // Goexit is neither an error return nor a panic
        defers_.pop_back();
        if (fn && !errdefer) callIn(fn->func, fn, stackTop(), 0);
      }
      return;
    } catch (const rt::GoexitException&) {
      // Goexit again from a deferred call: go on with the remaining ones.
    }
  }
}

void Interpreter::appendAllTraces(std::string& out) {
  std::vector<rt::G*> gs = rt::allGoroutines();
  if (mainGoexit_) {
    std::erase_if(gs, [](rt::G* g) { return g->isMain; });
    if (gs.empty()) {
      out = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
      return;
    }
  }
  for (rt::G* g : gs) {
    auto* st = static_cast<GoState*>(g->execData);
    if (!st) continue;
    if (st->saved) restoreG(st);
    traceStatus_ = rt::waitReasonString(g->waitReason);
    out += "\n";
    printTrace(out, false);
  }
  traceStatus_ = "running";
}

}  // namespace vo::vm
