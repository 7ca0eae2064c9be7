// for-range loops over integers, arrays, pointers to arrays, slices, strings and maps (Go spec "For statements
// with range clause"); with `:=` every iteration has fresh variables (Go 1.22).
#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

namespace {
// Whether `n` may change variable `v` or let something else change it: an assignment or ++/-- to it, a range
// clause assigning it, its address taken, or a use inside a function literal.
bool mayWriteVar(const sx::Node* n, const ty::Var* v, const ty::Info& info) {
  bool found = false;
  auto isV = [&](const sx::Expr* e) {
    const auto* id = e ? sx::dyn_cast<sx::Ident>(unparen(e)) : nullptr;
    if (!id) return false;
    auto it = info.uses.find(id);
    return it != info.uses.end() && it->second == v;
  };
  std::function<void(const sx::Node*, bool)> walk = [&](const sx::Node* c, bool inLit) {
    if (found || !c) return;
    if (const auto* id = sx::dyn_cast<sx::Ident>(c)) {
      if (inLit && isV(id)) found = true;
      return;
    }
    if (const auto* as = sx::dyn_cast<sx::AssignStmt>(c)) {
      for (const sx::Expr* l : as->lhs) found = found || isV(l);
    } else if (const auto* inc = sx::dyn_cast<sx::IncDecStmt>(c)) {
      found = found || isV(inc->x);
    } else if (const auto* u = sx::dyn_cast<sx::UnaryExpr>(c); u && u->op == TokenKind::And) {
      found = found || isV(u->x);
    } else if (const auto* rs = sx::dyn_cast<sx::RangeStmt>(c); rs && rs->tok == TokenKind::Assign) {
      found = found || isV(rs->key) || isV(rs->value);
    }
    bool lit = inLit || sx::isa<sx::FuncLit>(c);
    forEachChild(c, [&](const sx::Node* k) { walk(k, lit); });
  };
  walk(n, false);
  return found;
}
}  // namespace

void FuncGen::genRange(const sx::RangeStmt* s, std::string_view label) {
  pushScope();
  const ty::Type* xt = concreteType(typeOf(unparen(s->x)));
  const ty::Type* xu = under(xt);
  const ty::Type* intT = ty::Universe::get().basic(ty::BasicKind::Int);
  const sx::Expr* keyE = s->key;
  const sx::Expr* valE = s->value;
  auto isBlank = [](const sx::Expr* e) {
    const auto* id = sx::dyn_cast<sx::Ident>(e ? unparen(e) : nullptr);
    return !e || (id && id->name == "_");
  };
  bool wantKey = !isBlank(keyE);
  bool wantVal = !isBlank(valE);

  int top = b.newLabel(), cont = b.newLabel(), brk = b.newLabel(), cond = b.newLabel();

  // Iteration variables that must be boxed but that no closure or pointer can keep (boxed for an interface
  // conversion): one box serves every iteration.
  std::unordered_set<const ty::Var*> hoisted;
  if (s->tok == TokenKind::Define)
    for (const sx::Expr* target : {keyE, valE}) {
      if (isBlank(target)) continue;
      const ty::Var* v = defVar(sx::cast<sx::Ident>(unparen(target)));
      if (v && isHeapVar(v) && !pkg->heapVars.count(v)) {
        declareVar(v);
        hoisted.insert(v);
      }
    }

  // Assigns the iteration values (slots) to the key/value targets (new variables or places).
  auto assignIter = [&](const sx::Expr* target, int src, const ty::Type* st) {
    if (isBlank(target)) return;
    if (s->tok == TokenKind::Define) {
      const ty::Var* v = defVar(sx::cast<sx::Ident>(unparen(target)));
      if (!v) return;
      if (!hoisted.count(v)) declareVar(v, false);
      Place p = varPlace(v);
      storeConverted(p, v->type, src, st, target->pos());
      releasePlace(p);
    } else {
      Place p = place(target);
      storeConverted(p, typeOf(unparen(target)), src, st, target->pos());
      releasePlace(p);
    }
  };

  targets.push_back(BranchTarget{s, label, brk, cont});
  if (ty::isInteger(xu) || (ty::isUntyped(typeOf(unparen(s->x))) && ty::isNumeric(typeOf(unparen(s->x))))) {
    // for i := range n
    const ty::Type* it = xt;
    if (wantKey && s->tok == TokenKind::Define) {
      if (const ty::Var* v = defVar(sx::cast<sx::Ident>(unparen(keyE)))) it = v->type;
    } else if (wantKey) {
      it = typeOf(unparen(keyE));
    }
    Val n = temp(it);
    genAs(s->x, it, n.slot);
    Val i = temp(it);
    b.emit(Opcode::LoadInt, i.slot, 0, 0, 0);
    bool uns = ty::isUnsigned(it);
    if (uns)
      b.jump(Opcode::Jmp, cond);
    else
      b.jump(Opcode::JmpLeI, brk, n.slot, i.slot);
    b.bind(top);
    pushScope();
    assignIter(keyE, i.slot, it);
    genBlock(s->body->stmts);
    popScope();
    b.bind(cont);
    if (uns) {
      b.emit(Opcode::AddImm, i.slot, i.slot, 0, 1);
      b.bind(cond);
      b.jump(Opcode::JmpLtU, top, i.slot, n.slot);
    } else {
      b.jump(Opcode::ForLoop, top, i.slot, n.slot, 1);
    }
    b.release(i);
    b.release(n);
  } else if (ty::isString(xu)) {
    Val str = temp(xt);
    gen(s->x, str.slot);
    Val i = temp(intT);
    b.emit(Opcode::LoadInt, i.slot, 0, 0, 0);
    int rw = b.alloc({SlotKind::Scalar, SlotKind::Scalar});  // rune, width
    b.jump(Opcode::Jmp, cond);
    b.bind(top);
    b.emit(Opcode::DecodeRune, rw, str.slot, i.slot);
    pushScope();
    assignIter(keyE, i.slot, intT);
    assignIter(valE, rw, ty::Universe::get().runeType());
    genBlock(s->body->stmts);
    popScope();
    b.bind(cont);
    b.emit(Opcode::AddI, i.slot, i.slot, rw + 1);
    b.bind(cond);
    b.jump(Opcode::JmpLtI, top, i.slot, str.slot + 1);
    b.release(rw, 2);
    b.release(i);
    b.release(str);
  } else if (const auto* mt = ty::dyn_cast<ty::Map>(xu)) {
    Val m = eval(s->x);
    int iter = b.alloc1(SlotKind::Ptr);
    b.emit(Opcode::MapIter, iter, m.slot, 0, g.typeIndex(xt));
    b.release(m);
    Val k, v;
    if (wantKey) k = temp(mt->key);
    if (wantVal) v = temp(mt->elem);
    b.bind(top);
    b.bind(cont);
    // MapNext: d jumps to `brk` when done; c (the value slots) is set after the branch is emitted.
    b.jump(Opcode::MapNext, brk, iter, wantKey ? k.slot : rt::kNoReg16, g.typeIndex(xt));
    b.fi.code.back().c = static_cast<uint16_t>(wantVal ? v.slot : rt::kNoReg16);
    pushScope();
    if (wantKey) assignIter(keyE, k.slot, mt->key);
    if (wantVal) assignIter(valE, v.slot, mt->elem);
    genBlock(s->body->stmts);
    popScope();
    b.jump(Opcode::Jmp, top);
    b.release(v);
    b.release(k);
    b.release(iter, 1);
    (void)cond;
  } else if (const auto* ct = ty::dyn_cast<ty::Chan>(xu)) {
    // for v := range ch: receive until the channel is closed and drained.
    Val c = temp(xt);
    gen(s->x, c.slot);
    Val v = temp(ct->elem);
    int ok = b.alloc1(SlotKind::Scalar);
    b.bind(top);
    b.bind(cont);
    line(s->pos());
    b.emit(Opcode::ChanRecv, v.slot, c.slot, 0, g.typeIndex(ct->elem), ok);
    b.jump(Opcode::JmpIfNot, brk, ok);
    pushScope();
    assignIter(keyE, v.slot, ct->elem);
    genBlock(s->body->stmts);
    popScope();
    b.jump(Opcode::Jmp, top);
    b.release(ok, 1);
    b.release(v);
    b.release(c);
    (void)cond;
  } else {
    // Arrays, pointers to arrays, slices.
    const ty::Type* elem = nullptr;
    int64_t alen = -1;
    Val sl;        // slice value, or
    int ptr = -1;  // pointer to the array in memory, or
    Val arr;       // array copy in registers
    if (const auto* st = ty::dyn_cast<ty::Slice>(xu)) {
      elem = st->elem;
      sl = temp(xt);
      gen(s->x, sl.slot);
    } else {
      const ty::Array* at = ty::dyn_cast<ty::Array>(xu);
      if (!at) {
        const auto* pt = ty::dyn_cast<ty::Pointer>(xu);
        at = pt ? ty::dyn_cast<ty::Array>(under(pt->elem)) : nullptr;
        if (!at) {
          error(s->x->pos(), "internal error: unexpected range operand");
          targets.pop_back();
          popScope();
          return;
        }
        ptr = b.alloc1(SlotKind::Ptr);
        gen(s->x, ptr);
      } else if (wantVal) {
        if (g.tt.numSlots(xt) <= escape::kMaxFrameSlots) {
          arr = temp(xt);
          gen(s->x, arr.slot);
        } else {
          // A large array: iterate over a copy in memory.
          Val v = eval(s->x);
          ptr = newBox(xt, v.slot);
          b.release(v);
        }
      } else {
        Val v = eval(s->x);  // for side effects
        b.release(v);
      }
      elem = at->elem;
      alen = at->len;
    }
    Val i = temp(intT);
    b.emit(Opcode::LoadInt, i.slot, 0, 0, 0);
    Val n = temp(intT);
    if (alen >= 0)
      b.emit(Opcode::LoadConst, n.slot, 0, 0, static_cast<int32_t>(g.constInt(alen)));
    else
      mov(n.slot, sl.slot + 1, 1);
    b.jump(Opcode::JmpLeI, brk, n.slot, i.slot);
    b.bind(top);
    pushScope();
    Val ev;
    if (wantVal) {
      ev = temp(elem);
      if (sl.n) {
        Place ep;  // the element, loaded as an index expression would (ldx for scalars, else IndexAddr + load)
        ep.kind = Place::Kind::SliceElem;
        ep.type = elem;
        ep.slot = sl.slot;
        ep.idx = i.slot;
        ep.elemSize = static_cast<uint32_t>(g.tt.sizeOf(elem));
        ep.pos = s->x->pos();
        load(ep, ev.slot);
      } else if (ptr >= 0) {
        int p = b.alloc1(SlotKind::Ptr);
        b.emit(Opcode::ArrIndexAddr, p, ptr, i.slot, static_cast<int32_t>(g.tt.sizeOf(elem)),
               static_cast<int32_t>(alen));
        loadMem(elem, ev.slot, p, 0);
        b.release(p, 1);
      } else {
        b.emit(Opcode::LdSlotIdx, ev.slot, arr.slot, i.slot, g.tt.numSlots(elem), static_cast<int32_t>(alen));
      }
    }
    // `for k := range x` with k a register variable the body never changes: k is the counter itself (no copy per
    // iteration; a per-iteration variable nothing can keep or write is indistinguishable from it).
    const ty::Var* keyVar = wantKey && s->tok == TokenKind::Define ? defVar(sx::cast<sx::Ident>(unparen(keyE))) : nullptr;
    if (keyVar && !hoisted.count(keyVar) && !isHeapVar(keyVar) && frameVar(keyVar) < 0 &&
        ty::identical(keyVar->type, intT) && !mayWriteVar(s->body, keyVar, *pkg->info)) {
      vars[keyVar] = VarLoc{VarLoc::Kind::Reg, i.slot, 0};  // not in a scope: i is released after the loop
    } else {
      assignIter(keyE, i.slot, intT);
    }
    if (wantVal) assignIter(valE, ev.slot, elem);
    b.release(ev);
    genBlock(s->body->stmts);
    popScope();
    b.bind(cont);
    b.jump(Opcode::ForLoop, top, i.slot, n.slot, 1);
    b.release(n);
    b.release(i);
    b.release(arr);
    if (ptr >= 0) b.release(ptr, 1);
    b.release(sl);
  }
  targets.pop_back();
  b.bind(brk);
  popScope();
}

}  // namespace vo::codegen
