// The graph operations and the solver (graph.h; Go 1.19 escape/graph.go and solve.go).
//
// walkAll repeatedly picks a root location and walks the graph backwards from it (walkOne), computing for every
// location that flows to the root the minimum number of dereferences on the way (-1: the root holds its address).
// A location whose address reaches a root that outlives it escapes; an escaping location is itself a root (its
// contents now live on the heap), so it is queued again. A parameter reaching a root that outlives it records a
// leak (to the heap, or to one of its function's results).
#include "escape/graph.h"

namespace vo::escape {

Graph::Graph() { heap_.escapes = true; }

Location* Graph::newLoc(FuncInfo* fn, int loopDepth, bool transient) {
  Location& l = locs_.emplace_back();
  l.curfn = fn;
  l.loopDepth = loopDepth;
  l.transient = transient;
  return &l;
}

void Graph::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blank_) return;
  if (dst == src && k.derefs >= 0) return;  // x = x, x = *x, ...
  if (dst->escapes && k.derefs < 0) {       // heap = &x
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs});
}

Hole Graph::teeHole(FuncInfo* fn, int loopDepth, const std::vector<Hole>& ks) {
  if (ks.empty()) return discardHole();
  if (ks.size() == 1) return ks[0];
  Location* loc = newLoc(fn, loopDepth, true);
  for (const Hole& k : ks) flow(k, loc);  // derefs >= 0 by construction (callers never tee an address)
  return Hole{loc};
}

Hole Graph::teeHole(FuncInfo* fn, int loopDepth, std::initializer_list<Hole> ks) {
  return teeHole(fn, loopDepth, std::vector<Hole>(ks));
}

Hole Graph::later(FuncInfo* fn, int loopDepth, Hole k) {
  Location* loc = newLoc(fn, loopDepth, false);
  flow(k, loc);
  return Hole{loc};
}

void Graph::walkAll() {
  std::vector<Location*> todo;
  todo.reserve(locs_.size() + 1);
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (Location& l : locs_) enqueue(&l);
  enqueue(&heap_);
  uint32_t walkgen = 0;
  std::vector<Location*> requeue;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    ++walkgen;
    requeue.clear();
    walkOne(root, walkgen, requeue);
    for (Location* l : requeue) enqueue(l);
  }
}

void Graph::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& requeue) {
  root->walkgen = walkgen;
  root->derefs = 0;
  std::vector<Location*> todo{root};  // LIFO
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    bool addressOf = derefs < 0;
    if (addressOf) {
      // root = &l: l's address is in root; its contents flow with zero dereferences from here on.
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        requeue.push_back(l);
      }
    }
    if (outlives(root, l)) {
      if (l->isParam) leakTo(l, root, derefs);
      if (addressOf && !l->escapes) {
        l->escapes = true;
        requeue.push_back(l);
        continue;
      }
    }
    for (const Edge& e : l->edges) {
      if (e.src->escapes) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        todo.push_back(e.src);
      }
    }
  }
}

bool Graph::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  if (l->resultIndex > 0) {
    // A result of a closure called where it is written (func(){...}()) flows back to its caller's frame only.
    if (other->curfn && other->curfn->contains(l->curfn) && l->curfn->closureCalled) return false;
    return true;
  }
  if (l->curfn == other->curfn && l->loopDepth < other->loopDepth) return true;  // the loop re-creates other
  if (l->curfn && l->curfn->contains(other->curfn)) return true;  // other lives in a closure's frame
  return false;
}

void Graph::leakTo(Location* param, const Location* sink, int derefs) {
  if (!sink->escapes && sink->resultIndex > 0 && sink->curfn == param->curfn) {
    int ri = sink->resultIndex - 1;
    if (ri < kNumEscResults) {
      param->paramEsc.addResult(ri, derefs);
      return;
    }
  }
  param->paramEsc.addHeap(derefs);
}

}  // namespace vo::escape
