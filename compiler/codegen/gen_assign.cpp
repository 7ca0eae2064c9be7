// Assignments (Go spec "Assignment statements": operands of index expressions and pointer indirections on the
// left are evaluated first, then the right side, then the stores from left to right), short variable
// declarations, var declarations, op-assignments and ++/--.
#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

namespace {

// True when `e` can be generated straight into the slots of a variable it may read (it reads all its operands
// before writing the destination).
bool writesDestLast(const sx::Expr* e) {
  e = unparen(e);
  switch (e->kind()) {
    case sx::NodeKind::Ident:
    case sx::NodeKind::BasicLit:
    case sx::NodeKind::IndexExpr:
    case sx::NodeKind::SelectorExpr:
    case sx::NodeKind::StarExpr:
    case sx::NodeKind::CallExpr:
      return true;
    case sx::NodeKind::UnaryExpr:
      return sx::cast<sx::UnaryExpr>(e)->op != TokenKind::And;
    case sx::NodeKind::BinaryExpr: {
      TokenKind op = sx::cast<sx::BinaryExpr>(e)->op;
      return op != TokenKind::LAnd && op != TokenKind::LOr;
    }
    default:
      return false;
  }
}

TokenKind baseOp(TokenKind k) {
  switch (k) {
    case TokenKind::AddAssign: return TokenKind::Add;
    case TokenKind::SubAssign: return TokenKind::Sub;
    case TokenKind::MulAssign: return TokenKind::Mul;
    case TokenKind::QuoAssign: return TokenKind::Quo;
    case TokenKind::RemAssign: return TokenKind::Rem;
    case TokenKind::AndAssign: return TokenKind::And;
    case TokenKind::OrAssign: return TokenKind::Or;
    case TokenKind::XorAssign: return TokenKind::Xor;
    case TokenKind::ShlAssign: return TokenKind::Shl;
    case TokenKind::ShrAssign: return TokenKind::Shr;
    case TokenKind::AndNotAssign: return TokenKind::AndNot;
    default: return k;
  }
}

}  // namespace

void FuncGen::storeConverted(Place& p, const ty::Type* pt, int src, const ty::Type* st, Pos pos) {
  if (p.kind == Place::Kind::Blank) return;
  if (isIface(pt) && !(isIface(st) && ty::identical(pt, st))) {
    Val t = temp(pt);
    convertVal(src, concreteType(st), pt, t.slot, pos);
    store(p, t.slot);
    b.release(t);
    return;
  }
  store(p, src);
}

void FuncGen::assignList(std::vector<Place>& lhs, const std::vector<const ty::Type*>& lhsTypes,
                         std::span<sx::Expr* const> rhs) {
  if (rhs.size() == 1 && lhs.size() > 1) {
    const sx::Expr* r = unparen(rhs[0]);
    const ty::Type* rt = typeOf(r);
    const auto* tup = ty::dyn_cast<ty::Tuple>(rt);
    if (isMultiValue(r) && tup) {
      Val v = eval(r);
      int off = 0;
      for (size_t i = 0; i < lhs.size() && i < tup->vars.size(); ++i) {
        const ty::Type* et = tup->vars[i]->type;
        storeConverted(lhs[i], lhsTypes[i], v.slot + off, et, r->pos());
        off += g.tt.numSlots(et);
      }
      b.release(v);
      return;
    }
    // Comma-ok forms.
    const ty::Type* vt = tup ? tup->vars[0]->type : rt;
    const ty::Type* boolT = ty::Universe::get().basic(ty::BasicKind::Bool);
    if (sx::isa<sx::IndexExpr>(r) && lhs[0].kind == Place::Kind::Reg && lhs[1].kind == Place::Kind::Reg &&
        lhsTypes[0] && lhsTypes[1] && ty::identical(lhsTypes[0], vt) && ty::identical(lhsTypes[1], boolT)) {
      // `v, ok = m[k]` into register variables of exactly these types: MapGet reads the map and the key before it
      // writes the value and then ok, so it may write the variables themselves (no temporaries and moves).
      genCommaOk(r, lhs[0].slot, lhs[1].slot);
      return;
    }
    Val v = temp(vt);
    int ok = b.alloc1(SlotKind::Scalar);
    genCommaOk(r, v.slot, ok);
    storeConverted(lhs[0], lhsTypes[0], v.slot, vt, r->pos());
    storeConverted(lhs[1], lhsTypes[1], ok, ty::Universe::get().basic(ty::BasicKind::Bool), r->pos());
    b.release(ok, 1);
    b.release(v);
    return;
  }
  if (lhs.size() == 1) {
    const ty::Type* lt = lhsTypes[0];
    if (lhs[0].kind == Place::Kind::Reg && writesDestLast(rhs[0]) && lt) {
      genAs(rhs[0], lt, lhs[0].slot);
      return;
    }
    if (!lt) lt = concreteType(typeOf(unparen(rhs[0])));
    const auto* lit = sx::dyn_cast<sx::CompositeLit>(unparen(rhs[0]));
    if (lit && lhs[0].kind == Place::Kind::Mem && g.tt.numSlots(lt) > escape::kMaxFrameSlots &&
        (ty::isa<ty::Struct>(under(lt)) || ty::isa<ty::Array>(under(lt)))) {
      // A large literal: built in a new object, then copied (the target may be read by the literal).
      int box = b.alloc1(SlotKind::Ptr);
      b.emit(Opcode::New, box, 0, 0, g.typeIndex(lt));
      genCompositeInto(lit, lt, box, 0);
      int dst = b.alloc1(SlotKind::Ptr);
      addrOfPlace(lhs[0], dst, lit->pos());
      b.emit(Opcode::MemCopy, dst, box, 0, g.typeIndex(lt));
      b.release(dst, 1);
      b.release(box, 1);
      return;
    }
    if (lhs[0].kind == Place::Kind::Blank) {
      Val v = eval(rhs[0]);
      b.release(v);
      return;
    }
    Val v = evalAs(rhs[0], lt);
    store(lhs[0], v.slot);
    b.release(v);
    return;
  }
  std::vector<Val> vals;
  for (size_t i = 0; i < rhs.size() && i < lhs.size(); ++i) {
    const ty::Type* lt = lhsTypes[i] ? lhsTypes[i] : concreteType(typeOf(unparen(rhs[i])));
    Val v = evalAs(rhs[i], lt);
    if (!v.temp) {
      Val c = temp(lt);
      mov(c.slot, v.slot, v.n);
      v = c;
    }
    vals.push_back(v);
  }
  for (size_t i = 0; i < vals.size(); ++i) store(lhs[i], vals[i].slot);
  for (auto it = vals.rbegin(); it != vals.rend(); ++it) b.release(*it);
}

// The register variable a store to target `e` may change (stableAssigned): `v`, and `v` for `v.f` and `v[i]`
// (over-approximated: a field reached through a pointer adds v too); none for a target in memory (`*p`, `s[i]`
// of a slice, `m[k]`).
void FuncGen::collectAssignedVars(const sx::Expr* e) {
  e = unparen(e);
  if (const auto* id = sx::dyn_cast<sx::Ident>(e)) {
    auto it = pkg->info->uses.find(id);
    if (it != pkg->info->uses.end()) {
      if (const auto* v = ty::dyn_cast<ty::Var>(it->second)) stableAssigned.insert(v);
    } else if (auto dit = pkg->info->defs.find(id); dit != pkg->info->defs.end()) {
      if (const auto* v = ty::dyn_cast<ty::Var>(dit->second)) stableAssigned.insert(v);
    }
    return;
  }
  if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e)) {
    if (pkg->info->selections.count(se)) collectAssignedVars(se->x);  // else a qualified identifier (a global)
    return;
  }
  if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e)) {
    if (ty::isa<ty::Array>(under(typeOf(unparen(ie->x))))) collectAssignedVars(ie->x);
    return;
  }
  if (sx::isa<sx::StarExpr>(e)) return;
  stableAll = true;
}

bool FuncGen::needsStableCopy(const sx::Expr* e) const {
  if (!stablePlaces) return false;
  if (stableAll) return true;
  const auto* id = sx::dyn_cast<sx::Ident>(unparen(e));
  if (!id) return true;
  auto it = pkg->info->uses.find(id);
  if (it == pkg->info->uses.end()) return true;
  const auto* v = ty::dyn_cast<ty::Var>(it->second);
  return !v || stableAssigned.count(v) != 0;
}

void FuncGen::genAssign(const sx::AssignStmt* s) {
  if (s->tok == TokenKind::Define) {
    genDefine(s->lhs, s->rhs, s->pos());
    return;
  }
  if (s->tok != TokenKind::Assign) {
    TokenKind op = baseOp(s->tok);
    const ty::Type* lt = concreteType(typeOf(unparen(s->lhs[0])));
    Place p = place(s->lhs[0]);
    mapEntryInPlace(p, op, s->rhs[0]);
    const auto* mulRhs = sx::dyn_cast<sx::BinaryExpr>(unparen(s->rhs[0]));
    if (p.kind == Place::Kind::Reg && (op == TokenKind::Add || op == TokenKind::Sub) && mulRhs &&
        mulRhs->op == TokenKind::Mul && ty::basicKindOf(under(lt)) == ty::BasicKind::Float64 &&
        ty::identical(concreteType(typeOf(mulRhs)), concreteType(lt))) {
      // `s += x * y` on a float64 register: MulAddF (the product rounded, then the sum: not a fused multiply-add).
      Val x = evalAs(mulRhs->x, lt);
      Val y = evalAs(mulRhs->y, lt);
      line(s->tokPos);
      b.emit(op == TokenKind::Add ? Opcode::MulAddF : Opcode::MulSubF, p.slot, x.slot, y.slot);
      b.release(y);
      b.release(x);
      releasePlace(p);
      return;
    }
    if (p.kind == Place::Kind::Reg && (tryImmArith(op, lt, p.slot, s->lhs[0], s->rhs[0]) ||
                                       tryFloatConstArith(op, lt, p.slot, s->lhs[0], s->rhs[0]))) {
      releasePlace(p);
      return;
    }
    if (p.kind == Place::Kind::Mem && (op == TokenKind::Add || op == TokenKind::Sub) &&
        ty::basicKindOf(under(lt)) == ty::BasicKind::Float64 && p.off <= static_cast<uint64_t>(INT32_MAX) &&
        isQuietOperand(s->rhs[0])) {
      // `p.f += y` on a float64 in memory: one read-modify-write instruction. y is evaluated before the field is
      // read, which nothing can observe for a quiet y (gen_expr.cpp).
      if (mulRhs && mulRhs->op == TokenKind::Mul && ty::identical(concreteType(typeOf(mulRhs)), concreteType(lt))) {
        // `p.f += x * y`: MulAddFSt / MulSubFSt (the product rounded, then the sum).
        Val x = evalAs(mulRhs->x, lt);
        Val z = evalAs(mulRhs->y, lt);
        line(s->tokPos);
        b.emit(op == TokenKind::Add ? Opcode::MulAddFSt : Opcode::MulSubFSt, p.slot, x.slot, z.slot,
               static_cast<int32_t>(p.off));
        b.release(z);
        b.release(x);
        releasePlace(p);
        return;
      }
      Val y = evalAs(s->rhs[0], lt);
      line(s->tokPos);
      b.emit(op == TokenKind::Add ? Opcode::AddFSt : Opcode::SubFSt, p.slot, y.slot, 0, static_cast<int32_t>(p.off));
      b.release(y);
      releasePlace(p);
      return;
    }
    Val cur = loadVal(p);
    if (p.kind != Place::Kind::Reg && storeImmArith(op, lt, p, cur, s->rhs[0])) {  // gen_scalar.cpp
      b.release(cur);
      releasePlace(p);
      return;
    }
    const ty::Type* yt = lt;
    if (op == TokenKind::Shl || op == TokenKind::Shr) {
      yt = concreteType(typeOf(unparen(s->rhs[0])));
      if (ty::isUntyped(typeOf(unparen(s->rhs[0])))) yt = ty::Universe::get().basic(ty::BasicKind::Uint);
    }
    Val y = evalAs(s->rhs[0], yt);
    if ((op == TokenKind::Shl || op == TokenKind::Shr) && !ty::isUnsigned(yt)) b.emit(Opcode::CheckShift, y.slot);
    line(s->tokPos);
    if (p.kind == Place::Kind::Reg) {
      genArith(op, lt, p.slot, cur.slot, y.slot, s->tokPos);
    } else {
      Val r = temp(lt);
      genArith(op, lt, r.slot, cur.slot, y.slot, s->tokPos);
      store(p, r.slot);
      b.release(r);
    }
    b.release(y);
    b.release(cur);
    releasePlace(p);
    return;
  }
  if (s->lhs.size() == 1 && s->rhs.size() == 1 && !hasDefer) {
    // `x = T{...}` for a register variable x the literal does not mention: built in x's slots, no temporary.
    // Without a defer in the function, a panic part-way leaves x unobservable (no recovery resumes this frame).
    const auto* lit = sx::dyn_cast<sx::CompositeLit>(unparen(s->rhs[0]));
    const auto* id = sx::dyn_cast<sx::Ident>(unparen(s->lhs[0]));
    auto use = id ? pkg->info->uses.find(id) : pkg->info->uses.end();
    const ty::Var* v = use != pkg->info->uses.end() ? ty::dyn_cast<ty::Var>(use->second) : nullptr;
    auto loc = v ? vars.find(v) : vars.end();
    const ty::Type* lu = v ? under(v->type) : nullptr;
    if (lit && loc != vars.end() && loc->second.kind == VarLoc::Kind::Reg && !inlineAliases.count(v) &&
        (ty::isa<ty::Struct>(lu) || ty::isa<ty::Array>(lu)) && ty::identical(typeOf(unparen(s->rhs[0])), v->type)) {
      bool mentioned = false;
      std::function<void(const sx::Node*)> visit = [&](const sx::Node* n) {
        if (mentioned || !n) return;
        if (const auto* x = sx::dyn_cast<sx::Ident>(n)) {
          auto u = pkg->info->uses.find(x);
          if (u != pkg->info->uses.end() && u->second == v) mentioned = true;
          return;
        }
        forEachChild(n, visit);
      };
      visit(lit);
      if (!mentioned) {
        genCompositeLitAs(lit, v->type, loc->second.slot);
        return;
      }
    }
  }
  std::vector<Place> places;
  std::vector<const ty::Type*> types;
  stablePlaces = s->lhs.size() > 1;
  if (stablePlaces) {
    stableAssigned.clear();
    stableAll = !inlineAliases.empty();  // `*p` may then name a caller's registers
    for (const sx::Expr* l : s->lhs) collectAssignedVars(l);
  }
  for (const sx::Expr* l : s->lhs) {
    places.push_back(place(l));
    const sx::Expr* ul = unparen(l);
    const auto* id = sx::dyn_cast<sx::Ident>(ul);
    types.push_back(id && id->name == "_" ? nullptr : typeOf(ul));
  }
  stablePlaces = false;
  assignList(places, types, s->rhs);
  for (auto it = places.rbegin(); it != places.rend(); ++it) releasePlace(*it);
}

void FuncGen::genDefine(std::span<sx::Expr* const> lhs, std::span<sx::Expr* const> rhs, Pos pos) {
  (void)pos;
  // Simple case: one new variable.
  if (lhs.size() == 1 && rhs.size() == 1) {
    const auto* id = sx::dyn_cast<sx::Ident>(lhs[0]);
    const ty::Var* v = id ? defVar(id) : nullptr;
    if (v && v->name != "_") {
      const auto* lit = sx::dyn_cast<sx::CompositeLit>(unparen(rhs[0]));
      const ty::Type* vu = under(v->type);
      if (isHeapVar(v) && lit && (ty::isa<ty::Struct>(vu) || ty::isa<ty::Array>(vu))) {
        // Built in place in the new box (or the reused box or frame object: zeroed first unless the literal
        // writes all of it).
        const bool full = initialisesAll(lit, v->type);
        int box = varBox(v, !full);
        genCompositeInto(lit, v->type, box, 0, /*zeroed=*/!full);
        vars[v] = VarLoc{VarLoc::Kind::Heap, box, 0};
        if (!scopes.empty()) scopes.back().push_back(v);
      } else if (isHeapVar(v)) {
        Val val = evalAs(rhs[0], v->type);
        int box = varBox(v, false);
        storeMem(v->type, box, 0, val.slot);
        b.release(val);
        vars[v] = VarLoc{VarLoc::Kind::Heap, box, 0};
        if (!scopes.empty()) scopes.back().push_back(v);
      } else {
        Val val = evalAs(rhs[0], v->type);
        if (val.temp && val.n == g.tt.numSlots(v->type)) {
          // Adopt the temporary as the variable's slots.
          vars[v] = VarLoc{VarLoc::Kind::Reg, val.slot, 0};
          if (!scopes.empty()) scopes.back().push_back(v);
        } else {
          // The mov writes every slot: no zeroing first.
          VarLoc loc = declareVar(v, val.n != g.tt.numSlots(v->type));
          mov(loc.slot, val.slot, val.n);
          b.release(val);
        }
      }
      return;
    }
  }
  // General case: evaluate the right side into temporaries, then declare and store.
  std::vector<const ty::Var*> newVars(lhs.size(), nullptr);
  std::vector<const ty::Type*> types(lhs.size(), nullptr);
  for (size_t i = 0; i < lhs.size(); ++i) {
    const auto* id = sx::dyn_cast<sx::Ident>(lhs[i]);
    if (!id || id->name == "_") continue;
    if (const ty::Var* v = defVar(id)) {
      newVars[i] = v;
      types[i] = v->type;
    } else {
      types[i] = typeOf(id);
    }
  }
  // `a, b := f()` with only new register variables (or blanks) of the call's result types: the call's result
  // slots become the variables.
  if (rhs.size() == 1 && lhs.size() > 1) {
    const sx::Expr* r = unparen(rhs[0]);
    const auto* tup = ty::dyn_cast<ty::Tuple>(typeOf(r));
    if (isMultiValue(r) && tup && tup->size() == lhs.size()) {
      bool adopt = true;
      for (size_t i = 0; i < lhs.size() && adopt; ++i) {
        if (!types[i]) continue;
        if (!newVars[i] || isHeapVar(newVars[i]) || !ty::identical(newVars[i]->type, tup->vars[i]->type))
          adopt = false;
      }
      if (adopt) {
        Val v = eval(r);
        int off = v.slot;
        for (size_t i = 0; i < lhs.size(); ++i) {
          int n = g.tt.numSlots(tup->vars[i]->type);
          if (newVars[i]) {
            vars[newVars[i]] = VarLoc{VarLoc::Kind::Reg, off, 0};
            if (!scopes.empty()) scopes.back().push_back(newVars[i]);
          } else if (v.temp) {
            b.release(off, n);
          }
          off += n;
        }
        return;
      }
    }
  }
  // General case. New register variables get their slots first (the right side refers to other objects, never to
  // them); new heap variables are boxed after the assignment; existing variables are assigned in place.
  std::vector<Place> places(lhs.size());
  std::vector<Val> heapTemps(lhs.size());
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (!types[i]) continue;
    if (newVars[i] && !isHeapVar(newVars[i])) {
      auto kinds = g.tt.slotKinds(newVars[i]->type);
      int slot = b.alloc(kinds);
      vars[newVars[i]] = VarLoc{VarLoc::Kind::Reg, slot, 0};
      if (!scopes.empty()) scopes.back().push_back(newVars[i]);
      places[i].kind = Place::Kind::Reg;
      places[i].slot = slot;
      places[i].type = newVars[i]->type;
    } else if (newVars[i]) {
      heapTemps[i] = temp(types[i]);
      places[i].kind = Place::Kind::Reg;
      places[i].slot = heapTemps[i].slot;
      places[i].type = types[i];
    } else {
      places[i] = place(lhs[i]);
    }
  }
  assignList(places, types, rhs);
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (newVars[i] && heapTemps[i].n >= 0 && isHeapVar(newVars[i])) {
      int box = varBox(newVars[i], false);
      storeMem(newVars[i]->type, box, 0, heapTemps[i].slot);
      vars[newVars[i]] = VarLoc{VarLoc::Kind::Heap, box, 0};
      if (!scopes.empty()) scopes.back().push_back(newVars[i]);
    }
  }
  for (size_t i = lhs.size(); i-- > 0;) {
    b.release(heapTemps[i]);
    if (!newVars[i]) releasePlace(places[i]);
  }
}

void FuncGen::genVarSpec(const sx::ValueSpec* spec) {
  if (spec->values.empty()) {
    for (const sx::Ident* id : spec->names)
      if (const ty::Var* v = defVar(id)) declareVar(v);
    return;
  }
  std::vector<sx::Expr*> lhs(spec->names.begin(), spec->names.end());
  genDefine(std::span<sx::Expr* const>(lhs.data(), lhs.size()), spec->values, spec->pos());
}

namespace {

// True for an expression that reads only variables and constants through operators that cannot panic: its
// evaluation can neither fail nor touch anything (a nil dereference `*p` would, after an insertion Go does not
// make: go/test/fixedbugs/issue22881.go).
bool cannotPanic(const sx::Expr* e, const ty::Info& info) {
  e = unparen(e);
  if (auto t = info.types.find(e); t != info.types.end() && t->second.mode == ty::OperandMode::Constant) return true;
  if (const auto* id = sx::dyn_cast<sx::Ident>(e)) {
    auto u = info.uses.find(id);
    return u != info.uses.end() && ty::isa<ty::Var>(u->second);
  }
  if (const auto* be = sx::dyn_cast<sx::BinaryExpr>(e)) {
    switch (be->op) {
      case TokenKind::Add:
      case TokenKind::Sub:
      case TokenKind::Mul:
      case TokenKind::And:
      case TokenKind::Or:
      case TokenKind::Xor:
      case TokenKind::AndNot:
        return cannotPanic(be->x, info) && cannotPanic(be->y, info);
      default:
        return false;
    }
  }
  if (const auto* ue = sx::dyn_cast<sx::UnaryExpr>(e))
    return (ue->op == TokenKind::Sub || ue->op == TokenKind::Add || ue->op == TokenKind::Xor) &&
           cannotPanic(ue->x, info);
  return false;
}

}  // namespace

// `m[k] op= y` and `m[k]++` on an integer or float value, with an operator that cannot panic and a y that reads
// only variables and constants (cannotPanic: it can neither fail nor touch the map): the place becomes the entry's value slot,
// found, or inserted with the zero value, once by MapAddr as Go's mapassign does, and read and written through
// it: one hash and probe instead of MapGet's and MapSet's two. Shifts too: a negative count panics after the
// insertion in Go as well (gc assigns through mapassign's pointer); a division by zero does not insert, so / and %
// keep the two lookups, as do values of other types.
void FuncGen::mapEntryInPlace(Place& p, TokenKind op, const sx::Expr* y) {
  if (p.kind != Place::Kind::MapEntry) return;
  const ty::Type* t = under(concreteType(p.type));
  if (!ty::isInteger(t) && !ty::isFloat(t)) return;
  switch (op) {
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Mul:
    case TokenKind::And:
    case TokenKind::Or:
    case TokenKind::Xor:
    case TokenKind::AndNot:
    case TokenKind::Shl:
    case TokenKind::Shr:
      break;
    default:
      return;
  }
  if (y && !cannotPanic(y, *pkg->info)) return;
  int ptr = b.alloc1(SlotKind::Ptr);
  b.emit(Opcode::MapAddr, ptr, p.slot, p.key.slot, g.typeIndex(p.mapType));
  Place q;
  q.kind = Place::Kind::Mem;
  q.type = p.type;
  q.slot = ptr;
  q.pos = p.pos;
  releasePlace(p);
  q.owned.push_back(Val{ptr, 1, true});
  p = std::move(q);
}

void FuncGen::genIncDec(const sx::IncDecStmt* s) {
  const ty::Type* t = concreteType(typeOf(unparen(s->x)));
  Place p = place(s->x);
  mapEntryInPlace(p, s->tok == TokenKind::Inc ? TokenKind::Add : TokenKind::Sub, nullptr);
  Val cur = loadVal(p);
  line(s->tokPos);
  if (ty::isComplex(t)) {
    Val r = temp(t);
    int one = b.alloc1(SlotKind::Float);
    b.emit(Opcode::LoadConst, one, 0, 0, static_cast<int32_t>(g.constFloat(1.0)));
    b.emit(s->tok == TokenKind::Inc ? Opcode::AddF : Opcode::SubF, r.slot, cur.slot, one);
    mov(r.slot + 1, cur.slot + 1, 1);
    if (ty::basicKindOf(t) == ty::BasicKind::Complex64) b.emit(Opcode::RoundF32, r.slot, r.slot);
    b.release(one, 1);
    store(p, r.slot);
    b.release(r);
    b.release(cur);
    releasePlace(p);
    return;
  }
  int dst = p.kind == Place::Kind::Reg ? p.slot : temp(t).slot;
  if (ty::isFloat(t)) {
    int one = b.alloc1(SlotKind::Float);
    b.emit(Opcode::LoadConst, one, 0, 0, static_cast<int32_t>(g.constFloat(1.0)));
    b.emit(s->tok == TokenKind::Inc ? Opcode::AddF : Opcode::SubF, dst, cur.slot, one);
    normalize(t, dst);
    b.release(one, 1);
  } else {
    b.emit(Opcode::AddImm, dst, cur.slot, 0, s->tok == TokenKind::Inc ? 1 : -1);
    normalize(t, dst);
  }
  if (p.kind != Place::Kind::Reg) {
    store(p, dst);
    b.release(dst, 1);
  }
  b.release(cur);
  releasePlace(p);
}

}  // namespace vo::codegen
