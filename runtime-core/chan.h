// Channels and select (Go runtime/chan.go and runtime/select.go), executor-independent. A channel value is a
// `Chan*` (nil: nullptr), one pointer word in Go layout. Elements are stored in Go memory layout of the element
// TypeDesc; callers pass the address of a value (send) or of destination memory (receive). A VM holding values
// in register slots copies them through storeSlots/loadSlots (or passes the slots when slotsAreMemory()).
//
// Blocking operations park the running goroutine (sched.h) and must run on a goroutine; non-blocking forms
// (block = false: select with default, time.After's timer callback) may run anywhere, the scheduler's stack
// included. Panics are thrown as RuntimeError{text, plain = true} (Go's plainError, printed without the
// "runtime error: " prefix but still a runtime.Error for recover): "send on closed channel", "close of nil
// channel", "close of closed channel", "makechan: size out of range".
//
// GC: a Chan is a GC heap object (typed by chanObjectType(): its only pointer is the buffer), and its buffer is an
// array of the element type, so the collector scans buffered values precisely. Goroutines blocked on a channel
// are scanned by the scheduler's root scanner: each waiting sudog keeps its channel alive and, for senders (and
// receivers that have already been handed a value), the value at `elem` by the element type (chanScanSudog).
#pragma once

#include <cstdint>

#include "runtime-core/runtime.h"
#include "runtime-core/sched.h"

namespace vo::rt {

/// A goroutine waiting on a channel (Go's sudog). Lives on the waiting goroutine's stack (chansend, chanrecv,
/// selectgo frames) for exactly as long as it is queued or listed in G::waiting.
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;  ///< in the channel's wait queue
  Sudog* prev = nullptr;
  Sudog* waitlink = nullptr;  ///< in G::waiting (select: one per case, in case order)
  void* elem = nullptr;   ///< send: the value to send; receive: where to store the value (may be nullptr)
  Chan* c = nullptr;
  int32_t caseIndex = -1; ///< select: the case this sudog stands for
  bool isSelect = false;
  bool isSend = false;
  bool success = false;   ///< set when woken: true by a matching operation, false by close
  bool elemValid = false; ///< receive: a value has been stored at `elem` (the GC must scan it)
};

/// A wait queue of sudogs (Go's waitq).
struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
};

/// A channel (Go's hchan). A GC heap object; fields are runtime-private except through the functions below.
struct Chan {
  void* buf = nullptr;      ///< dataqsiz elements (GC array of elemtype), nullptr when unbuffered or elemsize 0
  uint64_t qcount = 0;      ///< elements in the buffer
  uint64_t dataqsiz = 0;    ///< buffer capacity
  const TypeDesc* elemtype = nullptr;
  uint64_t elemsize = 0;
  uint64_t sendx = 0;
  uint64_t recvx = 0;
  WaitQ recvq;
  WaitQ sendq;
  uint32_t closed = 0;
};

/// The TypeDesc the GC sees for Chan objects ("runtime.hchan": one pointer, `buf`).
const TypeDesc* chanObjectType();

/// make(chan T, size) with T = `elem` (Go's makechan). Throws RuntimeError{"makechan: size out of range", plain}
/// when size < 0 or the buffer would not fit in memory. May collect.
Chan* makechan(const TypeDesc* elem, int64_t size);
/// `c <- *ep` (Go's chansend). block = false: returns false instead of blocking (select with default). Returns
/// true when the value was sent. A nil `c` blocks forever ("chan send (nil chan)"), or returns false when
/// !block. Throws "send on closed channel" (also when the channel is closed while this sender waits).
bool chansend(Chan* c, const void* ep, bool block);
/// `*ep = <-c` (Go's chanrecv); `ep` may be nullptr (value discarded). Returns whether the operation happened
/// (false only when !block and it would block); `*received` (may be nullptr) is the comma-ok result: false when
/// the channel is closed and drained (then *ep is zeroed). A nil `c` blocks forever ("chan receive (nil chan)").
bool chanrecv(Chan* c, void* ep, bool block, bool* received);
/// close(c) (Go's closechan): wakes every waiting receiver (zero value, ok = false) and every waiting sender
/// (which panics). Throws "close of nil channel" / "close of closed channel".
void closechan(Chan* c);
/// len(c): elements buffered now; 0 for nil.
int64_t chanlen(const Chan* c);
/// cap(c): the buffer's capacity; 0 for nil and unbuffered channels.
int64_t chancap(const Chan* c);

/// One case of a select statement.
struct SelectCase {
  Chan* c = nullptr;     ///< nil: the case is never ready (ignored)
  void* elem = nullptr;  ///< send: value to send; receive: destination (may be nullptr)
  bool isSend = false;
};
/// A select statement (Go's selectgo): chooses uniformly at random among the ready cases; with none ready,
/// returns -1 when !block (the default case), else parks on every case until one proceeds ("select"; with no
/// non-nil case it blocks forever: "select (no cases)" when ncases == 0, "select" otherwise). Returns the chosen
/// case index; `*recvOK` (may be nullptr) is the comma-ok of a chosen receive. Throws "send on closed channel"
/// when the chosen case is a send on a closed channel.
int selectgo(SelectCase* cases, int ncases, bool block, bool* recvOK);

/// The scheduler's root scanner marks each waiting sudog through this (see the file comment).
void chanScanSudog(GcMarker& m, const Sudog* sg);

/// Copies a value of type `t` from `src` to `dst` (Go's typedmemmove): memmove, then every pointer word stored
/// goes through writeBarrier.
void typedmemmove(const TypeDesc* t, void* dst, const void* src);

}  // namespace vo::rt
