// Timers and clocks of the scheduler (sched.h; Go runtime/time.go: addtimer, deltimer, modtimer, runtimer,
// timeSleep), one binary min-heap ordered by `when` for the whole process (Go: one heap per P).
#include <time.h>

#include <utility>
#include <vector>

#include "runtime-core/sched.h"

namespace vo::rt {
namespace {

struct TimerHeap {
  std::vector<Timer*> h;
  uint64_t fired = 0;
};

TimerHeap& TH() {
  static TimerHeap* t = new TimerHeap;
  return *t;
}

void place(std::vector<Timer*>& h, size_t i, Timer* t) {
  h[i] = t;
  t->heapIndex = static_cast<int32_t>(i);
}

void siftUp(std::vector<Timer*>& h, size_t i) {
  Timer* t = h[i];
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (h[p]->when <= t->when) break;
    place(h, i, h[p]);
    i = p;
  }
  place(h, i, t);
}

void siftDown(std::vector<Timer*>& h, size_t i) {
  Timer* t = h[i];
  size_t n = h.size();
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && h[c + 1]->when < h[c]->when) ++c;
    if (t->when <= h[c]->when) break;
    place(h, i, h[c]);
    i = c;
  }
  place(h, i, t);
}

void removeAt(std::vector<Timer*>& h, size_t i) {
  Timer* t = h[i];
  Timer* last = h.back();
  h.pop_back();
  t->heapIndex = -1;
  if (i < h.size()) {
    place(h, i, last);
    siftDown(h, i);
    siftUp(h, static_cast<size_t>(last->heapIndex));
  }
}

void wakeSleeper(Timer* t, int64_t) { goready(static_cast<G*>(t->arg)); }

}  // namespace

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

int64_t walltime() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

void addTimer(Timer* t) {
  auto& h = TH().h;
  h.push_back(t);
  siftUp(h, h.size() - 1);
}

bool delTimer(Timer* t) {
  if (t->heapIndex < 0) return false;
  removeAt(TH().h, static_cast<size_t>(t->heapIndex));
  return true;
}

bool modTimer(Timer* t, int64_t when, int64_t period) {
  bool was = delTimer(t);
  t->when = when;
  t->period = period;
  addTimer(t);
  return was;
}

void sleepNs(int64_t ns) {
  if (ns <= 0) return;
  G* g = getg();
  Timer t;
  t.when = nanotime() + ns;
  if (t.when < 0) t.when = INT64_MAX;  // overflow: sleep "forever"
  t.f = wakeSleeper;
  t.arg = g;
  addTimer(&t);
  gopark(WaitReason::Sleep);
}

int64_t sched_internal::runTimers(int64_t now) {
  TimerHeap& th = TH();
  auto& h = th.h;
  while (!h.empty() && h[0]->when <= now) {
    Timer* t = h[0];
    if (t->period > 0) {
      t->when += t->period * ((now - t->when) / t->period + 1);
      siftDown(h, 0);
    } else {
      removeAt(h, 0);
    }
    ++th.fired;
    t->f(t, now);
  }
  return h.empty() ? -1 : h[0]->when;
}

size_t sched_internal::pendingTimers() { return TH().h.size(); }

void sched_internal::scanTimers(GcMarker& m) {
  for (Timer* t : TH().h) m.markPointer(t->gcRef);
}

void sched_internal::resetTimers() {
  for (Timer* t : TH().h) t->heapIndex = -1;
  TH().h.clear();
  TH().fired = 0;
}

uint64_t sched_internal::timersFired() { return TH().fired; }

}  // namespace vo::rt
