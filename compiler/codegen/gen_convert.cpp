// Conversions (Go spec "Conversions": numeric, string <-> []byte/[]rune, string(rune), slice to array (pointer),
// to interfaces, same-representation moves) and complex arithmetic.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

// Complex arithmetic on two Float slots (re, im); division calls runtime.complex128div as gc does.
void FuncGen::genComplexArith(TokenKind op, const ty::Type* u, int dst, int x, int y, Pos pos) {
  bool c64 = ty::basicKindOf(u) == ty::BasicKind::Complex64;
  switch (op) {
    case TokenKind::Add:
    case TokenKind::Sub: {
      Opcode o = op == TokenKind::Add ? Opcode::AddF : Opcode::SubF;
      b.emit(o, dst, x, y);
      b.emit(o, dst + 1, x + 1, y + 1);
      break;
    }
    case TokenKind::Mul: {
      int t = b.alloc({SlotKind::Float, SlotKind::Float, SlotKind::Float, SlotKind::Float});
      b.emit(Opcode::MulF, t, x, y);              // xr*yr
      b.emit(Opcode::MulF, t + 1, x + 1, y + 1);  // xi*yi
      b.emit(Opcode::MulF, t + 2, x, y + 1);      // xr*yi
      b.emit(Opcode::MulF, t + 3, x + 1, y);      // xi*yr
      b.emit(Opcode::SubF, dst, t, t + 1);
      b.emit(Opcode::AddF, dst + 1, t + 2, t + 3);
      b.release(t, 4);
      break;
    }
    case TokenKind::Quo: {
      const ty::Func* div = nullptr;
      for (PkgInfo& p : g.pkgs)
        if (p.pkg->path == "runtime") div = ty::dyn_cast<ty::Func>(p.pkg->scope->lookup("complex128div"));
      if (!div) {
        error(pos, "internal error: runtime.complex128div is missing");
        return;
      }
      std::vector<SlotKind> k(6, SlotKind::Float);
      int w = b.allocWindow(k);
      mov(w + 2, x, 2);
      mov(w + 4, y, 2);
      b.emit(Opcode::Call, w, 0, 0, static_cast<int32_t>(g.funcIndex(div)));
      mov(dst, w, 2);
      b.release(w, 6);
      break;
    }
    default:
      error(pos, "internal error: bad complex operator");
      return;
  }
  if (c64) {
    b.emit(Opcode::RoundF32, dst, dst);
    b.emit(Opcode::RoundF32, dst + 1, dst + 1);
  }
}

// ---- conversions -------------------------------------------------------------------------------------------------

void FuncGen::genConversion(const sx::CallExpr* call, int dst) {
  const ty::Type* to = typeOf(call);
  if (call->args.size() != 1) return;
  const sx::Expr* arg = unparen(call->args[0]);
  const ty::Type* from = typeOf(arg);
  const ty::TypeAndValue* av = tv(arg);
  if (av && av->mode == ty::OperandMode::Constant && !isIface(to)) {
    // A constant converted to a non-constant type (e.g. []byte("x"), string(rune) folded by the checker is
    // constant already).
    const ty::Type* tu = under(to);
    if (ty::isa<ty::Basic>(tu)) {
      genConst(to, av->value, dst, call->pos());
      return;
    }
  }
  if (ty::basicKindOf(from) == ty::BasicKind::UntypedNil) {
    zero(dst, g.tt.numSlots(to));
    return;
  }
  const ty::Type* fu = under(concreteType(from));
  const ty::Type* tu = under(to);
  if (isIface(to)) {
    genAs(arg, to, dst);
    return;
  }
  if (ty::isString(tu) && !ty::isString(fu)) {
    if (ty::isInteger(fu)) {
      Val v = evalAs(arg, concreteType(from));
      b.emit(Opcode::RuneToS, dst, v.slot);
      b.release(v);
      return;
    }
    if (const auto* sl = ty::dyn_cast<ty::Slice>(fu)) {
      Val v = eval(arg);
      if (ty::basicKindOf(sl->elem) == ty::BasicKind::Int32)
        b.emit(Opcode::RunesToS, dst, v.slot);
      else
        b.emit(Opcode::BytesToS, dst, v.slot);
      b.release(v);
      return;
    }
  }
  if (ty::isString(fu) && ty::isa<ty::Slice>(tu)) {
    Val v = evalAs(arg, ty::isUntyped(from) ? ty::Universe::get().basic(ty::BasicKind::String) : from);
    if (ty::basicKindOf(ty::cast<ty::Slice>(tu)->elem) == ty::BasicKind::Int32)
      b.emit(Opcode::SToRunes, dst, v.slot);
    else
      b.emit(Opcode::SToBytes, dst, v.slot);
    // gc allocates exactly len bytes for []byte(constant) (walk's OSTR2BYTES), so cap == len; SToBytes rounds the
    // capacity up to the size class as stringtoslicebyte does for other strings.
    if (av && av->mode == ty::OperandMode::Constant && ty::basicKindOf(ty::cast<ty::Slice>(tu)->elem) != ty::BasicKind::Int32)
      mov(dst + 2, dst + 1, 1);
    b.release(v);
    return;
  }
  if (ty::isNumeric(tu) && ty::isNumeric(fu)) {
    const ty::Type* ft = concreteType(from);
    if (ty::isComplex(tu) || ty::isComplex(fu)) {
      // complex64 <-> complex128 (other numeric conversions to complex are constants).
      Val v = evalAs(arg, ft);
      mov(dst, v.slot, 2);
      if (ty::basicKindOf(tu) == ty::BasicKind::Complex64) {
        b.emit(Opcode::RoundF32, dst, dst);
        b.emit(Opcode::RoundF32, dst + 1, dst + 1);
      }
      b.release(v);
      return;
    }
    Val v = evalAs(arg, ft);
    if (ty::isInteger(fu) && ty::isInteger(tu)) {
      mov(dst, v.slot, 1);
      normalize(tu, dst);
    } else if (ty::isInteger(fu) && ty::isFloat(tu)) {
      // To float32: one rounding (Go's CVTSQ2SS), not int → double → float32.
      int32_t to32 = ty::basicKindOf(tu) == ty::BasicKind::Float32 ? 32 : 0;
      b.emit(ty::isUnsigned(fu) ? Opcode::UToF : Opcode::IToF, dst, v.slot, 0, to32);
      normalize(tu, dst);
    } else if (ty::isFloat(fu) && ty::isInteger(tu)) {
      // Go's amd64 conversions (ssagen fpConvOpToSSA): to 8-, 16- and 32-bit integers (but uint32) through a
      // 32-bit CVTTSD2SL, to int64/int/uint32 through the 64-bit one, to uint64/uint/uintptr through
      // float64ToUint64; out-of-range values give what those instructions give.
      ty::BasicKind k = ty::basicKindOf(tu);
      bool narrow = k == ty::BasicKind::Int8 || k == ty::BasicKind::Int16 || k == ty::BasicKind::Int32 ||
                    k == ty::BasicKind::Uint8 || k == ty::BasicKind::Uint16;
      bool wideUnsigned = k == ty::BasicKind::Uint64 || k == ty::BasicKind::Uint || k == ty::BasicKind::Uintptr;
      if (wideUnsigned) {
        b.emit(Opcode::FToU, dst, v.slot);
      } else {
        b.emit(Opcode::FToI, dst, v.slot, 0, narrow ? 32 : 0);
      }
      normalize(tu, dst);
    } else {
      mov(dst, v.slot, 1);
      normalize(tu, dst);
    }
    b.release(v);
    return;
  }
  if (ty::isa<ty::Slice>(fu) && ty::isa<ty::Pointer>(tu)) {
    // Go spec "Conversions from slice to array pointer".
    const auto* at = ty::dyn_cast<ty::Array>(under(ty::cast<ty::Pointer>(tu)->elem));
    Val v = eval(arg);
    line(call->lparen);
    b.emit(Opcode::SliceToArrPtr, dst, v.slot, 0, 0, static_cast<int32_t>(at ? at->len : 0));
    b.release(v);
    return;
  }
  if (ty::isa<ty::Slice>(fu) && ty::isa<ty::Array>(tu)) {
    // Go 1.20 "Conversions from slice to array": the elements are copied.
    const auto* at = ty::cast<ty::Array>(tu);
    Val v = eval(arg);
    int ptr = b.alloc1(SlotKind::Ptr);
    line(call->lparen);
    b.emit(Opcode::SliceToArrPtr, ptr, v.slot, 0, 0, static_cast<int32_t>(at->len));
    if (g.tt.numSlots(to) > 0) loadMem(to, dst, ptr, 0);
    b.release(ptr, 1);
    b.release(v);
    return;
  }
  // Same representation (named/unnamed, pointers, struct tags): a move.
  gen(arg, dst);
}

}  // namespace vo::codegen
