// The runtime entry points every executor calls (DESIGN.md invariant 7: one list, C++ here; the JIT/AOT will call
// them through `vo_rt_<area>_<verb>` C-ABI wrappers generated from this list later).
//
// Errors: functions that fail the way Go's runtime fails throw (see panic.h): `RuntimeError` for run-time errors
// such as a nil-map write, `PanicException` for panics with a Go value. Executors catch them at their dispatch
// loop (the VM) or unwind through landing pads (native code).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime-core/module.h"
#include "runtime-core/value.h"

namespace vo::rt {

// ---- GC heap (heap.cpp): precise, non-moving mark-sweep with interior pointers (DESIGN.md invariant 5) --------

/// Visits GC roots; executors and runtime subsystems register one (their frames, globals, panics, defers).
class GcMarker;
class RootScanner {
 public:
  virtual ~RootScanner() = default;
  virtual void scanRoots(GcMarker& m) = 0;
};

/// What root scanners report to the collector.
class GcMarker {
 public:
  virtual ~GcMarker() = default;
  /// `p` may be any address (nil, non-heap, interior); heap objects containing it are kept alive.
  virtual void markPointer(const void* p) = 0;
  /// A value of type `t` at `addr` (any memory): every pointer inside it is marked.
  virtual void markValue(const TypeDesc* t, const void* addr) = 0;
  /// Register slots with their kinds (an IfaceData slot's pointer-ness is read from the IfaceType slot before it).
  virtual void markSlots(const SlotKind* kinds, const uint64_t* slots, size_t n) = 0;
};

/// Allocates a zeroed object holding one value of type `t` (t->size may be 0: a unique non-nil address is
/// returned). May collect first. Never returns nullptr (out of memory is a fatal error).
void* gcAlloc(const TypeDesc* t);
/// Allocates a zeroed array of `n` elements of type `elem` (for slices' backing arrays, boxes of arrays).
void* gcAllocArray(const TypeDesc* elem, uint64_t n);
/// Allocates `bytes` zeroed bytes that hold no pointers (string bytes).
void* gcAllocBytes(uint64_t bytes);
/// Allocates a closure object with `numCaptures` capture slots.
Closure* gcAllocClosure(uint32_t func, uint32_t numCaptures);
/// The write barrier hook: every store of a GC pointer into heap or globals memory goes through here (currently a
/// plain store; an incremental collector will shade here).
inline void writeBarrier(void** slot, void* value) { *slot = value; }
/// Registers / unregisters a root scanner (not owned).
void gcAddRoots(RootScanner* r);
void gcRemoveRoots(RootScanner* r);
/// Runs a full collection now.
void gcCollect();
/// Go's runtime/debug.SetGCPercent: sets the GOGC percentage (negative: -1, no automatic collection) and returns
/// the previous one (100, or the GOGC environment variable's at start-up). Takes effect for the next trigger.
int32_t gcSetPercent(int32_t percent);
/// The current GOGC percentage (-1: off).
int32_t gcPercent();
/// True when VO_GC_STRESS=1 was set at start-up: every allocation collects first.
bool gcStress();
/// Statistics for `--stats` and tests.
struct GcStats {
  uint64_t allocCount = 0, allocBytes = 0, collections = 0, liveBytes = 0, heapBytes = 0;
  uint64_t freeCount = 0;          ///< objects freed by sweeping (Go's MemStats.Frees)
  uint64_t forcedCollections = 0;  ///< collections run by gcCollect (runtime.GC), not by the trigger
  /// Go's MemStats pause history: wall-clock end of the last collection (ns since the Unix epoch), total pause
  /// time (ns), and the last 256 pauses and their end times in a ring indexed by (collection number - 1) % 256.
  uint64_t lastGcUnixNs = 0, pauseTotalNs = 0;
  uint64_t pauseNs[256] = {}, pauseEndNs[256] = {};
};
GcStats gcStats();
/// Start of the heap object containing `p`, or nullptr when `p` is not inside a live heap object.
void* gcObjectStart(const void* p);

/// A finalizer (runtime.SetFinalizer): `fn(object)` is to run once `object` becomes unreachable. The collector
/// only records and queues them; whoever implements runtime.SetFinalizer / runtime.GC decides when to run them
/// (Go runs them on a finalizer goroutine) and how to call `fn` (objType and fnType are kept for that purpose).
/// Go's rules (runtime/mfinal.go): everything reachable from an object with a finalizer stays alive until the
/// finalizer has run, so in a chain A -> B with finalizers on both, A's runs first and B's in a later cycle; the
/// object is kept alive (resurrected) for its finalizer and freed by a later collection when unreachable again.
struct GcFinalizer {
  void* object = nullptr;            ///< start of a heap object
  const Closure* fn = nullptr;       ///< the finalizer func value (kept alive by the collector)
  const TypeDesc* objType = nullptr; ///< the object's pointer type as SetFinalizer saw it (opaque to the GC)
  const TypeDesc* fnType = nullptr;  ///< fn's func type (opaque to the GC)
};
/// Sets (replaces) the finalizer of `f.object`. Returns false, recording nothing, when `f.object` is not the start
/// of a heap object (globals, zero-size values, interior pointers: the caller chooses Go's reaction).
bool gcSetFinalizer(const GcFinalizer& f);
/// Removes the finalizer of `object`, if any (runtime.SetFinalizer(x, nil)).
void gcClearFinalizer(const void* object);
/// True when collections have queued finalizers that nobody has taken yet.
bool gcHasReadyFinalizers();
/// Takes the queued finalizers, oldest first. They stop being GC roots when taken: the caller must keep each
/// object and fn reachable (registers, GcRoot) until its call has started.
std::vector<GcFinalizer> gcTakeFinalizers();

/// Keeps the object that a C++ variable points to alive while the GcRoot is in scope. Runtime code and natives
/// that hold a GC pointer only in a C++ local across another allocation must pin it (the collector sees VM
/// registers, globals and registered scanners, not the C++ stack). Re-reads the variable at each collection, so
/// the variable may be reassigned meanwhile. Use as a scoped local; pins of different goroutines may interleave
/// (each removes its own entry).
///   Slice s = makeSlice(strType, n, n);  GcRoot pin(&s.ptr);  for (...) elems[i] = makeString(...);
class GcRoot {
 public:
  template <class T>
  explicit GcRoot(T* const* slot) : GcRoot(static_cast<const void*>(slot), 0) {}
  ~GcRoot();
  GcRoot(const GcRoot&) = delete;
  GcRoot& operator=(const GcRoot&) = delete;

 private:
  GcRoot(const void* slot, int);
  const void* slot_;
};

// ---- flattening between register slots and memory (layout.cpp) --------------------------------------------------

/// Reads the value of type `t` at `mem` into `t->numSlots()` slots.
void loadSlots(const TypeDesc* t, const void* mem, uint64_t* slots);
/// Writes slots into memory of type `t` at `mem` (pointer stores through writeBarrier).
void storeSlots(const TypeDesc* t, void* mem, const uint64_t* slots);
/// True when a value of type `t` has the same bytes in register slots as in memory (t->size == 8 * slots, every
/// slot 8 bytes wide at offset 8*i, no float32): int, int64, uint64, pointers, float64, strings, slices,
/// interfaces, maps, funcs and structs/arrays of those. Then loadSlots/storeSlots are a memcpy, and the slots'
/// address may be passed wherever the runtime takes value memory (map keys, valuesEqual, valueHash). Cached.
bool slotsAreMemory(const TypeDesc* t);

// ---- frame objects (layout.cpp; FrameAddr) -----------------------------------------------------------------------
// A value whose address does not outlive its function's activation (escape analysis) may live in the frame: in
// consecutive register slots holding its bytes in Go's layout (8 bytes per slot), reached through a pointer FrameAddr
// yields. The slots' kinds follow the value's words, so the GC's frame scan marks the heap pointers it holds precisely.

/// Register slots of a frame object of type `t`: its size rounded up to whole 8-byte words, at least one (a
/// zero-size value still gets an address inside the frame).
uint64_t frameObjectSlots(const TypeDesc* t);
/// The kind of slot `i` (< frameObjectSlots(t)) of a frame object of type `t`: Ptr for a pointer word (pointers,
/// maps, chans, funcs, unsafe.Pointer, the data word of strings and slices), IfaceType and IfaceData for the two
/// words of an interface, Scalar for every other word (integers, floats, padding).
SlotKind frameObjectSlotKind(const TypeDesc* t, uint64_t i);

// ---- equality and hashing (alg.cpp; Go runtime alg.go) ----------------------------------------------------------

/// `*a == *b` for values of type `t` in memory. Throws RuntimeError "comparing uncomparable type T" when an
/// interface inside holds an uncomparable dynamic type.
bool valuesEqual(const TypeDesc* t, const void* a, const void* b);
/// Interface equality (type word interpretation given by `ifaceType`, an Interface TypeDesc).
bool ifaceEqual(const TypeDesc* ifaceType, Iface a, Iface b);
/// Hash of a value of type `t` in memory, consistent with valuesEqual (+0 == -0; NaN hashes randomly);
/// throws RuntimeError "hash of unhashable type T".
uint64_t valueHash(const TypeDesc* t, const void* mem, uint64_t seed);

// ---- strings (string.cpp) ---------------------------------------------------------------------------------------

String stringConcat(String a, String b);
int stringCompare(String a, String b);  ///< <0, 0, >0 (bytewise)
String stringFromBytes(Slice b);
Slice bytesFromString(String s);
String stringFromRunes(Slice runes);
Slice runesFromString(String s);
String stringFromRune(int64_t r);
/// Decodes the rune at s[i:] (UTF-8; RuneError with width 1 on bad input).
void decodeRune(String s, int64_t i, int64_t* rune, int64_t* width);
/// A new heap string with a copy of `bytes`.
String makeString(std::string_view bytes);

// ---- slices (slice.cpp; growth as Go's growslice) ---------------------------------------------------------------

/// make([]T, len, cap); throws "makeslice: len out of range" / "makeslice: cap out of range".
Slice makeSlice(const TypeDesc* elem, int64_t len, int64_t cap);
/// Grows `s` so that it can hold `newLen` elements (Go 1.19 growslice: double below 256 elements, then about
/// 1.25x plus 192, rounded up to the size class); returns the slice with len = newLen. A negative `newLen` (the
/// caller's length overflowed) throws "growslice: cap out of range", like a too large one.
Slice growSlice(const TypeDesc* elem, Slice s, int64_t newLen);
/// copy(dst, src) for element type `elem`; returns the count.
int64_t sliceCopy(const TypeDesc* elem, Slice dst, const void* src, int64_t srcLen);

// ---- maps (map.cpp; Go semantics) --------------------------------------------------------------------------------

struct MapObject;  ///< a map's heap object (opaque); a map value is a MapObject* (nil: nullptr)
struct MapIterator;
MapObject* mapMake(const TypeDesc* mapType, int64_t hint);
/// Pointer to the value for `key` (memory of the key type), or nullptr when absent (nil map: nullptr).
void* mapAccess(const TypeDesc* mapType, MapObject* m, const void* key);
/// Pointer to the value slot for `key`, inserting a zero value when absent; nil map throws
/// "assignment to entry in nil map".
void* mapAssign(const TypeDesc* mapType, MapObject* m, const void* key);
void mapDelete(const TypeDesc* mapType, MapObject* m, const void* key);
/// Whether maps with key type `key` may use the one-word paths below: an 8-byte key hashed and compared as its
/// bytes (integers, pointers, channels; not floats, strings, interfaces or structs with padding).
bool mapKeyIsWord(const TypeDesc* key);
/// mapAccess for a map whose key type satisfies mapKeyIsWord, given the key's 8 bytes: no type dispatch.
void* mapAccessWord(MapObject* m, uint64_t key);
/// mapAssign for a map whose key type satisfies mapKeyIsWord, given the key's 8 bytes.
void* mapAssignWord(MapObject* m, uint64_t key);
int64_t mapLen(const MapObject* m);
void mapClear(const TypeDesc* mapType, MapObject* m);
/// A GC-heap iterator over `m` (nil map: an iterator that is done at once). Go semantics: entries deleted before
/// being reached are not produced; entries added during iteration may or may not be.
MapIterator* mapIterStart(const TypeDesc* mapType, MapObject* m);
/// Advances; false when done. Otherwise `*key` / `*value` point at the current entry's key and value.
bool mapIterNext(MapIterator* it, const void** key, const void** value);

// ---- interfaces (iface.cpp) ------------------------------------------------------------------------------------

/// The itab for (inter, type) or nullptr when `type` lacks a method; `missing` gets the first missing method's
/// name. Cached: one Itab per pair for the process.
const Itab* getItab(const TypeDesc* inter, const TypeDesc* type, std::string* missing = nullptr);
/// The dynamic type of an interface value of static interface type `ifaceType` (nullptr for nil).
const TypeDesc* ifaceDynamicType(const TypeDesc* ifaceType, Iface v);
/// Builds an interface of static type `ifaceType` holding the value of type `t` stored at `mem`.
Iface makeIface(const TypeDesc* ifaceType, const TypeDesc* t, const void* mem);
/// Pointer to the value an interface holds (the data word itself when Direct, else the box).
const void* ifaceValuePtr(const TypeDesc* dynType, const Iface& v);

}  // namespace vo::rt
