// Calls (Go 1.19 escape/call.go): arguments flow into the callee's parameters as its leak summary says (Go's
// tagHole): a static callee analysed in an earlier batch (or another package) by its summary, one in the same
// batch through direct edges into its parameter locations, anything else (function values, interface methods,
// natives without a summary) to the heap. Built-ins follow Go's rules: append keeps the appendee's contents and
// the appended values, copy the source's contents, panic its argument; the others keep nothing.
#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "compiler/constant/constant.h"
#include "compiler/types/object.h"
#include "escape/expr_string.h"
#include "escape/site_string.h"
#include "escape/sizes.h"
#include "escape/walk.h"

namespace vo::escape {

using syntax::cast;
using syntax::dyn_cast;
using syntax::NodeKind;

namespace {

/// A flat value: no pointers, or a string or slice whose elements hold none (one level of data).
bool isFlat(const types::Type* t) {
  if (!hasPointers(t)) return true;
  if (types::isString(t)) return true;
  auto* s = types::dyn_cast<types::Slice>(types::underlying(t));
  return s && !hasPointers(s->elem);
}

/// Natives known not to keep their arguments (the optional table of the brief); every other native leaks all of
/// its arguments to the heap.
///  - fmt's formatting natives only read their `[]any` operands, but call String/Error methods on them (which
///    may keep the receiver): the operands' contents leak, as with Go's own fmt (`leaking param content: a`).
///  - the functions (not methods) of the pure packages below whose parameters and results are flat (scalars,
///    strings, slices of scalars) compute their results from their arguments only: an argument may come back in
///    a result (a substring, a subslice) but is kept nowhere else.
std::optional<Leaks> nativeSummary(const types::Func* f, int param) {
  if (!f || !f->pkg || !f->isNative || f->signature()->recv) return std::nullopt;
  const types::Signature* sig = f->signature();
  const auto& params = sig->params->vars;
  if (param < 0 || static_cast<size_t>(param) >= params.size()) return std::nullopt;
  const types::Type* pt = params[static_cast<size_t>(param)]->type;
  if (f->pkg->path == "fmt") {
    static const std::unordered_set<std::string_view> kFormatters = {
        "Sprintf", "Sprint", "Sprintln", "printStdout", "printlnStdout", "printfStdout", "sprintfWrapped"};
    if (!kFormatters.count(f->name)) return std::nullopt;
    Leaks l;
    auto* s = types::dyn_cast<types::Slice>(types::underlying(pt));
    if (s && types::isInterface(s->elem))
      l.addHeap(1);
    else if (!isFlat(pt))
      return std::nullopt;  // the format is only read (the result is always a new string); others are unknown
    return l;
  }
  if (f->pkg->path == "runtime") {
    // KeepAlive only marks its operand live, ReadMemStats writes through its operand: neither keeps it
    static const std::unordered_set<std::string_view> kKeepNothing = {"KeepAlive", "ReadMemStats"};
    if (kKeepNothing.count(f->name)) return Leaks{};
    return std::nullopt;
  }
  static const std::unordered_set<std::string_view> kPure = {"strings", "bytes", "unicode", "unicode/utf8",
                                                             "unicode/utf16", "strconv", "math", "math/bits", "path"};
  if (!kPure.count(f->pkg->path)) return std::nullopt;
  // a []string parameter (strings.Join) is read element by element: an element may come back as the result
  auto isStrings = [](const types::Type* t) {
    auto* sl = types::dyn_cast<types::Slice>(types::underlying(t));
    return sl && types::isString(sl->elem);
  };
  for (const types::Var* p : params)
    if (!isFlat(p->type) && !isStrings(p->type)) return std::nullopt;
  for (const types::Var* r : sig->results->vars)
    if (!isFlat(r->type)) return std::nullopt;
  Leaks l;
  if (!hasPointers(pt)) return l;
  int level = isStrings(pt) ? 1 : 0;
  for (size_t i = 0; i < sig->results->size(); ++i) {
    if (!hasPointers(sig->results->vars[i]->type)) continue;
    if (i < kNumEscResults)
      l.addResult(static_cast<int>(i), level);
    else
      l.addHeap(level);
  }
  return l;
}

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

Callee Walker::staticCallee(const syntax::CallExpr* c) const {
  Callee fn;
  const syntax::Expr* f = staticValue(c->fun);
  const types::Object* o = nullptr;
  if (auto* id = dyn_cast<syntax::Ident>(f)) {
    o = objectOf(id);
  } else if (auto* sel = dyn_cast<syntax::SelectorExpr>(f)) {
    auto it = info_.selections.find(sel);
    if (it == info_.selections.end()) {
      o = objectOf(sel->sel);  // pkg.F
    } else if (it->second.kind != types::SelectionKind::FieldVal) {
      o = it->second.obj;
      auto* m = types::dyn_cast<types::Func>(o);
      if (!m || !m->signature()->recv || types::isInterface(m->signature()->recv->type)) o = nullptr;
    }
  } else if (auto* fl = dyn_cast<syntax::FuncLit>(f)) {
    if (auto it = funcLits_.find(fl); it != funcLits_.end()) fn.info = it->second;
    return fn;
  }
  if (auto* func = types::dyn_cast<types::Func>(o)) {
    fn.func = func;
    if (auto d = pkg_.decls.find(func); d != pkg_.decls.end()) fn.info = d->second;
  }
  return fn;
}

Hole Walker::tagHole(const std::vector<Hole>& ks, const Callee& fn, int param) {
  if (!fn.isStatic()) return g_.heapHole();
  if (fn.info && !fn.info->tagged) {
    // same batch: flow straight into the parameter's location
    if (param < 0 || static_cast<size_t>(param) >= fn.info->params.size()) return g_.heapHole();
    Location* p = fn.info->params[static_cast<size_t>(param)];
    return p ? Hole{p} : g_.discardHole();
  }
  const Leaks* leaks = fn.func ? pkg_.summaries.find(fn.func, param) : nullptr;
  std::optional<Leaks> native;
  if (!leaks && (native = nativeSummary(fn.func, param))) leaks = &*native;
  if (!leaks) return g_.heapHole();  // not analysed (natives, unknown callees): assume the worst
  std::vector<Hole> tagKs;
  if (int x = leaks->heap(); x >= 0) tagKs.push_back(g_.heapHole().shift(x));
  for (int i = 0; i < kNumEscResults && static_cast<size_t>(i) < ks.size(); ++i)
    if (int x = leaks->result(i); x >= 0) tagKs.push_back(ks[static_cast<size_t>(i)].shift(x));
  return tee(tagKs);
}

void Walker::argument(Hole k, const syntax::Expr* arg, const types::Type* target, const Hole* goDeferK, Pos at) {
  if (goDeferK) {
    // Go's rewriteArgument: the go/defer wrapper keeps the argument values; a slice literal argument is built
    // inside the wrapper, so only its elements are kept
    const syntax::Expr* a = arg;
    while (auto* p = dyn_cast<syntax::ParenExpr>(a)) a = p->x;
    auto* cl = dyn_cast<syntax::CompositeLit>(a);
    if (cl && types::isa<types::Slice>(types::underlying(typeOf(cl))) &&
        !(target && types::isInterface(target))) {
      const Hole* saved = sliceElemK_;
      sliceElemK_ = goDeferK;
      expr(k, cl);
      sliceElemK_ = saved;
      return;
    }
    k = tee({k, *goDeferK});
  }
  exprConv(k, arg, target, at);
}

bool Walker::conversion(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* goDeferK) {
  if (!isTypeExpr(c->fun)) return false;
  Hole k = ks.empty() ? g_.discardHole() : ks[0];
  if (goDeferK) k = tee({k, *goDeferK});
  if (c->args.size() != 1) {
    for (const syntax::Expr* a : c->args) expr(g_.heapHole(), a);
    return true;
  }
  const syntax::Expr* x = c->args[0];
  const types::Type* to = typeOf(c->fun);
  const types::Type* from = typeOf(x);
  if (isConstant(c)) return true;
  if (to && from && types::isInterface(to) && !types::isInterface(from)) {
    if (!isDirectIface(from) && types::basicKindOf(from) != types::BasicKind::UntypedNil) k = spill(k, c);
    expr(k, x);
    return true;
  }
  const types::Type* tu = types::underlying(to);
  const types::Type* fu = types::underlying(from);
  bool toString = types::isString(tu);
  bool fromString = types::isString(fu);
  bool toSlice = types::isa<types::Slice>(tu);
  bool fromSlice = types::isa<types::Slice>(fu);
  if ((toString && (fromSlice || types::isInteger(fu))) || (toSlice && fromString)) {
    // string(b), string(r), []byte(s), []rune(s): a new copy
    spill(k, c);
    discard(x);
    return true;
  }
  expr(k, x);  // a conversion that keeps the representation
  return true;
}

bool Walker::builtinCall(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* goDeferK) {
  auto* id = dyn_cast<syntax::Ident>(unparen(c->fun));
  if (!id) return false;
  auto* b = types::dyn_cast<types::Builtin>(objectOf(id));
  if (!b) return false;
  Hole k0 = ks.empty() ? g_.discardHole() : ks[0];
  auto arg = [&](Hole k, const syntax::Expr* e, const types::Type* target = nullptr) {
    argument(k, e, target, goDeferK);
  };
  using types::BuiltinId;
  switch (b->id) {
    case BuiltinId::New: {
      Hole site = spill(k0, c);
      if (!c->args.empty()) news_.push_back({typeOf(c->args[0]), site.dst});
      return true;
    }
    case BuiltinId::Make: {
      const types::Type* t = c->args.empty() ? nullptr : types::underlying(typeOf(c->args[0]));
      if (types::isa<types::Slice>(t)) {
        Hole site = spill(k0, c);
        makes_.push_back({c, site.dst});
      } else if (types::isa<types::Map>(t)) {
        spill(k0, c);
      }  // channels are always heap allocated (Go: no location)
      for (size_t i = 1; i < c->args.size(); ++i) arg(g_.discardHole(), c->args[i]);
      return true;
    }
    case BuiltinId::Append: {
      if (c->args.empty()) return true;
      auto* st = types::dyn_cast<types::Slice>(types::underlying(typeOf(c->args[0])));
      bool ptrElems = !st || hasPointers(st->elem);
      Hole appendee = k0;
      if (ptrElems) appendee = tee({k0, g_.heapHole().deref()});  // the old contents may move to a new array
      arg(appendee, c->args[0]);
      if (c->hasEllipsis()) {
        if (c->args.size() > 1) {
          const types::Type* at = types::underlying(typeOf(c->args[1]));
          Hole appended = g_.discardHole();
          if (auto* as = types::dyn_cast<types::Slice>(at); as && hasPointers(as->elem)) appended = g_.heapHole().deref();
          arg(appended, c->args[1]);
        }
      } else {
        for (size_t i = 1; i < c->args.size(); ++i) arg(g_.heapHole(), c->args[i], st ? st->elem : nullptr);
      }
      return true;
    }
    case BuiltinId::Copy: {
      if (c->args.size() >= 1) arg(g_.discardHole(), c->args[0]);
      if (c->args.size() >= 2) {
        Hole copied = g_.discardHole();
        if (auto* s = types::dyn_cast<types::Slice>(types::underlying(typeOf(c->args[1]))); s && hasPointers(s->elem))
          copied = g_.heapHole().deref();
        arg(copied, c->args[1]);
      }
      return true;
    }
    case BuiltinId::Panic:
      for (const syntax::Expr* a : c->args) arg(g_.heapHole(), a, emptyInterface());
      return true;
    case BuiltinId::Assert:
      for (size_t i = 0; i < c->args.size(); ++i)
        arg(i == 0 ? g_.discardHole() : g_.heapHole(), c->args[i], i == 0 ? nullptr : emptyInterface());
      return true;
    case BuiltinId::Delete:
      // delete(m, k): the key is converted to the map's key type, only compared
      for (size_t i = 0; i < c->args.size(); ++i) {
        const types::Type* target = nullptr;
        if (i == 1 && !c->args.empty())
          if (auto* m = types::dyn_cast<types::Map>(types::underlying(typeOf(c->args[0])))) target = m->key;
        arg(g_.discardHole(), c->args[i], target);
      }
      return true;
    case BuiltinId::Min:
    case BuiltinId::Max:
      for (const syntax::Expr* a : c->args) arg(k0, a);  // the result is one of the arguments
      return true;
    default:
      // len, cap, close, delete, print, println, complex, real, imag, recover, clear: nothing is kept
      for (const syntax::Expr* a : c->args) arg(g_.discardHole(), a);
      return true;
  }
}

void Walker::call(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* goDeferK) {
  if (conversion(ks, c, goDeferK)) return;
  if (builtinCall(ks, c, goDeferK)) return;
  const syntax::Expr* f = unparen(c->fun);
  auto* sig = types::dyn_cast<types::Signature>(types::underlying(typeOf(c->fun)));

  // The function operand: a closure or a function value is evaluated (and, under go/defer, kept).
  const syntax::SelectorExpr* methodSel = nullptr;
  const types::Selection* selection = nullptr;
  if (auto* sel = dyn_cast<syntax::SelectorExpr>(f)) {
    auto it = info_.selections.find(sel);
    if (it != info_.selections.end() && it->second.kind == types::SelectionKind::MethodVal) {
      methodSel = sel;
      selection = &it->second;
    }
  }
  if (!methodSel) {
    Hole fk = g_.discardHole();
    if (goDeferK) fk = *goDeferK;
    if (auto* fl = dyn_cast<syntax::FuncLit>(f)) {
      funcLit(fk, fl);
    } else {
      expr(fk, c->fun);
    }
  }
  Callee fn = staticCallee(c);
  if (fn.info && !fn.info->tagged && dyn_cast<syntax::FuncLit>(f)) fn.info->closureCalled = true;
  bool devirtualized = false;
  if (methodSel && !fn.isStatic()) devirtualized = devirtualize(ks, methodSel, fn, goDeferK);

  // Results of a callee in the same batch flow back through its result locations.
  if (!ks.empty() && fn.info && !fn.info->tagged)
    for (size_t i = 0; i < ks.size() && i < fn.info->results.size(); ++i) flow(ks[i], fn.info->results[i]);

  int param = 0;           // summary index of the first argument in `args`
  size_t firstParam = 0;   // index in sig's parameters of the first argument in `args`
  std::span<syntax::Expr* const> args = c->args;
  if (devirtualized) {
    param = 1;  // the receiver was walked by devirtualize
  } else if (methodSel) {
    // x.M(args): the receiver (with its implicit & or * and embedded path) is the method's parameter 0
    Hole rk = tagHole(ks, fn, 0);
    if (goDeferK) rk = tee({rk, *goDeferK});
    expr(receiverHole(rk, methodSel, *selection), methodSel->x);
    param = 1;
  } else if (auto* sel = dyn_cast<syntax::SelectorExpr>(f)) {
    auto it = info_.selections.find(sel);
    if (it != info_.selections.end() && it->second.kind == types::SelectionKind::MethodExpr) {
      // T.M(recv, args): the signature lists the receiver first; it is the method's parameter 0
      if (!args.empty()) {
        argument(tagHole(ks, fn, 0), args[0], sig && sig->params->size() > 0 ? sig->params->vars[0]->type : nullptr,
                 goDeferK, c->lparen);
        args = args.subspan(1);
      }
      param = 1;
      firstParam = 1;
    }
  }
  if (!sig) {
    for (const syntax::Expr* a : args) argument(g_.heapHole(), a, nullptr, goDeferK);
    return;
  }
  const auto& params = sig->params->vars;
  size_t nparams = params.size() >= firstParam ? params.size() - firstParam : 0;

  // f(g()) with g returning several values: g's results flow into f's parameters (the variadic tail through
  // an implicit `...` slice); each result needs its hole, or its leaks to the caller's values would be lost.
  if (args.size() == 1 && nparams >= 1) {
    auto* inner = dyn_cast<syntax::CallExpr>(unparen(args[0]));
    auto* tup = inner ? types::dyn_cast<types::Tuple>(typeOf(inner)) : nullptr;
    if (tup && tup->size() > 1) {
      std::vector<Hole> pks;
      std::optional<Hole> slice;
      for (size_t j = 0; j < tup->size(); ++j) {
        size_t i = std::min(j, nparams - 1);
        const types::Type* pt = params[firstParam + i]->type;
        Hole k;
        if (sig->variadic && i + 1 == nparams && !c->hasEllipsis()) {
          if (!slice) slice = spill(tagHole(ks, fn, param + static_cast<int>(i)), c, SiteKind::DotDotDot);
          k = *slice;
          if (auto* st = types::dyn_cast<types::Slice>(types::underlying(pt))) pt = st->elem;
        } else {
          k = tagHole(ks, fn, param + static_cast<int>(i));
        }
        if (goDeferK) k = tee({k, *goDeferK});
        const types::Type* rt = tup->vars[j]->type;
        if (pt && types::isInterface(pt) && !types::isInterface(rt) && !isDirectIface(rt)) {
          Location* box = newLoc(false);  // the result boxed in a temporary (Go's .autotmp_N)
          flow(k.addr(), box);
          k = Hole{box};
        }
        pks.push_back(k);
      }
      call(pks, inner);
      return;
    }
  }
  for (size_t i = 0; i < nparams; ++i) {
    const types::Type* pt = params[firstParam + i]->type;
    Hole k = tagHole(ks, fn, param + static_cast<int>(i));
    if (sig->variadic && i + 1 == nparams && !c->hasEllipsis()) {
      // the implicit slice of a variadic call: Go's "... argument"
      if (args.size() > i) {
        Hole slice = spill(k, c, SiteKind::DotDotDot);
        auto* st = types::dyn_cast<types::Slice>(types::underlying(pt));
        for (size_t j = i; j < args.size(); ++j)
          argument(slice, args[j], st ? st->elem : nullptr, goDeferK, c->lparen);
      }
      break;
    }
    if (i < args.size()) argument(k, args[i], pt, goDeferK, c->lparen);
  }
  for (size_t j = nparams; j < args.size() && !sig->variadic; ++j) argument(g_.heapHole(), args[j], nullptr, goDeferK);
}

}  // namespace vo::escape

namespace vo::escape {

bool Walker::devirtualize(const std::vector<Hole>& ks, const syntax::SelectorExpr* sel, Callee& fn,
                          const Hole* goDeferK) {
  // Go's devirtualize pass (run before escape analysis): i.M() where the interface variable i only ever holds a
  // value converted from the concrete type T calls T's method, with receiver i.(T).
  const types::Type* t = concreteDynamicType(sel->x);
  if (!t) return false;
  std::string_view name = sel->sel->name;
  bool isPtr = types::isa<types::Pointer>(types::underlying(t));
  // Find the method in T's method set: declared on T, or promoted through embedded fields (breadth first),
  // counting the pointers the embedded path dereferences.
  struct Candidate {
    const types::Type* t;  // the (possibly pointer) type reached
    int derefs;            // pointers dereferenced to get there (not counting t itself)
  };
  const types::Func* method = nullptr;
  bool viaInterface = false;
  int pathDerefs = 0;
  bool reachedPtr = isPtr;
  std::vector<Candidate> level{{t, 0}};
  for (int depth = 0; depth < 4 && !method && !viaInterface && !level.empty(); ++depth) {
    std::vector<Candidate> next;
    for (const Candidate& c : level) {
      const types::Type* b = c.t;
      bool ptr = false;
      if (auto* p = types::dyn_cast<types::Pointer>(types::underlying(b))) {
        b = p->elem;
        ptr = true;
      }
      if (auto* named = types::dyn_cast<types::Named>(b))
        for (const types::Func* m : named->methods)
          if (m->name == name) {
            method = m;
            pathDerefs = c.derefs;
            reachedPtr = ptr;
          }
      if (method) break;
      if (types::isInterface(b) && depth > 0) {
        if (auto* it = types::dyn_cast<types::Interface>(types::underlying(b)))
          for (const types::Func* m : it->allMethods)
            if (m->name == name) {
              viaInterface = true;
              pathDerefs = c.derefs;
            }
        if (viaInterface) break;
        continue;
      }
      if (auto* st = types::dyn_cast<types::Struct>(types::underlying(b)))
        for (const types::Var* f : st->fields)
          if (f->embedded) next.push_back({f->type, c.derefs + (ptr ? 1 : 0)});
    }
    level = std::move(next);
  }
  Hole k;
  if (method) {
    fn.func = method;
    if (auto d = pkg_.decls.find(method); d != pkg_.decls.end()) fn.info = d->second;
    k = tagHole(ks, fn, 0);
    bool wantPtr = method->signature()->recv && types::isa<types::Pointer>(method->signature()->recv->type);
    if (reachedPtr && !wantPtr) k = k.deref();  // a value receiver read through the pointer reached
    if (!reachedPtr && wantPtr) {
      if (pathDerefs == 0) return false;  // &(value inside the interface's box): not a method of T's set
      k = k.addr();                       // &p.E for an embedded E reached through a pointer
    }
    if (!wantPtr && !hasPointers(method->signature()->recv->type) && k.derefs >= 0) k.dst = g_.discardHole().dst;
  } else if (viaInterface) {
    k = g_.heapHole();  // the embedded interface value is the receiver of an interface call
  } else {
    return false;
  }
  for (int i = 0; i < pathDerefs; ++i) k = k.deref();
  if (!isDirectIface(t)) k = k.deref();  // Go's dotType: the value is read out of the interface's box
  if (goDeferK) k = tee({k, *goDeferK});
  // Go prints "devirtualizing i.M to T" (or "partially devirtualizing"); vo's code generator still makes an
  // interface call, so only the analysis uses the static callee and no message claims otherwise.
  expr(k, sel->x);
  return true;
}

const types::Type* Walker::concreteDynamicType(const syntax::Expr* e) const {
  for (int depth = 0; depth < 16; ++depth) {
    e = unparen(e);
    auto* id = dyn_cast<syntax::Ident>(e);
    auto* v = id ? types::dyn_cast<types::Var>(objectOf(id)) : nullptr;
    if (!v || !types::isInterface(v->type)) return nullptr;
    if (Location* l = varLoc(v); !l || l->curfn != curfn_) return nullptr;  // as Go: not captured variables
    auto it = staticDefs_.find(v);
    if (it == staticDefs_.end()) return nullptr;
    const syntax::Expr* d = unparen(it->second);
    if (auto* c = dyn_cast<syntax::CallExpr>(d); c && isTypeExpr(c->fun) && c->args.size() == 1 &&
                                                    types::isInterface(typeOf(c->fun)))
      d = unparen(c->args[0]);  // an explicit conversion to an interface
    const types::Type* dt = typeOf(d);
    if (!dt || types::basicKindOf(dt) == types::BasicKind::UntypedNil) return nullptr;
    if (!types::isInterface(dt)) return dt;  // converted from a concrete type here
    e = d;  // another interface value: follow it
  }
  return nullptr;
}

void Walker::flowClosures() {
  // Go's flowClosure: a captured variable is copied into the closure when it is never reassigned after the
  // capture, its address is never taken and it is small; otherwise the closure holds its address.
  for (const ClosureUse& use : closures_) {
    for (const types::Var* v : use.captured) {
      Location* loc = varLoc(v);
      if (!loc) continue;
      bool byval = !loc->addrtaken && !loc->reassigned && goSize(v->type) <= 128;
      if (byval) {
        byval_.insert(v);
        if (hasPointers(v->type)) flow(use.k, loc);  // a copy without pointers carries no address
      } else {
        byref_.insert(v);
        flow(use.k.addr(), loc);
      }
    }
  }
  for (const types::Var* v : byref_) byval_.erase(v);  // one capture by reference decides for all
}

void Walker::heapAllocReasons() {
  // Go's HeapAllocReason: objects too large for the stack, and make([]T, n) with a non-constant n.
  auto force = [&](Location* l) {
    l->heapForced = true;
    flow(g_.heapHole().addr(), l);
  };
  for (auto& [v, l] : vars_)
    if (!l->isParam && l->resultIndex == 0 && goSize(v->type) > kMaxStackVarSize) force(l);
  for (auto& [t, l] : news_) {
    if (goSize(t) > kMaxImplicitStackVarSize) force(l);  // t is the allocated T of new(T) and &T{...}
  }
  // closures and method values hold a function pointer and their captured values (or pointers to them)
  for (auto& [t, l] : methodValues_)
    if (8 + goSize(t) > kMaxImplicitStackVarSize) force(l);
  for (const ClosureUse& use : closures_) {
    int64_t size = 8;
    for (const types::Var* v : use.captured) size += byval_.count(v) ? goSize(v->type) : 8;
    if (use.site && size > kMaxImplicitStackVarSize) force(use.site);
  }
  for (auto& [c, l] : makes_) {
    const syntax::Expr* n = c->args.size() >= 3 ? c->args[2] : c->args.size() >= 2 ? c->args[1] : nullptr;
    auto it = n ? info_.types.find(n) : info_.types.end();
    if (it == info_.types.end() || it->second.mode != types::OperandMode::Constant) {
      force(l);  // non-constant size
      continue;
    }
    auto [size, exact] = constant::int64Val(constant::toInt(it->second.value));
    auto* st = types::dyn_cast<types::Slice>(types::underlying(typeOf(c->args[0])));
    int64_t elem = st ? goSize(st->elem) : 1;
    if (!exact || size < 0 || size > INT32_MAX || (elem != 0 && size > kMaxImplicitStackVarSize / elem)) force(l);
  }
}

}  // namespace vo::escape
