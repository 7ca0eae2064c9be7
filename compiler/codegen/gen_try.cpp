// Vo's error propagation (LANGUAGE.md "Vo extensions"): `expr?` (TryExpr) in every expression context, `fail e`,
// and the early return both share (genFailReturn). errdefer is in gen_closure.cpp (it is a defer).
//
// `x := f()?` with f returning (int, error) becomes: call f; if its error pair is non-nil, store it as the error
// result (named results keep their values, unnamed ones are zeroed) and return through the ordinary return path
// (deferred calls run); else the call's first result slots are the value of the expression.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

void FuncGen::genReturnJump() {
  bool heapResults = false;
  for (const ty::Var* r : resultVars) {
    auto it = vars.find(r);
    if (it != vars.end() && it->second.kind == VarLoc::Kind::Heap) heapResults = true;
  }
  // Deferred calls run here, at the return's line, as Go's deferreturn does (a panic in one shows this line in the
  // trace); the epilogue's own RunDefers then finds none left (it stays for falling off the end and recovery).
  if (hasDefer) emitRunDefers();
  if (hasDefer || heapResults)
    b.jump(Opcode::Jmp, epilogue);
  else if (!(b.fi.numResultSlots == 1 && b.retOfLastMov1()))  // `mov1 r0, x; ret` becomes `ret1 x`
    b.emit(Opcode::Ret);
}

void FuncGen::emitRunDefers() {
  // A trace names a frame by the instruction before its resume pc when that is a call (the frame called out).
  // RunDefers is re-executed after each deferred call, so a frame running one resumes at the RunDefers: keep a
  // call instruction from standing right before it, or the deferred call would be charged to that call's line.
  if (!b.fi.code.empty() && rt::isCallOpcode(b.fi.code.back().op)) b.emit(Opcode::Nop);
  b.emit(Opcode::RunDefers);
}

void FuncGen::genFailReturn(int errSlot, Pos pos) {
  if (inl) {
    // Functions using ? or fail are never inlined (Generator::inlineBody); their callers' ? returns from the caller.
    error(pos, "internal error: ? or fail inside an inlined body");
    return;
  }
  if (!sig || sig->results->vars.empty()) {
    error(pos, "internal error: ? or fail in a function without an error result");
    return;
  }
  line(pos);
  const auto& results = sig->results->vars;
  const size_t last = results.size() - 1;
  const ty::Var* errVar = results[last];
  Place p;
  if (!resultVars.empty() && errVar->name != "_" && vars.count(errVar)) {
    p = varPlace(errVar);
  } else {
    p.kind = Place::Kind::Reg;
    p.slot = resultOffsets[last];
    p.type = errVar->type;
  }
  store(p, errSlot);
  releasePlace(p);
  if (resultVars.empty()) {  // unnamed results become zero
    for (size_t i = 0; i < last; ++i) zero(resultOffsets[i], g.tt.numSlots(results[i]->type));
  }
  genReturnJump();
}

void FuncGen::genFail(const sx::FailStmt* s) {
  Val e = evalAs(s->err, ty::Universe::get().errorType());
  genFailReturn(e.slot, s->pos());
  b.release(e);
}

Val FuncGen::genTry(const sx::TryExpr* e) {
  const sx::Expr* x = unparen(e->x);
  if (auto it = pkg->info->dynAssertTargets.find(e); it != pkg->info->dynAssertTargets.end())
    return genTypedDynTry(e, it->second);
  const ty::Type* xt = typeOf(x);
  std::vector<const ty::Type*> vals;  // the operand's results without the final error
  if (const auto* tup = ty::dyn_cast<ty::Tuple>(xt)) {
    for (const ty::Var* v : tup->vars) vals.push_back(v->type);
    if (!vals.empty()) vals.pop_back();
  }
  int valSlots = 0;
  for (const ty::Type* t : vals) valSlots += g.tt.numSlots(t);
  Val v = eval(x);
  const int errSlot = v.slot + valSlots;
  line(e->question);
  int isNil = b.alloc1(SlotKind::Scalar);
  b.emit(Opcode::IfaceIs, isNil, errSlot, 0, -1);
  int ok = b.newLabel();
  b.jump(Opcode::JmpIf, ok, isNil);
  b.release(isNil, 1);
  genFailReturn(errSlot, e->question);
  b.bind(ok);
  if (v.temp) b.release(errSlot, 2);
  return Val{v.slot, valSlots, v.temp && valSlots > 0};
}

// `name = a~>...?` with name of type T (not any): the `any` value is asserted to T with a comma-ok assertion; a
// mismatch returns dyn.typeMismatch(value, "T") as the error. A nil value converts to the zero value of an
// interface T (a nil is assignable to every interface) and is a mismatch for any other T.
Val FuncGen::genTypedDynTry(const sx::TryExpr* e, const ty::Type* target) {
  const ty::Type* anyT = ty::Universe::get().anyType();
  Val v = eval(unparen(e->x));  // (any, error)
  line(e->question);
  int isNil = b.alloc1(SlotKind::Scalar);
  b.emit(Opcode::IfaceIs, isNil, v.slot + 2, 0, -1);
  int ok = b.newLabel();
  b.jump(Opcode::JmpIf, ok, isNil);
  genFailReturn(v.slot + 2, e->question);
  b.bind(ok);
  line(e->question);
  Val out = temp(target);
  int done = b.newLabel();
  if (isIface(target)) {
    b.emit(Opcode::IfaceIs, isNil, v.slot, 0, -1);
    int notNil = b.newLabel();
    b.jump(Opcode::JmpIfNot, notNil, isNil);
    zero(out.slot, out.n);
    b.jump(Opcode::Jmp, done);
    b.bind(notNil);
    b.emit(Opcode::AssertIface, out.slot, v.slot, isNil, g.typeIndex(target), g.typeIndex(anyT));
  } else {
    g.needIfaceMethods(target);
    b.emit(Opcode::AssertType, out.slot, v.slot, isNil, g.typeIndex(target), g.typeIndex(anyT));
  }
  b.jump(Opcode::JmpIf, done, isNil);  // isNil now holds the assertion's ok
  b.release(isNil, 1);
  const ty::Func* mismatch = g.pkgFunc("dyn", "typeMismatch");
  if (!mismatch) {
    error(e->pos(), "internal error: dyn.typeMismatch is missing (package dyn not loaded)");
  } else {
    // typeMismatch(v any, want string) error: window [error | v | want].
    int w = b.allocWindow({SlotKind::IfaceType, SlotKind::IfaceData, SlotKind::IfaceType, SlotKind::IfaceData,
                           SlotKind::Ptr, SlotKind::Scalar});
    mov(w + 2, v.slot, 2);
    b.emit(Opcode::LoadStr, w + 4, 0, 0, static_cast<int32_t>(g.constStr(reflectTypeString(target))));
    b.emit(Opcode::Call, w, 0, 0, static_cast<int32_t>(g.funcIndex(mismatch)));
    genFailReturn(w, e->question);
    b.release(w, 6);
  }
  b.bind(done);
  b.release(v);
  return out;
}

}  // namespace vo::codegen
