// Channels (chan.h; Go 1.19 runtime/chan.go: makechan, chansend, send, chanrecv, recv, closechan, waitq).
// One OS thread: where Go takes c.lock, these functions run without interruption (no fiber switch happens between
// checking a channel's state and changing it). A multi-thread scheduler adds a lock per Chan at the "lock" notes.
#include "runtime-core/chan.h"

#include <cstring>
#include <vector>

#include "runtime-core/panic.h"
#include "runtime-core/type_info.h"

namespace vo::rt {
namespace {

[[noreturn]] void plainPanic(const char* msg) { throw RuntimeError{msg, true}; }

TypeDesc makeUnsafePointerDesc() {
  TypeDesc t;
  t.kind = Kind::UnsafePointer;
  t.size = 8;
  t.align = 8;
  t.flags = kTypeDirect | kTypeHasPointers | kTypeComparable;
  t.name = "unsafe.Pointer";
  t.slots = {SlotLayout{0, SlotKind::Ptr, 8, false, false}};
  return t;
}

const TypeDesc* unsafePointerDesc() {
  static const TypeDesc t = makeUnsafePointerDesc();
  return &t;
}

TypeDesc makeChanObjectDesc() {
  TypeDesc t;
  t.kind = Kind::Struct;
  t.size = sizeof(Chan);
  t.align = 8;
  t.flags = kTypeHasPointers;
  t.name = "runtime.hchan";
  t.pkgPath = "runtime";
  StructField buf;
  buf.name = "buf";
  buf.type = unsafePointerDesc();
  buf.offset = offsetof(Chan, buf);
  t.fields.push_back(buf);
  return t;
}

void barrierOps(const TypeRtInfo& info, char* base) {
  for (const PtrOp& op : info.ptrOps) {
    char* at = base + op.offset;
    switch (op.kind) {
      case PtrOp::Kind::Ptr: {
        void** slot = reinterpret_cast<void**>(at);
        writeBarrier(slot, *slot);
        break;
      }
      case PtrOp::Kind::EmptyIface:
      case PtrOp::Kind::Iface: {
        void** slot = reinterpret_cast<void**>(at + 8);
        writeBarrier(slot, *slot);
        break;
      }
      case PtrOp::Kind::Array:
        for (uint64_t i = 0; i < op.count; ++i) barrierOps(*op.elem, at + i * op.stride);
        break;
    }
  }
}

void typedmemclr(const TypeDesc* t, void* p) {
  if (t->size != 0) std::memset(p, 0, t->size);
}

void* chanbuf(Chan* c, uint64_t i) { return static_cast<char*>(c->buf) + i * c->elemsize; }

/// Copies one element (typedmemmove): one word for the common pointer-free 8-byte element.
inline void elemMove(const Chan* c, void* dst, const void* src) {
  if (c->elemsize == 8 && !c->elemtype->hasPointers()) {
    uint64_t v;
    std::memcpy(&v, src, 8);
    std::memcpy(dst, &v, 8);
  } else {
    typedmemmove(c->elemtype, dst, src);
  }
}

void enqueue(WaitQ& q, Sudog* sg) {
  sg->next = nullptr;
  sg->prev = q.last;
  if (q.last != nullptr) {
    q.last->next = sg;
  } else {
    q.first = sg;
  }
  q.last = sg;
}

}  // namespace

// A stress-mode yield (sched.h) at the start of an operation. The values about to be sent (`sends`, `n` of them)
// may live only in the caller's temporaries, so pseudo-sudogs in G::waiting keep them rooted during the yield.
void chanStressYield(const SelectCase* sends, int n) {
  if (!schedStress()) return;
  G* gp = getg();
  if (gp == nullptr) return;
  std::vector<Sudog> pins;
  pins.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    if (!sends[i].isSend || sends[i].c == nullptr || sends[i].elem == nullptr) continue;
    Sudog sg;
    sg.g = gp;
    sg.c = sends[i].c;
    sg.elem = sends[i].elem;
    sg.isSend = true;
    pins.push_back(sg);
  }
  for (size_t i = 0; i + 1 < pins.size(); ++i) pins[i].waitlink = &pins[i + 1];
  gp->waiting = pins.empty() ? nullptr : pins.data();
  sched_internal::stressPoint();
  gp->waiting = nullptr;
}

// Go's waitq.dequeue: skips select sudogs whose select another case has already won.
Sudog* chanDequeue(WaitQ& q) {
  for (;;) {
    Sudog* sg = q.first;
    if (sg == nullptr) return nullptr;
    q.first = sg->next;
    if (q.first == nullptr) {
      q.last = nullptr;
    } else {
      q.first->prev = nullptr;
    }
    sg->next = sg->prev = nullptr;
    if (sg->isSelect) {
      if (sg->g->selectDone) continue;
      sg->g->selectDone = true;
    }
    return sg;
  }
}

// Go's waitq.dequeueSudoG: removes `sg` wherever it is (select cleanup); no-op when not queued.
void chanDequeueSudog(WaitQ& q, Sudog* sg) {
  if (sg->prev != nullptr) {
    sg->prev->next = sg->next;
  } else if (q.first == sg) {
    q.first = sg->next;
  } else {
    return;  // not in the queue
  }
  if (sg->next != nullptr) {
    sg->next->prev = sg->prev;
  } else {
    q.last = sg->prev;
  }
  sg->next = sg->prev = nullptr;
}

void chanEnqueue(WaitQ& q, Sudog* sg) { enqueue(q, sg); }

const TypeDesc* chanObjectType() {
  static const TypeDesc t = makeChanObjectDesc();
  return &t;
}

void typedmemmove(const TypeDesc* t, void* dst, const void* src) {
  if (t->size == 0 || dst == src) return;
  std::memmove(dst, src, t->size);
  if (t->hasPointers()) barrierOps(rtInfo(t), static_cast<char*>(dst));
}

Chan* makechan(const TypeDesc* elem, int64_t size) {
  if (size < 0 || (elem->size != 0 && static_cast<uint64_t>(size) > (uint64_t{1} << 40) / elem->size)) {
    plainPanic("makechan: size out of range");
  }
  void* buf = nullptr;
  if (size > 0 && elem->size > 0) {
    buf = elem->hasPointers() ? gcAllocArray(elem, static_cast<uint64_t>(size))
                              : gcAllocBytes(elem->size * static_cast<uint64_t>(size));
  }
  GcRoot pin(&buf);
  auto* c = static_cast<Chan*>(gcAlloc(chanObjectType()));
  writeBarrier(&c->buf, buf);
  c->dataqsiz = static_cast<uint64_t>(size);
  c->elemtype = elem;
  c->elemsize = elem->size;
  return c;
}

namespace {

// Go's send: hands `ep` to the waiting receiver `sg` (unbuffered, or a buffered channel that is empty).
void sendTo(Chan* c, Sudog* sg, const void* ep) {
  if (sg->elem != nullptr) {
    elemMove(c, sg->elem, ep);
    sg->elemValid = true;
  }
  sg->g->param = sg;
  sg->success = true;
  goready(sg->g);
}

// Go's recv: takes from the waiting sender `sg` (unbuffered: directly; buffered and full: the head of the queue,
// and the sender's value goes to the tail).
void recvFrom(Chan* c, Sudog* sg, void* ep) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr && sg->elem != nullptr) elemMove(c, ep, sg->elem);
  } else if (c->elemsize != 0) {
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) elemMove(c, ep, qp);
    elemMove(c, qp, sg->elem);
  }
  if (c->dataqsiz != 0) {
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
  sg->g->param = sg;
  sg->success = true;
  goready(sg->g);
}

// The non-blocking part of chansend, shared with selectgo's first pass (chanTrySend): true when done.
inline bool trySend(Chan* c, const void* ep) {
  if (c->closed != 0) plainPanic("send on closed channel");
  if (Sudog* sg = chanDequeue(c->recvq)) {
    sendTo(c, sg, ep);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    if (c->elemsize != 0) elemMove(c, chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    ++c->qcount;
    return true;
  }
  return false;
}

// The non-blocking part of chanrecv, shared with selectgo's first pass (chanTryRecv): true when done.
inline bool tryRecv(Chan* c, void* ep, bool* received) {
  if (c->closed != 0 && c->qcount == 0) {
    if (ep != nullptr) typedmemclr(c->elemtype, ep);
    if (received != nullptr) *received = false;
    return true;
  }
  if (Sudog* sg = chanDequeue(c->sendq)) {
    recvFrom(c, sg, ep);
    if (received != nullptr) *received = true;
    return true;
  }
  if (c->qcount > 0) {
    if (c->elemsize != 0) {
      void* qp = chanbuf(c, c->recvx);
      if (ep != nullptr) elemMove(c, ep, qp);
      typedmemclr(c->elemtype, qp);
    }
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    --c->qcount;
    if (received != nullptr) *received = true;
    return true;
  }
  return false;
}

}  // namespace

bool chanTrySend(Chan* c, const void* ep) { return trySend(c, ep); }
bool chanTryRecv(Chan* c, void* ep, bool* received) { return tryRecv(c, ep, received); }

bool chansend(Chan* c, const void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    for (;;) gopark(WaitReason::ChanSendNilChan);
  }
  if (block && schedStress()) [[unlikely]] {
    SelectCase self{c, const_cast<void*>(ep), true};
    chanStressYield(&self, 1);
  }
  // lock(&c.lock)
  if (trySend(c, ep)) {
    if (block) sched_internal::stressPoint();
    return true;
  }
  if (!block) return false;
  G* gp = getg();
  Sudog mysg;
  mysg.g = gp;
  mysg.elem = const_cast<void*>(ep);
  mysg.c = c;
  mysg.isSend = true;
  gp->waiting = &mysg;
  gp->param = nullptr;
  enqueue(c->sendq, &mysg);
  gopark(WaitReason::ChanSend);
  gp->waiting = nullptr;
  gp->param = nullptr;
  if (!mysg.success) plainPanic("send on closed channel");
  return true;
}

bool chanrecv(Chan* c, void* ep, bool block, bool* received) {
  if (c == nullptr) {
    if (!block) return false;
    for (;;) gopark(WaitReason::ChanReceiveNilChan);
  }
  if (block) sched_internal::stressPoint();
  // lock(&c.lock)
  if (tryRecv(c, ep, received)) return true;  // no stress yield here: *ep is not a GC root
  if (!block) return false;
  G* gp = getg();
  Sudog mysg;
  mysg.g = gp;
  mysg.elem = ep;
  mysg.c = c;
  gp->waiting = &mysg;
  gp->param = nullptr;
  enqueue(c->recvq, &mysg);
  gopark(WaitReason::ChanReceive);
  gp->waiting = nullptr;
  gp->param = nullptr;
  if (received != nullptr) *received = mysg.success;
  return true;
}

void closechan(Chan* c) {
  if (c == nullptr) plainPanic("close of nil channel");
  if (c->closed != 0) plainPanic("close of closed channel");
  c->closed = 1;
  std::vector<G*> glist;
  while (Sudog* sg = chanDequeue(c->recvq)) {
    if (sg->elem != nullptr) {
      typedmemclr(c->elemtype, sg->elem);
      sg->elemValid = true;
    }
    sg->success = false;
    sg->g->param = sg;
    glist.push_back(sg->g);
  }
  while (Sudog* sg = chanDequeue(c->sendq)) {
    sg->elem = nullptr;
    sg->success = false;
    sg->g->param = sg;
    glist.push_back(sg->g);
  }
  // unlock(&c.lock), then ready them all
  for (G* g : glist) goready(g);
  sched_internal::stressPoint();
}

int64_t chanlen(const Chan* c) { return c == nullptr ? 0 : static_cast<int64_t>(c->qcount); }
int64_t chancap(const Chan* c) { return c == nullptr ? 0 : static_cast<int64_t>(c->dataqsiz); }

void chanScanSudog(GcMarker& m, const Sudog* sg) {
  m.markPointer(sg->c);
  if (sg->c == nullptr || sg->elem == nullptr) return;
  if (sg->isSend || sg->elemValid) m.markValue(sg->c->elemtype, sg->elem);
}

}  // namespace vo::rt
