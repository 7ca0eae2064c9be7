// Vo dynamic access (LANGUAGE.md "Vo extensions"): `a~>name`, `a~>[key]`, `a~>(args)` and `a~>m(args)` lowered
// to calls of package dyn (stdlib/dyn/dyn.vo, the contract with the natives): GetAttr, GetIndex, Call and
// CallMethod, each yielding the pair (any, error) in four slots. A chain `a~>b~>c` evaluates `a~>b` and, when its
// error is not nil, yields (nil, that error) without calling the next operation or evaluating its key and
// arguments (`a~>b~>[k()]` does not call k after a failed `a~>b`). Operands are evaluated left to right: the base,
// then the key or the arguments.
//
// Example: `v, err := m~>users~>[0]` becomes
//   call GetAttr(m, "users")          → r0..r3 = (any, error)
//   ifaceis t r2 nil; jmpif t ok      ; error nil: go on
//   zero r0 r1; jmp done              ; error: the value becomes nil, the error stays
//   ok: call GetIndex(r0:r1, 0 as any) → copied to r0..r3
//   done:
#include "compiler/codegen/gen.h"

namespace vo::codegen {

const ty::Func* Generator::pkgFunc(std::string_view path, std::string_view name) const {
  for (const PkgInfo& p : pkgs)
    if (p.pkg->path == path) return ty::dyn_cast<ty::Func>(p.pkg->scope->lookup(name));
  return nullptr;
}

bool FuncGen::isMultiValue(const sx::Expr* e) const {
  e = unparen(e);
  if (sx::isa<sx::DynAccessExpr>(e)) return true;
  if (sx::isa<sx::TryExpr>(e)) return ty::isa<ty::Tuple>(typeOf(e));  // `a, b := two()?` (gen_try.cpp)
  const auto* call = sx::dyn_cast<sx::CallExpr>(e);
  if (!call) return false;
  const ty::TypeAndValue* ft = tv(unparen(call->fun));
  return !ft || ft->mode != ty::OperandMode::TypeExpr;  // a conversion yields one value
}

namespace {

std::string_view dynFuncName(sx::DynAccessKind k) {
  switch (k) {
    case sx::DynAccessKind::Attr: return "GetAttr";
    case sx::DynAccessKind::Index: return "GetIndex";
    case sx::DynAccessKind::Call: return "Call";
    case sx::DynAccessKind::MethodCall: return "CallMethod";
  }
  return "";
}

}  // namespace

// The `...any` argument of dyn.Call / dyn.CallMethod into the slice slots at dst: nil without arguments, the
// operand itself for `a~>f(xs...)`, a new []any otherwise (`a~>f(x, ys...)`: x, then ys's elements appended).
void FuncGen::genDynArgs(const sx::DynAccessExpr* e, const ty::Type* sliceT, int dst) {
  const ty::Type* any = ty::Universe::get().anyType();
  size_t n = e->args.size();
  bool spread = n > 0 && e->ellipsis.isValid();
  size_t fixed = spread ? n - 1 : n;
  if (spread && fixed == 0) {
    genAs(e->args[0], sliceT, dst);
    return;
  }
  if (fixed == 0) {
    zero(dst, g.tt.numSlots(sliceT));
    return;
  }
  int len = b.alloc1(SlotKind::Scalar);
  b.emit(Opcode::LoadInt, len, 0, 0, static_cast<int32_t>(fixed));
  b.emit(Opcode::MakeSlice, dst, len, rt::kNoReg16, g.typeIndex(any));
  b.release(len, 1);
  uint64_t size = g.tt.sizeOf(any);
  for (size_t i = 0; i < fixed; ++i) {
    Val v = temp(any);
    genAs(e->args[i], any, v.slot);
    storeMem(any, dst, checkedOffset(size * i), v.slot);
    b.release(v);
  }
  if (spread) {
    Val rest = temp(sliceT);
    genAs(e->args[n - 1], sliceT, rest.slot);
    b.emit(Opcode::AppendSlice, dst, dst, rest.slot, g.typeIndex(any));
    b.release(rest);
  }
}

Val FuncGen::genDynAccess(const sx::DynAccessExpr* e) {
  const ty::Type* any = ty::Universe::get().anyType();
  const ty::Func* f = g.pkgFunc("dyn", dynFuncName(e->access));
  if (!f) {
    error(e->arrow, "internal error: package dyn is not loaded for dynamic access");
    Val v{b.alloc(std::vector<SlotKind>{SlotKind::IfaceType, SlotKind::IfaceData, SlotKind::IfaceType,
                                        SlotKind::IfaceData}),
          4, true};
    return v;
  }
  const ty::Signature* s = f->signature();
  const sx::Expr* x = unparen(e->x);
  const auto* prev = sx::dyn_cast<sx::DynAccessExpr>(x);

  // A chain: the previous access's pair; on error the chain yields (nil, that error).
  Val pair;
  int done = -1;
  if (prev) {
    pair = genDynAccess(prev);
    if (!pair.temp) {  // never happens today (results are call windows); keep the previous pair intact anyway
      Val c{b.alloc(std::vector<SlotKind>{SlotKind::IfaceType, SlotKind::IfaceData, SlotKind::IfaceType,
                                          SlotKind::IfaceData}),
            4, true};
      mov(c.slot, pair.slot, 4);
      pair = c;
    }
    done = b.newLabel();
    int ok = b.newLabel();
    int isNil = b.alloc1(SlotKind::Scalar);
    b.emit(Opcode::IfaceIs, isNil, pair.slot + 2, 0, -1);
    b.jump(Opcode::JmpIf, ok, isNil);
    b.release(isNil, 1);
    zero(pair.slot, 2);
    b.jump(Opcode::Jmp, done);
    b.bind(ok);
  }

  const auto& params = s->params->vars;
  Val r = callStatic(g.funcIndex(f), s, [&](int p) {
    if (prev)
      mov(p, pair.slot, 2);
    else
      genAs(x, any, p);
    // The parameters after the base (any): name string | key any | args ...any | name string, args ...any.
    int next = p + g.tt.numSlots(params[0]->type);
    switch (e->access) {
      case sx::DynAccessKind::Attr:
        b.emit(Opcode::LoadStr, next, 0, 0, static_cast<int32_t>(g.constStr(std::string(e->name->name))));
        break;
      case sx::DynAccessKind::Index:
        genAs(e->index, any, next);
        break;
      case sx::DynAccessKind::MethodCall:
        b.emit(Opcode::LoadStr, next, 0, 0, static_cast<int32_t>(g.constStr(std::string(e->name->name))));
        next += g.tt.numSlots(params[1]->type);
        genDynArgs(e, params.back()->type, next);
        break;
      case sx::DynAccessKind::Call:
        genDynArgs(e, params.back()->type, next);
        break;
    }
    line(e->arrow);
  });
  if (!prev) return r;
  mov(pair.slot, r.slot, 4);
  b.release(r);
  b.bind(done);
  return pair;
}

void FuncGen::genDeferDyn(const sx::DynAccessExpr* e) {
  const ty::Type* any = ty::Universe::get().anyType();
  const ty::Func* f = g.pkgFunc("dyn", dynFuncName(e->access));
  if (!f) {
    error(e->arrow, "internal error: package dyn is not loaded for dynamic access");
    return;
  }
  const ty::Signature* s = f->signature();
  const ty::Type* sliceT = s->params->vars.back()->type;
  // The boxed values: the base (any), the chain's error (nil without a chain), the `...any` arguments.
  std::vector<const ty::Type*> fieldTypes{any, ty::Universe::get().errorType(), sliceT};
  std::vector<SlotKind> kinds{SlotKind::IfaceType, SlotKind::IfaceData, SlotKind::IfaceType, SlotKind::IfaceData};
  for (SlotKind k : g.tt.slotKinds(sliceT)) kinds.push_back(k);
  int region = b.alloc(kinds);
  const int nargs = static_cast<int>(g.tt.numSlots(sliceT));
  int skip = b.newLabel();
  int done = b.newLabel();
  if (const auto* prev = sx::dyn_cast<sx::DynAccessExpr>(unparen(e->x))) {
    Val pair = genDynAccess(prev);
    mov(region, pair.slot, 4);
    b.release(pair);
    int isNil = b.alloc1(SlotKind::Scalar);
    b.emit(Opcode::IfaceIs, isNil, region + 2, 0, -1);
    b.jump(Opcode::JmpIfNot, skip, isNil);  // a failed chain: no arguments evaluated, nothing called later
    b.release(isNil, 1);
  } else {
    genAs(e->x, any, region);
    zero(region + 2, 2);
  }
  genDynArgs(e, sliceT, region + 4);
  b.jump(Opcode::Jmp, done);
  b.bind(skip);
  zero(region + 4, nargs);
  b.bind(done);
  deferThunk(fieldTypes, region, e->arrow, [&](FuncGen& tg, int box, const ty::Struct* st) {
    int vals = tg.loadBox(box, st);
    int ok = tg.b.newLabel();
    int isNil = tg.b.alloc1(SlotKind::Scalar);
    tg.b.emit(Opcode::IfaceIs, isNil, vals + 2, 0, -1);
    tg.b.jump(Opcode::JmpIf, ok, isNil);
    tg.b.emit(Opcode::Ret);
    tg.b.bind(ok);
    Val r = tg.callStatic(g.funcIndex(f), s, [&](int p) {
      tg.mov(p, vals, 2);
      int next = p + 2;
      if (e->access == sx::DynAccessKind::MethodCall) {
        tg.b.emit(Opcode::LoadStr, next, 0, 0, static_cast<int32_t>(g.constStr(std::string(e->name->name))));
        next += 2;
      }
      tg.mov(next, vals + 4, nargs);
      tg.line(e->arrow);
    });
    tg.b.release(r);
  });
}

}  // namespace vo::codegen
