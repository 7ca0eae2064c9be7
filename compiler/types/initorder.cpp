// The initialisation order of package-level variables and initialisation cycles (Go spec "Package
// initialization"; types2 initorder.go).
//
// The dependency graph has a node per package-level constant, variable and function, and an edge from each to
// the package-level objects its initialiser (or body) refers to. Function nodes are then removed by connecting
// their predecessors to their successors, so that mutually recursive functions do not count as cycles. Nodes
// are emitted repeatedly by fewest remaining dependencies, then source order; a node that still has dependencies
// when emitted lies on (or after) an initialisation cycle.
#include <algorithm>
#include <set>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

struct GraphNode {
  Object* obj = nullptr;
  std::set<size_t> pred;  ///< nodes that depend on this one (indices, in source order)
  std::set<size_t> succ;  ///< nodes this one depends on
  size_t ndeps = 0;       ///< dependencies not yet emitted
};

bool isDependency(const Object* obj) { return isa<Const>(obj) || isa<Var>(obj) || isa<Func>(obj); }

// The dependencies of `obj`, in source order (for deterministic cycle reports).
std::vector<Object*> sortedDeps(const Checker& check, Object* obj) {
  std::vector<Object*> deps;
  if (auto it = check.objMap.find(obj); it != check.objMap.end())
    deps.assign(it->second.deps.begin(), it->second.deps.end());
  std::sort(deps.begin(), deps.end(), [](Object* a, Object* b) { return a->order < b->order; });
  return deps;
}

// The path of dependencies from `from` to `to`, reversed (`to` first), or empty when there is none.
std::vector<Object*> findPath(const Checker& check, Object* from, Object* to, std::set<Object*>& seen) {
  if (!seen.insert(from).second) return {};
  for (Object* d : sortedDeps(check, from)) {
    if (d == to) return {d};
    std::vector<Object*> path = findPath(check, d, to, seen);
    if (!path.empty()) {
      path.push_back(d);
      return path;
    }
  }
  return {};
}

}  // namespace

void Checker::initOrder() {
  info.initOrder.clear();

  // Nodes for constants, variables and functions, in source order.
  std::vector<Object*> objs;
  for (const auto& [obj, d] : objMap) {
    if (isDependency(obj)) objs.push_back(obj);
  }
  std::sort(objs.begin(), objs.end(), [](Object* a, Object* b) { return a->order < b->order; });
  std::unordered_map<Object*, size_t> index;
  std::vector<GraphNode> graph(objs.size());
  for (size_t i = 0; i < objs.size(); ++i) {
    graph[i].obj = objs[i];
    index[objs[i]] = i;
  }
  for (size_t i = 0; i < objs.size(); ++i) {
    for (Object* d : objMap[objs[i]].deps) {
      auto j = index.find(d);
      if (j == index.end()) continue;
      graph[i].succ.insert(j->second);
      graph[j->second].pred.insert(i);
    }
  }
  // Remove function nodes: each predecessor p of a function n depends on each successor s of n instead.
  std::vector<size_t> nodes;
  for (size_t n = 0; n < graph.size(); ++n) {
    if (!isa<Func>(graph[n].obj)) {
      nodes.push_back(n);
      continue;
    }
    for (size_t p : graph[n].pred) {
      if (p == n) continue;  // self-cycle
      for (size_t s : graph[n].succ) {
        if (s == n) continue;
        graph[p].succ.insert(s);
        graph[s].pred.insert(p);
        graph[s].pred.erase(n);
      }
      graph[p].succ.erase(n);
    }
  }

  // Priority queue by (remaining dependencies, source order).
  std::set<std::pair<size_t, size_t>> queue;
  for (size_t n : nodes) {
    graph[n].ndeps = graph[n].succ.size();
    queue.insert({graph[n].ndeps, n});
  }
  std::set<const syntax::Expr*> emitted;
  while (!queue.empty()) {
    auto [ndeps, n] = *queue.begin();
    queue.erase(queue.begin());
    GraphNode& node = graph[n];
    // If the node still depends on others, there is a cycle. When the node is not on the cycle itself (a->b->c->b)
    // nothing is reported here: the cycle is reported when one of its members comes up, and that breaks it.
    if (ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle = findPath(*this, node.obj, node.obj, seen);
      if (!cycle.empty()) reportInitCycle(cycle);
    }
    for (size_t p : node.pred) {
      if (queue.erase({graph[p].ndeps, p}) == 0) continue;  // already emitted
      --graph[p].ndeps;
      queue.insert({graph[p].ndeps, p});
    }
    // Record the initialisation of variables with initialisers; `a, b = f()` once, for the first variable seen.
    auto* v = dyn_cast<Var>(node.obj);
    if (!v) continue;
    const DeclInfo& d = objMap[v];
    if (!d.init || !emitted.insert(d.init).second) continue;
    Initializer init;
    init.lhs = d.lhs.empty() ? std::vector<Var*>{v} : d.lhs;
    init.rhs = d.init;
    info.initOrder.push_back(std::move(init));
  }

  // The last check of a package, as in gc, where the back end finds them after type checking succeeded.
  if (diags.errorCount() == errorsAtStart) {
    for (Pos at : missingBodies) error(at, "missing function body");
  }
  missingBodies.clear();
}

void Checker::reportInitCycle(std::span<Object* const> cycle) {
  Object* obj = cycle[0];
  if (cycle.size() == 1) {
    error(obj->pos, "initialization cycle: " + std::string(obj->name) + " refers to itself");
    return;
  }
  std::string msg = "initialization cycle for " + std::string(obj->name);
  // cycle[0] refers to cycle[n-1], which refers to cycle[n-2], ..., and cycle[1] refers to cycle[0].
  for (size_t i = cycle.size(); i-- > 0;) {
    Object* next = cycle[i];
    msg += "\n\t" + diags.sources().describe(obj->pos) + ": " + std::string(obj->name) + " refers to " +
           std::string(next->name);
    obj = next;
  }
  error(cycle[0]->pos, msg);
}

}  // namespace vo::types
