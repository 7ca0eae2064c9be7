// Places and the expressions that read through them: selectors, index and slice expressions, dereferences,
// address-of, type assertions and the comma-ok forms.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

namespace {
bool isConstExpr(const ty::TypeAndValue* t) { return t && t->mode == ty::OperandMode::Constant && !t->value.isUnknown(); }
}  // namespace

Place FuncGen::placeOfVal(const sx::Expr* e) {
  Place p;
  p.type = concreteType(typeOf(e));
  Val v = eval(e);
  if (!v.temp) {
    // Aliases a variable's registers: copy so that later stores to the variable do not change the value.
    Val c = temp(p.type);
    mov(c.slot, v.slot, v.n);
    v = c;
  }
  p.kind = Place::Kind::Reg;
  p.slot = v.slot;
  p.owned.push_back(v);
  return p;
}

// Follows field indices path[0..n) from `base` (Go spec "Selectors": embedded fields, implicit dereferences).
Place FuncGen::fieldPlace(Place base, const std::vector<int>& path, size_t n, Pos pos) {
  (void)pos;
  for (size_t i = 0; i < n; ++i) {
    const ty::Type* u = under(base.type);
    if (const auto* pt = ty::dyn_cast<ty::Pointer>(u)) {
      // Implicit dereference: the pointer value becomes the base of a memory place. A pointer held in registers
      // is used in place (copied only when a tuple assignment may change it before the store).
      Place m;
      m.kind = Place::Kind::Mem;
      m.type = pt->elem;
      m.off = 0;
      m.deref = true;
      if (base.kind == Place::Kind::Reg && !stablePlaces) {
        m.slot = base.slot;
        m.owned = std::move(base.owned);
      } else {
        int ptr = b.alloc1(SlotKind::Ptr);
        load(base, ptr);
        releasePlace(base);
        m.slot = ptr;
        m.owned.push_back(Val{ptr, 1, true});
      }
      base = std::move(m);
      u = under(base.type);
    }
    const auto* st = ty::dyn_cast<ty::Struct>(u);
    if (!st) break;
    int fi = path[i];
    const ty::Type* ft = st->fields[fi]->type;
    switch (base.kind) {
      case Place::Kind::Reg: {
        const rt::TypeDesc* td = g.tt.get(base.type);
        base.slot += static_cast<int>(td->fields[fi].firstSlot);
        break;
      }
      case Place::Kind::RegIdx: {
        const rt::TypeDesc* td = g.tt.get(base.type);
        base.off += td->fields[fi].firstSlot;
        break;
      }
      case Place::Kind::Mem:
      case Place::Kind::SliceElem:
        base.off += g.tt.fieldOffset(st, fi);
        break;
      case Place::Kind::MapEntry: {
        // Not addressable: read the entry into a temporary first.
        Val v = loadVal(base);
        releasePlace(base);
        Place r;
        r.kind = Place::Kind::Reg;
        r.type = base.type;
        r.slot = v.slot;
        r.owned.push_back(v);
        const rt::TypeDesc* td = g.tt.get(r.type);
        r.slot += static_cast<int>(td->fields[fi].firstSlot);
        base = std::move(r);
        break;
      }
      case Place::Kind::Blank:
        break;
    }
    base.type = ft;
  }
  return base;
}

Place FuncGen::place(const sx::Expr* e) {
  e = unparen(e);
  if (!inlineAliases.empty())
    if (std::optional<Place> a = inlineAliasPlace(e)) return std::move(*a);  // gen_inline.cpp
  switch (e->kind()) {
    case sx::NodeKind::Ident: {
      const auto* id = sx::cast<sx::Ident>(e);
      if (id->name == "_") return Place{};
      auto it = pkg->info->uses.find(id);
      if (it != pkg->info->uses.end())
        if (auto* v = ty::dyn_cast<ty::Var>(it->second)) return varPlace(v);
      auto dit = pkg->info->defs.find(id);
      if (dit != pkg->info->defs.end())
        if (auto* v = ty::dyn_cast<ty::Var>(dit->second)) return varPlace(v);
      return placeOfVal(e);
    }
    case sx::NodeKind::SelectorExpr: {
      const auto* se = sx::cast<sx::SelectorExpr>(e);
      auto it = pkg->info->selections.find(se);
      if (it == pkg->info->selections.end()) {
        // Qualified identifier.
        auto uit = pkg->info->uses.find(se->sel);
        if (uit != pkg->info->uses.end())
          if (auto* v = ty::dyn_cast<ty::Var>(uit->second)) return varPlace(v);
        return placeOfVal(e);
      }
      const ty::Selection& s = it->second;
      if (s.kind != ty::SelectionKind::FieldVal) return placeOfVal(e);
      Place base = place(se->x);
      return fieldPlace(std::move(base), s.index, s.index.size(), e->pos());
    }
    case sx::NodeKind::IndexExpr: {
      const auto* ie = sx::cast<sx::IndexExpr>(e);
      const ty::Type* xt = typeOf(unparen(ie->x));
      const ty::Type* xu = under(xt);
      if (const auto* mt = ty::dyn_cast<ty::Map>(xu)) {
        Place p;
        p.kind = Place::Kind::MapEntry;
        p.type = mt->elem;
        p.mapType = xt;
        Val m = eval(ie->x);
        p.slot = m.slot;
        p.owned.push_back(m);
        p.key = evalAs(ie->index, mt->key);
        if (!p.key.temp && needsStableCopy(ie->index)) {
          Val c = temp(mt->key);
          mov(c.slot, p.key.slot, p.key.n);
          p.key = c;
        }
        return p;
      }
      if (const auto* sl = ty::dyn_cast<ty::Slice>(xu)) {
        Val s = eval(ie->x);
        if (!s.temp && needsStableCopy(ie->x)) {
          Val c = temp(xt);
          mov(c.slot, s.slot, s.n);
          s = c;
        }
        Val i = evalAs(ie->index, ty::Universe::get().basic(ty::BasicKind::Int));
        if (!i.temp && needsStableCopy(ie->index)) {
          Val c = temp(ty::Universe::get().basic(ty::BasicKind::Int));
          mov(c.slot, i.slot, 1);
          i = c;
        }
        line(ie->lbrack);
        Place p;
        p.pos = ie->lbrack;
        p.kind = Place::Kind::SliceElem;
        p.type = sl->elem;
        p.slot = s.slot;
        p.idx = i.slot;
        p.idxUnsigned = unsignedIndex(ie->index);
        p.elemSize = static_cast<uint32_t>(g.tt.sizeOf(sl->elem));
        p.owned.push_back(s);
        p.owned.push_back(i);
        return p;
      }
      const ty::Array* at = ty::dyn_cast<ty::Array>(xu);
      Place base;
      if (!at) {
        const auto* pt = ty::dyn_cast<ty::Pointer>(xu);
        at = pt ? ty::dyn_cast<ty::Array>(under(pt->elem)) : nullptr;
        if (!at) return placeOfVal(e);
        Val pv = eval(ie->x);
        int ptr = b.alloc1(SlotKind::Ptr);
        mov(ptr, pv.slot, 1);
        b.release(pv);
        base.kind = Place::Kind::Mem;
        base.type = pt->elem;
        base.slot = ptr;
        base.owned.push_back(Val{ptr, 1, true});
      } else {
        base = place(ie->x);
        if (base.kind == Place::Kind::SliceElem) {
          Place m = resolveSliceElem(base);
          releasePlace(base);
          base = std::move(m);
        } else if (base.kind == Place::Kind::MapEntry) {
          // m[k][i]: not addressable; read the array first.
          Val v = loadVal(base);
          releasePlace(base);
          Place r;
          r.kind = Place::Kind::Reg;
          r.type = at;
          r.slot = v.slot;
          r.owned.push_back(v);
          base = std::move(r);
        }
      }
      const ty::TypeAndValue* iv = tv(unparen(ie->index));
      int elemSlots = g.tt.numSlots(at->elem);
      if (isConstExpr(iv)) {
        int64_t k = constant::int64Val(constant::toInt(iv->value)).first;
        switch (base.kind) {
          case Place::Kind::Reg: base.slot += static_cast<int>(k) * elemSlots; break;
          case Place::Kind::RegIdx: base.off += static_cast<uint32_t>(k * elemSlots); break;
          case Place::Kind::Mem: base.off += static_cast<uint64_t>(k) * g.tt.sizeOf(at->elem); break;
          default: break;
        }
        base.type = at->elem;
        return base;
      }
      Val i = evalAs(ie->index, ty::Universe::get().basic(ty::BasicKind::Int));
      if (!i.temp && needsStableCopy(ie->index)) {
        Val c = temp(ty::Universe::get().basic(ty::BasicKind::Int));
        mov(c.slot, i.slot, 1);
        i = c;
      }
      line(ie->lbrack);
      if (base.kind == Place::Kind::Reg) {
        base.pos = ie->lbrack;
        base.kind = Place::Kind::RegIdx;
        base.idx = i.slot;
        base.elemSlots = elemSlots;
        base.len = at->len;
        base.elemType = at->elem;
        base.off = 0;
        base.owned.push_back(i);
        base.type = at->elem;
        return base;
      }
      if (base.kind == Place::Kind::Mem) {
        int ptr = b.alloc1(SlotKind::Ptr);
        int src = base.slot;
        if (base.off != 0) {
          b.emit(Opcode::AddrOff, ptr, base.slot, 0, static_cast<int32_t>(checkedOffset(base.off)));
          src = ptr;
        }
        b.emit(Opcode::ArrIndexAddr, ptr, src, i.slot, static_cast<int32_t>(g.tt.sizeOf(at->elem)),
               static_cast<int32_t>(at->len));
        b.release(i);
        releasePlace(base);
        Place p;
        p.kind = Place::Kind::Mem;
        p.type = at->elem;
        p.slot = ptr;
        p.owned.push_back(Val{ptr, 1, true});
        return p;
      }
      // A dynamically indexed element of a register array indexed again: read the whole array first.
      Val whole = loadVal(base);
      releasePlace(base);
      Place p;
      p.kind = Place::Kind::RegIdx;
      p.slot = whole.slot;
      p.owned.push_back(whole);
      p.idx = i.slot;
      p.owned.push_back(i);
      p.elemSlots = elemSlots;
      p.len = at->len;
      p.elemType = at->elem;
      p.type = at->elem;
      return p;
    }
    case sx::NodeKind::StarExpr: {
      const auto* st = sx::cast<sx::StarExpr>(e);
      Val pv = eval(st->x);
      Place p;
      p.kind = Place::Kind::Mem;
      p.type = ty::cast<ty::Pointer>(under(typeOf(unparen(st->x))))->elem;
      p.deref = true;
      if (pv.temp || !stablePlaces) {
        p.slot = pv.slot;
        p.owned.push_back(pv);
      } else {
        int ptr = b.alloc1(SlotKind::Ptr);
        mov(ptr, pv.slot, 1);
        p.slot = ptr;
        p.owned.push_back(Val{ptr, 1, true});
      }
      return p;
    }
    default:
      return placeOfVal(e);
  }
}

void FuncGen::addrOfPlace(Place& p, int dst, Pos pos) {
  if (p.kind == Place::Kind::SliceElem) {
    if (p.off == 0) {
      line(p.pos);
      b.emit(Opcode::IndexAddr, dst, p.slot, p.idx, static_cast<int32_t>(p.elemSize), p.idxUnsigned ? 1 : 0);
      return;
    }
    Place m = resolveSliceElem(p);
    addrOfPlace(m, dst, pos);
    releasePlace(m);
    return;
  }
  switch (p.kind) {
    case Place::Kind::Mem:
      if (p.off == 0 && p.deref) b.emit(Opcode::NilCheck, p.slot);
      if (p.off == 0)
        mov(dst, p.slot, 1);
      else
        b.emit(Opcode::AddrOff, dst, p.slot, 0, static_cast<int32_t>(checkedOffset(p.off)));
      return;
    default: {
      // A register value whose address is needed (the variable should have been on the heap): take the address
      // of a copy in a new box.
      (void)pos;
      Val v = loadVal(p);
      int box = newBox(p.type, v.slot);
      b.release(v);
      mov(dst, box, 1);
      b.release(box, 1);
      return;
    }
  }
}

void FuncGen::addrOf(const sx::Expr* operand, int dst) {
  operand = unparen(operand);
  if (const auto* cl = sx::dyn_cast<sx::CompositeLit>(operand)) {
    const ty::Type* t = typeOf(cl);
    b.emit(Opcode::New, dst, 0, 0, g.typeIndex(t));
    genCompositeInto(cl, t, dst, 0);
    return;
  }
  Place p = place(operand);
  addrOfPlace(p, dst, operand->pos());
  releasePlace(p);
}

void FuncGen::genSelector(const sx::SelectorExpr* e, int dst) {
  auto it = pkg->info->selections.find(e);
  if (it == pkg->info->selections.end()) {
    // Qualified identifier pkg.Name.
    auto uit = pkg->info->uses.find(e->sel);
    if (uit == pkg->info->uses.end()) {
      error(e->pos(), "internal error: unresolved selector");
      return;
    }
    if (auto* v = ty::dyn_cast<ty::Var>(uit->second)) {
      Place p = varPlace(v);
      load(p, dst);
      releasePlace(p);
      return;
    }
    if (auto* f = ty::dyn_cast<ty::Func>(uit->second)) {
      b.emit(Opcode::LoadFunc, dst, 0, 0, static_cast<int32_t>(g.funcIndex(f)));
      return;
    }
    error(e->pos(), "internal error: unexpected qualified identifier");
    return;
  }
  const ty::Selection& s = it->second;
  switch (s.kind) {
    case ty::SelectionKind::FieldVal: {
      Place p = place(e);
      line(e->sel->pos());
      load(p, dst);
      releasePlace(p);
      return;
    }
    case ty::SelectionKind::MethodVal:
      genMethodValue(e, s, dst);
      return;
    case ty::SelectionKind::MethodExpr:
      genMethodExpr(e, s, dst);
      return;
  }
}

bool FuncGen::unsignedIndex(const sx::Expr* e) const {
  const ty::Type* t = typeOf(unparen(e));
  if (!t || ty::isUntyped(t)) return false;
  ty::BasicKind k = ty::basicKindOf(under(t));
  return k == ty::BasicKind::Uint || k == ty::BasicKind::Uint64 || k == ty::BasicKind::Uintptr;
}

void FuncGen::genIndex(const sx::IndexExpr* e, int dst) {
  const ty::Type* xt = typeOf(unparen(e->x));
  const ty::Type* xu = under(xt);
  if (ty::isString(xu)) {
    Val s = evalAs(e->x, concreteType(xt));
    Val i = evalAs(e->index, ty::Universe::get().basic(ty::BasicKind::Int));
    line(e->lbrack);
    b.emit(Opcode::IndexS, dst, s.slot, i.slot, 0, unsignedIndex(e->index) ? 1 : 0);
    b.release(i);
    b.release(s);
    return;
  }
  Place p = place(e);
  load(p, dst);
  releasePlace(p);
}

void FuncGen::genSliceExpr(const sx::SliceExpr* e, int dst) {
  const ty::Type* xt = typeOf(unparen(e->x));
  const ty::Type* xu = under(concreteType(xt));
  const ty::Type* intT = ty::Universe::get().basic(ty::BasicKind::Int);
  if (ty::isString(xu)) {
    Val s = evalAs(e->x, concreteType(xt));
    int c = b.alloc({SlotKind::Scalar, SlotKind::Scalar});
    if (e->low) genAs(e->low, intT, c); else b.emit(Opcode::LoadInt, c, 0, 0, 0);
    if (e->high) genAs(e->high, intT, c + 1); else mov(c + 1, s.slot + 1, 1);
    line(e->lbrack);
    b.emit(Opcode::SliceS, dst, s.slot, c);
    b.release(c, 2);
    b.release(s);
    return;
  }
  int c = b.alloc({SlotKind::Scalar, SlotKind::Scalar, SlotKind::Scalar});
  if (const auto* sl = ty::dyn_cast<ty::Slice>(xu)) {
    Val s = eval(e->x);
    if (e->low) genAs(e->low, intT, c); else b.emit(Opcode::LoadInt, c, 0, 0, 0);
    if (e->high) genAs(e->high, intT, c + 1); else mov(c + 1, s.slot + 1, 1);
    if (e->max) genAs(e->max, intT, c + 2); else mov(c + 2, s.slot + 2, 1);
    line(e->lbrack);
    b.emit(Opcode::SliceSlice, dst, s.slot, c, static_cast<int32_t>(g.tt.sizeOf(sl->elem)), e->max ? 1 : 0);
    b.release(s);
    b.release(c, 3);
    return;
  }
  // Arrays (addressable) and pointers to arrays.
  const ty::Array* at = ty::dyn_cast<ty::Array>(xu);
  int ptr = b.alloc1(SlotKind::Ptr);
  if (at) {
    addrOf(e->x, ptr);
  } else {
    at = ty::dyn_cast<ty::Array>(under(ty::cast<ty::Pointer>(xu)->elem));
    gen(e->x, ptr);
  }
  if (e->low) genAs(e->low, intT, c); else b.emit(Opcode::LoadInt, c, 0, 0, 0);
  if (e->high) genAs(e->high, intT, c + 1); else b.emit(Opcode::LoadInt, c + 1, 0, 0, static_cast<int32_t>(at->len));
  if (e->max) genAs(e->max, intT, c + 2); else b.emit(Opcode::LoadInt, c + 2, 0, 0, static_cast<int32_t>(at->len));
  line(e->lbrack);
  auto len = static_cast<int32_t>(at->len);
  b.emit(Opcode::SliceArr, dst, ptr, c, static_cast<int32_t>(g.tt.sizeOf(at->elem)), e->max ? ~len : len);
  b.release(ptr, 1);
  b.release(c, 3);
}

void FuncGen::genTypeAssert(const sx::TypeAssertExpr* e, int dst, int okSlot) {
  const ty::Type* xt = typeOf(unparen(e->x));
  const ty::Type* t = typeOf(e->type);
  Val x = eval(e->x);
  line(e->lparen);
  int c = okSlot >= 0 ? okSlot : rt::kNoReg16;
  if (isIface(t)) {
    b.emit(Opcode::AssertIface, dst, x.slot, c, g.typeIndex(t), g.typeIndex(xt));
  } else {
    g.needIfaceMethods(t);
    b.emit(Opcode::AssertType, dst, x.slot, c, g.typeIndex(t), g.typeIndex(xt));
  }
  b.release(x);
}

// `v, ok = x.(T)` and `v, ok = m[k]`: the value into dst, the bool into okSlot.
void FuncGen::genCommaOk(const sx::Expr* e, int dst, int okSlot) {
  e = unparen(e);
  if (const auto* ta = sx::dyn_cast<sx::TypeAssertExpr>(e)) {
    genTypeAssert(ta, dst, okSlot);
    return;
  }
  if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e)) {
    const ty::Type* mt = typeOf(unparen(ie->x));
    const auto* m = ty::cast<ty::Map>(under(mt));
    Val mv = eval(ie->x);
    Val k = evalAs(ie->index, m->key);
    b.emit(Opcode::MapGet, dst, mv.slot, k.slot, g.typeIndex(mt), okSlot);
    b.release(k);
    b.release(mv);
    return;
  }
  if (const auto* ue = sx::dyn_cast<sx::UnaryExpr>(e); ue && ue->op == sx::TokenKind::Arrow) {
    genRecv(ue, dst, okSlot);
    return;
  }
  error(e->pos(), "this comma-ok form is not supported yet");
}

}  // namespace vo::codegen
