// select (chan.h; Go 1.19 runtime/select.go: selectgo). Pass 1 finds the cases that can proceed and takes one
// of them uniformly at random (Go polls in a random order, pollorder, and takes the first ready case: the same
// distribution); pass 2 queues a sudog on every channel and parks; pass 3, after the wake-up, dequeues the sudogs
// of the cases that did not fire. One OS thread: Go's lockorder (locking every channel in address order) is not
// needed; a multi-thread scheduler sorts the cases by channel address and locks them around passes 1-2 and 3.
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

namespace {

// A waiting sudog that an operation would take: not one of a select that another case has already won (those
// stay queued until their goroutine runs pass 3; chanDequeue skips them).
bool hasLiveWaiter(const WaitQ& q) {
  for (const Sudog* sg = q.first; sg != nullptr; sg = sg->next) {
    if (!sg->isSelect || !sg->g->selectDone) return true;
  }
  return false;
}
// Whether chanTrySend / chanTryRecv would proceed (a send on a closed channel proceeds: it panics).
bool canSend(const Chan* c) { return c->closed != 0 || c->qcount < c->dataqsiz || hasLiveWaiter(c->recvq); }
bool canRecv(const Chan* c) { return c->qcount > 0 || c->closed != 0 || hasLiveWaiter(c->sendq); }

}  // namespace

int selectgo(SelectCase* cases, int ncases, bool block, bool* recvOK) {
  if (block && schedStress()) [[unlikely]] chanStressYield(cases, ncases);
  constexpr int kSmall = 8;
  uint16_t readySmall[kSmall];
  std::unique_ptr<uint16_t[]> readyBig;
  uint16_t* ready = readySmall;
  if (ncases > kSmall) {
    readyBig.reset(new uint16_t[static_cast<size_t>(ncases)]);
    ready = readyBig.get();
  }
  if (recvOK != nullptr) *recvOK = false;

  // Pass 1: the cases that can proceed now, then one of them uniformly at random (the distribution Go's random
  // pollorder gives; looking first costs a few loads per case where the shuffle's serial random chain and a
  // trial operation per case showed in selectloop's profile).
  int nready = 0, nlive = 0;
  for (int i = 0; i < ncases; ++i) {
    Chan* c = cases[i].c;
    if (c == nullptr) continue;  // nil channels never proceed
    ++nlive;
    if (cases[i].isSend ? canSend(c) : canRecv(c)) ready[nready++] = static_cast<uint16_t>(i);
  }
  if (nready > 0) {
    int i = ready[nready == 1 ? 0 : fastrandn(static_cast<uint32_t>(nready))];
    SelectCase& sc = cases[i];
    bool done = sc.isSend ? chanTrySend(sc.c, sc.elem) : chanTryRecv(sc.c, sc.elem, recvOK);
    if (!done) throw FatalError{"selectgo: ready case did not proceed"};
    return i;  // no stress yield: a received value at elem is not a GC root
  }
  if (!block) return -1;
  G* gp = getg();
  if (nlive == 0) {
    for (;;) gopark(ncases == 0 ? WaitReason::SelectNoCases : WaitReason::Select);
  }

  // Pass 2: a sudog on every channel, listed in G::waiting in case order. The small array is raw storage and
  // only the nlive sudogs used are constructed (value-initialising all kSmall, 512 bytes, on every parking
  // select showed in profiles).
  static_assert(std::is_trivially_destructible_v<Sudog>);
  alignas(Sudog) unsigned char sgSmall[kSmall * sizeof(Sudog)];
  std::unique_ptr<Sudog[]> sgBig;
  Sudog* sgs = reinterpret_cast<Sudog*>(sgSmall);
  if (nlive > kSmall) {
    sgBig.reset(new Sudog[static_cast<size_t>(nlive)]);
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
