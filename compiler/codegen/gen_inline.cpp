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
//  - The body is generated with the callee's package (escape decisions, types::Info); its returns store the results
//    into the call's result registers and jump to the end (genInlineReturn). Frame objects of inlined bodies may be
//    used by several call sites and iterations, so runsOnce() is false inside an inlined body (zeroed again).
//  - Lines inside [startPc, endPc) are the callee's, in the callee's file (rt::InlinedCall); the traceback prints
//    the inlined frame `pkg.f(...)` with that line and then the caller at the call site's line, as Go does.
//
// Example: `total += dist2(&Point{i & 1023, i & 7})` with `func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }`
// becomes the literal stored in its frame object, the pointer moved into a parameter register, and
// `ld.64 / mul / ld.64 / mul / add` into the result register — no call, no frame push.
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

/// Builtins that are single instructions without calls.
bool inlineBuiltin(ty::BuiltinId id) {
  switch (id) {
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
        for (const sx::Expr* l : sx::cast<sx::AssignStmt>(n)->lhs) markAssigned(l);
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
        if (t->second.mode != ty::OperandMode::Builtin || !bi || !inlineBuiltin(bi->id) || call->hasEllipsis()) {
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

bool FuncGen::genInline(const sx::CallExpr* call, Val& out) {
  const sx::SelectorExpr* se = nullptr;
  const ty::Func* f = staticCallee(call, &se);
  const InlineBody* ib = g.inlineBody(f);
  if (!ib || inl) return false;
  if (call->args.size() == 1 && ty::isa<ty::Tuple>(typeOf(unparen(call->args[0])))) return false;  // f(g())
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
  };
  std::vector<Bound> bound;
  auto argFor = [&](const ty::Var* param, const sx::Expr* arg) {
    // A caller register variable the body cannot change is shared, not copied.
    const auto* id = sx::dyn_cast<sx::Ident>(unparen(arg));
    if (id && !param->name.empty() && param->name != "_" && !ib->assigned.count(param)) {
      auto u = pkg->info->uses.find(id);
      const auto* cv = u == pkg->info->uses.end() ? nullptr : ty::dyn_cast<ty::Var>(u->second);
      auto loc = cv ? vars.find(cv) : vars.end();
      if (loc != vars.end() && loc->second.kind == VarLoc::Kind::Reg && ty::identical(cv->type, param->type))
        return Val{loc->second.slot, g.tt.numSlots(param->type), false};
    }
    Val v = temp(param->type);
    genAs(arg, param->type, v.slot);
    return v;
  };
  if (s->recv) {
    const ty::Var* rv = s->recv;
    const ty::Selection& sel = pkg->info->selections.at(se);
    Val v;
    if (sel.index.size() == 1 && !ty::isa<ty::Pointer>(rv->type) &&
        !ty::isa<ty::Pointer>(under(typeOf(unparen(se->x))))) {
      v = argFor(rv, se->x);
    } else {
      v = temp(rv->type);
      recvArg(se, sel, f, v.slot);
    }
    bound.push_back(Bound{rv, v});
  }
  for (size_t i = 0; i < s->params->vars.size() && i < call->args.size(); ++i)
    bound.push_back(Bound{s->params->vars[i], argFor(s->params->vars[i], call->args[i])});

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
    if (v->name.empty() || v->name == "_") continue;
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
    b.release(x.val);
  }
  for (int box : boxes) b.release(box, 1);
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
    // Named results may be read by the other operands (`return b, a`): evaluate all, then store.
    std::vector<Val> vals;
    for (size_t i = 0; i < results.size() && i < s->results.size(); ++i) {
      Val v = evalAs(s->results[i], results[i]->type);
      if (!v.temp) {
        Val c = temp(results[i]->type);
        mov(c.slot, v.slot, v.n);
        v = c;
      }
      vals.push_back(v);
    }
    for (size_t i = 0; i < vals.size(); ++i) {
      Place p;
      if (results[i]->name != "_" && vars.count(results[i])) {
        p = varPlace(results[i]);
      } else {
        p.kind = Place::Kind::Reg;
        p.slot = resultOffsets[i];
        p.type = results[i]->type;
      }
      store(p, vals[i].slot);
      releasePlace(p);
    }
    for (auto it = vals.rbegin(); it != vals.rend(); ++it) b.release(*it);
  }
  if (s != inl->last) b.jump(Opcode::Jmp, inl->endLabel);
}

}  // namespace vo::codegen
