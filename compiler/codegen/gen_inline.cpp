// Inlining: calls of small leaf functions and methods with a statically known callee are generated in place, in the
// caller's frame, instead of as a Call (Go's inliner, cmd/compile/internal/inline, for the simplest bodies).
//
// Invariants
//  - Only leaves are inlined: the body makes no call of any kind (functions, methods, closures, interfaces,
//    natives), so an inlined body never contains a call window or another inlined body, and a frame's pc is inside
//    an inlined body only when that frame is the innermost one (a run-time error or panic there). The inline tree
//    of a function (rt::FuncInfo::inlined) is therefore one level of disjoint pc ranges.
//  - Eligible (inlineBody): a function or method declared with a body in a generated package, not variadic, not
//    marked //go:noinline, whose body holds only blocks, if, assignments, ++/--, var and const declarations,
//    returns, and `panic(...)` statements; expressions without function literals, method values, channel
//    operations, Vo's `?` and `~>`, and calls other than conversions and the builtins in kInlineBuiltins; at most
//    kInlineBudget nodes (Go's budget is 80 "nodes" too); the body's lines all in the declaration's file.
//  - Arguments are evaluated in Go's order into fresh caller registers, then bound to the callee's parameters
//    exactly as the prologue binds them (setupSignature): a parameter escape analysis keeps in the frame gets the
//    frame object the caller reserved for it (reserveInlineFrameObjects, called by the prologue's pre-scan so that
//    every frame object stays below every call window), a heap parameter gets a box, the others use the registers.
//    A parameter the body never assigns, passed a register variable of the caller of an identical type, shares
//    that variable's registers (nothing in a leaf body can write a caller's register).
//  - A pointer parameter the body only dereferences (InlineBody::derefOnly: `p.f` and `*p` read or assigned, never
//    p itself, never an address inside *p) needs no pointer when the argument is `&x` for a register variable x,
//    or a `&T{...}` escape analysis keeps in the frame: p's uses become places in x's registers, or in the
//    literal's (inlineAliases, FuncGen::place). A local whose address is only ever taken that way — `&x`
//    arguments and `x.M()` receivers of such parameters — and that escape analysis keeps in the frame is a
//    register variable (computeInlineRegVars): Go's escape analysis, which runs after inlining, decides the same.
//    Under VO_ESCAPE=conservative (no frame decisions) nothing of this applies.
//  - The body is generated with the callee's package (escape decisions, types::Info); its returns store the results
//    into the call's result registers and jump to the end (genInlineReturn). Frame objects of inlined bodies may be
//    used by several call sites and iterations, so runsOnce() is false inside an inlined body (zeroed again).
//  - Lines inside [startPc, endPc) are the callee's, in the callee's file (rt::InlinedCall); the traceback prints
//    the inlined frame `pkg.f(...)` with that line and then the caller at the call site's line, as Go does.
//
// Example: `total += dist2(&Point{i & 1023, i & 7})` with `func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }`
// becomes the literal built in two registers and `mul / mul / add` into the result register: no call, no frame
// push, no memory (p is derefOnly, the literal does not escape).
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

namespace {

/// Nodes a body may have (Go: inlineMaxBudget = 80).
constexpr int kInlineBudget = 80;

/// Builtins that are single instructions without calls (append of several values: a few, still without calls).
bool inlineBuiltin(ty::BuiltinId id) {
  switch (id) {
    case ty::BuiltinId::Append:
    case ty::BuiltinId::Copy:
    case ty::BuiltinId::Len:
    case ty::BuiltinId::Cap:
    case ty::BuiltinId::Min:
    case ty::BuiltinId::Max:
    case ty::BuiltinId::Complex:
    case ty::BuiltinId::Real:
    case ty::BuiltinId::Imag:
    case ty::BuiltinId::New:
    case ty::BuiltinId::Panic:
      return true;
    default:
      return false;
  }
}

/// True when a `//go:noinline` comment precedes the declaration at `pos` (the comment lines right above it).
bool noinlinePragma(const SourceManager& sources, Pos pos) {
  if (!pos.isValid()) return false;
  std::string_view text = sources.contents(pos.file);
  size_t end = std::min<size_t>(pos.offset, text.size());
  size_t lineStart = text.rfind('\n', end == 0 ? 0 : end - 1);
  while (lineStart != std::string_view::npos && lineStart > 0) {
    size_t prev = text.rfind('\n', lineStart - 1);
    size_t from = prev == std::string_view::npos ? 0 : prev + 1;
    std::string_view line = text.substr(from, lineStart - from);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.substr(0, 2) != "//") return false;
    if (line.substr(0, 13) == "//go:noinline") return true;
    if (prev == std::string_view::npos) return false;
    lineStart = prev;
  }
  return false;
}

}  // namespace

const InlineBody* Generator::inlineBody(const ty::Func* f) {
  if (!inlining || !f) return nullptr;
  auto [it, fresh] = inlineBodies.try_emplace(f);
  if (!fresh) return it->second ? &*it->second : nullptr;
  const auto* decl = sx::dyn_cast<sx::FuncDecl>(f->decl);
  const ty::Signature* sig = f->signature();
  auto pit = pkgOf.find(f->pkg);
  if (!decl || !decl->body || f->isNative || !sig || sig->variadic || pit == pkgOf.end()) return nullptr;
  PkgInfo* p = pit->second;
  const ty::Info& info = *p->info;
  if (noinlinePragma(sources, decl->pos())) return nullptr;
  // Every line of the body in the declaration's file (no //line directive inside).
  uint32_t fileIdx = file(decl->name->pos());
  if (file(decl->body->pos()) != fileIdx || file(decl->body->rbrace) != fileIdx) return nullptr;

  InlineBody ib;
  ib.decl = decl;
  ib.pkg = p;
  ib.file = fileIdx;
  int nodes = 0;
  bool ok = true;
  std::unordered_set<const sx::Ident*> rebound;  // identifiers assigned as a whole (`p = q`, `p, x = ...`)
  auto isParamOrResult = [&](const ty::Var* v) {
    if (sig->recv == v) return true;
    for (const ty::Var* x : sig->params->vars)
      if (x == v) return true;
    return false;
  };
  // Parameters written by the body: every identifier inside an assigned expression that names one.
  std::function<void(const sx::Node*)> markAssigned = [&](const sx::Node* n) {
    if (const auto* id = sx::dyn_cast<sx::Ident>(n)) {
      auto u = info.uses.find(id);
      if (u != info.uses.end())
        if (const auto* v = ty::dyn_cast<ty::Var>(u->second); v && isParamOrResult(v)) ib.assigned.insert(v);
      return;
    }
    forEachChild(n, markAssigned);
  };
  std::function<void(const sx::Node*)> walk = [&](const sx::Node* n) {
    if (!ok || !n) return;
    if (++nodes > kInlineBudget) {
      ok = false;
      return;
    }
    switch (n->kind()) {
      // Statements.
      case sx::NodeKind::BlockStmt:
      case sx::NodeKind::EmptyStmt:
      case sx::NodeKind::IfStmt:
        break;
      case sx::NodeKind::ReturnStmt: {
        const auto* r = sx::cast<sx::ReturnStmt>(n);
        if (r->results.size() == 1 && sig->results->vars.size() > 1) ok = false;  // return f(): a call anyway
        break;
      }
      case sx::NodeKind::AssignStmt:
        for (const sx::Expr* l : sx::cast<sx::AssignStmt>(n)->lhs) {
          markAssigned(l);
          if (const auto* id = sx::dyn_cast<sx::Ident>(unparen(l))) rebound.insert(id);
        }
        break;
      case sx::NodeKind::IncDecStmt:
        markAssigned(sx::cast<sx::IncDecStmt>(n)->x);
        break;
      case sx::NodeKind::DeclStmt: {
        TokenKind tok = sx::cast<sx::DeclStmt>(n)->decl->tok;
        if (tok != TokenKind::KwVar && tok != TokenKind::KwConst) ok = false;
        if (tok == TokenKind::KwConst) return;  // folded by the checker
        for (const sx::Spec* s : sx::cast<sx::DeclStmt>(n)->decl->specs)
          if (const auto* vs = sx::dyn_cast<sx::ValueSpec>(s))
            for (const sx::Expr* v : vs->values) walk(v);
        return;
      }
      case sx::NodeKind::ExprStmt: {
        // Only panic(...): every other expression statement is a call or a receive.
        const auto* call = sx::dyn_cast<sx::CallExpr>(unparen(sx::cast<sx::ExprStmt>(n)->x));
        const auto* id = call ? sx::dyn_cast<sx::Ident>(unparen(call->fun)) : nullptr;
        auto u = id ? info.uses.find(id) : info.uses.end();
        const auto* bi = u == info.uses.end() ? nullptr : ty::dyn_cast<ty::Builtin>(u->second);
        if (!bi || bi->id != ty::BuiltinId::Panic) ok = false;
        break;
      }
      // Expressions.
      case sx::NodeKind::Ident: {
        auto u = info.uses.find(sx::cast<sx::Ident>(n));
        if (u != info.uses.end() && (ty::isa<ty::Func>(u->second) || ty::isa<ty::Builtin>(u->second)))
          ok = false;  // a function value (calls of builtins are checked at the call)
        return;
      }
      case sx::NodeKind::BasicLit:
      case sx::NodeKind::CompositeLit:
      case sx::NodeKind::KeyValueExpr:
      case sx::NodeKind::ParenExpr:
      case sx::NodeKind::IndexExpr:
      case sx::NodeKind::SliceExpr:
      case sx::NodeKind::TypeAssertExpr:
      case sx::NodeKind::StarExpr:
      case sx::NodeKind::BinaryExpr:
        break;
      case sx::NodeKind::SelectorExpr: {
        const auto* se = sx::cast<sx::SelectorExpr>(n);
        auto s = info.selections.find(se);
        if (s != info.selections.end()) {
          if (s->second.kind != ty::SelectionKind::FieldVal) ok = false;  // method values and expressions
          break;
        }
        auto u = info.uses.find(se->sel);  // pkg.Name
        if (u != info.uses.end() && (ty::isa<ty::Func>(u->second) || ty::isa<ty::Builtin>(u->second))) ok = false;
        return;
      }
      case sx::NodeKind::UnaryExpr:
        if (sx::cast<sx::UnaryExpr>(n)->op == TokenKind::Arrow) ok = false;
        break;
      case sx::NodeKind::CallExpr: {
        const auto* call = sx::cast<sx::CallExpr>(n);
        const sx::Expr* fun = unparen(call->fun);
        auto t = info.types.find(fun);
        if (t == info.types.end()) {
          ok = false;
          return;
        }
        if (t->second.mode == ty::OperandMode::TypeExpr) {  // a conversion
          for (const sx::Expr* a : call->args) walk(a);
          return;
        }
        const sx::Ident* id = sx::dyn_cast<sx::Ident>(fun);
        auto u = id ? info.uses.find(id) : info.uses.end();
        const auto* bi = u == info.uses.end() ? nullptr : ty::dyn_cast<ty::Builtin>(u->second);
        if (t->second.mode != ty::OperandMode::Builtin || !bi || !inlineBuiltin(bi->id) ||
            (call->hasEllipsis() && bi->id != ty::BuiltinId::Append)) {  // append(s, t...): one instruction
          ok = false;
          return;
        }
        for (const sx::Expr* a : call->args) walk(a);
        return;
      }
      case sx::NodeKind::ArrayType:
      case sx::NodeKind::SliceType:
      case sx::NodeKind::StructType:
      case sx::NodeKind::FuncType:
      case sx::NodeKind::InterfaceType:
      case sx::NodeKind::MapType:
      case sx::NodeKind::ChanType:
        return;  // a type
      default:
        ok = false;  // function literals, Vo's ? and ~>, loops, switches, select, go, defer, labels, ...
        return;
    }
    forEachChild(n, walk);
  };
  walk(decl->body);
  if (!ok) return nullptr;

  // derefOnly: every use of the pointer parameter is `p.f...` (field selections through p) or `*p`, read or
  // assigned, and never the operand of &, sliced, indexed (an array inside the pointee) or a method receiver.
  std::unordered_map<const sx::Node*, const sx::Node*> parent;
  std::function<void(const sx::Node*)> link = [&](const sx::Node* n) {
    forEachChild(n, [&](const sx::Node* c) {
      parent[c] = n;
      link(c);
    });
  };
  link(decl->body);
  std::vector<const ty::Var*> ptrParams;
  if (sig->recv) ptrParams.push_back(sig->recv);
  for (const ty::Var* v : sig->params->vars) ptrParams.push_back(v);
  std::erase_if(ptrParams, [&](const ty::Var* v) {
    if (v->name.empty() || v->name == "_" || !ty::isa<ty::Pointer>(under(v->type))) return true;
    for (const sx::Ident* id : rebound)
      if (auto u = info.uses.find(id); u != info.uses.end() && u->second == v) return true;
    return false;
  });
  std::unordered_set<const ty::Var*> bad;
  auto typeOfExpr = [&](const sx::Node* e) -> const ty::Type* {
    auto t = info.types.find(static_cast<const sx::Expr*>(e));
    return t == info.types.end() ? nullptr : t->second.type;
  };
  auto up = [&](const sx::Node* n) -> const sx::Node* {
    auto p = parent.find(n);
    return p == parent.end() ? nullptr : p->second;
  };
  for (const auto& [child, par] : parent) {
    const auto* id = sx::dyn_cast<sx::Ident>(child);
    if (!id) continue;
    auto u = info.uses.find(id);
    const auto* v = u == info.uses.end() ? nullptr : ty::dyn_cast<ty::Var>(u->second);
    if (!v || std::find(ptrParams.begin(), ptrParams.end(), v) == ptrParams.end()) continue;
    const sx::Node* cur = par;
    bool good = false;
    if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(par); se && se->x == id) {
      auto sel = info.selections.find(se);
      good = sel != info.selections.end() && sel->second.kind == ty::SelectionKind::FieldVal;
    } else if (const auto* st = sx::dyn_cast<sx::StarExpr>(par); st && st->x == id) {
      good = true;
    }
    // Climb through field selections of struct values (still inside the pointee).
    while (good) {
      const auto* se = sx::dyn_cast<sx::SelectorExpr>(up(cur));
      if (!se || se->x != cur || ty::isa<ty::Pointer>(under(typeOfExpr(cur)))) break;
      auto sel = info.selections.find(se);
      if (sel == info.selections.end() || sel->second.kind != ty::SelectionKind::FieldVal) good = false;
      cur = se;
    }
    if (good) {
      const sx::Node* p = up(cur);
      if (const auto* un = sx::dyn_cast<sx::UnaryExpr>(p); un && un->op == TokenKind::And) good = false;
      if (const auto* sl = sx::dyn_cast<sx::SliceExpr>(p); sl && sl->x == cur) good = false;
      if (const auto* ix = sx::dyn_cast<sx::IndexExpr>(p); ix && ix->x == cur) good = false;
      if (sx::isa<sx::ParenExpr>(p)) good = false;
    }
    if (!good) bad.insert(v);
  }
  for (const ty::Var* v : ptrParams)
    if (!bad.count(v)) ib.derefOnly.insert(v);
  it->second = std::move(ib);
  return &*it->second;
}

const ty::Func* FuncGen::staticCallee(const sx::CallExpr* call, const sx::SelectorExpr** recv) const {
  *recv = nullptr;
  const sx::Expr* fun = unparen(call->fun);
  const ty::TypeAndValue* ft = tv(fun);
  if (!ft || ft->mode == ty::OperandMode::Builtin || ft->mode == ty::OperandMode::TypeExpr) return nullptr;
  if (const auto* id = sx::dyn_cast<sx::Ident>(fun)) {
    auto it = pkg->info->uses.find(id);
    return it == pkg->info->uses.end() ? nullptr : ty::dyn_cast<ty::Func>(it->second);
  }
  const auto* se = sx::dyn_cast<sx::SelectorExpr>(fun);
  if (!se) return nullptr;
  auto sit = pkg->info->selections.find(se);
  if (sit == pkg->info->selections.end()) {
    auto it = pkg->info->uses.find(se->sel);
    return it == pkg->info->uses.end() ? nullptr : ty::dyn_cast<ty::Func>(it->second);
  }
  if (sit->second.kind != ty::SelectionKind::MethodVal) return nullptr;
  const auto* m = ty::dyn_cast<ty::Func>(sit->second.obj);
  const ty::Type* mrt = m && m->signature()->recv ? m->signature()->recv->type : nullptr;
  if (!mrt || isIface(mrt)) return nullptr;
  *recv = se;
  return m;
}

void FuncGen::reserveInlineFrameObjects(const sx::CallExpr* call) {
  const sx::SelectorExpr* se = nullptr;
  const ty::Func* f = staticCallee(call, &se);
  const InlineBody* ib = g.inlineBody(f);
  if (!ib) return;
  PkgInfo* saved = pkg;
  pkg = ib->pkg;
  const ty::Signature* s = f->signature();
  if (s->recv) reserveFrameVar(s->recv);
  for (const ty::Var* v : s->params->vars) reserveFrameVar(v);
  for (const ty::Var* v : s->results->vars) reserveFrameVar(v);
  reserveFrameObjects(ib->decl->body);
  pkg = saved;
}

bool FuncGen::willInline(const sx::CallExpr* call) {
  const sx::SelectorExpr* se = nullptr;
  const ty::Func* f = staticCallee(call, &se);
  if (!g.inlineBody(f) || inl) return false;
  return !(call->args.size() == 1 && ty::isa<ty::Tuple>(typeOf(unparen(call->args[0]))));  // f(g())
}

namespace {
/// The local variable `&x` or a method receiver `x` names, when x is a bare identifier.
const ty::Var* identVar(const sx::Expr* e, const ty::Info& info) {
  const auto* id = sx::dyn_cast<sx::Ident>(unparen(e));
  if (!id) return nullptr;
  auto u = info.uses.find(id);
  const auto* v = u == info.uses.end() ? nullptr : ty::dyn_cast<ty::Var>(u->second);
  return v && !v->isField ? v : nullptr;
}
}  // namespace

void FuncGen::computeInlineRegVars(const sx::BlockStmt* body) {
  if (!g.inlining || !pkg || !body || pkg->esc.frameVars.empty()) return;
  const ty::Info& info = *pkg->info;
  std::unordered_set<const ty::Var*> locals, good, bad;
  std::unordered_set<const sx::Node*> aliasable, deferred;
  // The address uses inlined calls make harmless: `&x` arguments and `x.M()` receivers of derefOnly parameters.
  auto noteCall = [&](const sx::CallExpr* call) {
    if (deferred.count(call) || !willInline(call)) return;
    const sx::SelectorExpr* se = nullptr;
    const ty::Func* f = staticCallee(call, &se);
    const InlineBody* ib = g.inlineBody(f);
    const ty::Signature* s = f->signature();
    if (se && s->recv && ib->derefOnly.count(s->recv) && ty::isa<ty::Pointer>(s->recv->type) &&
        info.selections.at(se).index.size() == 1 && !ty::isa<ty::Pointer>(under(typeOf(unparen(se->x)))))
      if (const ty::Var* v = identVar(se->x, info)) {
        aliasable.insert(se);
        good.insert(v);
      }
    for (size_t i = 0; i < s->params->vars.size() && i < call->args.size(); ++i) {
      const auto* un = sx::dyn_cast<sx::UnaryExpr>(unparen(call->args[i]));
      if (!un || un->op != TokenKind::And || !ib->derefOnly.count(s->params->vars[i])) continue;
      if (const ty::Var* v = identVar(un->x, info)) {
        aliasable.insert(un);
        good.insert(v);
      }
    }
  };
  auto rootVar = [&](const sx::Expr* e) -> const ty::Var* {
    for (;;) {
      e = unparen(e);
      if (sx::isa<sx::Ident>(e)) return identVar(e, info);
      if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e)) {
        auto it = info.selections.find(se);
        if (it == info.selections.end() || it->second.kind != ty::SelectionKind::FieldVal) return nullptr;
        e = se->x;
        continue;
      }
      if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e)) {
        e = ie->x;
        continue;
      }
      return nullptr;
    }
  };
  std::function<void(const sx::Node*)> walk = [&](const sx::Node* n) {
    switch (n->kind()) {
      case sx::NodeKind::FuncLit:
        for (const ty::Var* v : freeVars(sx::cast<sx::FuncLit>(n), info)) bad.insert(v);
        return;  // another function
      case sx::NodeKind::GoStmt:
        if (const auto* c = sx::dyn_cast<sx::CallExpr>(unparen(sx::cast<sx::GoStmt>(n)->call))) deferred.insert(c);
        break;
      case sx::NodeKind::DeferStmt:
        if (const auto* c = sx::dyn_cast<sx::CallExpr>(unparen(sx::cast<sx::DeferStmt>(n)->call))) deferred.insert(c);
        break;
      case sx::NodeKind::CallExpr:
        noteCall(sx::cast<sx::CallExpr>(n));
        break;
      case sx::NodeKind::Ident:
        if (auto d = info.defs.find(sx::cast<sx::Ident>(n)); d != info.defs.end())
          if (const auto* v = ty::dyn_cast<ty::Var>(d->second)) locals.insert(v);
        return;
      case sx::NodeKind::UnaryExpr: {
        const auto* un = sx::cast<sx::UnaryExpr>(n);
        if (un->op == TokenKind::And && !aliasable.count(un))
          if (const ty::Var* v = rootVar(un->x)) bad.insert(v);
        break;
      }
      case sx::NodeKind::SliceExpr:
      case sx::NodeKind::IndexExpr: {
        // Slicing an array, or an array indexed dynamically: conservatively, the array needs memory.
        const sx::Expr* x = sx::isa<sx::SliceExpr>(n) ? sx::cast<sx::SliceExpr>(n)->x : sx::cast<sx::IndexExpr>(n)->x;
        if (ty::isa<ty::Array>(under(typeOf(unparen(x)))))
          if (const ty::Var* v = rootVar(x)) bad.insert(v);
        break;
      }
      case sx::NodeKind::SelectorExpr: {
        const auto* se = sx::cast<sx::SelectorExpr>(n);
        auto it = info.selections.find(se);
        if (it != info.selections.end() && it->second.kind != ty::SelectionKind::FieldVal && !aliasable.count(se))
          if (const ty::Var* v = rootVar(se->x)) bad.insert(v);  // method values and calls (any receiver)
        break;
      }
      default:
        break;
    }
    forEachChild(n, walk);
  };
  walk(body);
  for (const ty::Var* v : good)
    if (!bad.count(v) && locals.count(v) && pkg->esc.inFrame(v) && !pkg->esc.capturedByValue.count(v) &&
        g.tt.numSlots(v->type) <= escape::kMaxFrameSlots)
      inlineRegVars.insert(v);
}

std::optional<Place> FuncGen::inlineAliasPlace(const sx::Expr* e) {
  auto aliased = [&](const sx::Expr* x) -> const Place* {
    const auto* id = sx::dyn_cast<sx::Ident>(x);
    if (!id) return nullptr;
    auto u = pkg->info->uses.find(id);
    const auto* v = u == pkg->info->uses.end() ? nullptr : ty::dyn_cast<ty::Var>(u->second);
    auto a = v ? inlineAliases.find(v) : inlineAliases.end();
    return a == inlineAliases.end() ? nullptr : &a->second;
  };
  if (const auto* st = sx::dyn_cast<sx::StarExpr>(e))
    if (const Place* a = aliased(st->x)) return *a;
  if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e))
    if (const Place* a = aliased(se->x)) {
      auto it = pkg->info->selections.find(se);
      if (it != pkg->info->selections.end() && it->second.kind == ty::SelectionKind::FieldVal)
        return fieldPlace(*a, it->second.index, it->second.index.size(), e->pos());
    }
  return std::nullopt;
}

bool FuncGen::genInline(const sx::CallExpr* call, Val& out) {
  if (!willInline(call)) return false;
  const sx::SelectorExpr* se = nullptr;
  const ty::Func* f = staticCallee(call, &se);
  const InlineBody* ib = g.inlineBody(f);
  const ty::Signature* s = f->signature();

  // Results, then the receiver and the arguments in Go's order, in the caller's context.
  line(call->lparen);
  const uint32_t callLine = b.curLine;
  std::vector<SlotKind> rk;
  std::vector<int> resultSlots;
  for (const ty::Var* r : s->results->vars) {
    auto k = g.tt.slotKinds(r->type);
    resultSlots.push_back(static_cast<int>(rk.size()));
    rk.insert(rk.end(), k.begin(), k.end());
  }
  const int nr = static_cast<int>(rk.size());
  const int resBase = nr ? b.alloc(rk) : 0;
  for (int& r : resultSlots) r += resBase;

  struct Bound {
    const ty::Var* v;
    Val val;  // the argument's registers (temp unless shared with a caller variable)
    std::optional<Place> alias;  // a derefOnly parameter: its pointee's registers instead of a pointer
  };
  std::vector<Bound> bound;
  // derefOnly parameters whose argument is `&x` (x a register variable) or a non-escaping `&T{...}`: the body
  // works on x's registers, or on the literal's. Caller variables they alias are never shared by value parameters
  // (the body may write them through the alias).
  auto registerVar = [&](const sx::Expr* x) -> const ty::Var* {
    const ty::Var* v = identVar(x, *pkg->info);
    auto loc = v ? vars.find(v) : vars.end();
    return loc != vars.end() && loc->second.kind == VarLoc::Kind::Reg ? v : nullptr;
  };
  auto aliasArg = [&](const ty::Var* param, const sx::Expr* arg) -> const sx::Expr* {
    if (!ib->derefOnly.count(param)) return nullptr;
    const auto* un = sx::dyn_cast<sx::UnaryExpr>(unparen(arg));
    if (!un || un->op != TokenKind::And) return nullptr;
    if (registerVar(un->x)) return un->x;
    const auto* cl = sx::dyn_cast<sx::CompositeLit>(unparen(un->x));
    if (cl && (pkg->esc.frameAllocs.count(un) || pkg->esc.frameAllocs.count(cl))) return cl;
    return nullptr;
  };
  const ty::Selection* recvSel = se ? &pkg->info->selections.at(se) : nullptr;
  const bool recvAlias = s->recv && ib->derefOnly.count(s->recv) && ty::isa<ty::Pointer>(s->recv->type) &&
                         recvSel->index.size() == 1 && !ty::isa<ty::Pointer>(under(typeOf(unparen(se->x)))) &&
                         registerVar(se->x);
  std::unordered_set<const ty::Var*> aliasedVars;
  if (recvAlias) aliasedVars.insert(registerVar(se->x));
  for (size_t i = 0; i < s->params->vars.size() && i < call->args.size(); ++i)
    if (const sx::Expr* a = aliasArg(s->params->vars[i], call->args[i]); a && sx::isa<sx::Ident>(unparen(a)))
      aliasedVars.insert(registerVar(a));
  auto elemOf = [&](const ty::Var* param) { return ty::cast<ty::Pointer>(under(param->type))->elem; };
  std::unordered_set<const ty::Var*> constParams;  // bound to their constant argument (gen_scalar.cpp)
  auto argFor = [&](const ty::Var* param, const sx::Expr* arg) {
    Bound bd{param, Val{}, std::nullopt};
    if (bindInlineConst(*ib, param, arg)) {
      constParams.insert(param);
      return bd;
    }
    if (const sx::Expr* a = aliasArg(param, arg)) {
      Place p;
      p.kind = Place::Kind::Reg;
      p.type = elemOf(param);
      if (const ty::Var* v = registerVar(a)) {
        p.slot = vars[v].slot;
      } else {
        bd.val = temp(p.type);
        genCompositeLitAs(sx::cast<sx::CompositeLit>(a), p.type, bd.val.slot);
        p.slot = bd.val.slot;
      }
      bd.alias = p;
      return bd;
    }
    // A caller register variable the body cannot change is shared, not copied.
    const auto* id = sx::dyn_cast<sx::Ident>(unparen(arg));
    if (id && !param->name.empty() && param->name != "_" && !ib->assigned.count(param)) {
      auto u = pkg->info->uses.find(id);
      const auto* cv = u == pkg->info->uses.end() ? nullptr : ty::dyn_cast<ty::Var>(u->second);
      auto loc = cv ? vars.find(cv) : vars.end();
      if (loc != vars.end() && loc->second.kind == VarLoc::Kind::Reg && ty::identical(cv->type, param->type) &&
          !aliasedVars.count(cv)) {
        bd.val = Val{loc->second.slot, g.tt.numSlots(param->type), false};
        return bd;
      }
    }
    // A call's results are fresh registers already: they become the parameter's (no copy).
    if (const auto* ce = sx::dyn_cast<sx::CallExpr>(unparen(arg));
        ce && ty::identical(concreteType(typeOf(unparen(arg))), concreteType(param->type))) {
      Val v = eval(arg);
      if (v.temp && v.n == static_cast<int>(g.tt.numSlots(param->type))) {
        bd.val = v;
        return bd;
      }
      bd.val = temp(param->type);
      mov(bd.val.slot, v.slot, bd.val.n);
      b.release(v);
      return bd;
    }
    bd.val = temp(param->type);
    genAs(arg, param->type, bd.val.slot);
    return bd;
  };
  if (s->recv) {
    const ty::Var* rv = s->recv;
    if (recvAlias) {
      Place p;
      p.kind = Place::Kind::Reg;
      p.type = elemOf(rv);
      p.slot = vars[registerVar(se->x)].slot;
      bound.push_back(Bound{rv, Val{}, p});
    } else if (recvSel->index.size() == 1 && !ty::isa<ty::Pointer>(rv->type) &&
               !ty::isa<ty::Pointer>(under(typeOf(unparen(se->x))))) {
      bound.push_back(argFor(rv, se->x));
    } else {
      Val v = temp(rv->type);
      recvArg(se, *recvSel, f, v.slot);
      bound.push_back(Bound{rv, v, std::nullopt});
    }
  }
  for (size_t i = 0; i < s->params->vars.size() && i < call->args.size(); ++i)
    bound.push_back(argFor(s->params->vars[i], call->args[i]));

  // The body, in the callee's context.
  PkgInfo* callerPkg = pkg;
  const ty::Signature* callerSig = sig;
  auto callerResultVars = std::move(resultVars);
  auto callerResultOffsets = std::move(resultOffsets);
  const int callerNumResultSlots = numResultSlots;
  const bool callerHasDefer = hasDefer;
  const int callerEpilogue = epilogue;
  pkg = ib->pkg;
  sig = s;
  resultVars.clear();
  resultOffsets = resultSlots;
  numResultSlots = nr;
  hasDefer = false;
  InlineFrame frame;
  frame.endLabel = b.newLabel();
  const auto& stmts = ib->decl->body->stmts;
  frame.last = stmts.empty() ? nullptr : stmts.back();
  inl = &frame;
  epilogue = frame.endLabel;
  const int startPc = b.pc();
  line(ib->decl->body->pos());

  std::vector<int> boxes;  // boxes of heap parameters and results, released at the end
  for (Bound& x : bound) {
    const ty::Var* v = x.v;
    if (v->name.empty() || v->name == "_" || constParams.count(v)) continue;
    if (x.alias) {
      inlineAliases[v] = *x.alias;
      continue;
    }
    if (int ptr = frameVar(v); ptr >= 0) {
      storeMem(v->type, ptr, 0, x.val.slot);
      vars[v] = VarLoc{VarLoc::Kind::Heap, ptr, 0};
    } else if (isHeapVar(v)) {
      int box = newBox(v->type, x.val.slot);
      boxes.push_back(box);
      vars[v] = VarLoc{VarLoc::Kind::Heap, box, 0};
    } else {
      vars[v] = VarLoc{VarLoc::Kind::Reg, x.val.slot, 0};
    }
  }
  for (size_t i = 0; i < s->results->vars.size(); ++i) {
    const ty::Var* r = s->results->vars[i];
    if (r->name.empty()) continue;
    resultVars.push_back(r);
    const int n = g.tt.numSlots(r->type);
    if (r->name == "_") {
      zero(resultSlots[i], n);
      continue;
    }
    if (int ptr = frameVar(r); ptr >= 0) {
      rezeroFrameObject(ptr, r->type);  // always: inl makes runsOnce() false
      vars[r] = VarLoc{VarLoc::Kind::Heap, ptr, 0};
    } else if (isHeapVar(r)) {
      int box = newBox(r->type);
      boxes.push_back(box);
      vars[r] = VarLoc{VarLoc::Kind::Heap, box, 0};
    } else {
      zero(resultSlots[i], n);
      vars[r] = VarLoc{VarLoc::Kind::Reg, resultSlots[i], 0};
    }
  }

  pushScope();
  genBlock(stmts);
  popScope();
  b.bind(frame.endLabel);
  for (size_t i = 0; i < s->results->vars.size(); ++i) {
    const ty::Var* r = s->results->vars[i];
    auto it = vars.find(r);
    if (it != vars.end() && it->second.kind == VarLoc::Kind::Heap) loadMem(r->type, resultSlots[i], it->second.slot, 0);
  }
  const int endPc = b.pc();

  for (const ty::Var* r : s->results->vars) vars.erase(r);
  for (Bound& x : bound) {
    vars.erase(x.v);
    inlineAliases.erase(x.v);
    b.release(x.val);
  }
  for (int box : boxes) b.release(box, 1);
  inlineConsts.clear();
  inl = nullptr;
  pkg = callerPkg;
  sig = callerSig;
  resultVars = std::move(callerResultVars);
  resultOffsets = std::move(callerResultOffsets);
  numResultSlots = callerNumResultSlots;
  hasDefer = callerHasDefer;
  epilogue = callerEpilogue;
  b.curLine = callLine;

  if (endPc > startPc) {
    rt::InlinedCall ic;
    ic.name = g.funcName(f);
    ic.file = ib->file;
    ic.callLine = callLine;
    ic.startPc = static_cast<uint32_t>(startPc);
    ic.endPc = static_cast<uint32_t>(endPc);
    b.fi.inlined.push_back(std::move(ic));
  }
  out = Val{resBase, nr, true};
  return true;
}

// `return` inside an inlined body: the results into the call's result registers (resultOffsets holds their slots),
// then to the end of the body unless this is its last statement.
void FuncGen::genInlineReturn(const sx::ReturnStmt* s) {
  const auto& results = sig->results->vars;
  const bool named = !resultVars.empty();
  if (!s->results.empty() && !named) {
    for (size_t i = 0; i < results.size() && i < s->results.size(); ++i)
      genAs(s->results[i], results[i]->type, resultOffsets[i]);
  } else if (!s->results.empty()) {
    storeResultsAfterAll(s, true);  // named results may be read by the other operands (`return b, a`)
  }
  if (s != inl->last) b.jump(Opcode::Jmp, inl->endLabel);
}

}  // namespace vo::codegen
