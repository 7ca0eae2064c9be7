// Statements: blocks, if, for, range, switch, type switch, return, branches, labels, declarations.
#include <algorithm>

#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

void FuncGen::genBlock(std::span<sx::Stmt* const> stmts) {
  for (const sx::Stmt* s : stmts) genStmt(s);
}

int FuncGen::gotoLabel(std::string_view name) {
  auto it = gotoLabels.find(name);
  if (it != gotoLabels.end()) return it->second;
  int l = b.newLabel();
  gotoLabels.emplace(name, l);
  return l;
}

bool FuncGen::genBreakable(const sx::Stmt* s, std::string_view label) {
  switch (s->kind()) {
    case sx::NodeKind::ForStmt:
    case sx::NodeKind::RangeStmt: {
      std::vector<int> consts;
      if (loopDepth == 0) consts = hoistLoopConsts(s);  // gen_loopconst.cpp
      ++loopDepth;
      loopStarts.push_back(b.fi.code.size());
      if (const auto* fs = sx::dyn_cast<sx::ForStmt>(s))
        genFor(fs, label);
      else
        genRange(sx::cast<sx::RangeStmt>(s), label);
      loopStarts.pop_back();
      --loopDepth;
      releaseLoopConsts(consts);
      return true;
    }
    case sx::NodeKind::SwitchStmt: genSwitch(sx::cast<sx::SwitchStmt>(s), label); return true;
    case sx::NodeKind::TypeSwitchStmt: genTypeSwitch(sx::cast<sx::TypeSwitchStmt>(s), label); return true;
    case sx::NodeKind::SelectStmt: genSelect(sx::cast<sx::SelectStmt>(s), label); return true;
    default: return false;
  }
}

void FuncGen::genStmt(const sx::Stmt* s) {
  if (!s) return;
  line(s->pos());
  std::optional<OrderScope> order;  // gc's order of evaluation (gen_order.cpp)
  if (std::vector<OrderRoot> roots = orderRoots(s); !roots.empty())
    order.emplace(*this, std::span<const OrderRoot>(roots));
  switch (s->kind()) {
    case sx::NodeKind::EmptyStmt:
    case sx::NodeKind::BadStmt:
      return;
    case sx::NodeKind::ExprStmt: {
      const sx::Expr* x = unparen(sx::cast<sx::ExprStmt>(s)->x);
      if (const auto* call = sx::dyn_cast<sx::CallExpr>(x)) {
        const ty::TypeAndValue* ft = tv(unparen(call->fun));
        if (!ft || ft->mode != ty::OperandMode::TypeExpr) {
          Val r = genCall(call);
          b.release(r);
          return;
        }
      }
      Val v = eval(x);
      b.release(v);
      return;
    }
    case sx::NodeKind::AssignStmt:
      genAssign(sx::cast<sx::AssignStmt>(s));
      return;
    case sx::NodeKind::IncDecStmt:
      genIncDec(sx::cast<sx::IncDecStmt>(s));
      return;
    case sx::NodeKind::DeclStmt:
      genDeclStmt(sx::cast<sx::DeclStmt>(s));
      return;
    case sx::NodeKind::BlockStmt:
      pushScope();
      genBlock(sx::cast<sx::BlockStmt>(s)->stmts);
      popScope();
      return;
    case sx::NodeKind::IfStmt:
      genIf(sx::cast<sx::IfStmt>(s));
      return;
    case sx::NodeKind::ForStmt:
    case sx::NodeKind::RangeStmt:
    case sx::NodeKind::SwitchStmt:
    case sx::NodeKind::TypeSwitchStmt:
    case sx::NodeKind::SelectStmt:
      genBreakable(s, {});
      return;
    case sx::NodeKind::LabeledStmt: {
      const auto* ls = sx::cast<sx::LabeledStmt>(s);
      b.bind(gotoLabel(ls->label->name));
      firstLabelPc = std::min(firstLabelPc, b.fi.code.size());
      const sx::Stmt* inner = ls->stmt;
      line(inner->pos());
      if (genBreakable(inner, ls->label->name)) return;
      switch (inner->kind()) {
        case sx::NodeKind::BlockStmt: {
          int brk = b.newLabel();
          targets.push_back(BranchTarget{inner, ls->label->name, brk, -1});
          genStmt(inner);
          targets.pop_back();
          b.bind(brk);
          return;
        }
        default: genStmt(inner); return;
      }
    }
    case sx::NodeKind::ReturnStmt:
      genReturn(sx::cast<sx::ReturnStmt>(s));
      return;
    case sx::NodeKind::BranchStmt:
      genBranch(sx::cast<sx::BranchStmt>(s));
      return;
    case sx::NodeKind::DeferStmt:
      genDefer(sx::cast<sx::DeferStmt>(s));
      return;
    case sx::NodeKind::GoStmt:
      genGo(sx::cast<sx::GoStmt>(s));
      return;
    case sx::NodeKind::SendStmt:
      genSend(sx::cast<sx::SendStmt>(s));
      return;
    case sx::NodeKind::FailStmt:
      genFail(sx::cast<sx::FailStmt>(s));  // gen_try.cpp
      return;
    default:
      error(s->pos(), "internal error: unexpected statement");
      return;
  }
}

void FuncGen::genDeclStmt(const sx::DeclStmt* s) {
  if (s->decl->tok != TokenKind::KwVar) return;
  for (const sx::Spec* spec : s->decl->specs)
    if (const auto* vs = sx::dyn_cast<sx::ValueSpec>(spec)) genVarSpec(vs);
}

void FuncGen::genIf(const sx::IfStmt* s) {
  pushScope();
  genStmt(s->init);
  // `if cond { continue }` (break, goto): one branch on cond straight to the target, not a branch around a jump.
  if (!s->els && s->then->stmts.size() == 1)
    if (const auto* br = sx::dyn_cast<sx::BranchStmt>(s->then->stmts[0]); br && br->tok != TokenKind::KwFallthrough)
      if (int target = branchTarget(br); target >= 0) {
        genCond(s->cond, true, target);
        popScope();
        return;
      }
  int elseL = b.newLabel();
  int end = b.newLabel();
  genCondOrdered(s->cond, false, elseL);
  pushScope();
  genBlock(s->then->stmts);
  popScope();
  if (s->els) b.jump(Opcode::Jmp, end);
  b.bind(elseL);
  if (s->els) {
    pushScope();
    genStmt(s->els);
    popScope();
  }
  b.bind(end);
  popScope();
}

void FuncGen::genFor(const sx::ForStmt* s, std::string_view label) {
  pushScope();
  genStmt(s->init);
  // Go 1.22: each iteration has its own copy of variables declared by the init statement.
  std::vector<const ty::Var*> loopVars;
  if (const auto* as = sx::dyn_cast<sx::AssignStmt>(s->init); as && as->tok == TokenKind::Define) {
    for (const sx::Expr* l : as->lhs)
      if (const auto* id = sx::dyn_cast<sx::Ident>(l))
        if (const ty::Var* v = defVar(id)) {
          auto it = vars.find(v);
          // Only a variable a closure or a pointer can still refer to after the iteration needs the copy (a box
          // that exists for another reason, such as a conversion to an interface, is never shared).
          // A frame variable is one object for every iteration (escape.h: frameVars).
          if (it != vars.end() && it->second.kind == VarLoc::Kind::Heap && pkg->heapVars.count(v) &&
              frameVar(v) < 0)
            loopVars.push_back(v);
        }
  }
  int top = b.newLabel(), cont = b.newLabel(), cond = b.newLabel(), brk = b.newLabel();
  // A counted loop `for ...; i < n; i++` (i and n in registers, n a variable or constant): the back-edge is one
  // ForLoop instruction.
  int counter = -1, limit = -1, step = 0, stepReg = -1;
  bool le = false;
  Val limitTemp;
  if (loopVars.empty() && s->cond && s->post) counter = countedLoop(s, limit, step, stepReg, le, limitTemp);
  // The body, with break and continue bound to brk and cont; cont is bound after it.
  auto genBody = [&] {
    b.bind(top);
    targets.push_back(BranchTarget{s, label, brk, cont});
    pushScope();
    genBlock(s->body->stmts);
    popScope();
    targets.pop_back();
    b.bind(cont);
  };
  if (counter >= 0) {
    b.jump(le ? Opcode::JmpLtI : Opcode::JmpLeI, brk, limit, counter);
    genBody();
    line(s->post->pos());
    if (stepReg >= 0) {
      b.jump(le ? Opcode::ForLoopRLe : Opcode::ForLoopR, top, counter, limit);
      b.fi.code.back().c = static_cast<uint16_t>(stepReg);
    } else {
      b.jump(le ? Opcode::ForLoopLe : Opcode::ForLoop, top, counter, limit, step);
    }
    b.bind(brk);
    b.release(limitTemp);
    popScope();
    return;
  }
  b.jump(Opcode::Jmp, cond);
  genBody();
  for (const ty::Var* v : loopVars) {
    int slot = vars[v].slot;
    int nb = b.alloc1(SlotKind::Ptr);
    b.emit(Opcode::New, nb, 0, 0, g.typeIndex(v->type));
    b.emit(Opcode::MemCopy, nb, slot, 0, g.typeIndex(v->type));
    mov(slot, nb, 1);
    b.release(nb, 1);
  }
  genStmt(s->post);
  b.bind(cond);
  if (s->cond)
    genCondOrdered(s->cond, true, top);
  else
    b.jump(Opcode::Jmp, top);
  b.bind(brk);
  popScope();
}

// Recognises `i < n` with `i++` / `i += c` (c > 0) where i is a register variable of a signed integer type and n a
// register variable or a constant (materialised into `limitTemp`); for int and int64 also `i <= n` and `i += d`
// with d a register variable (the fused back-edge adds with wrap-around as the post statement does, so even a
// counter passing MaxInt behaves as the separate instructions would). Returns i's slot and sets the limit slot
// and step, or returns -1.
int FuncGen::countedLoop(const sx::ForStmt* s, int& limit, int& step, int& stepReg, bool& le, Val& limitTemp) {
  const auto* cond = sx::dyn_cast<sx::BinaryExpr>(unparen(s->cond));
  if (!cond || (cond->op != TokenKind::Lss && cond->op != TokenKind::Leq)) return -1;
  le = cond->op == TokenKind::Leq;
  const auto* iv = sx::dyn_cast<sx::Ident>(unparen(cond->x));
  if (!iv) return -1;
  auto it = pkg->info->uses.find(iv);
  if (it == pkg->info->uses.end()) return -1;
  const auto* v = ty::dyn_cast<ty::Var>(it->second);
  auto vit = v ? vars.find(v) : vars.end();
  if (vit == vars.end() || vit->second.kind != VarLoc::Kind::Reg) return -1;
  ty::BasicKind k = ty::basicKindOf(v->type);
  bool wide = k == ty::BasicKind::Int || k == ty::BasicKind::Int64;
  bool signedInt = wide || k == ty::BasicKind::Int32 || k == ty::BasicKind::Int16 || k == ty::BasicKind::Int8;
  if (!signedInt || (le && !wide)) return -1;  // a sized i <= n may wrap before it passes n
  // The post statement.
  const sx::Expr* target = nullptr;
  if (const auto* inc = sx::dyn_cast<sx::IncDecStmt>(s->post); inc && inc->tok == TokenKind::Inc) {
    target = inc->x;
    step = 1;
  } else if (const auto* as = sx::dyn_cast<sx::AssignStmt>(s->post);
             as && as->tok == TokenKind::AddAssign && as->lhs.size() == 1 && wide) {
    const ty::TypeAndValue* c = tv(unparen(as->rhs[0]));
    if (c && c->mode == ty::OperandMode::Constant && !c->value.isUnknown()) {
      auto [sv, exact] = constant::int64Val(constant::toInt(c->value));
      if (!exact || sv <= 0 || sv > 1 << 20) return -1;
      step = static_cast<int>(sv);
    } else {
      // `i += d` with d a register variable of i's type: ForLoopR re-reads d at every back-edge and adds with
      // wrap-around, exactly as the post statement and the condition would.
      const auto* did = sx::dyn_cast<sx::Ident>(unparen(as->rhs[0]));
      auto dit = did ? pkg->info->uses.find(did) : pkg->info->uses.end();
      const auto* dv = dit != pkg->info->uses.end() ? ty::dyn_cast<ty::Var>(dit->second) : nullptr;
      auto dvit = dv ? vars.find(dv) : vars.end();
      if (dvit == vars.end() || dvit->second.kind != VarLoc::Kind::Reg || !ty::identical(dv->type, v->type))
        return -1;
      stepReg = dvit->second.slot;
    }
    target = as->lhs[0];
  } else {
    return -1;
  }
  const auto* tid = sx::dyn_cast<sx::Ident>(unparen(target));
  if (!tid) return -1;
  auto tit = pkg->info->uses.find(tid);
  if (tit == pkg->info->uses.end() || tit->second != v) return -1;
  // The limit.
  const ty::TypeAndValue* lt = tv(unparen(cond->y));
  if (lt && lt->mode == ty::OperandMode::Constant && !lt->value.isUnknown()) {
    auto [lv, exact] = constant::int64Val(constant::toInt(lt->value));
    if (!exact) return -1;
    // With a step > 1 the counter may pass the limit: stay far from overflow.
    if ((step > 1 || stepReg >= 0) && lv > (int64_t{1} << 62)) return -1;
    limitTemp = temp(v->type);
    genConst(v->type, lt->value, limitTemp.slot, cond->pos());
    limit = limitTemp.slot;
    return vit->second.slot;
  }
  const sx::Expr* ye = unparen(cond->y);
  int lenWord = 0;
  if (const auto* call = sx::dyn_cast<sx::CallExpr>(ye); call && call->args.size() == 1) {
    // i < len(v) for a string or slice variable in registers: its length word is re-read at every back-edge,
    // exactly as the condition would re-evaluate len(v).
    const ty::TypeAndValue* ft = tv(unparen(call->fun));
    const auto* fid = sx::dyn_cast<sx::Ident>(unparen(call->fun));
    auto bit = fid ? pkg->info->uses.find(fid) : pkg->info->uses.end();
    const auto* bi = bit != pkg->info->uses.end() ? ty::dyn_cast<ty::Builtin>(bit->second) : nullptr;
    const ty::Type* at = typeOf(unparen(call->args[0]));
    if (!ft || ft->mode != ty::OperandMode::Builtin || !bi || bi->id != ty::BuiltinId::Len || !at) return -1;
    if (!ty::isString(under(at)) && !ty::isa<ty::Slice>(under(at))) return -1;
    ye = unparen(call->args[0]);
    lenWord = 1;
  }
  const auto* nid = sx::dyn_cast<sx::Ident>(ye);
  if (!nid || (step > 1 && stepReg < 0)) return -1;
  auto nit = pkg->info->uses.find(nid);
  if (nit == pkg->info->uses.end()) return -1;
  const auto* nv = ty::dyn_cast<ty::Var>(nit->second);
  auto nvit = nv ? vars.find(nv) : vars.end();
  if (nvit == vars.end() || nvit->second.kind != VarLoc::Kind::Reg || nv == v) return -1;
  if (!lenWord && !ty::identical(nv->type, v->type)) return -1;
  if (lenWord && k != ty::BasicKind::Int) return -1;
  limit = nvit->second.slot + lenWord;
  return vit->second.slot;
}

int FuncGen::branchTarget(const sx::BranchStmt* s) {
  std::string_view label = s->label ? s->label->name : std::string_view();
  switch (s->tok) {
    case TokenKind::KwBreak:
      for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
        if (it->brk < 0) continue;
        if (!label.empty() && it->label != label) continue;
        if (label.empty() && it->cont < 0 && sx::isa<sx::BlockStmt>(it->stmt)) continue;
        return it->brk;
      }
      break;
    case TokenKind::KwContinue:
      for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
        if (it->cont < 0) continue;
        if (!label.empty() && it->label != label) continue;
        return it->cont;
      }
      break;
    case TokenKind::KwGoto:
      return gotoLabel(label);
    case TokenKind::KwFallthrough:
      return fallthroughTarget;
    default:
      break;
  }
  return -1;
}

void FuncGen::genBranch(const sx::BranchStmt* s) {
  int target = branchTarget(s);
  if (target >= 0) {
    b.jump(Opcode::Jmp, target);
    return;
  }
  error(s->pos(), "internal error: branch without target");
}

// Evaluates every operand of `return` before storing any (named results may be read by the other operands:
// `return b, a`), then stores each into its result: the named result variable when `named` and it has one, else
// the result's slots (resultOffsets).
void FuncGen::storeResultsAfterAll(const sx::ReturnStmt* s, bool named) {
  const auto& results = sig->results->vars;
  auto resultPlace = [&](size_t i) {
    Place p;
    if (named && results[i]->name != "_" && vars.count(results[i])) {
      p = varPlace(results[i]);
    } else {
      p.kind = Place::Kind::Reg;
      p.slot = resultOffsets[i];
      p.type = results[i]->type;
    }
    return p;
  };
  // Operands that are constants, nil or variables other than the named results read nothing a store into a
  // result changes: when all are such, each goes straight into its result (`return v, nil`: no temporaries).
  auto settled = [&](const sx::Expr* e) {
    e = unparen(e);
    const ty::TypeAndValue* t = tv(e);
    if (t && t->mode == ty::OperandMode::Constant) return true;
    if (ty::basicKindOf(typeOf(e)) == ty::BasicKind::UntypedNil) return true;
    const auto* id = sx::dyn_cast<sx::Ident>(e);
    auto u = id ? pkg->info->uses.find(id) : pkg->info->uses.end();
    const auto* v = u != pkg->info->uses.end() ? ty::dyn_cast<ty::Var>(u->second) : nullptr;
    return v && std::find(results.begin(), results.end(), v) == results.end();
  };
  if (std::all_of(s->results.begin(), s->results.end(), settled)) {
    for (size_t i = 0; i < results.size() && i < s->results.size(); ++i) {
      Place p = resultPlace(i);
      if (p.kind == Place::Kind::Reg) {
        genAs(s->results[i], results[i]->type, p.slot);
      } else {
        Val v = evalAs(s->results[i], results[i]->type);
        store(p, v.slot);
        b.release(v);
      }
      releasePlace(p);
    }
    return;
  }
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
    Place p = resultPlace(i);
    store(p, vals[i].slot);
    releasePlace(p);
  }
  for (auto it = vals.rbegin(); it != vals.rend(); ++it) b.release(*it);
}

void FuncGen::genReturn(const sx::ReturnStmt* s) {
  if (inl) return genInlineReturn(s);  // gen_inline.cpp
  const auto& results = sig->results->vars;
  bool named = !resultVars.empty();
  if (!s->results.empty()) {
    if (s->results.size() == 1 && results.size() > 1) {
      // return f() with several results.
      Val r = eval(s->results[0]);
      const auto* tup = ty::dyn_cast<ty::Tuple>(typeOf(unparen(s->results[0])));
      int off = 0;
      for (size_t i = 0; i < results.size(); ++i) {
        const ty::Type* st = tup ? tup->vars[i]->type : results[i]->type;
        Place p;
        if (named) {
          p = varPlace(results[i]);
          if (results[i]->name == "_") {
            p.kind = Place::Kind::Reg;
            p.slot = resultOffsets[i];
          }
        } else {
          p.kind = Place::Kind::Reg;
          p.slot = resultOffsets[i];
        }
        p.type = results[i]->type;
        storeConverted(p, results[i]->type, r.slot + off, st, s->pos());
        releasePlace(p);
        off += g.tt.numSlots(st);
      }
      b.release(r);
    } else if (!named && !hasDefer) {
      for (size_t i = 0; i < results.size() && i < s->results.size(); ++i) genAs(s->results[i], results[i]->type, resultOffsets[i]);
    } else {
      storeResultsAfterAll(s, named);
    }
  }
  line(s->pos());
  genReturnJump();  // gen_try.cpp
}

// ---- switch ------------------------------------------------------------------------------------------------------

void FuncGen::genSwitch(const sx::SwitchStmt* s, std::string_view label) {
  pushScope();
  genStmt(s->init);
  Val tag;
  const ty::Type* tagT = nullptr;
  if (s->tag) {
    tagT = concreteType(typeOf(unparen(s->tag)));
    OrderScope order(*this, s->tag);
    Val v = evalAs(s->tag, tagT);
    if (!v.temp) {
      Val c = temp(tagT);
      mov(c.slot, v.slot, v.n);
      v = c;
    }
    tag = v;
  }
  int brk = b.newLabel();
  std::vector<int> bodies;
  int defaultIdx = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) bodies.push_back(b.newLabel());
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const sx::CaseClause* c = s->clauses[i];
    if (c->isDefault) {
      defaultIdx = static_cast<int>(i);
      continue;
    }
    for (const sx::Expr* e : c->list) {
      line(e->pos());
      OrderScope order(*this, e);
      if (!s->tag) {
        const ty::Type* ct = concreteType(typeOf(unparen(e)));
        if (isIface(ct)) {
          // `switch { case x: }` with x an interface compares true (converted to x's type) with x.
          const ty::Type* boolT = ty::Universe::get().basic(ty::BasicKind::Bool);
          Val t = temp(boolT);
          b.emit(Opcode::LoadInt, t.slot, 0, 0, 1);
          Val conv = temp(ct);
          convertVal(t.slot, boolT, ct, conv.slot, e->pos());
          Val y = evalAs(e, ct);
          int r = b.alloc1(SlotKind::Scalar);
          emitCompareVals(TokenKind::Eql, ct, conv.slot, y.slot, r, e->pos());
          b.jump(Opcode::JmpIf, bodies[i], r);
          b.release(r, 1);
          b.release(y);
          b.release(conv);
          b.release(t);
          continue;
        }
        genCond(e, true, bodies[i]);
        continue;
      }
      const ty::Type* et = typeOf(unparen(e));
      const ty::TypeAndValue* ev = tv(unparen(e));
      const ty::Type* ut = under(tagT);
      if ((ty::isInteger(ut) || ty::isBoolean(ut)) && ev && ev->mode == ty::OperandMode::Constant && !ev->value.isUnknown() && !ty::isUnsigned(ut)) {
        auto [k, exact] = constant::int64Val(constant::toInt(ty::isBoolean(ut) ? constant::makeInt64(constant::boolVal(ev->value)) : ev->value));
        if (exact && k >= INT32_MIN && k <= INT32_MAX) {
          b.jump(Opcode::JmpEqImm, bodies[i], tag.slot, 0, static_cast<int32_t>(k));
          continue;
        }
      }
      const ty::Type* ot = tagT;
      Val x = tag;
      Val conv;
      if (isIface(et) && !isIface(tagT)) {
        ot = et;
        conv = temp(et);
        convertVal(tag.slot, tagT, et, conv.slot, e->pos());
        x = conv;
      }
      Val y = evalAs(e, ot);
      int r = b.alloc1(SlotKind::Scalar);
      emitCompareVals(TokenKind::Eql, ot, x.slot, y.slot, r, e->pos());
      b.jump(Opcode::JmpIf, bodies[i], r);
      b.release(r, 1);
      b.release(y);
      b.release(conv);
    }
  }
  b.jump(Opcode::Jmp, defaultIdx >= 0 ? bodies[defaultIdx] : brk);
  targets.push_back(BranchTarget{s, label, brk, -1});
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    b.bind(bodies[i]);
    int saved = fallthroughTarget;
    fallthroughTarget = i + 1 < bodies.size() ? bodies[i + 1] : brk;
    pushScope();
    genBlock(s->clauses[i]->body);
    popScope();
    fallthroughTarget = saved;
    b.jump(Opcode::Jmp, brk);
  }
  targets.pop_back();
  b.bind(brk);
  b.release(tag);
  popScope();
}

void FuncGen::genTypeSwitch(const sx::TypeSwitchStmt* s, std::string_view label) {
  pushScope();
  genStmt(s->init);
  const sx::Expr* x = unparen(s->x);
  if (const auto* ta = sx::dyn_cast<sx::TypeAssertExpr>(x)) x = ta->x;
  const ty::Type* xt = typeOf(unparen(x));
  Val xv = eval(x);
  if (!xv.temp) {
    Val c = temp(xt);
    mov(c.slot, xv.slot, xv.n);
    xv = c;
  }
  int brk = b.newLabel();
  std::vector<int> bodies;
  int defaultIdx = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) bodies.push_back(b.newLabel());
  int r = b.alloc1(SlotKind::Scalar);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const sx::CaseClause* c = s->clauses[i];
    if (c->isDefault) {
      defaultIdx = static_cast<int>(i);
      continue;
    }
    for (const sx::Expr* e : c->list) {
      line(e->pos());
      const ty::Type* t = typeOf(unparen(e));
      const ty::TypeAndValue* etv = tv(unparen(e));
      if (!t || (etv && etv->mode != ty::OperandMode::TypeExpr)) {
        b.emit(Opcode::IfaceIs, r, xv.slot, 0, -1);  // nil
      } else if (isIface(t)) {
        b.emit(Opcode::IfaceImpl, r, xv.slot, 0, g.typeIndex(t));
      } else {
        g.needIfaceMethods(t);
        b.emit(Opcode::IfaceIs, r, xv.slot, 0, g.typeIndex(t));
      }
      b.jump(Opcode::JmpIf, bodies[i], r);
    }
  }
  b.release(r, 1);
  b.jump(Opcode::Jmp, defaultIdx >= 0 ? bodies[defaultIdx] : brk);
  targets.push_back(BranchTarget{s, label, brk, -1});
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const sx::CaseClause* c = s->clauses[i];
    b.bind(bodies[i]);
    pushScope();
    auto it = pkg->info->implicits.find(c);
    if (s->binding && it != pkg->info->implicits.end()) {
      if (auto* v = ty::dyn_cast<ty::Var>(it->second)) {
        VarLoc loc = declareVar(v);
        Place p = varPlace(v);
        const ty::Type* vt = v->type;
        Val tmp = temp(vt);
        if (c->list.size() == 1 && !isIface(vt) && typeOf(unparen(c->list[0])) &&
            tv(unparen(c->list[0]))->mode == ty::OperandMode::TypeExpr) {
          b.emit(Opcode::AssertType, tmp.slot, xv.slot, rt::kNoReg16, g.typeIndex(vt), g.typeIndex(xt));
        } else if (isIface(vt) && !ty::identical(vt, xt)) {
          b.emit(Opcode::AssertIface, tmp.slot, xv.slot, rt::kNoReg16, g.typeIndex(vt), g.typeIndex(xt));
        } else {
          mov(tmp.slot, xv.slot, 2);
        }
        store(p, tmp.slot);
        b.release(tmp);
        releasePlace(p);
        (void)loc;
      }
    }
    genBlock(c->body);
    popScope();
    b.jump(Opcode::Jmp, brk);
  }
  targets.pop_back();
  b.bind(brk);
  b.release(xv);
  popScope();
}

}  // namespace vo::codegen
