// Internal state of the interpreter: frames, the register stack, defer records and panics. Shared by the loop
// (interpreter.cpp), the panic machinery (panic.cpp), built-in printing (print.cpp) and calls (calls.cpp).
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runtime-core/module.h"
#include "runtime-core/native.h"
#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "vm/interpreter.h"

namespace vo::vm {

/// Why a frame exists; decides what its Ret does.
enum class FrameKind : uint8_t {
  Normal,      ///< a Vo call from Vo code: Ret resumes the caller at its saved pc
  Root,        ///< the first frame of a (nested) run of the loop: Ret leaves the loop
  PanicDefer,  ///< a deferred call started by the panic machinery: Ret decides recovery
};

struct PanicRecord;
struct GoState;

/// One activation on the register stack.
struct Frame {
  const rt::FuncInfo* fn = nullptr;
  uint64_t* base = nullptr;        ///< slot 0 of the frame (results first, then params, then locals)
  const rt::Instr* pc = nullptr;   ///< resume pc; for the top frame, the current instruction when it called out
  const rt::Closure* closure = nullptr;  ///< the running func value (LoadCapture), or nullptr
  FrameKind kind = FrameKind::Normal;
  PanicRecord* panic = nullptr;    ///< PanicDefer: the panic that started this deferred call (stale otherwise)
  /// base + FuncRt::ptrTop: a callee returning to this frame clears the slots from its results' end up to here
  /// (the caller's slots above the call window that the GC could read as pointers); nullptr: nothing to clear.
  uint64_t* zeroEnd = nullptr;
};

/// Where a goroutine was started, for its trace's "created by" lines: the function executing the `go` statement
/// and the index of that instruction in it (-1: outside its code). Formatted only when a trace is printed (a
/// goroutine start must not pay for building the text). `fn` is null for goroutine 1.
struct CreatedBy {
  const rt::FuncInfo* fn = nullptr;
  int64_t pcIndex = -1;
};

/// A pending deferred call (Go's _defer).
struct DeferRecord {
  const rt::Closure* fn = nullptr;
  uint32_t frame = 0;              ///< index of the deferring frame
  bool started = false;            ///< the panic machinery has started it
  PanicRecord* panic = nullptr;    ///< the panic that started it
  /// Vo's errdefer (ErrDefer, ErrDeferP): the slot of the deferring frame holding its error result (an interface
  /// pair, or with errIndirect a pointer to one); kNoErrSlot for an ordinary defer. RunDefers drops an errdefer
  /// whose error result is nil when it reaches it; the panic machinery runs it; a recovery drops it.
  uint16_t errSlot = kNoErrSlot;
  bool errIndirect = false;
  static constexpr uint16_t kNoErrSlot = 0xFFFF;
  bool isErrDefer() const { return errSlot != kNoErrSlot; }
};

/// An active panic (Go's _panic); the list runs from the newest through `link`.
struct PanicRecord {
  rt::Iface value;                 ///< the panic value as an `any`
  PanicRecord* link = nullptr;
  bool recovered = false;
  bool aborted = false;
  bool nilDeref = false;           ///< a nil-pointer run-time error (Go prints a [signal SIGSEGV ...] line)
};

/// Per-function data the loop reads on every call, packed (32 bytes).
///
/// Frame zeroing (what the GC needs, opcodes.def "Calls"): the GC reads a frame's slots by their kinds, so every
/// Ptr, IfaceType and IfaceData slot it scans must hold a valid value; Scalar and Float slots may hold anything.
/// A frame is scanned up to the next frame's base, the top frame up to its frameSize. So on entry the VM zeroes
/// the results (Go's zero values; the code generator relies on it for named results) and the locals below
/// `zeroTop`: every pointer-kind local and every frame object (FrameAddr: the code generator relies on a fresh
/// frame object being zero) lies below it. On return it zeroes the caller's slots from the callee's results' end
/// up to the caller's `ptrTop` (Frame::zeroEnd): the callee (and its callees, and nested runs above it) wrote
/// values of other kinds there, and above the window every slot of the caller is dead. Scalar-only functions
/// (fib) thus zero nothing but their results.
struct FuncRt {
  const rt::Instr* code = nullptr;
  const rt::FuncInfo* info = nullptr;
  uint16_t numResultSlots = 0;
  uint16_t numParamSlots = 0;
  uint16_t frameSize = 0;
  uint16_t zeroTop = 0;   ///< entry zeroes the locals [numResultSlots + numParamSlots, zeroTop)
  uint16_t ptrTop = 0;    ///< 1 + the highest slot of a pointer kind (Ptr, IfaceType, IfaceData), or 0
  bool isNative = false;
  /// rt::kFuncIfaceForward: the method CallIface may call directly (the receiver pair's data word moved into the
  /// pair's first slot, the params down one slot); rt::kNoFunc otherwise.
  uint32_t ifaceTarget = rt::kNoFunc;
};
static_assert(sizeof(FuncRt) == 32);

/// Slots past the end of the register stack that zeroSlotsAbove may write.
inline constexpr size_t kStackSlack = 8;

/// Zeroes the slots [p, end) of the TOP frame, eight at a time: it may also zero up to 7 slots past `end`, which
/// are above every live frame (the stacks keep kStackSlack spare slots for that).
inline void zeroSlotsAbove(uint64_t* p, uint64_t* end) {
  while (p < end) {
    std::memset(p, 0, 8 * sizeof(uint64_t));
    p += 8;
  }
}

/// Interpreter::layout bits.
enum : uint8_t {
  kPlainSlots = 1,       ///< slot k is the 8 bytes at offset 8k (size == 8 * slots; no narrow or float32 parts)
  kPlainNoPointers = 2,  ///< kPlainSlots and no GC pointers (stores need no write barrier)
  /// A map type whose key takes the runtime's one-word paths (rt::mapKeyIsWord) and whose element is one plain
  /// slot (MapGet/MapSet move the key and value as single words).
  kMapWordGet = 4,
  kMapWordSet = 8,       ///< kMapWordGet and the element holds no GC pointers (stores need no write barrier)
  /// A map type with string keys (their {ptr, len} slots are the key's memory image) and an element of one plain
  /// slot: MapGet calls rt::mapAccess on the key's slots and moves the value as one word.
  kMapStrGet = 16,
  kMapStrSet = 32,       ///< kMapStrGet and the element holds no GC pointers
};

/// Copies `n` 8-byte words (values are small: an inline loop beats a memmove call).
inline void copyWords(void* dst, const void* src, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  auto* s = static_cast<const uint8_t*>(src);
  for (size_t k = 0; k < n; ++k) {
    uint64_t w;
    std::memcpy(&w, s + 8 * k, 8);
    std::memcpy(d + 8 * k, &w, 8);
  }
}
/// Stores the slots of a kPlainSlots value of type `t` with pointers (strings, slices, interfaces, structs of
/// words): word k at offset 8k, the GC pointer words through the write barrier. storeSlots without its per-slot
/// width and float32 cases.
inline void storePlainWords(const rt::TypeDesc* t, void* mem, const uint64_t* slots) {
  auto* d = static_cast<uint8_t*>(mem);
  const rt::SlotLayout* sl = t->slots.data();
  for (size_t k = 0, n = t->slots.size(); k < n; ++k) {
    if (sl[k].kind == rt::SlotKind::Ptr || sl[k].kind == rt::SlotKind::IfaceData)
      rt::writeBarrier(reinterpret_cast<void**>(d + 8 * k), reinterpret_cast<void*>(slots[k]));
    else
      std::memcpy(d + 8 * k, &slots[k], 8);
  }
}

/// Thrown out of the loop to end the program after the fatal panic output has been written.
struct ProgramExit {
  int code = 0;
};

class Interpreter final : public rt::NativeContext, public rt::RootScanner {
 public:
  Interpreter(const rt::Module& m, const RunOptions& opts);
  ~Interpreter() override;
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  /// Runs the entry; returns the exit status.
  int run();

  // rt::NativeContext
  const rt::Module& module() const override { return m_; }
  void callFunc(uint32_t func, uint64_t* window, size_t windowSlots) override;
  void callClosure(const rt::Closure* fn, uint64_t* window, size_t windowSlots) override;
  const std::vector<std::string>& programArgs() const override { return opts_.args; }
  uint64_t callerPC(size_t skip) const override;
  bool describePC(uint64_t pc, std::string* function, std::string* file, int* line) const override;
  std::string goroutineTrace() const override;
  void goFunc(const rt::Closure* fn) override { startGoroutine(fn); }

  // rt::RootScanner
  void scanRoots(rt::GcMarker& m) override;

  // ---- used by the loop and its helpers -------------------------------------------------------------------------
  /// Runs the loop until the Root frame `fp_` points at on entry returns.
  void interpret();

  /// Pushes a frame for funcs[func] at `base` (already holding the params), zeroing results and locals; ends
  /// the program with Go's stack overflow error when the stacks are full. The new frame's pc is the function's
  /// first instruction.
  void pushFrame(uint32_t func, uint64_t* base, const rt::Closure* closure, FrameKind kind);
  /// The frame set-up shared by pushFrame and the loop's calls (interpreter.cpp ENTER): checks the stacks, fills
  /// the frame record except pc and panic (the loop keeps the running frame's pc in a local; panic is read only
  /// in PanicDefer frames, which pushFrame makes), zeroes the results and what FuncRt::zeroTop covers, and makes
  /// it the top frame.
  [[gnu::always_inline]] Frame* enterFrame(const FuncRt& f, uint64_t* base, const rt::Closure* closure,
                                           FrameKind kind) {
    Frame* nf = fp_ + 1;
    if (nf >= framesLimit_ || base + f.frameSize > stackLimit_) [[unlikely]]
      stackOverflow();
    nf->fn = f.info;
    nf->base = base;
    nf->closure = closure;
    nf->kind = kind;
    nf->zeroEnd = base + f.ptrTop;
    for (uint32_t i = 0; i < f.numResultSlots; ++i) base[i] = 0;
    zeroSlotsAbove(base + f.numResultSlots + f.numParamSlots, base + f.zeroTop);
    fp_ = nf;
    return nf;
  }
  /// First slot above the top frame.
  uint64_t* stackTop() const { return fp_->base + fp_->fn->frameSize; }
  /// Calls a native with its window; a native without a body ends the program with "vo: NAME is not
  /// implemented (native)", exit status 2.
  void callNative(uint32_t func, uint64_t* window);
  [[noreturn]] void stackOverflow();

  // panic machinery (panic.cpp)
  /// Starts a panic with `value` (an `any`) while the loop runs the frames from `root` up. Returns true when a
  /// deferred call was pushed (the loop continues at fp_->pc); false when no deferred call of this run is left
  /// and the run is nested (the loop calls propagatePanic). In the outermost run, prints the panic and exits.
  bool beginPanic(rt::Iface value, bool nilDeref, Frame* root);
  /// Continues the newest panic with the next deferred call, as beginPanic.
  bool continuePanic(Frame* root);
  /// A PanicDefer frame started by `p` returned (already popped): recover, or continue as continuePanic.
  bool finishPanicDefer(PanicRecord* p, Frame* root);
  /// Leaves a nested run (the frames from `root` up) with the newest panic, rethrown as rt::PanicException.
  [[noreturn]] void propagatePanic(Frame* root);
  /// recover() executed in the top frame (Go's gorecover rules).
  rt::Iface recover();
  /// The Go value of a run-time error (module.h): a runtime.boundsError, plainError or errorString (a `string`
  /// with the full text when the Module has no such type). Allocates.
  rt::Iface runtimeErrorValue(const rt::RuntimeError& e);
  /// A value of string-shaped type `t` holding `text`, as an empty interface. Allocates.
  rt::Iface stringValue(const rt::TypeDesc* t, const std::string& text);
  /// Go's *runtime.TypeAssertionError for a failed assertion (Module::typeAssertionErrorType): `iface` is the
  /// operand's static interface type (nullptr: none named), `concrete` its dynamic type (nullptr: nil),
  /// `asserted` the target, `missingMethod` the method the concrete type lacks ("" for a concrete target).
  rt::Iface typeAssertionErrorValue(const rt::TypeDesc* iface, const rt::TypeDesc* concrete,
                                    const rt::TypeDesc* asserted, const std::string& missingMethod);
  /// Panics with typeAssertionErrorValue(...).
  [[noreturn]] void panicTypeAssertion(const rt::TypeDesc* iface, const rt::TypeDesc* concrete,
                                       const rt::TypeDesc* asserted, const std::string& missingMethod);
  /// Prints the uncaught panic chain and the goroutine trace, then throws ProgramExit{2}.
  [[noreturn]] void fatalPanic();
  /// Appends a panic value as Go's printpanicval does (errors and Stringers through their methods).
  void appendPanicValue(std::string& out, rt::Iface v);
  /// Appends "goroutine 1 [running]:" and the visible frames from the top. `topIsCalling`: the top frame's pc
  /// is the resume pc of a call (stack overflow) rather than the current instruction.
  void printTrace(std::string& out, bool topIsCalling) const;
  /// Index of the instruction frame `f` executes (a call for frames below the top; -1 when outside its code).
  int64_t framePcIndex(const Frame* f, bool topIsCalling) const;
  /// Discards the frames above `target`, clearing their slots.
  void unwindTo(Frame* target);

  // goroutines (goroutines.cpp): the members from stackLo_ to createdBy_ belong to the RUNNING goroutine; a
  // goroutine's fiber saves them into its GoState when it switches away and restores them when it resumes.
  /// Runs the entry as goroutine 1 under the scheduler (rt::schedRun).
  void runMain();
  /// The `go` statement: starts a goroutine calling `fn` (no params, no results).
  void startGoroutine(const rt::Closure* fn);
  void saveG(GoState* st);
  void restoreG(GoState* st);
  /// The body of a goroutine other than goroutine 1.
  void goroutineBody(GoState* st);
  /// After a deadlock: every goroutine's trace, as Go prints them (blank line before each).
  void appendAllTraces(std::string& out);
  /// runtime.Goexit reached the goroutine's body: runs its pending deferred calls, newest first.
  void runGoexitDefers();

  // helpers for handlers
  const rt::TypeDesc* type(int32_t i) const { return m_.types[static_cast<size_t>(i)].get(); }
  /// Layout facts per type index (kPlain*): whether a value's register slots are its memory image.
  uint8_t layout(int32_t i) const { return layout_[static_cast<size_t>(i)]; }
  /// The same for a type given by descriptor (0 for one that is not the Module's).
  uint8_t layoutOf(const rt::TypeDesc* t) const {
    return t->index < layout_.size() && m_.types[t->index].get() == t ? layout_[t->index] : 0;
  }
  void loadValue(const rt::TypeDesc* t, const void* mem, uint64_t* slots) const {
    if (layoutOf(t) & kPlainSlots)
      copyWords(slots, mem, t->size / 8);
    else
      rt::loadSlots(t, mem, slots);
  }
  void storeValue(const rt::TypeDesc* t, void* mem, const uint64_t* slots) const {
    uint8_t l = layoutOf(t);
    if (l & kPlainNoPointers)
      copyWords(mem, slots, t->size / 8);
    else if (l & kPlainSlots)
      storePlainWords(t, mem, slots);
    else
      rt::storeSlots(t, mem, slots);
  }
  /// Slots -> memory and back for type index `i`, by memcpy when the slots are the memory image.
  void loadValue(int32_t i, const void* mem, uint64_t* slots) const {
    if (layout(i) & kPlainSlots)
      copyWords(slots, mem, type(i)->size / 8);
    else
      rt::loadSlots(type(i), mem, slots);
  }
  void storeValue(int32_t i, void* mem, const uint64_t* slots) const {
    uint8_t l = layout(i);
    if (l & kPlainNoPointers)
      copyWords(mem, slots, type(i)->size / 8);
    else if (l & kPlainSlots)
      storePlainWords(type(i), mem, slots);  // pointers go through the write barrier
    else
      rt::storeSlots(type(i), mem, slots);
  }
  /// The dynamic type of an interface value whatever its static type (nullptr for nil).
  static const rt::TypeDesc* dynType(const void* tab) { return rt::typeOfTypeWord(tab); }
  /// The static closure of funcs[f] (LoadFunc).
  const rt::Closure* staticClosure(uint32_t f);
  /// Calls the method `name` (no params, one string result) of `v`'s dynamic type (`v` is an `any`) if it has
  /// one; used for printing panic values (Error, String). False when there is no such method or it panicked.
  bool callStringMethod(rt::Iface v, const char* name, std::string* out);
  /// The itab of (inter, t); `t` is statically known to implement `inter`.
  const rt::Itab* itabFor(const rt::TypeDesc* inter, const rt::TypeDesc* t);
  /// == on two interface values in slots (each {type word, data word}) of the same static type.
  bool ifaceEqual(const uint64_t* a, const uint64_t* b);
  /// Calls funcs[func] (bytecode or native) from C++ with `window` as a nested run of the loop.
  void callIn(uint32_t func, const rt::Closure* closure, uint64_t* window, size_t windowSlots);
  /// Runs NativeVarInit for every package variable that has one.
  void initNativeVars();

  const rt::Module& m_;
  RunOptions opts_;
  std::vector<FuncRt> funcs_;
  std::vector<rt::NativeFn> natives_;    ///< per func index: the native's body (nullptr: none or not native)
  std::vector<uint64_t> constBits_;      ///< Int and Float constants as slot bits
  std::vector<rt::String> constStrs_;    ///< String constants
  std::vector<rt::Closure*> staticClosures_;
  std::vector<uint8_t> layout_;          ///< per type index: kPlainSlots, kPlainNoPointers
  uint8_t* globals_ = nullptr;

  uint64_t* stackLo_ = nullptr;
  uint64_t* stackLimit_ = nullptr;
  Frame* framesLo_ = nullptr;
  Frame* framesLimit_ = nullptr;
  Frame* fp_ = nullptr;                  ///< the top frame
  uintptr_t nativeStackBase_ = 0;        ///< native stack address when run() started
  size_t nativeStackLimit_ = 0;          ///< bytes of native stack nested runs may use below it

  std::vector<DeferRecord> defers_;
  PanicRecord* panics_ = nullptr;        ///< newest first
  std::vector<const void*> tempRoots_;   ///< objects C++ code of the interpreter holds across an allocation
  std::string inFlightTrace_;            ///< the goroutine trace where inFlight_ started
  rt::Iface inFlight_;                   ///< the value of the last panic propagated out of a nested run (kept
                                         ///< alive until the native that called the run returns)

  int64_t goid_ = 1;                     ///< the running goroutine's id (traces)
  CreatedBy createdBy_;                  ///< where it was started (none for goroutine 1)
  const char* traceStatus_ = "running";  ///< the status printTrace shows
  GoState* mainG_ = nullptr;             ///< goroutine 1's saved state while it is switched out
  uint64_t* homeStackLo_ = nullptr;      ///< goroutine 1's stacks (allocated by the constructor)
  uint64_t* homeStackLimit_ = nullptr;
  Frame* homeFramesLo_ = nullptr;
  Frame* homeFramesLimit_ = nullptr;
  bool waitForAll_ = false;
  bool mainGoexit_ = false;              ///< goroutine 1 called runtime.Goexit (deadlock text)

  rt::FuncInfo sentinelFn_;              ///< the function of frame 0, below every real frame (no slots)
  const rt::TypeDesc* stringType_ = nullptr;  ///< `string`: run-time errors without Module::runtimeErrorType
  std::unique_ptr<rt::TypeDesc> ownStringType_;
};

// ---- slow paths of handlers (errors.cpp) ----------------------------------------------------------------------
[[noreturn, gnu::cold]] void panicNilDeref();
/// x[i] failed its bounds check (0 <= i < len): Go's boundsIndex error; `isSigned` false for an index of unsigned
/// type (Go's panicIndexU: a huge value prints as such, not as a negative one).
[[noreturn, gnu::cold]] void panicIndex(int64_t i, int64_t len, bool isSigned = true);
[[noreturn, gnu::cold]] void panicDivide();
[[noreturn, gnu::cold]] void panicShift();
/// A slice expression x[lo:hi:max] failed its bounds check (0 <= lo <= hi <= max <= cap): throws Go's message
/// (runtime/error.go boundsError), checking in Go's order (max against cap, hi against max, then lo against hi).
/// `isLen`: x is a string or array (the message says "length", else "capacity"); `threeIndex`: a full slice
/// expression (a two-index one has max == cap).
[[noreturn, gnu::cold]] void panicSlice(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool isLen,
                                        bool threeIndex);
/// A conversion (*[arrayLen]T)(s) failed (len(s) < arrayLen): Go's boundsConvert boundsError.
[[noreturn, gnu::cold]] void panicSliceToArray(int64_t sliceLen, int64_t arrayLen);
/// *dst = *src for a value of type `t` (pointer stores through the write barrier).
void copyValue(const rt::TypeDesc* t, uint8_t* dst, const uint8_t* src);
/// Go's TypeAssertionError text.
std::string assertionMessage(const rt::TypeDesc* iface, const rt::TypeDesc* concrete, const rt::TypeDesc* asserted,
                             const std::string& missingMethod);

// ---- built-in print (print.cpp) -------------------------------------------------------------------------------
/// Appends the value in `slots` of type `t` as Go's print builtin does (runtime/print.go).
void appendPrinted(std::string& out, const rt::TypeDesc* t, const uint64_t* slots);
/// Go's printfloat: "+1.500000e+000".
void appendGoFloat(std::string& out, double v);
void appendHex(std::string& out, uint64_t v);

}  // namespace vo::vm
