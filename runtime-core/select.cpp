// select (chan.h; Go 1.19 runtime/select.go: selectgo). Pass 1 polls the cases in a random order (Go's
// pollorder, a Fisher-Yates shuffle) and takes the first ready one, so every ready case is equally
// likely; pass 2 queues a sudog on every channel and parks; pass 3, after the wake-up, dequeues the sudogs of the
// cases that did not fire. One OS thread: Go's lockorder (locking every channel in address order) is not needed;
// a multi-thread scheduler sorts the cases by channel address and locks them around passes 1-2 and 3.
#include <memory>
#include <new>
#include <type_traits>

#include "runtime-core/chan.h"
#include "runtime-core/panic.h"

namespace vo::rt {

// chan.cpp internals shared with select.
Sudog* chanDequeue(WaitQ& q);
void chanDequeueSudog(WaitQ& q, Sudog* sg);
void chanEnqueue(WaitQ& q, Sudog* sg);
bool chanTrySend(Chan* c, const void* ep);
bool chanTryRecv(Chan* c, void* ep, bool* received);
void chanStressYield(const SelectCase* sends, int n);

int selectgo(SelectCase* cases, int ncases, bool block, bool* recvOK) {
  if (block && schedStress()) [[unlikely]] chanStressYield(cases, ncases);
  constexpr int kSmall = 8;
  uint16_t orderSmall[kSmall];
  std::unique_ptr<uint16_t[]> orderBig;
  uint16_t* order = orderSmall;
  if (ncases > kSmall) {
    orderBig.reset(new uint16_t[static_cast<size_t>(ncases)]);
    order = orderBig.get();
  }
  // pollorder: a random permutation of the non-nil cases. The Fisher-Yates positions come from one 64-bit random
  // number per 8 cases by the batched ranged method (Brackett-Rozinsky and Lemire, "Batched ranged random integer
  // generation"): x * (n + 1) = j * 2^64 + x' gives j uniform in [0, n] and leaves x' for the next draw (8! is
  // far below 2^64, so the bias is below Go's fastrandn's). One xorshift per select instead of one per case: the
  // serial xorshift-and-multiply chain showed in selectloop's profile.
  int norder = 0;
  uint64_t rnd = 0;
  for (int i = 0; i < ncases; ++i) {
    if (cases[i].c == nullptr) continue;  // nil channels never proceed
    if ((norder & 7) == 0) rnd = schedRand64();
    unsigned __int128 m = static_cast<unsigned __int128>(rnd) * static_cast<uint64_t>(norder + 1);
    int j = static_cast<int>(static_cast<uint64_t>(m >> 64));
    rnd = static_cast<uint64_t>(m);
    order[norder] = order[j];
    order[j] = static_cast<uint16_t>(i);
    ++norder;
  }
  if (recvOK != nullptr) *recvOK = false;

  // Pass 1: the first ready case in poll order.
  for (int k = 0; k < norder; ++k) {
    SelectCase& sc = cases[order[k]];
    bool done = sc.isSend ? chanTrySend(sc.c, sc.elem) : chanTryRecv(sc.c, sc.elem, recvOK);
    if (done) return order[k];  // no stress yield: a received value at elem is not a GC root
  }
  if (!block) return -1;
  G* gp = getg();
  if (norder == 0) {
    for (;;) gopark(ncases == 0 ? WaitReason::SelectNoCases : WaitReason::Select);
  }

  // Pass 2: a sudog on every channel, listed in G::waiting in case order. The small array is raw storage and
  // only the norder sudogs used are constructed (value-initialising all kSmall, 512 bytes, on every parking
  // select showed in profiles).
  static_assert(std::is_trivially_destructible_v<Sudog>);
  alignas(Sudog) unsigned char sgSmall[kSmall * sizeof(Sudog)];
  std::unique_ptr<Sudog[]> sgBig;
  Sudog* sgs = reinterpret_cast<Sudog*>(sgSmall);
  if (norder > kSmall) {
    sgBig.reset(new Sudog[static_cast<size_t>(norder)]);
    sgs = sgBig.get();
  }
  gp->selectDone = false;
  gp->param = nullptr;
  Sudog** link = &gp->waiting;
  int n = 0;
  for (int i = 0; i < ncases; ++i) {
    SelectCase& sc = cases[i];
    if (sc.c == nullptr) continue;
    Sudog* sg = new (&sgs[n++]) Sudog;
    sg->g = gp;
    sg->c = sc.c;
    sg->elem = sc.elem;
    sg->caseIndex = i;
    sg->isSelect = true;
    sg->isSend = sc.isSend;
    *link = sg;
    link = &sg->waitlink;
    chanEnqueue(sc.isSend ? sc.c->sendq : sc.c->recvq, sg);
  }
  *link = nullptr;
  gopark(WaitReason::Select);

  // Pass 3: the sudog that fired is gp->param; take the others off their queues.
  Sudog* fired = gp->param;
  gp->param = nullptr;
  gp->selectDone = false;
  int casi = -1;
  bool success = false;
  for (Sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    if (sg == fired) {
      casi = sg->caseIndex;
      success = sg->success;
    } else {
      chanDequeueSudog(sg->isSend ? sg->c->sendq : sg->c->recvq, sg);
    }
  }
  gp->waiting = nullptr;
  if (casi < 0) throw FatalError{"selectgo: bad wakeup"};
  if (cases[casi].isSend) {
    if (!success) throw RuntimeError{"send on closed channel", true};
  } else if (recvOK != nullptr) {
    *recvOK = success;
  }
  return casi;
}

}  // namespace vo::rt
