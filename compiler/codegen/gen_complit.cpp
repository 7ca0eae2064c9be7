// Composite literals (Go spec "Composite literals"): structs and arrays into registers or memory, slices into a
// new backing array, maps through MapSet, and `&T{...}` (also elided in nested literals) into a new object.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

namespace {

int fieldIndex(const ty::Struct* st, std::string_view name) {
  for (size_t i = 0; i < st->fields.size(); ++i)
    if (st->fields[i]->name == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

void FuncGen::genCompositeLit(const sx::CompositeLit* e, int dst) { genCompositeLitAs(e, typeOf(e), dst); }

void FuncGen::genCompositeLitAs(const sx::CompositeLit* e, const ty::Type* t, int dst) {
  const ty::Type* u = under(t);
  line(e->pos());
  if (const auto* pt = ty::dyn_cast<ty::Pointer>(u)) {
    // An elided &T{...} inside another literal.
    if (genFrameCompositeAddr(e, e, pt->elem, dst)) return;
    b.emit(Opcode::New, dst, 0, 0, g.typeIndex(pt->elem));
    genCompositeInto(e, pt->elem, dst, 0);
    return;
  }
  if (const auto* st = ty::dyn_cast<ty::Struct>(u)) {
    const rt::TypeDesc* td = g.tt.get(t);
    // Zero first unless every field is given (positionally, or each by key).
    if (e->elts.size() < st->fields.size()) zero(dst, static_cast<int>(td->numSlots()));
    for (size_t i = 0; i < e->elts.size(); ++i) {
      const sx::Expr* el = e->elts[i];
      int fi = static_cast<int>(i);
      if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
        const auto* key = sx::dyn_cast<sx::Ident>(kv->key);
        fi = key ? fieldIndex(st, key->name) : -1;
        el = kv->value;
      }
      if (fi < 0 || fi >= static_cast<int>(st->fields.size())) continue;
      genAs(el, st->fields[fi]->type, dst + static_cast<int>(td->fields[fi].firstSlot));
    }
    return;
  }
  if (const auto* at = ty::dyn_cast<ty::Array>(u)) {
    int es = g.tt.numSlots(at->elem);
    zero(dst, static_cast<int>(es * at->len));
    int64_t idx = 0;
    for (const sx::Expr* el : e->elts) {
      if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
        const ty::TypeAndValue* kt = tv(unparen(kv->key));
        if (kt && kt->mode == ty::OperandMode::Constant) idx = constant::int64Val(constant::toInt(kt->value)).first;
        el = kv->value;
      }
      if (idx >= 0 && idx < at->len) genAs(el, at->elem, dst + static_cast<int>(idx * es));
      ++idx;
    }
    return;
  }
  if (const auto* sl = ty::dyn_cast<ty::Slice>(u)) {
    const int64_t n = sliceLitLen(e);
    // The backing array: in the frame (escape analysis) or a new heap array. `zeroed`: the array is zero, so
    // nested literals need not store zero constants.
    bool zeroed = true;
    if (const FrameAlloc* fa = frameAlloc(e)) {
      bool full = static_cast<size_t>(n) == e->elts.size();
      const ty::Type* eu = under(sl->elem);
      for (const sx::Expr* el : e->elts) {
        const auto* lit = sx::dyn_cast<sx::CompositeLit>(unparen(el));
        if (sx::isa<sx::KeyValueExpr>(el) ||
            (lit && (ty::isa<ty::Struct>(eu) || ty::isa<ty::Array>(eu)) && !initialisesAll(lit, sl->elem)))
          full = false;
      }
      if (!full) rezeroFrameObject(fa->ptr, fa->type);
      zeroed = !full;
      mov(dst, fa->ptr, 1);
      b.emit(Opcode::LoadInt, dst + 1, 0, 0, static_cast<int32_t>(n));  // frame arrays are < 2^31 elements
      b.emit(Opcode::LoadInt, dst + 2, 0, 0, static_cast<int32_t>(n));
    } else {
      int len = b.alloc1(SlotKind::Scalar);
      if (n <= INT32_MAX)
        b.emit(Opcode::LoadInt, len, 0, 0, static_cast<int32_t>(n));
      else
        b.emit(Opcode::LoadConst, len, 0, 0, static_cast<int32_t>(g.constInt(n)));
      b.emit(Opcode::MakeSlice, dst, len, rt::kNoReg16, g.typeIndex(sl->elem));
      b.release(len, 1);
    }
    uint64_t size = g.tt.sizeOf(sl->elem);
    int64_t idx = 0;
    for (const sx::Expr* el : e->elts) {
      if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
        const ty::TypeAndValue* kt = tv(unparen(kv->key));
        if (kt && kt->mode == ty::OperandMode::Constant) idx = constant::int64Val(constant::toInt(kt->value)).first;
        el = kv->value;
      }
      const sx::Expr* uel = unparen(el);
      const ty::Type* eu = under(sl->elem);
      if (sx::isa<sx::CompositeLit>(uel) && (ty::isa<ty::Struct>(eu) || ty::isa<ty::Array>(eu))) {
        genCompositeInto(sx::cast<sx::CompositeLit>(uel), sl->elem, dst, static_cast<uint64_t>(idx) * size, zeroed);
      } else {
        Val v = evalAs(el, sl->elem);
        storeMem(sl->elem, dst, static_cast<uint64_t>(idx) * size, v.slot);
        b.release(v);
      }
      ++idx;
    }
    return;
  }
  if (const auto* mt = ty::dyn_cast<ty::Map>(u)) {
    int hint = b.alloc1(SlotKind::Scalar);
    b.emit(Opcode::LoadInt, hint, 0, 0, static_cast<int32_t>(e->elts.size()));
    b.emit(Opcode::MakeMap, dst, hint, 0, g.typeIndex(t));
    b.release(hint, 1);
    for (const sx::Expr* el : e->elts) {
      const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el);
      if (!kv) continue;
      Val k = evalAs(kv->key, mt->key);
      Val v = evalAs(kv->value, mt->elem);
      b.emit(Opcode::MapSet, dst, k.slot, v.slot, g.typeIndex(t));
      b.release(v);
      b.release(k);
    }
    return;
  }
  error(e->pos(), "internal error: composite literal of unexpected type");
}

// Writes the literal `e` of type `t` into memory at ptr + off (zeroed: see gen.h).
void FuncGen::genCompositeInto(const sx::CompositeLit* e, const ty::Type* t, int ptr, uint64_t off, bool zeroed) {
  const ty::Type* u = under(t);
  auto put = [&](const sx::Expr* el, const ty::Type* et, uint32_t at) {
    const sx::Expr* uel = unparen(el);
    const ty::Type* eu = under(et);
    if (sx::isa<sx::CompositeLit>(uel) && (ty::isa<ty::Struct>(eu) || ty::isa<ty::Array>(eu))) {
      genCompositeInto(sx::cast<sx::CompositeLit>(uel), et, ptr, at, zeroed);
      return;
    }
    const ty::TypeAndValue* etv = tv(uel);
    if (zeroed && etv && etv->mode == ty::OperandMode::Constant && !etv->value.isUnknown() && !isIface(et)) {
      // Zero constants need no store: the memory is zeroed.
      const ty::Type* cu = under(concreteType(et));
      if ((ty::isInteger(cu) && constant::sign(etv->value) == 0) ||
          (ty::isBoolean(cu) && !constant::boolVal(etv->value)) ||
          (ty::isString(cu) && constant::stringVal(etv->value).empty()))
        return;
    }
    Val v = evalAs(el, et);
    storeMem(et, ptr, at, v.slot);
    b.release(v);
  };
  if (const auto* st = ty::dyn_cast<ty::Struct>(u)) {
    for (size_t i = 0; i < e->elts.size(); ++i) {
      const sx::Expr* el = e->elts[i];
      int fi = static_cast<int>(i);
      if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
        const auto* key = sx::dyn_cast<sx::Ident>(kv->key);
        fi = key ? fieldIndex(st, key->name) : -1;
        el = kv->value;
      }
      if (fi < 0 || fi >= static_cast<int>(st->fields.size())) continue;
      put(el, st->fields[fi]->type, off + g.tt.fieldOffset(st, fi));
    }
    return;
  }
  if (const auto* at = ty::dyn_cast<ty::Array>(u)) {
    uint64_t size = g.tt.sizeOf(at->elem);
    int64_t idx = 0;
    for (const sx::Expr* el : e->elts) {
      if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
        const ty::TypeAndValue* kt = tv(unparen(kv->key));
        if (kt && kt->mode == ty::OperandMode::Constant) idx = constant::int64Val(constant::toInt(kt->value)).first;
        el = kv->value;
      }
      if (idx >= 0 && idx < at->len) put(el, at->elem, off + static_cast<uint64_t>(idx) * size);
      ++idx;
    }
    return;
  }
  Val v = temp(t);
  genCompositeLitAs(e, t, v.slot);
  storeMem(t, ptr, off, v.slot);
  b.release(v);
}

}  // namespace vo::codegen
