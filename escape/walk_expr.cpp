// Expressions (Go 1.19 escape/expr.go): each expression evaluated into a hole k. Values without pointers flow
// nowhere; `&x` takes an address (k.addr), `*p`, `p.f` through a pointer and indexing a slice dereference
// (k.deref); allocations (`&T{...}`, new, make, slice and map literals, closures, method values, conversions to an
// interface of non-pointer values, string conversions and concatenations) are spilled: a location of their own
// whose address flows to k.
#include <cassert>

#include "compiler/types/object.h"
#include "escape/ast_visit.h"
#include "escape/expr_string.h"
#include "escape/sizes.h"
#include "escape/walk.h"

namespace vo::escape {

using syntax::cast;
using syntax::dyn_cast;
using syntax::NodeKind;

const types::Type* emptyInterface() {
  static const types::Interface kAny{{}, {}};
  return &kAny;
}

const types::Type* Walker::typeOf(const syntax::Expr* e) const {
  auto it = info_.types.find(e);
  return it == info_.types.end() ? nullptr : it->second.type;
}

bool Walker::isTypeExpr(const syntax::Expr* e) const {
  auto it = info_.types.find(e);
  return it != info_.types.end() && it->second.mode == types::OperandMode::TypeExpr;
}

bool Walker::isConstant(const syntax::Expr* e) const {
  auto it = info_.types.find(e);
  return it != info_.types.end() && it->second.mode == types::OperandMode::Constant;
}

const types::Object* Walker::objectOf(const syntax::Ident* id) const {
  if (!id) return nullptr;
  if (auto it = info_.uses.find(id); it != info_.uses.end()) return it->second;
  if (auto it = info_.defs.find(id); it != info_.defs.end()) return it->second;
  return nullptr;
}

Location* Walker::varLoc(const types::Var* v) const {
  auto it = vars_.find(v);
  return it == vars_.end() ? nullptr : it->second;
}

Location* Walker::declare(const types::Object* o) {
  auto* v = types::dyn_cast<types::Var>(o);
  if (!v || v->name == "_") return nullptr;
  if (Location* l = varLoc(v)) {  // declared before (Go's dcl: the declaration sets the loop depth)
    l->loopDepth = loopDepth_;
    return l;
  }
  Location* l = newLoc(false);
  l->var = v;
  vars_[v] = l;
  return l;
}

Location* Walker::declareIdent(const syntax::Ident* id) {
  if (!id) return nullptr;
  auto it = info_.defs.find(id);
  return it == info_.defs.end() ? nullptr : declare(it->second);
}

/// Go's position of an allocation site (expr_string.h's goExprPos: a call's `(`, a literal's `{`, ...).
static Pos sitePos(const syntax::Node* n) {
  auto* e = dyn_cast<syntax::Expr>(n);
  return e ? goExprPos(e) : n->pos();
}

Hole Walker::spill(Hole k, const syntax::Node* n, SiteKind site, Pos at) {
  Location* loc = newLoc(true);
  loc->node = n;
  loc->site = site;
  loc->pos = at.isValid() ? at : sitePos(n);
  flow(k.addr(), loc);
  return Hole{loc};
}

static const syntax::Expr* unparen(const syntax::Expr* e) {
  while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

bool Walker::isLocalName(const syntax::Expr* e) const {
  auto* id = dyn_cast<syntax::Ident>(e);
  return id && varLoc(types::dyn_cast<types::Var>(objectOf(id))) != nullptr;
}

void Walker::exprConv(Hole k, const syntax::Expr* e, const types::Type* target, Pos at, bool anyOperand) {
  if (!e) return;
  const types::Type* from = typeOf(e);
  if (target && from && types::isInterface(target) && !types::isInterface(from) &&
      types::basicKindOf(from) != types::BasicKind::UntypedNil && !types::isa<types::Tuple>(from)) {
    // Go's OCONVIFACE: a value that is not pointer-shaped is boxed; the box is an allocation site.
    // Go reports the conversion of a bare variable at the context's position (a call's `(`, an assignment),
    // any other operand at its own
    if (!isDirectIface(from) && anonymousConversions_) {
      Location* box = newLoc(false);  // boxed in a temporary codegen allocates on the heap
      flow(k.addr(), box);
      k = Hole{box};
    } else if (!isDirectIface(from)) {
      k = spill(k, unparen(e), SiteKind::Expr, anyOperand || isLocalName(unparen(e)) ? at : Pos{});
    }
  }
  expr(k, e);
}

void Walker::expr(Hole k, const syntax::Expr* e) {
  if (!e || isTypeExpr(e)) return;
  const types::Type* t = typeOf(e);
  if (isConstant(e)) return;
  // A value without pointers carries no address: it flows nowhere (the hole keeps its addrtaken mark, which
  // records that an address was taken on the way, e.g. `*id(&x)`).
  if (k.derefs >= 0 && t && !types::isUntyped(t) && !hasPointers(t)) k.dst = g_.discardHole().dst;
  switch (e->kind()) {
    case NodeKind::Ident: {
      const types::Object* o = objectOf(cast<syntax::Ident>(e));
      if (auto* v = types::dyn_cast<types::Var>(o)) {
        if (Location* l = varLoc(v)) flow(k, l);  // globals hold heap values already
      }
      return;
    }
    case NodeKind::BasicLit: return;
    case NodeKind::ParenExpr: expr(k, cast<syntax::ParenExpr>(e)->x); return;
    case NodeKind::CompositeLit: compositeLit(k, cast<syntax::CompositeLit>(e)); return;
    case NodeKind::FuncLit: funcLit(k, cast<syntax::FuncLit>(e)); return;
    case NodeKind::SelectorExpr: selector(k, cast<syntax::SelectorExpr>(e)); return;
    case NodeKind::IndexExpr: {
      auto* ix = cast<syntax::IndexExpr>(e);
      const types::Type* xt = types::underlying(typeOf(ix->x));
      if (types::isa<types::Map>(xt)) {
        discard(ix->x);  // map contents are on the heap already
        exprConv(g_.discardHole(), ix->index, types::cast<types::Map>(xt)->key);
        return;
      }
      if (types::isa<types::Array>(xt))
        expr(k, ix->x);  // the element is part of the array's own storage
      else
        expr(k.deref(), ix->x);  // slice, string, pointer to array
      discard(ix->index);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* se = cast<syntax::SliceExpr>(e);
      if (types::isa<types::Array>(types::underlying(typeOf(se->x))))
        expr(k.addr(), se->x);  // a[i:j] of an array is (&a)[i:j]
      else
        expr(k, se->x);
      discard(se->low);
      discard(se->high);
      discard(se->max);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* ta = cast<syntax::TypeAssertExpr>(e);
      // Go's dotType: a non-pointer-shaped concrete value is read out of the interface's box.
      const types::Type* to = ta->type ? typeOf(ta->type) : nullptr;
      if (to && !types::isInterface(to) && !isDirectIface(to)) k = k.deref();
      expr(k, ta->x);
      return;
    }
    case NodeKind::CallExpr: call({k}, cast<syntax::CallExpr>(e)); return;
    case NodeKind::StarExpr: expr(k.deref(), cast<syntax::StarExpr>(e)->x); return;
    case NodeKind::UnaryExpr: {
      auto* ue = cast<syntax::UnaryExpr>(e);
      if (ue->op == syntax::TokenKind::And) {
        if (auto* cl = dyn_cast<syntax::CompositeLit>(unparen(ue->x))) {
          // &T{...}: Go's OPTRLIT, an allocation whose contents are the literal's values
          Hole lit = spill(k, ue);
          news_.push_back({typeOf(cl), lit.dst});
          compositeLit(lit, cl);
          return;
        }
        expr(k.addr(), ue->x);
        return;
      }
      discard(ue->x);  // arithmetic, `!`, and `<-ch` (received values come from the heap)
      return;
    }
    case NodeKind::BinaryExpr: binary(k, cast<syntax::BinaryExpr>(e)); return;
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<syntax::KeyValueExpr>(e);
      expr(g_.heapHole(), kv->key);
      expr(g_.heapHole(), kv->value);
      return;
    }
    case NodeKind::TryExpr: {
      // x? yields x's results but the last, an error that `?` stores into the function's error result when it
      // returns (as `if err != nil { return ..., err }` would): it flows there, and the result is reassigned (a
      // deferred closure may read it).
      auto* te = cast<syntax::TryExpr>(e);
      const bool toResult = curfn_ && !curfn_->results.empty();
      const Hole errHole = toResult ? Hole{curfn_->results.back()} : g_.heapHole();
      if (auto* c = dyn_cast<syntax::CallExpr>(unparen(te->x))) {
        const types::Type* ct = typeOf(c);
        size_t n = 1;
        if (auto* tup = types::dyn_cast<types::Tuple>(ct)) n = tup->size();
        std::vector<Hole> ks;
        for (size_t i = 0; i + 1 < n; ++i) ks.push_back(i == 0 ? k : g_.heapHole());
        ks.push_back(errHole);
        call(ks, c);
      } else {
        expr(g_.heapHole(), te->x);
      }
      if (toResult) markReassigned({errHole});
      return;
    }
    case NodeKind::DynAccessExpr: {
      // Vo dynamic access goes through reflection-like natives: everything it touches is on the heap.
      auto* da = cast<syntax::DynAccessExpr>(e);
      expr(g_.heapHole(), da->x);
      exprConv(g_.heapHole(), da->index, emptyInterface());
      for (const syntax::Expr* a : da->args) exprConv(g_.heapHole(), a, emptyInterface());
      return;
    }
    default:
      // Unknown forms: everything below them is assumed to reach the heap (safe).
      visitNodes(e, [&](const syntax::Node* n) {
        if (n == e) return true;
        if (auto* sub = dyn_cast<syntax::Expr>(n)) {
          expr(g_.heapHole(), sub);
          return false;
        }
        return true;
      });
      return;
  }
}

void Walker::binary(Hole k, const syntax::BinaryExpr* be) {
  using syntax::TokenKind;
  const types::Type* t = typeOf(be);
  if (be->op == TokenKind::Add && types::isString(t)) {
    // Go's OADDSTR: one allocation for the whole chain a + b + c; the operands are only read.
    spill(k, be);
    std::vector<const syntax::Expr*> todo{be};
    while (!todo.empty()) {
      const syntax::Expr* x = todo.back();
      todo.pop_back();
      auto* b = dyn_cast<syntax::BinaryExpr>(unparen(x));
      if (b && b->op == TokenKind::Add && types::isString(typeOf(b)) && !isConstant(b)) {
        todo.push_back(b->y);
        todo.push_back(b->x);
      } else {
        discard(x);
      }
    }
    return;
  }
  discard(be->x);
  discard(be->y);
}

Hole Walker::receiverHole(Hole k, const syntax::SelectorExpr* sel, const types::Selection& s) {
  // Walk the embedded-field path from sel->x's type to the type declaring the method, counting the pointers
  // dereferenced on the way, then adjust to the receiver's form (&x for a pointer receiver, *p for a value one).
  const types::Type* t = typeOf(sel->x);
  int derefs = 0;
  for (size_t i = 0; i + 1 < s.index.size(); ++i) {
    const types::Type* u = types::underlying(t);
    if (auto* p = types::dyn_cast<types::Pointer>(u)) {
      ++derefs;
      u = types::underlying(p->elem);
    }
    auto* st = types::dyn_cast<types::Struct>(u);
    if (!st || s.index[i] < 0 || static_cast<size_t>(s.index[i]) >= st->fields.size()) return g_.heapHole();
    t = st->fields[static_cast<size_t>(s.index[i])]->type;
  }
  auto* m = types::dyn_cast<types::Func>(s.obj);
  const types::Var* recv = m ? m->signature()->recv : nullptr;
  bool haveptr = types::isa<types::Pointer>(types::underlying(t)) && !types::isInterface(t);
  bool wantptr = recv && types::isa<types::Pointer>(recv->type);
  if (wantptr && !haveptr) k = k.addr();
  if (!wantptr && haveptr) k = k.deref();
  // a receiver value without pointers carries no address (Go: the implicit *p has the receiver's type)
  if (!wantptr && recv && !hasPointers(recv->type) && k.derefs >= 0) k.dst = g_.discardHole().dst;
  for (int i = 0; i < derefs; ++i) k = k.deref();
  return k;
}

void Walker::selector(Hole k, const syntax::SelectorExpr* sel) {
  auto it = info_.selections.find(sel);
  if (it == info_.selections.end()) return;  // qualified identifier pkg.Name: globals and functions
  const types::Selection& s = it->second;
  switch (s.kind) {
    case types::SelectionKind::FieldVal: {
      const types::Type* t = typeOf(sel->x);
      int derefs = 0;
      for (int idx : s.index) {
        const types::Type* u = types::underlying(t);
        if (auto* p = types::dyn_cast<types::Pointer>(u)) {
          ++derefs;
          u = types::underlying(p->elem);
        }
        auto* st = types::dyn_cast<types::Struct>(u);
        if (!st || idx < 0 || static_cast<size_t>(idx) >= st->fields.size()) break;
        t = st->fields[static_cast<size_t>(idx)]->type;
      }
      for (int i = 0; i < derefs; ++i) k = k.deref();
      expr(k, sel->x);
      return;
    }
    case types::SelectionKind::MethodExpr: return;  // T.M: a function, no allocation
    case types::SelectionKind::MethodVal: {
      // Go's OMETHVALUE: a closure binding the receiver; the receiver flows to the closure and, as the method
      // would receive it, to the method's receiver parameter (whose results go to the heap).
      Hole closureK = spill(k, sel);
      auto* m = types::dyn_cast<types::Func>(s.obj);
      // the closure holds a copy of the receiver as the method takes it
      const types::Type* rt = m && m->signature()->recv ? m->signature()->recv->type : typeOf(sel->x);
      if (rt && types::isInterface(rt)) rt = typeOf(sel->x);
      methodValues_.push_back({rt, closureK.dst});
      Callee fn;
      if (m && m->signature()->recv && !types::isInterface(m->signature()->recv->type)) {
        fn.func = m;
        if (auto d = pkg_.decls.find(m); d != pkg_.decls.end()) fn.info = d->second;
      }
      std::vector<Hole> ks;
      if (m)
        for (size_t i = 0; i < m->signature()->results->size(); ++i) ks.push_back(g_.heapHole());
      Hole paramK = tagHole(ks, fn, 0);
      Hole rk = receiverHole(tee({paramK, closureK}), sel, s);
      expr(rk, sel->x);
      return;
    }
  }
}

void Walker::compositeLit(Hole k, const syntax::CompositeLit* cl) {
  const types::Type* t = types::underlying(typeOf(cl));
  if (auto* p = types::dyn_cast<types::Pointer>(t)) {
    // an elided &T inside another literal ([]*T{{...}}): an allocation site codegen knows by the literal itself
    Hole lit = spill(k, cl);
    news_.push_back({p->elem, lit.dst});
    t = types::underlying(p->elem);
    k = lit;
  }
  auto elemValue = [](const syntax::Expr* el) {
    if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) return static_cast<const syntax::Expr*>(kv->value);
    return el;
  };
  if (auto* st = types::dyn_cast<types::Struct>(t)) {
    for (size_t i = 0; i < cl->elts.size(); ++i) {
      const syntax::Expr* el = cl->elts[i];
      const types::Var* field = nullptr;
      if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) {
        if (auto* id = dyn_cast<syntax::Ident>(kv->key))
          for (const types::Var* f : st->fields)
            if (f->name == id->name) field = f;
      } else if (i < st->fields.size()) {
        field = st->fields[i];
      }
      // Go reports the conversion of a keyed element at its key
      exprConv(k, elemValue(el), field ? field->type : nullptr,
               el->kind() == NodeKind::KeyValueExpr ? el->pos() : Pos{}, /*anyOperand=*/true);
    }
    return;
  }
  if (auto* a = types::dyn_cast<types::Array>(t)) {
    for (const syntax::Expr* el : cl->elts) {
      if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) discard(kv->key);
      exprConv(k, elemValue(el), a->elem);
    }
    return;
  }
  if (auto* s = types::dyn_cast<types::Slice>(t)) {
    Hole lit = spill(k, cl);  // the backing array
    const Hole* alsoK = sliceElemK_;  // a go/defer argument: the wrapper keeps the elements too
    sliceElemK_ = nullptr;
    for (const syntax::Expr* el : cl->elts) {
      if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) discard(kv->key);
      exprConv(alsoK ? tee({lit, *alsoK}) : lit, elemValue(el), s->elem);
    }
    return;
  }
  if (auto* m = types::dyn_cast<types::Map>(t)) {
    spill(k, cl);
    for (const syntax::Expr* el : cl->elts) {
      if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) {
        exprConv(g_.heapHole(), kv->key, m->key);  // map keys and values live in the map's heap storage
        exprConv(g_.heapHole(), kv->value, m->elem);
      } else {
        expr(g_.heapHole(), el);
      }
    }
    return;
  }
  for (const syntax::Expr* el : cl->elts) expr(g_.heapHole(), elemValue(el));  // unknown type: be safe
}

void Walker::funcLit(Hole k, const syntax::FuncLit* fl) {
  k = spill(k, fl, SiteKind::FuncLit);
  FuncInfo* fn = pkg_.newFunc();
  fn->node = fl;
  {
    // Go's closure names: f.func1, f.func2 in a declared function, f.func1.1 in a closure, glob..func1 at
    // package level
    FuncInfo* top = curfn_;
    int n = ++top->closureCount;
    if (top->packageInit)
      fn->name = "glob..func" + std::to_string(n);
    else if (top->node && top->node->kind() == NodeKind::FuncLit)
      fn->name = top->name + "." + std::to_string(n);
    else
      fn->name = top->name + ".func" + std::to_string(n);
  }
  fn->sig = types::dyn_cast<types::Signature>(typeOf(fl));
  fn->outer = curfn_;
  // The captured variables: every variable of an enclosing function the body (or a closure in it) names.
  ClosureUse use{k, k.dst, fn, {}};
  std::unordered_set<const types::Var*> seen;
  visitNodes(fl->body, [&](const syntax::Node* n) {
    if (auto* id = dyn_cast<syntax::Ident>(n)) {
      auto it = info_.uses.find(id);
      if (it != info_.uses.end())
        if (auto* v = types::dyn_cast<types::Var>(it->second); v && varLoc(v) && seen.insert(v).second)
          use.captured.push_back(v);
    }
    return true;
  });
  for (const types::Var* v : use.captured) {
    Location* loc = varLoc(v);
    if (!loc->captured) {
      loc->captured = true;
      // assignments before a capture at the variable's own loop depth do not affect the captured value
      if (loc->loopDepth == loopDepth_) loc->reassigned = false;
    }
  }
  closures_.push_back(use);
  closures_.back().site = k.dst;
  funcLits_[fl] = fn;
  // Walk the body as its own function.
  FuncInfo* savedFn = curfn_;
  int savedDepth = loopDepth_;
  auto savedLabels = std::move(labels_);
  labels_.clear();
  curfn_ = fn;
  loopDepth_ = 1;
  if (fn->sig) {
    for (size_t i = 0; i < fn->sig->params->size(); ++i) {
      const types::Var* p = fn->sig->params->vars[i];
      Location* l = declare(p);
      if (l) l->isParam = true;
      fn->params.push_back(l);
      fn->paramIdents.push_back(i < fl->type->params.size() ? fl->type->params[i]->name : nullptr);
    }
    for (size_t i = 0; i < fn->sig->results->size(); ++i) {
      const types::Var* r = fn->sig->results->vars[i];
      Location* l = declare(r);
      if (!l) {  // unnamed or blank result: still a location (returns assign to it)
        l = newLoc(false);
      }
      l->resultIndex = static_cast<int>(i) + 1;
      fn->results.push_back(l);
    }
  }
  scanLabels(fl->body);
  block(fl->body->stmts);
  curfn_ = savedFn;
  loopDepth_ = savedDepth;
  labels_ = std::move(savedLabels);
}

}  // namespace vo::escape
