// Walk helpers from Go 1.19 escape/utils.go and ir.StaticValue: static values of local function variables (so
// `f := func(p *int){...}; f(x)` is a static call), and self-assignments (`b.buf = b.buf[:n]`,
// `p.p1 = p.p2`), whose flows Go ignores because they cannot make anything escape.
#include "compiler/types/object.h"
#include "escape/ast_visit.h"
#include "escape/walk.h"

namespace vo::escape {

using syntax::cast;
using syntax::dyn_cast;
using syntax::NodeKind;
using syntax::TokenKind;

namespace {

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

void Walker::scanStaticDefs(const syntax::Node* body) {
  std::unordered_map<const types::Var*, const syntax::Expr*> defs;
  std::unordered_set<const types::Var*> bad;
  auto var = [&](const syntax::Expr* e) -> const types::Var* {
    auto* id = dyn_cast<syntax::Ident>(unparen(e));
    return id ? types::dyn_cast<types::Var>(objectOf(id)) : nullptr;
  };
  visitNodes(body, [&](const syntax::Node* n) {
    switch (n->kind()) {
      case NodeKind::AssignStmt: {
        auto* as = cast<syntax::AssignStmt>(n);
        bool pairwise = as->lhs.size() == as->rhs.size();
        for (size_t i = 0; i < as->lhs.size(); ++i) {
          const types::Var* v = var(as->lhs[i]);
          if (!v) continue;
          auto* id = dyn_cast<syntax::Ident>(unparen(as->lhs[i]));
          bool fresh = as->tok == TokenKind::Define && info_.defs.count(id) && info_.defs.at(id) == v;
          if (fresh && pairwise)
            defs[v] = as->rhs[i];
          else
            bad.insert(v);
        }
        break;
      }
      case NodeKind::ValueSpec: {
        auto* vs = cast<syntax::ValueSpec>(n);
        if (vs->names.size() == vs->values.size())
          for (size_t i = 0; i < vs->names.size(); ++i)
            if (auto* v = types::dyn_cast<types::Var>(objectOf(vs->names[i]))) defs[v] = vs->values[i];
        break;
      }
      case NodeKind::IncDecStmt:
        if (const types::Var* v = var(cast<syntax::IncDecStmt>(n)->x)) bad.insert(v);
        break;
      case NodeKind::UnaryExpr: {
        auto* ue = cast<syntax::UnaryExpr>(n);
        if (ue->op == TokenKind::And)
          if (const types::Var* v = var(ue->x)) bad.insert(v);
        break;
      }
      case NodeKind::RangeStmt: {
        auto* rs = cast<syntax::RangeStmt>(n);
        for (const syntax::Expr* e : {rs->key, rs->value})
          if (const types::Var* v = e ? var(e) : nullptr) bad.insert(v);
        break;
      }
      default: break;
    }
    return true;
  });
  for (auto& [v, e] : defs)
    if (!bad.count(v)) staticDefs_[v] = e;
}

const syntax::Expr* Walker::staticValue(const syntax::Expr* e) const {
  for (int depth = 0; depth < 16; ++depth) {
    e = unparen(e);
    auto* id = dyn_cast<syntax::Ident>(e);
    if (!id) return e;
    auto* v = types::dyn_cast<types::Var>(objectOf(id));
    if (!v) return e;
    if (Location* l = varLoc(v); !l || l->curfn != curfn_) return e;  // captured variables are not followed
    auto it = staticDefs_.find(v);
    if (it == staticDefs_.end()) return e;
    e = it->second;
  }
  return e;
}

bool Walker::mayAffectMemory(const syntax::Expr* e) const {
  e = unparen(e);
  if (!e || isConstant(e)) return false;
  switch (e->kind()) {
    case NodeKind::Ident:
    case NodeKind::BasicLit: return false;
    case NodeKind::BinaryExpr: {
      auto* b = cast<syntax::BinaryExpr>(e);
      return mayAffectMemory(b->x) || mayAffectMemory(b->y);
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<syntax::IndexExpr>(e);
      if (types::isa<types::Map>(types::underlying(typeOf(ix->x)))) return true;
      return mayAffectMemory(ix->x) || mayAffectMemory(ix->index);
    }
    case NodeKind::UnaryExpr: {
      auto* u = cast<syntax::UnaryExpr>(e);
      return u->op == TokenKind::Arrow || u->op == TokenKind::And || mayAffectMemory(u->x);
    }
    case NodeKind::SelectorExpr: return mayAffectMemory(cast<syntax::SelectorExpr>(e)->x);
    case NodeKind::StarExpr: return mayAffectMemory(cast<syntax::StarExpr>(e)->x);
    case NodeKind::CallExpr: {
      auto* c = cast<syntax::CallExpr>(e);
      if (isTypeExpr(c->fun) && c->args.size() == 1) return mayAffectMemory(c->args[0]);  // conversions
      if (auto* id = dyn_cast<syntax::Ident>(unparen(c->fun))) {
        auto* b = types::dyn_cast<types::Builtin>(objectOf(id));
        if (b && (b->id == types::BuiltinId::Len || b->id == types::BuiltinId::Cap) && c->args.size() == 1)
          return mayAffectMemory(c->args[0]);
      }
      return true;
    }
    default: return true;
  }
}

bool Walker::sameSafeExpr(const syntax::Expr* a, const syntax::Expr* b) const {
  a = unparen(a);
  b = unparen(b);
  if (!a || !b || a->kind() != b->kind()) return false;
  switch (a->kind()) {
    case NodeKind::Ident: {
      const types::Object* oa = objectOf(cast<syntax::Ident>(a));
      return oa && types::isa<types::Var>(oa) && oa == objectOf(cast<syntax::Ident>(b));
    }
    case NodeKind::SelectorExpr: {
      auto* sa = cast<syntax::SelectorExpr>(a);
      auto* sb = cast<syntax::SelectorExpr>(b);
      auto ia = info_.selections.find(sa);
      auto ib = info_.selections.find(sb);
      if (ia == info_.selections.end() || ib == info_.selections.end()) return false;
      return ia->second.kind == types::SelectionKind::FieldVal && ia->second.obj == ib->second.obj &&
             ia->second.index == ib->second.index && sameSafeExpr(sa->x, sb->x);
    }
    case NodeKind::StarExpr: return sameSafeExpr(cast<syntax::StarExpr>(a)->x, cast<syntax::StarExpr>(b)->x);
    case NodeKind::IndexExpr: {
      auto* xa = cast<syntax::IndexExpr>(a);
      auto* xb = cast<syntax::IndexExpr>(b);
      if (types::isa<types::Map>(types::underlying(typeOf(xa->x)))) return false;
      return sameSafeExpr(xa->x, xb->x) && sameSafeExpr(xa->index, xb->index);
    }
    case NodeKind::BasicLit:
      return cast<syntax::BasicLit>(a)->value == cast<syntax::BasicLit>(b)->value;
    default: return false;
  }
}

bool Walker::isSelfAssign(const syntax::Expr* dst, const syntax::Expr* src) const {
  dst = unparen(dst);
  src = unparen(src);
  if (!dst || !src) return false;
  // A selector's "op": a field of a value (Go's ODOT) or reached through a pointer (ODOTPTR).
  auto dotptr = [&](const syntax::SelectorExpr* s) {
    return types::isa<types::Pointer>(types::underlying(typeOf(s->x)));
  };
  auto isField = [&](const syntax::SelectorExpr* s) {
    auto it = info_.selections.find(s);
    return it != info_.selections.end() && it->second.kind == types::SelectionKind::FieldVal;
  };
  // Go's isSliceSelfAssign: *p = (*p)[i:j] or p.f = p.f[i:j] with p a variable and f reached through p.
  auto baseName = [&](const syntax::Expr* e) -> const types::Object* {
    e = unparen(e);
    const syntax::Expr* x = nullptr;
    if (auto* st = dyn_cast<syntax::StarExpr>(e))
      x = st->x;
    else if (auto* sel = dyn_cast<syntax::SelectorExpr>(e); sel && isField(sel) && dotptr(sel))
      x = sel->x;
    auto* id = dyn_cast<syntax::Ident>(unparen(x));
    const types::Object* o = id ? objectOf(id) : nullptr;
    return types::isa<types::Var>(o) ? o : nullptr;
  };
  if (auto* se = dyn_cast<syntax::SliceExpr>(src)) {
    if (!types::isa<types::Array>(types::underlying(typeOf(se->x)))) {
      const types::Object* d = baseName(dst);
      if (d && d == baseName(se->x)) return true;
    }
  }
  if (dst->kind() != src->kind()) return false;
  if (auto* ds = dyn_cast<syntax::SelectorExpr>(dst)) {
    auto* ss = cast<syntax::SelectorExpr>(src);
    if (!isField(ds) || !isField(ss) || dotptr(ds) != dotptr(ss)) return false;
    return sameSafeExpr(ds->x, ss->x);
  }
  if (auto* di = dyn_cast<syntax::IndexExpr>(dst)) {
    auto* si = cast<syntax::IndexExpr>(src);
    if (types::isa<types::Map>(types::underlying(typeOf(di->x)))) return false;
    if (mayAffectMemory(di->index) || mayAffectMemory(si->index)) return false;
    return sameSafeExpr(di->x, si->x);
  }
  return false;
}

}  // namespace vo::escape
