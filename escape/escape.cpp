// The escape analysis: Go 1.19's cmd/compile/internal/escape on vo's typed AST.
//
// WHAT IT DECIDES. For every local variable and every allocation site of a package: can the object live in its
// function's frame, or must it be on the heap because a reference to it may outlive the frame? And for every
// parameter: where may the value passed in flow (its leak summary), so that callers can decide for their own
// objects without assuming the worst.
//
// THE GRAPH (graph.h). A location stands for a variable (parameters and results included), an allocation site
// (`&T{...}`, `new`, `make`, slice and map literals, closures, method values, `...` slices, values boxed by a
// conversion to an interface, string conversions and concatenations), a temporary, the heap, or the blank sink.
// An edge `dst <-(d)- src` records `dst = *...*src` with d dereferences (d >= 0) or `dst = &src` (d = -1). The walk
// (walk_stmt.cpp, walk_expr.cpp, walk_call.cpp) evaluates every expression into a hole (a destination location
// plus a dereference count): `&x` lowers the count (k.addr), `*p`, `p.f` and `s[i]` raise it (k.deref); an
// allocation site gets a location whose address flows to the hole (spill). Stores through pointers, into slices,
// maps, channels and globals, and everything passed to calls that are not understood go to the heap.
//
// SOLVING (solve.cpp, Go's walkAll/walkOne). From each root location, a backwards walk computes the minimum
// dereference count from every location that flows into it. When the count is -1 (the root holds the address)
// and the root outlives the location, the location escapes and becomes a root itself. A root outlives a location
// when it is the heap, a result (results are read by the caller), or a variable of the same function declared at a
// smaller loop depth (the location is re-created on every iteration while the root keeps the old one), or a
// variable of a function that encloses the location's closure. A parameter reaching a root that outlives it leaks:
// to one of its own function's results (`leaking param: p to result ~r0 level=0`) or to the heap.
//
// BATCHES. Functions are analysed bottom-up over the call graph's strongly connected components (Tarjan, Go's
// ir.VisitFuncsBottomUp), closures with the function that contains them. A call to a function of an earlier batch
// (or of a package analysed earlier: the standard library first, Summaries) uses its parameters' leak summaries; a
// call within the batch adds direct edges to the callee's parameter and result locations; calls through function
// values and interfaces, and calls of natives, send their arguments to the heap.
//
// INVARIANTS. (1) A location reached by its own address from a root that outlives it escapes; nothing else does
// except Go's size rules (variables over kMaxStackVarSize, implicit allocations over kMaxImplicitStackVarSize,
// make([]T, n) with a non-constant n). (2) Every expression kind is walked; a kind the walk does not model sends
// all its operands to the heap. (3) Decisions for code generation (escape.h, Result) only place an object in the
// frame when its location does not escape: heapVars and frameVars are disjoint, frameAllocs holds no node that
// any escaping location stands for.
//
// WORKED EXAMPLE.
//     func sum(p *Point) int { return p.x + p.y }      // p: only read through:      "p does not escape"
//     func keep(p *Point) *Point { return p }          // p flows to result 0:        "leaking param: p to result ~r0 level=0"
//     func f() int {
//         a := Point{1, 2}
//         q := keep(&a)                                 // &a -(-1)-> keep's result hole -> q
//         return sum(q) + sum(&Point{3, 4})             // &Point{3, 4} -> sum's p: no leak
//     }
// In f, `keep(&a)` uses keep's summary: its argument flows to q with the summary's 0 dereferences, so the edge is
// q <-(-1)- a. q is never stored anywhere that outlives f, so a needs an address (frameVars) but does not escape,
// and `&Point{3, 4} does not escape` (frameAllocs). Had f returned q, the root ~r0 would outlive a: "moved to
// heap: a".
//
// GO'S PASSES BEFORE ESCAPE ANALYSIS, reproduced because they change its input: the deadcode pass (branches of
// constant `if`/`for` conditions are not walked: they never run), ir.StaticValue (a local variable only ever
// assigned a function literal or a function is a static callee), devirtualization (an interface call on a local
// variable that only ever holds one concrete type calls that type's method; vo prints no "devirtualizing"
// message, its code generator still makes the interface call), and staticinit (package variables initialised by
// composite literals, constants, function literals and globals are static data: no messages for them).
//
// VO'S SEMANTICS. Loop variables are per iteration (Go 1.22): `for` and `range` variables are declared at the loop
// body's depth, a `:=` range variable is never reassigned, so `&i` kept past an iteration escapes and a closure
// capturing a loop variable the body does not change captures it by value. `fail err` assigns the last result;
// `x?` returns its error to the caller (the heap); dynamic access `x~>f` sends everything to the heap.
//
// DELIBERATELY CONSERVATIVE. Calls through function values and interface methods (not devirtualized); natives,
// except a small table (walk_call.cpp nativeSummary: fmt's formatting natives leak their operands' contents like
// Go's fmt; the functions of strings, bytes, strconv, unicode, utf8, math, path with flat parameters and results
// leak only to their results; runtime.KeepAlive and ReadMemStats keep nothing); every allocation of the package
// initialisers (never a frame object); Go's `transient` flag and inlining are not modelled (Go's tests run with
// -l: no inlining either). Call-graph references are any mention of a function, as in Go.
#include "escape/escape.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string_view>

#include "escape/ast_visit.h"
#include "escape/expr_string.h"
#include "escape/graph.h"
#include "escape/sizes.h"
#include "escape/site_string.h"
#include "escape/walk.h"

namespace vo::escape {
namespace {

using syntax::dyn_cast;

/// One package's analysis: the functions, the call graph's batches, and the decisions gathered batch by batch.
class Analysis {
 public:
  Analysis(const types::Package* pkg, std::span<const syntax::File* const> files, const types::Info& info,
           Summaries& summaries)
      : pkg_(pkg), files_(files), state_{pkg, info, summaries, {}, {}} {}

  Result run() {
    collect();
    for (const std::vector<FuncInfo*>& b : bottomUp()) batch(b, nullptr);
    FuncInfo* init = state_.newFunc();
    init->packageInit = true;
    batch({}, init);
    std::stable_sort(result_.explanations.begin(), result_.explanations.end(),
                     [](const Explanation& a, const Explanation& b) { return a.pos < b.pos; });
    auto same = [](const Explanation& a, const Explanation& b) { return a.pos == b.pos && a.message == b.message; };
    result_.explanations.erase(std::unique(result_.explanations.begin(), result_.explanations.end(), same),
                               result_.explanations.end());
    for (const syntax::Node* n : escapingNodes_) result_.frameAllocs.erase(n);
    return std::move(result_);
  }

 private:
  const types::Package* pkg_;
  std::span<const syntax::File* const> files_;
  PackageState state_;
  std::vector<FuncInfo*> order_;                              ///< declared functions in source order
  std::unordered_map<const FuncInfo*, const syntax::FuncDecl*> declOf_;
  std::unordered_set<const syntax::Node*> escapingNodes_;
  Result result_;

  void collect() {
    for (const syntax::File* f : files_) {
      for (const syntax::Decl* d : f->decls) {
        auto* fd = dyn_cast<syntax::FuncDecl>(d);
        if (!fd || !fd->body) continue;
        auto it = state_.info.defs.find(fd->name);
        auto* obj = it == state_.info.defs.end() ? nullptr : types::dyn_cast<types::Func>(it->second);
        FuncInfo* fn = state_.newFunc();
        fn->node = fd;
        fn->obj = obj;
        fn->sig = obj ? obj->signature() : nullptr;
        fn->name = std::string(fd->name->name);
        if (fn->sig && fn->sig->recv) {
          // Go's method names: (*T).M for pointer receivers, T.M for value receivers
          const types::Type* rt = fn->sig->recv->type;
          bool ptr = false;
          if (auto* p = types::dyn_cast<types::Pointer>(rt)) {
            rt = p->elem;
            ptr = true;
          }
          std::string tn = types::typeString(rt, types::Qualifier{pkg_});
          fn->name = ptr ? "(*" + tn + ")." + fn->name : tn + "." + fn->name;
        }
        if (obj) state_.decls[obj] = fn;
        order_.push_back(fn);
        declOf_[fn] = fd;
      }
    }
  }

  /// The functions a declared function refers to (calls, method values, function values).
  std::vector<FuncInfo*> callees(const FuncInfo* fn) {
    std::vector<FuncInfo*> out;
    auto add = [&](const types::Object* o) {
      if (auto* f = types::dyn_cast<types::Func>(o))
        if (auto it = state_.decls.find(f); it != state_.decls.end()) out.push_back(it->second);
    };
    visitNodes(declOf_[fn]->body, [&](const syntax::Node* n) {
      if (auto* id = dyn_cast<syntax::Ident>(n)) {
        if (auto it = state_.info.uses.find(id); it != state_.info.uses.end()) add(it->second);
      } else if (auto* sel = dyn_cast<syntax::SelectorExpr>(n)) {
        if (auto it = state_.info.selections.find(sel); it != state_.info.selections.end()) add(it->second.obj);
      }
      return true;
    });
    return out;
  }

  /// Tarjan's strongly connected components, callees before callers (Go's ir.VisitFuncsBottomUp).
  std::vector<std::vector<FuncInfo*>> bottomUp() {
    std::vector<std::vector<FuncInfo*>> out;
    std::unordered_map<FuncInfo*, int> index, low;
    std::unordered_set<FuncInfo*> onStack;
    std::vector<FuncInfo*> stack;
    int next = 0;
    std::function<void(FuncInfo*)> visit = [&](FuncInfo* v) {
      index[v] = low[v] = next++;
      stack.push_back(v);
      onStack.insert(v);
      for (FuncInfo* w : callees(v)) {
        if (!index.count(w)) {
          visit(w);
          low[v] = std::min(low[v], low[w]);
        } else if (onStack.count(w)) {
          low[v] = std::min(low[v], index[w]);
        }
      }
      if (low[v] == index[v]) {
        std::vector<FuncInfo*> scc;
        FuncInfo* w = nullptr;
        do {
          w = stack.back();
          stack.pop_back();
          onStack.erase(w);
          scc.push_back(w);
        } while (w != v);
        std::sort(scc.begin(), scc.end(), [&](FuncInfo* a, FuncInfo* b) {
          return declOf_[a]->pos() < declOf_[b]->pos();
        });
        out.push_back(std::move(scc));
      }
    };
    for (FuncInfo* fn : order_)
      if (!index.count(fn)) visit(fn);
    return out;
  }

  void batch(const std::vector<FuncInfo*>& fns, FuncInfo* packageInit) {
    Graph g;
    Walker w(state_, g);
    for (FuncInfo* fn : fns) w.initFunc(fn, declOf_[fn]);
    for (FuncInfo* fn : fns) w.walkFunc(fn, declOf_[fn]);
    if (packageInit) w.walkPackageInit(packageInit, files_);
    w.flowClosures();
    w.heapAllocReasons();
    g.walkAll();
    finish(fns, w, g);
  }

  static bool inPackageInit(const Location& l) { return l.curfn && l.curfn->packageInit; }

  void explain(Pos pos, std::string message) { result_.explanations.push_back({pos, std::move(message)}); }

  void finish(const std::vector<FuncInfo*>& fns, const Walker& w, Graph& g) {
    // Parameter summaries and their messages (Go's paramTag), for declared functions and closures alike.
    std::vector<FuncInfo*> all = fns;
    for (const ClosureUse& c : w.closures()) all.push_back(c.fn);
    for (FuncInfo* fn : all) {
      std::vector<Leaks> tags;
      for (size_t i = 0; i < fn->params.size(); ++i) {
        Location* l = fn->params[i];
        Leaks esc;
        if (l && l->var && hasPointers(l->var->type)) {
          esc = l->paramEsc;
          esc.optimize();
          const syntax::Ident* id = i < fn->paramIdents.size() ? fn->paramIdents[i] : nullptr;
          if (!l->escapes && id && id->name != "_") paramMessages(fn, esc, id);
        }
        tags.push_back(esc);
      }
      fn->tagged = true;
      if (fn->obj) state_.summaries.set(fn->obj, std::move(tags));
    }
    for (const Explanation& e : w.messages()) explain(e.pos, e.message);
    // Variables.
    for (const auto& [v, l] : w.vars()) {
      if (inPackageInit(*l)) continue;
      if (l->escapes) {
        result_.heapVars.insert(v);
        explain(v->pos, "moved to heap: " + std::string(v->name));
        continue;
      }
      bool byref = w.byReference().count(v) != 0;
      if (l->addrtaken || byref || slotCount(v->type, kMaxFrameSlots) > static_cast<uint64_t>(kMaxFrameSlots))
        result_.frameVars.insert(v);
      if (w.byValue().count(v)) result_.capturedByValue.insert(v);
    }
    // Allocation sites.
    for (const Location& l : g.locations()) {
      if (!l.node) continue;
      std::string what = siteString(l.node, l.site, state_.info, pkg_);
      if (!l.silent) explain(l.pos, what + (l.escapes ? " escapes to heap" : " does not escape"));
      if (l.escapes || inPackageInit(l))
        escapingNodes_.insert(l.node);
      else
        result_.frameAllocs.insert(l.node);
    }
  }

  void paramMessages(const FuncInfo* fn, const Leaks& esc, const syntax::Ident* id) {
    std::string name(id->name);
    if (esc.empty()) explain(id->pos(), name + " does not escape");
    if (int x = esc.heap(); x >= 0) explain(id->pos(), (x == 0 ? "leaking param: " : "leaking param content: ") + name);
    for (int i = 0; i < kNumEscResults; ++i) {
      int x = esc.result(i);
      if (x < 0) continue;
      std::string res = "~r" + std::to_string(i);
      if (fn->sig && static_cast<size_t>(i) < fn->sig->results->size())
        res = goResultName(*fn->sig->results, static_cast<size_t>(i));
      explain(id->pos(), "leaking param: " + name + " to result " + res + " level=" + std::to_string(x));
    }
  }
};

}  // namespace

Result analyze(const types::Package* pkg, std::span<const syntax::File* const> files, const types::Info& info,
               Summaries* summaries) {
  const char* mode = std::getenv("VO_ESCAPE");
  if (mode && std::string_view(mode) == "conservative") return analyzeConservative(pkg, files, info);
  Summaries local;
  Analysis a(pkg, files, info, summaries ? *summaries : local);
  return a.run();
}

void summarizeImports(const types::StdlibImporter& importer, Summaries& summaries) {
  for (const auto& cp : importer.checkedPackages())
    analyze(cp.pkg, std::span<const syntax::File* const>(cp.files.data(), cp.files.size()), *cp.info, &summaries);
}

}  // namespace vo::escape
