// Constants of loops in registers: before an outermost `for` or `range` statement, the numeric and boolean
// constants its condition, post statement and body read as operands are loaded once into slots that stay live
// until the loop ends, and eval/evalAs hand those slots out instead of loading the constant again on every
// iteration (a Float LoadConst or a LoadInt per use and iteration otherwise: `flags[k] = false`, `x > 4.0`).
//
// Invariants
//  - A slot holds its constant's bits (SlotKind, 64-bit pattern, as genConst would write them) for the whole loop
//    and is never written again: eval returns it as a non-temporary Val, like a variable's registers, so every
//    consumer that may write its operand copies it first. Equal bits of the same kind are interchangeable
//    (registers hold normalised values: int8(-1) and uint64 max are the same Scalar bits), so the map is keyed
//    by (kind, bits) and consulted with the type the use converts to.
//  - The slots are allocated before the loop's code, below every call window of the loop (allocWindow puts
//    windows above every live slot), so calls in the loop do not overwrite them.
//  - Only constants whose use would load them are worth a slot: operands that the immediate and K-operand forms
//    take directly (tryImmArith, tryFloatConstArith, integer compare-and-branch with a constant on the right,
//    constant array indices) are not counted. At most kMaxLoopConsts per loop, the most used first, weighted by
//    loop nesting; function literals are other functions and are skipped.
#include <algorithm>
#include <bit>

#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

namespace {

constexpr size_t kMaxLoopConsts = 8;

bool isConstTV(const ty::TypeAndValue* t) {
  return t && t->mode == ty::OperandMode::Constant && !t->value.isUnknown();
}

bool fitsImm32(const constant::Value& v) {
  auto [k, exact] = constant::int64Val(constant::toInt(v));
  return exact && k > INT32_MIN && k < INT32_MAX;
}

}  // namespace

bool FuncGen::constBits(const ty::Type* t, const constant::Value& v, SlotKind& kind, uint64_t& bits) const {
  if (!t || v.isUnknown()) return false;
  const ty::Type* u = under(t);
  const auto* bt = ty::dyn_cast<ty::Basic>(u);
  if (!bt || ty::isUntyped(t)) return false;
  if (ty::isBoolean(u)) {
    kind = SlotKind::Scalar;
    bits = constant::boolVal(v) ? 1 : 0;
    return true;
  }
  if (ty::isFloat(u)) {
    double f = constant::float64Val(constant::toFloat(v)).first;
    if (bt->basicKind == ty::BasicKind::Float32) f = static_cast<double>(static_cast<float>(f));
    kind = SlotKind::Float;
    bits = std::bit_cast<uint64_t>(f);
    return true;
  }
  if (ty::isInteger(u)) {
    const int64_t x = constIntBits(v, u);
    kind = SlotKind::Scalar;
    bits = static_cast<uint64_t>(x);
    return true;
  }
  return false;
}

int FuncGen::constReg(const ty::Type* t, const constant::Value& v) const {
  if (constRegs.empty()) return -1;
  SlotKind k;
  uint64_t bits;
  if (!constBits(t, v, k, bits)) return -1;
  auto it = constRegs.find({k, bits});
  return it == constRegs.end() ? -1 : it->second;
}

std::vector<int> FuncGen::hoistLoopConsts(const sx::Stmt* loop) {
  // Weight of each (kind, bits): occurrences as operands, 8x per nesting level inside the loop.
  std::map<std::pair<SlotKind, uint64_t>, std::pair<uint64_t, const ty::Type*>> weight;
  std::function<void(const sx::Node*, uint64_t)> walk;
  auto visit = [&](const sx::Node* n, uint64_t w) {
    if (!n) return;
    if (sx::isa<sx::FuncLit>(n)) return;
    if (const auto* e = sx::dyn_cast<sx::Expr>(n)) {
      const ty::TypeAndValue* t = tv(e);
      if (isConstTV(t)) {
        SlotKind k;
        uint64_t bits;
        if (constBits(t->type, t->value, k, bits)) {
          auto& slot = weight[{k, bits}];
          slot.first += w;
          slot.second = t->type;
        }
        return;  // a constant expression's operands are constants too
      }
    }
    walk(n, w);
  };
  walk = [&](const sx::Node* n, uint64_t w) {
    if (const auto* be = sx::dyn_cast<sx::BinaryExpr>(n)) {
      // Operands the immediate forms take as they are.
      const ty::Type* xt = typeOf(unparen(be->x));
      const ty::Type* u = xt ? under(concreteType(xt)) : nullptr;
      bool integer = u && ty::isInteger(u), flt = u && ty::isFloat(u);
      const ty::TypeAndValue* xv = tv(unparen(be->x));
      const ty::TypeAndValue* yv = tv(unparen(be->y));
      bool skipX = false, skipY = false;
      switch (be->op) {
        case TokenKind::Add:
        case TokenKind::Mul:
        case TokenKind::And:
          skipX = isConstTV(xv) && ((integer && fitsImm32(xv->value)) || flt);
          skipY = isConstTV(yv) && ((integer && fitsImm32(yv->value)) || flt);
          break;
        case TokenKind::Sub:
        case TokenKind::Quo:
        case TokenKind::Rem:
          skipX = isConstTV(xv) && flt;
          skipY = isConstTV(yv) && ((integer && fitsImm32(yv->value)) || flt);
          break;
        case TokenKind::Eql:
        case TokenKind::Neq:
        case TokenKind::Lss:
        case TokenKind::Leq:
        case TokenKind::Gtr:
        case TokenKind::Geq:
          skipY = isConstTV(yv) && integer && fitsImm32(yv->value);
          break;
        default:
          break;
      }
      if (!skipX) visit(be->x, w);
      if (!skipY) visit(be->y, w);
      return;
    }
    if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(n)) {
      visit(ie->x, w);
      const ty::Type* xt = typeOf(unparen(ie->x));
      const ty::Type* xu = xt ? under(xt) : nullptr;
      if (const auto* pt = xu ? ty::dyn_cast<ty::Pointer>(xu) : nullptr) xu = under(pt->elem);
      if (!(xu && ty::isa<ty::Array>(xu) && isConstTV(tv(unparen(ie->index))))) visit(ie->index, w);
      return;
    }
    if (const auto* as = sx::dyn_cast<sx::AssignStmt>(n)) {
      // `x op= c` on a register variable uses the immediate forms; `x = c` writes the constant straight in.
      for (const sx::Expr* l : as->lhs) visit(l, w);
      bool direct = as->lhs.size() == 1 && sx::isa<sx::Ident>(unparen(as->lhs[0]));
      for (const sx::Expr* r : as->rhs)
        if (!(direct && isConstTV(tv(unparen(r))))) visit(r, w);
      return;
    }
    if (const auto* fs = sx::dyn_cast<sx::ForStmt>(n)) {
      // The init statement runs once per execution of the loop statement.
      if (fs->init) visit(fs->init, w);
      visit(fs->cond, w * 8);
      visit(fs->post, w * 8);
      visit(fs->body, w * 8);
      return;
    }
    if (const auto* rs = sx::dyn_cast<sx::RangeStmt>(n)) {
      visit(rs->x, w);
      visit(rs->body, w * 8);
      return;
    }
    forEachChild(n, [&](const sx::Node* c) { visit(c, w); });
  };
  // The loop statement itself: its init (ForStmt) runs once, so the weights start below 1 iteration's.
  walk(loop, 1);

  std::vector<std::pair<uint64_t, std::pair<SlotKind, uint64_t>>> order;
  for (auto& [key, wt] : weight)
    if (wt.first >= 8) order.push_back({wt.first, key});  // used inside the loop, not only in its init
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (order.size() > kMaxLoopConsts) order.resize(kMaxLoopConsts);
  std::vector<int> slots;
  for (auto& [w, key] : order) {
    (void)w;
    if (constRegs.count(key)) continue;
    int r = b.alloc1(key.first);
    if (b.tooManySlots) break;
    if (key.first == SlotKind::Float) {
      b.emit(Opcode::LoadConst, r, 0, 0, static_cast<int32_t>(g.constFloat(std::bit_cast<double>(key.second))));
    } else {
      auto x = static_cast<int64_t>(key.second);
      if (x >= INT32_MIN && x <= INT32_MAX)
        b.emit(Opcode::LoadInt, r, 0, 0, static_cast<int32_t>(x));
      else
        b.emit(Opcode::LoadConst, r, 0, 0, static_cast<int32_t>(g.constInt(x)));
    }
    constRegs[key] = r;
    slots.push_back(r);
  }
  return slots;
}

void FuncGen::releaseLoopConsts(const std::vector<int>& slots) {
  for (int r : slots) {
    for (auto it = constRegs.begin(); it != constRegs.end(); ++it) {
      if (it->second == r) {
        constRegs.erase(it);
        break;
      }
    }
    b.release(r, 1);
  }
}

}  // namespace vo::codegen
