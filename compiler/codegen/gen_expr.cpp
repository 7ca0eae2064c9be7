// Expressions: constants, identifiers, operators, conversions, short-circuit conditions.
#include <bit>
#include <cmath>
#include <cstring>

#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

const ty::TypeAndValue* FuncGen::tv(const sx::Expr* e) const {
  if (!inlineConsts.empty())  // constant arguments of an inlined call (gen_scalar.cpp)
    if (auto c = inlineConsts.find(e); c != inlineConsts.end()) return &c->second;
  const auto& m = pkg->info->types;
  auto it = m.find(e);
  if (it != m.end()) return &it->second;
  return nullptr;
}

const ty::Type* FuncGen::typeOf(const sx::Expr* e) const {
  const ty::TypeAndValue* t = tv(e);
  if (!t || !t->type) {
    if (const auto* id = sx::dyn_cast<sx::Ident>(e)) {
      auto it = pkg->info->uses.find(id);
      if (it != pkg->info->uses.end() && it->second->type) return it->second->type;
      auto dit = pkg->info->defs.find(id);
      if (dit != pkg->info->defs.end() && dit->second && dit->second->type) return dit->second->type;
    }
    return nullptr;
  }
  return t->type;
}

Val FuncGen::eval(const sx::Expr* e) {
  e = unparen(e);
  if (const Val* o = orderedVal(e)) return Val{o->slot, o->n, false};  // evaluated ahead (gen_order.cpp)
  const ty::TypeAndValue* t = tv(e);
  if (t && t->mode == ty::OperandMode::Constant && !constRegs.empty())
    if (int r = constReg(t->type, t->value); r >= 0) return Val{r, 1, false};  // gen_loopconst.cpp
  if (t && t->mode != ty::OperandMode::Constant) {
    if (const auto* id = sx::dyn_cast<sx::Ident>(e)) {
      auto it = pkg->info->uses.find(id);
      if (it != pkg->info->uses.end()) {
        if (const auto* v = ty::dyn_cast<ty::Var>(it->second)) {
          auto vit = vars.find(v);
          if (vit != vars.end() && vit->second.kind == VarLoc::Kind::Reg)
            return Val{vit->second.slot, g.tt.numSlots(v->type), false};
        }
      }
    }
    if (const auto* call = sx::dyn_cast<sx::CallExpr>(e)) {
      const ty::TypeAndValue* ft = tv(unparen(call->fun));
      if (!ft || ft->mode != ty::OperandMode::TypeExpr) {
        Val r = genCall(call);
        return r;
      }
    }
    if (const auto* te = sx::dyn_cast<sx::TryExpr>(e)) return genTry(te);  // gen_try.cpp
    if (const auto* da = sx::dyn_cast<sx::DynAccessExpr>(e)) return genDynAccess(da);  // gen_dyn.cpp
    // A field of a struct, or a constant-index element of an array, held in registers: read in place.
    bool fieldOrElem = false;
    if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e)) {
      auto it = pkg->info->selections.find(se);
      fieldOrElem = it != pkg->info->selections.end() && it->second.kind == ty::SelectionKind::FieldVal;
    } else if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e)) {
      const ty::TypeAndValue* iv = tv(unparen(ie->index));
      fieldOrElem = ty::isa<ty::Array>(under(typeOf(unparen(ie->x)))) && iv &&
                    iv->mode == ty::OperandMode::Constant;
    }
    if (fieldOrElem) {
      Place p = place(e);
      int n = g.tt.numSlots(concreteType(p.type));
      if (p.kind == Place::Kind::Reg && p.owned.empty()) return Val{p.slot, n, false};
      Val v = temp(p.type);
      load(p, v.slot);
      releasePlace(p);
      return v;
    }
  }
  const ty::Type* type = typeOf(e);
  if (!type) {
    error(e->pos(), "internal error: expression without type");
    return Val{};
  }
  Val v = temp(type);
  gen(e, v.slot);
  return v;
}

Val FuncGen::evalAs(const sx::Expr* e, const ty::Type* target) {
  const ty::Type* from = typeOf(unparen(e));
  if (!target || !from || ty::identical(concreteType(from), target) || !isIface(target) ||
      (isIface(from) && ty::identical(from, target))) {
    if (from && target && ty::isUntyped(from) && !isIface(target)) {
      if (const ty::TypeAndValue* t = tv(unparen(e)); t && t->mode == ty::OperandMode::Constant && !constRegs.empty())
        if (int r = constReg(target, t->value); r >= 0) return Val{r, 1, false};
      Val v = temp(target);
      genAs(e, target, v.slot);
      return v;
    }
    return eval(e);
  }
  Val v = temp(target);
  genAs(e, target, v.slot);
  return v;
}

void FuncGen::genAs(const sx::Expr* e, const ty::Type* target, int dst) {
  e = unparen(e);
  const ty::TypeAndValue* t = tv(e);
  const ty::Type* from = t ? t->type : typeOf(e);
  if (t && t->mode == ty::OperandMode::Constant && !isIface(target)) {
    genConst(target, t->value, dst, e->pos());
    return;
  }
  if (from && ty::isa<ty::Basic>(from) && ty::basicKindOf(from) == ty::BasicKind::UntypedNil) {
    zero(dst, g.tt.numSlots(target));
    return;
  }
  if (!from || !target || !isIface(target) || (isIface(from) && ty::identical(from, target))) {
    gen(e, dst);
    return;
  }
  Val v = eval(e);
  convertVal(v.slot, concreteType(from), target, dst, e->pos());
  b.release(v);
}

// Converts a value between types whose run-time representations differ only by interface wrapping.
void FuncGen::convertVal(int src, const ty::Type* from, const ty::Type* to, int dst, Pos pos) {
  (void)pos;
  if (isIface(to)) {
    if (isIface(from)) {
      if (ty::identical(from, to) || (isEmptyIface(from) && isEmptyIface(to))) {
        mov(dst, src, 2);
      } else {
        b.emit(Opcode::IfaceToIface, dst, src, 0, g.typeIndex(to));
      }
      return;
    }
    g.needIfaceMethods(from);
    b.emit(Opcode::MakeIface, dst, src, 0, g.typeIndex(from), g.typeIndex(to));
    return;
  }
  mov(dst, src, g.tt.numSlots(to));
}

void FuncGen::genConst(const ty::Type* t, const constant::Value& v, int dst, Pos pos) {
  t = concreteType(t);
  const ty::Type* u = under(t);
  if (isIface(t)) {
    error(pos, "internal error: constant of interface type");
    return;
  }
  if (v.isUnknown()) {
    zero(dst, g.tt.numSlots(t));
    return;
  }
  if (ty::isBoolean(u)) {
    b.emit(Opcode::LoadInt, dst, 0, 0, constant::boolVal(v) ? 1 : 0);
    return;
  }
  if (ty::isString(u)) {
    std::string s = constant::stringVal(v);
    b.emit(Opcode::LoadStr, dst, 0, 0, static_cast<int32_t>(g.constStr(s)));
    return;
  }
  if (ty::isFloat(u)) {
    auto [f, exact] = constant::float64Val(constant::toFloat(v));
    (void)exact;
    if (ty::basicKindOf(u) == ty::BasicKind::Float32) f = static_cast<double>(static_cast<float>(f));
    b.emit(Opcode::LoadConst, dst, 0, 0, static_cast<int32_t>(g.constFloat(f)));
    return;
  }
  if (ty::isInteger(u)) {
    const int64_t x = constIntBits(v, u);
    if (x >= INT32_MIN && x <= INT32_MAX)
      b.emit(Opcode::LoadInt, dst, 0, 0, static_cast<int32_t>(x));
    else
      b.emit(Opcode::LoadConst, dst, 0, 0, static_cast<int32_t>(g.constInt(x)));
    return;
  }
  if (ty::isComplex(u)) {
    double re = constant::float64Val(constant::toFloat(constant::real(v))).first;
    double im = constant::float64Val(constant::toFloat(constant::imag(v))).first;
    if (ty::basicKindOf(u) == ty::BasicKind::Complex64) {
      re = static_cast<double>(static_cast<float>(re));
      im = static_cast<double>(static_cast<float>(im));
    }
    b.emit(Opcode::LoadConst, dst, 0, 0, static_cast<int32_t>(g.constFloat(re)));
    b.emit(Opcode::LoadConst, dst + 1, 0, 0, static_cast<int32_t>(g.constFloat(im)));
    return;
  }
  // nil of a pointer-like type
  zero(dst, g.tt.numSlots(t));
}

void FuncGen::gen(const sx::Expr* e, int dst) {
  const int hint = callDstHint;  // for this expression only, not for its operands
  callDstHint = -1;
  e = unparen(e);
  if (const Val* o = orderedVal(e)) {  // evaluated ahead (gen_order.cpp)
    mov(dst, o->slot, o->n);
    return;
  }
  line(e->pos());
  const ty::TypeAndValue* t = tv(e);
  if (t && t->mode == ty::OperandMode::Constant) {
    genConst(t->type, t->value, dst, e->pos());
    return;
  }
  switch (e->kind()) {
    case sx::NodeKind::Ident: {
      const auto* id = sx::cast<sx::Ident>(e);
      auto it = pkg->info->uses.find(id);
      if (it == pkg->info->uses.end()) {
        error(e->pos(), "internal error: unresolved identifier");
        return;
      }
      ty::Object* obj = it->second;
      if (auto* v = ty::dyn_cast<ty::Var>(obj)) {
        Place p = varPlace(v);
        load(p, dst);
        releasePlace(p);
        return;
      }
      if (auto* f = ty::dyn_cast<ty::Func>(obj)) {
        b.emit(Opcode::LoadFunc, dst, 0, 0, static_cast<int32_t>(g.funcIndex(f)));
        return;
      }
      if (ty::isa<ty::Nil>(obj)) {
        zero(dst, t && t->type ? g.tt.numSlots(concreteType(t->type)) : 1);
        return;
      }
      error(e->pos(), "internal error: unexpected identifier kind");
      return;
    }
    case sx::NodeKind::BasicLit:
      error(e->pos(), "internal error: non-constant literal");
      return;
    case sx::NodeKind::CompositeLit:
      genCompositeLit(sx::cast<sx::CompositeLit>(e), dst);
      return;
    case sx::NodeKind::FuncLit:
      genFuncLit(sx::cast<sx::FuncLit>(e), dst);
      return;
    case sx::NodeKind::SelectorExpr:
      genSelector(sx::cast<sx::SelectorExpr>(e), dst);
      return;
    case sx::NodeKind::IndexExpr:
      genIndex(sx::cast<sx::IndexExpr>(e), dst);
      return;
    case sx::NodeKind::SliceExpr:
      genSliceExpr(sx::cast<sx::SliceExpr>(e), dst);
      return;
    case sx::NodeKind::TypeAssertExpr:
      genTypeAssert(sx::cast<sx::TypeAssertExpr>(e), dst, -1);
      return;
    case sx::NodeKind::CallExpr: {
      const auto* call = sx::cast<sx::CallExpr>(e);
      const ty::TypeAndValue* ft = tv(unparen(call->fun));
      if (ft && ft->mode == ty::OperandMode::TypeExpr) {
        genConversion(call, dst);
        return;
      }
      Val r = genCall(call, hint == dst ? dst : -1);
      if (r.slot == dst) return;  // the window began at dst: the results are in place (and dst stays live)
      mov(dst, r.slot, g.tt.numSlots(concreteType(typeOf(e))));
      b.release(r);
      return;
    }
    case sx::NodeKind::StarExpr: {
      Place p = place(e);
      load(p, dst);
      releasePlace(p);
      return;
    }
    case sx::NodeKind::UnaryExpr:
      genUnary(sx::cast<sx::UnaryExpr>(e), dst);
      return;
    case sx::NodeKind::BinaryExpr:
      genBinary(sx::cast<sx::BinaryExpr>(e), dst);
      return;
    case sx::NodeKind::TryExpr: {
      Val v = genTry(sx::cast<sx::TryExpr>(e));  // gen_try.cpp
      mov(dst, v.slot, v.n);
      b.release(v);
      return;
    }
    case sx::NodeKind::DynAccessExpr: {  // the (any, error) pair (gen_dyn.cpp)
      Val r = genDynAccess(sx::cast<sx::DynAccessExpr>(e));
      mov(dst, r.slot, r.n);
      b.release(r);
      return;
    }
    default:
      error(e->pos(), "internal error: unexpected expression " + std::string(sx::nodeKindName(e->kind())));
      return;
  }
}

// ---- operators ---------------------------------------------------------------------------------------------------

void FuncGen::normalize(const ty::Type* t, int slot) {
  const ty::Type* u = under(concreteType(t));
  switch (ty::basicKindOf(u)) {
    case ty::BasicKind::Int8: b.emit(Opcode::Sext8, slot, slot); break;
    case ty::BasicKind::Int16: b.emit(Opcode::Sext16, slot, slot); break;
    case ty::BasicKind::Int32: b.emit(Opcode::Sext32, slot, slot); break;
    case ty::BasicKind::Uint8: b.emit(Opcode::Zext8, slot, slot); break;
    case ty::BasicKind::Uint16: b.emit(Opcode::Zext16, slot, slot); break;
    case ty::BasicKind::Uint32: b.emit(Opcode::Zext32, slot, slot); break;
    case ty::BasicKind::Float32: b.emit(Opcode::RoundF32, slot, slot); break;
    default: break;
  }
}

void FuncGen::genArith(TokenKind op, const ty::Type* t, int dst, int x, int y, Pos pos) {
  const ty::Type* u = under(concreteType(t));
  if (ty::isString(u)) {
    b.emit(Opcode::Concat, dst, x, y);
    return;
  }
  if (ty::isFloat(u)) {
    Opcode o = Opcode::AddF;
    switch (op) {
      case TokenKind::Add: o = Opcode::AddF; break;
      case TokenKind::Sub: o = Opcode::SubF; break;
      case TokenKind::Mul: o = Opcode::MulF; break;
      case TokenKind::Quo: o = Opcode::DivF; break;
      default: error(pos, "internal error: bad float operator"); return;
    }
    b.emit(o, dst, x, y);
    normalize(u, dst);
    return;
  }
  if (ty::isComplex(u)) {
    genComplexArith(op, u, dst, x, y, pos);
    return;
  }
  bool uns = ty::isUnsigned(u);
  Opcode o = Opcode::AddI;
  bool norm = true;
  switch (op) {
    case TokenKind::Add: o = Opcode::AddI; break;
    case TokenKind::Sub: o = Opcode::SubI; break;
    case TokenKind::Mul: o = Opcode::MulI; break;
    case TokenKind::Quo: o = uns ? Opcode::DivU : Opcode::DivI; break;
    case TokenKind::Rem: o = uns ? Opcode::RemU : Opcode::RemI; norm = false; break;
    case TokenKind::And: o = Opcode::AndI; norm = false; break;
    case TokenKind::Or: o = Opcode::OrI; norm = false; break;
    case TokenKind::Xor: o = Opcode::XorI; norm = uns; break;
    case TokenKind::AndNot: o = Opcode::AndNotI; norm = false; break;
    case TokenKind::Shl: o = Opcode::Shl; break;
    case TokenKind::Shr: o = uns ? Opcode::ShrU : Opcode::Shr; norm = false; break;
    default: error(pos, "internal error: bad integer operator"); return;
  }
  b.emit(o, dst, x, y);
  if (norm) normalize(u, dst);
}

namespace {
bool isShift(TokenKind k) { return k == TokenKind::Shl || k == TokenKind::Shr; }
bool isComparison(TokenKind k) {
  return k == TokenKind::Eql || k == TokenKind::Neq || k == TokenKind::Lss || k == TokenKind::Leq ||
         k == TokenKind::Gtr || k == TokenKind::Geq;
}
}  // namespace

// x+c, x-c, x*c, x&c, c+x, c*x, c&x on integers with a small constant c: AddImm / MulImm / AndImm.
bool FuncGen::tryImmArith(TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye) {
  bool divRem = op == TokenKind::Quo || op == TokenKind::Rem;
  if (op != TokenKind::Add && op != TokenKind::Sub && op != TokenKind::Mul && op != TokenKind::And && !divRem)
    return false;
  if (!ty::isInteger(under(t))) return false;
  if (divRem && ty::isUnsigned(under(t))) return false;
  auto constOf = [&](const sx::Expr* e, int64_t& c) {
    const ty::TypeAndValue* v = tv(unparen(e));
    if (!v || v->mode != ty::OperandMode::Constant || v->value.isUnknown()) return false;
    auto [k, exact] = constant::int64Val(constant::toInt(v->value));
    if (!exact || k <= INT32_MIN || k > INT32_MAX) return false;
    c = k;
    return true;
  };
  int64_t c = 0;
  const sx::Expr* var = nullptr;
  if (divRem) {
    // x / c, x % c (signed) with c neither 0 (a compile error) nor -1 (MinInt / -1 wraps): DivImm / RemImm.
    if (!constOf(ye, c) || c == 0 || c == -1) return false;
    Val x = evalAs(xe, t);
    int32_t shift = c > 1 && (c & (c - 1)) == 0 ? std::countr_zero(static_cast<uint64_t>(c)) : 0;
    b.emit(op == TokenKind::Quo ? Opcode::DivImm : Opcode::RemImm, dst, x.slot, 0, static_cast<int32_t>(c), shift);
    b.release(x);
    return true;
  }
  if (constOf(ye, c)) {
    var = xe;
    if (op == TokenKind::Sub) c = -c;
  } else if (op != TokenKind::Sub && constOf(xe, c)) {  // commutative: +, *, &
    var = ye;
  } else {
    return false;
  }
  Val x = evalAs(var, t);
  Opcode imm = op == TokenKind::Mul ? Opcode::MulImm : op == TokenKind::And ? Opcode::AndImm : Opcode::AddImm;
  b.emit(imm, dst, x.slot, 0, static_cast<int32_t>(c));
  normalize(t, dst);
  b.release(x);
  return true;
}

// x+c, c+x, x-c, c-x, x*c, c*x, x/c, c/x on floats with a constant c: the K-operand forms (AddFK ... DivKF), so
// the constant is not loaded into a register first (in a loop: on every iteration).
bool FuncGen::tryFloatConstArith(TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye) {
  if (op != TokenKind::Add && op != TokenKind::Sub && op != TokenKind::Mul && op != TokenKind::Quo) return false;
  const ty::Type* u = under(t);
  if (!ty::isFloat(u)) return false;
  auto constOf = [&](const sx::Expr* e, double& f) {
    const ty::TypeAndValue* v = tv(unparen(e));
    if (!v || v->mode != ty::OperandMode::Constant || v->value.isUnknown()) return false;
    f = constant::float64Val(constant::toFloat(v->value)).first;
    if (ty::basicKindOf(u) == ty::BasicKind::Float32) f = static_cast<double>(static_cast<float>(f));
    return true;
  };
  double c = 0;
  const sx::Expr* var = nullptr;
  bool constFirst = false;
  if (constOf(ye, c)) {
    var = xe;
  } else if (constOf(xe, c)) {
    var = ye;
    constFirst = true;
  } else {
    return false;
  }
  Opcode o = Opcode::AddFK;
  switch (op) {
    case TokenKind::Add: o = Opcode::AddFK; break;  // IEEE addition and multiplication are commutative
    case TokenKind::Mul: o = Opcode::MulFK; break;
    case TokenKind::Sub: o = constFirst ? Opcode::SubKF : Opcode::SubFK; break;
    case TokenKind::Quo: o = constFirst ? Opcode::DivKF : Opcode::DivFK; break;
    default: return false;
  }
  Val x = evalAs(var, t);
  b.emit(o, dst, x.slot, 0, static_cast<int32_t>(g.constFloat(c)));
  normalize(t, dst);
  b.release(x);
  return true;
}

bool FuncGen::isFloat64Field(const sx::Expr* e) const {
  e = unparen(e);
  const ty::Type* t = typeOf(e);
  if (!t || ty::basicKindOf(under(t)) != ty::BasicKind::Float64) return false;
  if (sx::isa<sx::StarExpr>(e)) return true;
  const auto* se = sx::dyn_cast<sx::SelectorExpr>(e);
  if (!se) return false;
  auto it = pkg->info->selections.find(se);
  return it != pkg->info->selections.end() && it->second.kind == ty::SelectionKind::FieldVal;
}

bool FuncGen::isQuietOperand(const sx::Expr* e) const {
  e = unparen(e);
  const ty::TypeAndValue* t = tv(e);
  if (t && t->mode == ty::OperandMode::Constant) return true;
  switch (e->kind()) {
    case sx::NodeKind::Ident:
      return true;
    case sx::NodeKind::SelectorExpr: {
      const auto* se = sx::cast<sx::SelectorExpr>(e);
      auto it = pkg->info->selections.find(se);
      if (it == pkg->info->selections.end()) return true;  // a qualified identifier
      return it->second.kind == ty::SelectionKind::FieldVal && isQuietOperand(se->x);
    }
    case sx::NodeKind::StarExpr:
      return isQuietOperand(sx::cast<sx::StarExpr>(e)->x);
    case sx::NodeKind::UnaryExpr: {
      const auto* u = sx::cast<sx::UnaryExpr>(e);
      return (u->op == TokenKind::Sub || u->op == TokenKind::Add) && isQuietOperand(u->x);
    }
    case sx::NodeKind::BinaryExpr: {
      const auto* be = sx::cast<sx::BinaryExpr>(e);
      const ty::Type* bt = typeOf(e);
      if (!bt || !ty::isFloat(under(concreteType(bt)))) return false;  // integer division and shifts may panic
      return (be->op == TokenKind::Add || be->op == TokenKind::Sub || be->op == TokenKind::Mul ||
              be->op == TokenKind::Quo) &&
             isQuietOperand(be->x) && isQuietOperand(be->y);
    }
    default:
      return false;
  }
}

// x + p.f, x - p.f, x * p.f and p.f + y, p.f * y on float64 with p.f in memory: AddFM / SubFM / MulFM, the load
// folded into the operation. With the field on the left, y is evaluated before the field is read, so y must be
// quiet (isQuietOperand: no call, nothing that panics other than a nil dereference, which reads the same whatever
// the order).
bool FuncGen::tryFloatMemArith(TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye,
                               Pos pos) {
  if (op != TokenKind::Add && op != TokenKind::Sub && op != TokenKind::Mul) return false;
  if (ty::basicKindOf(under(t)) != ty::BasicKind::Float64) return false;
  const sx::Expr* mem = nullptr;
  const sx::Expr* other = nullptr;
  if (isFloat64Field(ye)) {
    mem = ye;
    other = xe;
  } else if (op != TokenKind::Sub && isFloat64Field(xe) && isQuietOperand(ye)) {
    mem = xe;
    other = ye;
  } else {
    return false;
  }
  Opcode o = op == TokenKind::Add ? Opcode::AddFM : op == TokenKind::Sub ? Opcode::SubFM : Opcode::MulFM;
  if (mem == ye) {
    Val x = evalAs(other, t);
    Place p = place(mem);
    line(pos);
    if (p.kind == Place::Kind::Mem && p.off <= static_cast<uint64_t>(INT32_MAX)) {
      b.emit(o, dst, x.slot, p.slot, static_cast<int32_t>(p.off));
    } else {
      Val y = loadVal(p);
      genArith(op, t, dst, x.slot, y.slot, pos);
      b.release(y);
    }
    releasePlace(p);
    b.release(x);
    return true;
  }
  Place p = place(mem);
  if (p.kind != Place::Kind::Mem || p.off > static_cast<uint64_t>(INT32_MAX)) {
    Val x = loadVal(p);
    Val y = evalAs(other, t);
    line(pos);
    genArith(op, t, dst, x.slot, y.slot, pos);
    b.release(y);
    b.release(x);
    releasePlace(p);
    return true;
  }
  Val y = evalAs(other, t);
  line(pos);
  b.emit(o, dst, y.slot, p.slot, static_cast<int32_t>(p.off));  // + and * are commutative in IEEE arithmetic
  b.release(y);
  releasePlace(p);
  return true;
}

// `e` when it is a binary expression `x op y` of type t whose operator `accept` takes, with neither it nor an
// operand constant: the inner operation of a fused float64 instruction (tryFloatFused, tryJumpOnSum).
template <typename Accept>
const sx::BinaryExpr* FuncGen::fusableInner(const sx::Expr* e, const ty::Type* t, Accept accept) const {
  auto isConst = [&](const sx::Expr* x) {
    const ty::TypeAndValue* v = tv(unparen(x));
    return v && v->mode == ty::OperandMode::Constant;
  };
  const auto* be = sx::dyn_cast<sx::BinaryExpr>(unparen(e));
  if (!be || !accept(be->op) || isConst(be) || isConst(be->x) || isConst(be->y)) return nullptr;
  const ty::Type* bt = typeOf(be);
  if (!bt || !ty::identical(concreteType(bt), concreteType(t))) return nullptr;
  return be;
}

// The three operands of a fused instruction: in->x, in->y and `other`, evaluated in source order (`other` last
// when the inner operation is on the left, else first).
FuncGen::Fused3 FuncGen::evalFused3(const sx::BinaryExpr* in, const sx::Expr* other, bool innerLeft,
                                    const ty::Type* t) {
  Fused3 f;
  f.innerLeft = innerLeft;
  if (!innerLeft) f.z = evalAs(other, t);
  f.x = evalAs(in->x, t);
  f.y = evalAs(in->y, t);
  if (innerLeft) f.z = evalAs(other, t);
  return f;
}

// Frees a Fused3's temporaries, the last evaluated first.
void FuncGen::releaseFused3(const Fused3& f) {
  if (f.innerLeft) b.release(f.z);
  b.release(f.y);
  b.release(f.x);
  if (!f.innerLeft) b.release(f.z);
}

// float64 (x op1 y) op2 z with op1, op2 among + - *: one instruction with z as a fourth register, so the inner
// result stays in a machine register (in a loop, a register slot's store and reload cost more than the operation).
// z is evaluated after x and y and before the inner operation runs: it must be quiet (isQuietOperand), as it is
// then unobservable which ran first. z op2 (x op1 y) evaluates z first, as the separate instructions do; + and *
// are commutative in IEEE arithmetic, z - (x op1 y) has its own opcodes. A constant operand keeps the K forms.
bool FuncGen::tryFloatFused(TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye, Pos pos) {
  auto arith = [](TokenKind k) { return k == TokenKind::Add || k == TokenKind::Sub || k == TokenKind::Mul; };
  if (!arith(op) || ty::basicKindOf(under(t)) != ty::BasicKind::Float64) return false;
  auto isConst = [&](const sx::Expr* e) {
    const ty::TypeAndValue* v = tv(unparen(e));
    return v && v->mode == ty::OperandMode::Constant;
  };
  auto inner = [&](const sx::Expr* e) { return fusableInner(e, t, arith); };
  if (isConst(xe) || isConst(ye)) return false;
  // Which side to fuse: the one whose inner operands are plain (a variable needs no instruction of its own), so
  // `a*a + b*b + c*c` is mulf, muladdf4, muladdf4 rather than three mulf and an addaddf; ties go left.
  auto plain = [&](const sx::Expr* e) {
    e = unparen(e);
    return sx::isa<sx::Ident>(e) ? 1 : 0;
  };
  const sx::BinaryExpr* li = isQuietOperand(ye) ? inner(xe) : nullptr;
  const sx::BinaryExpr* ri = inner(ye);
  if (li && ri && plain(ri->x) + plain(ri->y) > plain(li->x) + plain(li->y)) li = nullptr;
  const bool left = li != nullptr;
  const sx::BinaryExpr* in = left ? li : ri;
  if (!in) return false;
  static constexpr Opcode kLeft[3][3] = {
      // op1 = +, -, * (rows); op2 = +, -, * (columns)
      {Opcode::AddAddF, Opcode::AddSubF, Opcode::AddMulF},
      {Opcode::SubAddF, Opcode::SubSubF, Opcode::SubMulF},
      {Opcode::MulAddF4, Opcode::MulSubF4, Opcode::MulMulF},
  };
  static constexpr Opcode kRSub[3] = {Opcode::RSubAddF, Opcode::RSubSubF, Opcode::RSubMulF};
  auto idx = [](TokenKind k) { return k == TokenKind::Add ? 0 : k == TokenKind::Sub ? 1 : 2; };
  const Opcode o = left || op != TokenKind::Sub ? kLeft[idx(in->op)][idx(op)] : kRSub[idx(in->op)];
  Fused3 f = evalFused3(in, left ? ye : xe, left, t);
  line(pos);
  b.emit(o, dst, f.x.slot, f.y.slot, f.z.slot);
  releaseFused3(f);
  return true;
}

void FuncGen::genBinary(const sx::BinaryExpr* e, int dst) {
  TokenKind op = e->op;
  if (op == TokenKind::LAnd || op == TokenKind::LOr) {
    int end = b.newLabel();
    genOrdered(e->x, dst);
    b.jump(op == TokenKind::LAnd ? Opcode::JmpIfNot : Opcode::JmpIf, end, dst);
    genOrdered(e->y, dst);
    b.bind(end);
    return;
  }
  const ty::Type* xt = typeOf(unparen(e->x));
  const ty::Type* yt = typeOf(unparen(e->y));
  if (isComparison(op)) {
    genCompare(op, xt, yt, e->x, e->y, dst);
    return;
  }
  const ty::Type* rt = concreteType(typeOf(e));
  if (isShift(op)) {
    Val x = evalAs(e->x, rt);
    const ty::Type* ct = concreteType(yt);
    if (ty::isUntyped(yt)) ct = ty::Universe::get().basic(ty::BasicKind::Uint);
    Val y = evalAs(e->y, ct);
    if (!ty::isUnsigned(ct) && !(tv(unparen(e->y)) && tv(unparen(e->y))->mode == ty::OperandMode::Constant))
      b.emit(Opcode::CheckShift, y.slot);
    genArith(op, rt, dst, x.slot, y.slot, e->opPos);
    b.release(y);
    b.release(x);
    return;
  }
  if (tryImmArith(op, rt, dst, e->x, e->y)) return;
  if (tryFloatConstArith(op, rt, dst, e->x, e->y)) return;
  if (tryFloatMemArith(op, rt, dst, e->x, e->y, e->opPos)) return;
  if (tryFloatFused(op, rt, dst, e->x, e->y, e->opPos)) return;
  Val x = evalAs(e->x, rt);
  Val y = evalAs(e->y, rt);
  line(e->opPos);
  genArith(op, rt, dst, x.slot, y.slot, e->opPos);
  b.release(y);
  b.release(x);
}

void FuncGen::genCompare(TokenKind op, const ty::Type* xt, const ty::Type* yt, const sx::Expr* xe,
                         const sx::Expr* ye, int dst) {
  // The operand type: for mixed interface/concrete comparisons the interface type; nil takes the other type.
  bool xNil = ty::basicKindOf(xt) == ty::BasicKind::UntypedNil;
  bool yNil = ty::basicKindOf(yt) == ty::BasicKind::UntypedNil;
  const ty::Type* ot = concreteType(xt);
  if (xNil) ot = concreteType(yt);
  else if (!yNil && isIface(yt) && !isIface(xt)) ot = yt;
  else if (ty::isUntyped(xt) && !ty::isUntyped(yt)) ot = yt;
  if ((xNil || yNil) && isIface(ot) && (op == TokenKind::Eql || op == TokenKind::Neq)) {
    // x == nil on an interface: one IfaceIs.
    Val x = eval(xNil ? ye : xe);
    b.emit(Opcode::IfaceIs, dst, x.slot, 0, -1);
    if (op == TokenKind::Neq) b.emit(Opcode::NotB, dst, dst);
    b.release(x);
    return;
  }
  const ty::Type* ou = under(ot);
  if ((xNil || yNil) && (op == TokenKind::Eql || op == TokenKind::Neq) &&
      (ty::isa<ty::Pointer>(ou) || ty::isa<ty::Map>(ou) || ty::isa<ty::Chan>(ou) || ty::isa<ty::Signature>(ou) ||
       ty::isa<ty::Slice>(ou) || ty::basicKindOf(ou) == ty::BasicKind::UnsafePointer)) {
    // p == nil: against the function's nil slot, no zeroed temporary.
    Val x = eval(xNil ? ye : xe);
    b.emit(op == TokenKind::Eql ? Opcode::EqP : Opcode::NeP, dst, x.slot, nilSlot());
    b.release(x);
    return;
  }
  Val x = evalAs(xe, ot);
  Val y = evalAs(ye, ot);
  emitCompareVals(op, ot, x.slot, y.slot, dst, xe->pos());
  b.release(y);
  b.release(x);
}

void FuncGen::emitCompareVals(TokenKind op, const ty::Type* ot, int xs, int ys, int dst, Pos /*pos*/) {
  const ty::Type* u = under(ot);
  bool neg = false;
  if (op == TokenKind::Gtr || op == TokenKind::Geq) {
    std::swap(xs, ys);
    op = op == TokenKind::Gtr ? TokenKind::Lss : TokenKind::Leq;
  }
  if (isIface(u)) {
    b.emit(op == TokenKind::Eql ? Opcode::EqIface : Opcode::NeIface, dst, xs, ys);
  } else if (ty::isString(u)) {
    Opcode o = op == TokenKind::Eql ? Opcode::EqS : op == TokenKind::Neq ? Opcode::NeS
             : op == TokenKind::Lss ? Opcode::LtS : Opcode::LeS;
    b.emit(o, dst, xs, ys);
  } else if (ty::isFloat(u)) {
    Opcode o = op == TokenKind::Eql ? Opcode::EqF : op == TokenKind::Neq ? Opcode::NeF
             : op == TokenKind::Lss ? Opcode::LtF : Opcode::LeF;
    b.emit(o, dst, xs, ys);
  } else if (ty::isa<ty::Basic>(u) && !ty::isComplex(u) && ty::basicKindOf(u) != ty::BasicKind::UnsafePointer) {
    bool uns = ty::isUnsigned(u);
    Opcode o = op == TokenKind::Eql ? Opcode::EqI : op == TokenKind::Neq ? Opcode::NeI
             : op == TokenKind::Lss ? (uns ? Opcode::LtU : Opcode::LtI) : (uns ? Opcode::LeU : Opcode::LeI);
    b.emit(o, dst, xs, ys);
  } else if (ty::isa<ty::Pointer>(u) || ty::isa<ty::Map>(u) || ty::isa<ty::Chan>(u) || ty::isa<ty::Signature>(u) ||
             ty::isa<ty::Slice>(u) || ty::basicKindOf(u) == ty::BasicKind::UnsafePointer) {
    // Slices and funcs compare only with nil: their first slot is the pointer.
    b.emit(op == TokenKind::Eql ? Opcode::EqP : Opcode::NeP, dst, xs, ys);
  } else if (ty::isComplex(u)) {
    bool eq = op == TokenKind::Eql;
    int t = b.alloc1(SlotKind::Scalar);
    b.emit(eq ? Opcode::EqF : Opcode::NeF, t, xs, ys);
    b.emit(eq ? Opcode::EqF : Opcode::NeF, dst, xs + 1, ys + 1);
    b.emit(eq ? Opcode::AndI : Opcode::OrI, dst, dst, t);
    b.release(t, 1);
  } else {
    b.emit(Opcode::EqVal, dst, xs, ys, g.typeIndex(ot));
    neg = op == TokenKind::Neq;
  }
  if (neg) b.emit(Opcode::NotB, dst, dst);
}

void FuncGen::genUnary(const sx::UnaryExpr* e, int dst) {
  const ty::Type* t = concreteType(typeOf(e));
  switch (e->op) {
    case TokenKind::Add:
      gen(e->x, dst);
      return;
    case TokenKind::Sub: {
      Val x = evalAs(e->x, t);
      if (ty::isFloat(t)) {
        b.emit(Opcode::NegF, dst, x.slot);
      } else if (ty::isComplex(t)) {
        b.emit(Opcode::NegF, dst, x.slot);
        b.emit(Opcode::NegF, dst + 1, x.slot + 1);
      } else {
        b.emit(Opcode::NegI, dst, x.slot);
        normalize(t, dst);
      }
      b.release(x);
      return;
    }
    case TokenKind::Xor: {
      Val x = evalAs(e->x, t);
      b.emit(Opcode::NotI, dst, x.slot);
      if (ty::isUnsigned(t)) normalize(t, dst);
      b.release(x);
      return;
    }
    case TokenKind::Not: {
      Val x = eval(e->x);
      b.emit(Opcode::NotB, dst, x.slot);
      b.release(x);
      return;
    }
    case TokenKind::And:
      if (const auto* cl = sx::dyn_cast<sx::CompositeLit>(unparen(e->x));
          cl && genFrameCompositeAddr(e, cl, typeOf(cl), dst))
        return;
      addrOf(e->x, dst);
      return;
    case TokenKind::Arrow:
      genRecv(e, dst, -1);
      return;
    default:
      error(e->pos(), "internal error: unexpected unary operator");
      return;
  }
}

// A float64 compare-and-branch `o` on (x, y) (swapped: on (y, x)) where x or y is a sum p + q of non-constant
// operands: the JmpSum forms, the sum computed in the instruction. With the sum on the left, y is evaluated after
// p and q and must be quiet (isQuietOperand), as in tryFloatFused. False: nothing emitted.
bool FuncGen::tryJumpOnSum(Opcode o, bool swapped, const ty::Type* ot, const sx::Expr* xe, const sx::Expr* ye,
                           int label) {
  if (ty::basicKindOf(under(ot)) != ty::BasicKind::Float64) return false;
  auto sumOf = [&](const sx::Expr* e) {
    return fusableInner(e, ot, [](TokenKind k) { return k == TokenKind::Add; });
  };
  const sx::BinaryExpr* sum = isQuietOperand(ye) ? sumOf(xe) : nullptr;
  const bool sumIsX = sum != nullptr;
  if (!sumIsX) sum = sumOf(ye);
  if (!sum) return false;
  // The sum's side of the comparison o(l, r): l is x unless swapped.
  const bool sumLeft = sumIsX != swapped;
  Opcode so = Opcode::JmpSumEqF;
  switch (o) {
    case Opcode::JmpEqF: so = Opcode::JmpSumEqF; break;
    case Opcode::JmpNeF: so = Opcode::JmpSumNeF; break;
    case Opcode::JmpLtF: so = sumLeft ? Opcode::JmpSumLtF : Opcode::JmpSumGtF; break;
    case Opcode::JmpLeF: so = sumLeft ? Opcode::JmpSumLeF : Opcode::JmpSumGeF; break;
    case Opcode::JmpNLtF: so = sumLeft ? Opcode::JmpSumNLtF : Opcode::JmpSumNGtF; break;
    case Opcode::JmpNLeF: so = sumLeft ? Opcode::JmpSumNLeF : Opcode::JmpSumNGeF; break;
    default: return false;
  }
  Fused3 f = evalFused3(sum, sumIsX ? ye : xe, sumIsX, ot);
  b.jump3(so, label, f.z.slot, f.x.slot, f.y.slot);
  releaseFused3(f);
  return true;
}

// Branches to `label` when the condition's value equals `jumpIfTrue`.
void FuncGen::genCond(const sx::Expr* e, bool jumpIfTrue, int label) {
  e = unparen(e);
  if (const Val* o = orderedVal(e)) {  // evaluated ahead (gen_order.cpp)
    b.jump(jumpIfTrue ? Opcode::JmpIf : Opcode::JmpIfNot, label, o->slot);
    return;
  }
  line(e->pos());
  const ty::TypeAndValue* t = tv(e);
  if (t && t->mode == ty::OperandMode::Constant && !t->value.isUnknown()) {
    if (constant::boolVal(t->value) == jumpIfTrue) b.jump(Opcode::Jmp, label);
    return;
  }
  if (const auto* u = sx::dyn_cast<sx::UnaryExpr>(e); u && u->op == TokenKind::Not) {
    genCond(u->x, !jumpIfTrue, label);
    return;
  }
  if (const auto* be = sx::dyn_cast<sx::BinaryExpr>(e)) {
    if (be->op == TokenKind::LAnd || be->op == TokenKind::LOr) {
      bool isAnd = be->op == TokenKind::LAnd;
      if (isAnd != jumpIfTrue) {
        // (a && b) jump-if-false: a false → label; b false → label.  (a || b) jump-if-true: likewise.
        genCondOrdered(be->x, jumpIfTrue, label);
        genCondOrdered(be->y, jumpIfTrue, label);
      } else {
        int skip = b.newLabel();
        genCondOrdered(be->x, !jumpIfTrue, skip);
        genCondOrdered(be->y, jumpIfTrue, label);
        b.bind(skip);
      }
      return;
    }
    if (isComparison(be->op)) {
      const ty::Type* xt = typeOf(unparen(be->x));
      const ty::Type* yt = typeOf(unparen(be->y));
      const ty::Type* ot = ty::isUntyped(xt) ? concreteType(yt) : concreteType(xt);
      const ty::Type* u = under(ot);
      bool xNil = ty::basicKindOf(xt) == ty::BasicKind::UntypedNil;
      bool yNil = ty::basicKindOf(yt) == ty::BasicKind::UntypedNil;
      if ((xNil || yNil) && (be->op == TokenKind::Eql || be->op == TokenKind::Neq) &&
          isIface(concreteType(xNil ? yt : xt))) {
        Val x = eval(xNil ? be->y : be->x);
        int r = b.alloc1(SlotKind::Scalar);
        b.emit(Opcode::IfaceIs, r, x.slot, 0, -1);
        bool onNil = (be->op == TokenKind::Eql) == jumpIfTrue;
        b.jump(onNil ? Opcode::JmpIf : Opcode::JmpIfNot, label, r);
        b.release(r, 1);
        b.release(x);
        return;
      }
      // A comparison of a non-interface value with an interface (`n != x` with x of type any) compares
      // interfaces, whichever side the interface is on: no integer compare-and-branch then.
      bool mixed = isIface(concreteType(xt)) != isIface(concreteType(yt)) && !xNil && !yNil;
      if ((ty::isInteger(u) || ty::isBoolean(u)) && !mixed) {
        TokenKind op = be->op;
        if (!jumpIfTrue) {
          switch (op) {
            case TokenKind::Eql: op = TokenKind::Neq; break;
            case TokenKind::Neq: op = TokenKind::Eql; break;
            case TokenKind::Lss: op = TokenKind::Geq; break;
            case TokenKind::Leq: op = TokenKind::Gtr; break;
            case TokenKind::Gtr: op = TokenKind::Leq; break;
            case TokenKind::Geq: op = TokenKind::Lss; break;
            default: break;
          }
        }
        bool uns = ty::isUnsigned(u);
        // Immediate forms for small constants on the right (signed only).
        const ty::TypeAndValue* yv = tv(unparen(be->y));
        if (!uns && yv && yv->mode == ty::OperandMode::Constant && !yv->value.isUnknown() && ty::isInteger(u)) {
          auto [c, exact] = constant::int64Val(constant::toInt(yv->value));
          if (exact && c >= INT32_MIN && c < INT32_MAX) {
            Val x = evalAs(be->x, ot);
            switch (op) {
              case TokenKind::Eql: b.jump(Opcode::JmpEqImm, label, x.slot, 0, static_cast<int32_t>(c)); break;
              case TokenKind::Neq: b.jump(Opcode::JmpNeImm, label, x.slot, 0, static_cast<int32_t>(c)); break;
              case TokenKind::Lss: b.jump(Opcode::JmpLtImm, label, x.slot, 0, static_cast<int32_t>(c)); break;
              case TokenKind::Geq: b.jump(Opcode::JmpGeImm, label, x.slot, 0, static_cast<int32_t>(c)); break;
              case TokenKind::Leq: b.jump(Opcode::JmpLtImm, label, x.slot, 0, static_cast<int32_t>(c + 1)); break;
              case TokenKind::Gtr: b.jump(Opcode::JmpGeImm, label, x.slot, 0, static_cast<int32_t>(c + 1)); break;
              default: break;
            }
            b.release(x);
            return;
          }
        }
        Val x = evalAs(be->x, ot);
        Val y = evalAs(be->y, ot);
        switch (op) {
          case TokenKind::Eql: b.jump(Opcode::JmpEqI, label, x.slot, y.slot); break;
          case TokenKind::Neq: b.jump(Opcode::JmpNeI, label, x.slot, y.slot); break;
          case TokenKind::Lss: b.jump(uns ? Opcode::JmpLtU : Opcode::JmpLtI, label, x.slot, y.slot); break;
          case TokenKind::Leq: b.jump(uns ? Opcode::JmpLeU : Opcode::JmpLeI, label, x.slot, y.slot); break;
          case TokenKind::Gtr: b.jump(uns ? Opcode::JmpLtU : Opcode::JmpLtI, label, y.slot, x.slot); break;
          case TokenKind::Geq: b.jump(uns ? Opcode::JmpLeU : Opcode::JmpLeI, label, y.slot, x.slot); break;
          default: break;
        }
        b.release(y);
        b.release(x);
        return;
      }
      if (ty::isFloat(u) && !mixed) {
        // Fused float compare-and-branch; a false comparison (NaN included) takes the negated forms.
        Opcode o = Opcode::JmpEqF;
        bool swapped = false;
        switch (be->op) {
          case TokenKind::Eql: o = jumpIfTrue ? Opcode::JmpEqF : Opcode::JmpNeF; break;
          case TokenKind::Neq: o = jumpIfTrue ? Opcode::JmpNeF : Opcode::JmpEqF; break;
          case TokenKind::Lss: o = jumpIfTrue ? Opcode::JmpLtF : Opcode::JmpNLtF; break;
          case TokenKind::Leq: o = jumpIfTrue ? Opcode::JmpLeF : Opcode::JmpNLeF; break;
          case TokenKind::Gtr: o = jumpIfTrue ? Opcode::JmpLtF : Opcode::JmpNLtF; swapped = true; break;
          case TokenKind::Geq: o = jumpIfTrue ? Opcode::JmpLeF : Opcode::JmpNLeF; swapped = true; break;
          default: break;
        }
        if (tryJumpOnSum(o, swapped, ot, be->x, be->y, label)) return;
        Val x = evalAs(be->x, ot);
        Val y = evalAs(be->y, ot);
        int l = x.slot, r = y.slot;
        if (swapped) std::swap(l, r);
        b.jump(o, label, l, r);
        b.release(y);
        b.release(x);
        return;
      }
    }
  }
  Val v = eval(e);
  b.jump(jumpIfTrue ? Opcode::JmpIf : Opcode::JmpIfNot, label, v.slot);
  b.release(v);
}

}  // namespace vo::codegen
