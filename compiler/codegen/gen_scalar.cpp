// Constant arguments of inlined calls: a parameter of an inlined body whose argument is an integer constant, that
// the body never assigns and whose address is never needed, and whose every use is an operand of `+`, `-`, `*`,
// `&` or the right side of `+=`, `-=`, `*=`, `&=`, gets no register: those uses read as the constant itself, so
// `p.X *= k` in `p.Scale(2)` is one `muli` instead of `ldi` + `mul` (Go's inliner substitutes constant arguments
// the same way before SSA).
//
// Invariants
//  - The constant view is per use (FuncGen::inlineConsts, keyed by the body's Ident nodes, consulted first by
//    FuncGen::tv): codegen treats such a use exactly like a constant expression of the parameter's type (genConst,
//    or the immediate forms of tryImmArith). Only operand positions of wrapping integer arithmetic are listed:
//    nothing there depends on the checker having validated a constant (no division, shift, index or conversion).
//  - A parameter with any other use keeps its ordinary binding (a register holding the argument), so what the body
//    does with it never depends on this file.
//  - `x op= c` with x in memory and a small constant c (a literal or such a parameter) is load, one immediate
//    instruction, store (storeImmArith; register places already use tryImmArith).
//  - The entries live while the body is generated (genInline clears them), and inlined bodies contain no inlined
//    calls, so they never mix two call sites.
#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

namespace {

bool foldableOp(TokenKind op) {
  return op == TokenKind::Add || op == TokenKind::Sub || op == TokenKind::Mul || op == TokenKind::And;
}

bool foldableAssign(TokenKind tok) {
  return tok == TokenKind::AddAssign || tok == TokenKind::SubAssign || tok == TokenKind::MulAssign ||
         tok == TokenKind::AndAssign;
}

}  // namespace

bool FuncGen::bindInlineConst(const InlineBody& ib, const ty::Var* param, const sx::Expr* arg) {
  if (!param || param->name.empty() || param->name == "_" || ib.assigned.count(param)) return false;
  const ty::TypeAndValue* at = tv(unparen(arg));
  if (!at || at->mode != ty::OperandMode::Constant || at->value.isUnknown() || !ty::isInteger(under(param->type)) ||
      !ty::identical(at->type, param->type))
    return false;
  const PkgInfo& callee = *ib.pkg;
  if (callee.heapVars.count(param) || callee.esc.onHeap(param) || callee.esc.inFrame(param)) return false;
  const ty::Info& info = *callee.info;
  auto isParam = [&](const sx::Expr* e) {
    const auto* id = sx::dyn_cast<sx::Ident>(unparen(e));
    auto u = id ? info.uses.find(id) : info.uses.end();
    return u != info.uses.end() && u->second == param;
  };
  std::vector<const sx::Expr*> foldable;
  int uses = 0;
  std::function<void(const sx::Node*)> walk = [&](const sx::Node* n) {
    if (const auto* id = sx::dyn_cast<sx::Ident>(n)) {
      auto u = info.uses.find(id);
      if (u != info.uses.end() && u->second == param) ++uses;
      return;
    }
    if (const auto* be = sx::dyn_cast<sx::BinaryExpr>(n); be && foldableOp(be->op)) {
      auto t = info.types.find(be);
      if (t != info.types.end() && ty::isInteger(under(t->second.type)))
        for (const sx::Expr* o : {be->x, be->y})
          if (isParam(o)) foldable.push_back(unparen(o));
    }
    if (const auto* as = sx::dyn_cast<sx::AssignStmt>(n);
        as && foldableAssign(as->tok) && as->rhs.size() == 1 && isParam(as->rhs[0]))
      foldable.push_back(unparen(as->rhs[0]));
    forEachChild(n, walk);
  };
  walk(ib.decl->body);
  if (uses == 0 || uses != static_cast<int>(foldable.size())) return false;
  ty::TypeAndValue c = *at;
  c.type = param->type;
  for (const sx::Expr* e : foldable) inlineConsts[e] = c;
  return true;
}

bool FuncGen::storeImmArith(TokenKind op, const ty::Type* t, const Place& p, const Val& cur, const sx::Expr* ce) {
  if (!foldableOp(op) || !ty::isInteger(under(t))) return false;
  const ty::TypeAndValue* v = tv(unparen(ce));
  if (!v || v->mode != ty::OperandMode::Constant || v->value.isUnknown()) return false;
  auto [c, exact] = constant::int64Val(constant::toInt(v->value));
  if (!exact || c <= INT32_MIN || c > INT32_MAX) return false;
  if (op == TokenKind::Sub) c = -c;
  const Opcode imm = op == TokenKind::Mul ? Opcode::MulImm : op == TokenKind::And ? Opcode::AndImm : Opcode::AddImm;
  Val r = temp(t);
  b.emit(imm, r.slot, cur.slot, 0, static_cast<int32_t>(c));
  normalize(t, r.slot);
  store(p, r.slot);
  b.release(r);
  return true;
}

}  // namespace vo::codegen
