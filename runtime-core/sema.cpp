// Semaphores for package sync (sched.h; Go runtime/sema.go's semacquire1/semrelease1 without the treap: one FIFO
// of waiting Gs per address in a hash table, since one OS thread needs no semaRoot locks).
#include <deque>
#include <unordered_map>

#include "runtime-core/panic.h"
#include "runtime-core/sched.h"

namespace vo::rt {
namespace {

std::unordered_map<const uint32_t*, std::deque<G*>>& waiters() {
  static auto* w = new std::unordered_map<const uint32_t*, std::deque<G*>>;
  return *w;
}

}  // namespace

void semacquire(uint32_t* addr, WaitReason reason) {
  if (*addr > 0) {
    --*addr;
    return;
  }
  G* g = getg();
  if (g == nullptr) throw FatalError{"semacquire outside a goroutine"};
  waiters()[addr].push_back(g);
  gopark(reason);  // semrelease took the unit for us
}

void semrelease(uint32_t* addr) {
  ++*addr;
  auto& w = waiters();
  auto it = w.find(addr);
  if (it == w.end()) return;
  G* g = it->second.front();
  it->second.pop_front();
  if (it->second.empty()) w.erase(it);
  --*addr;  // handed to g
  goready(g);
}

void sched_internal::resetSema() { waiters().clear(); }

size_t semWaiters(const uint32_t* addr) {
  auto it = waiters().find(addr);
  return it == waiters().end() ? 0 : it->second.size();
}

}  // namespace vo::rt
