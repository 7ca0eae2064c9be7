// Assignments and initialisations (types2 assignments.go, minus assignment() itself): `=`, `op=`, `:=`,
// variable initialisation from n:n lists, multi-value calls and comma-ok expressions, and the implicit
// assignment of return values.
#include <algorithm>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (const auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

std::string measure(size_t n, std::string_view unit) {
  std::string s = std::to_string(n) + " " + std::string(unit);
  if (n != 1) s += "s";
  return s;
}

/// The binary operator of an assignment operation (`+=` → `+`).
syntax::TokenKind binaryOpOf(syntax::TokenKind op) {
  using syntax::TokenKind;
  switch (op) {
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
    default: return op;
  }
}

}  // namespace

void Checker::assignStmt(const syntax::AssignStmt* s) {
  switch (s->tok) {
    case syntax::TokenKind::Assign:
      assignVars(s->lhs, s->rhs);
      return;
    case syntax::TokenKind::Define:
      shortVarDecl(s);
      return;
    default:
      break;
  }
  // assignment operations
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    errorAt(s, "assignment operation " + std::string(syntax::tokenSpelling(s->tok)) +
                   " requires single-valued expressions");
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], binaryOpOf(s->tok), s->tokPos);
  assignVar(s->lhs[0], nullptr, &x, "assignment");
}

void Checker::initVariable(Var* lhs, Operand& x, std::string_view context) {
  if (x.isInvalid() || isInvalid(x.type) || (lhs->type && isInvalid(lhs->type))) {
    if (!lhs->type) lhs->type = invalidType();
    lhs->used = true;  // avoid a follow-on "declared and not used" error
    x.mode = OperandMode::Invalid;
    return;
  }
  // If the lhs doesn't have a type yet, use the type of x.
  if (!lhs->type) {
    Type* typ = x.type;
    if (isUntyped(typ)) {
      // convert untyped types to default types
      if (basicKindOf(typ) == BasicKind::UntypedNil) {
        errorAt(x.expr, "use of untyped nil in " + std::string(context));
        lhs->type = invalidType();
        lhs->used = true;
        x.mode = OperandMode::Invalid;
        return;
      }
      typ = defaultType(typ);
    }
    lhs->type = typ;
  }
  assignment(x, lhs->type, context);
  if (x.isInvalid()) lhs->used = true;  // no follow-on "declared and not used" error
}

void Checker::markLHSUsed(const syntax::Expr* lhs) {
  const auto* ident = syntax::dyn_cast<syntax::Ident>(unparen(lhs));
  if (!ident || !scope) return;
  if (auto* v = dyn_cast<Var>(scope->lookupParent(ident->name)); v && v->pkg == pkg) v->used = true;
}

Type* Checker::lhsVar(const syntax::Expr* lhs) {
  const auto* ident = syntax::dyn_cast<syntax::Ident>(unparen(lhs));
  // Don't evaluate lhs if it is the blank identifier.
  if (ident && ident->name == "_") {
    recordDef(ident, nullptr);
    return nullptr;
  }
  // If the lhs is an identifier denoting a variable v, this reference is not a use of v: remember v.used and
  // restore it after evaluating the lhs.
  Var* v = nullptr;
  bool vUsed = false;
  if (ident && scope) {
    if (auto* w = dyn_cast<Var>(scope->lookupParent(ident->name)); w && w->pkg == pkg) {
      v = w;
      vUsed = w->used;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->used = vUsed;
  if (x.isInvalid() || isInvalid(x.type)) return invalidType();

  // spec: "Each left-hand side operand must be addressable, a map index expression, or the blank identifier.
  // Operands may be parenthesized."
  switch (x.mode) {
    case OperandMode::Variable:
    case OperandMode::MapIndex:
      return x.type;
    default:
      break;
  }
  if (const auto* sel = syntax::dyn_cast<syntax::SelectorExpr>(unparen(x.expr ? x.expr : lhs))) {
    if (auto it = info.types.find(sel->x); it != info.types.end() && it->second.mode == OperandMode::MapIndex) {
      errorAt(lhs, "cannot assign to struct field " + syntax::exprString(sel) + " in map");
      return invalidType();
    }
  }
  errorAt(lhs, "cannot assign to " + syntax::exprString(x.expr ? x.expr : lhs) +
                   " (neither addressable nor a map index expression)");
  return invalidType();
}

void Checker::assignVar(const syntax::Expr* lhs, const syntax::Expr* rhs, Operand* x, std::string_view context) {
  Type* T = lhsVar(lhs);  // nullptr for _
  if (T && isInvalid(T)) {
    markLHSUsed(lhs);
    if (x) {
      x->mode = OperandMode::Invalid;
    } else {
      syntax::Expr* list[] = {const_cast<syntax::Expr*>(rhs)};
      useExprs(list);
    }
    return;
  }
  Operand tmp;
  if (!x) {
    x = &tmp;
    expr(*x, rhs);
  }
  if (!T && context == "assignment") context = "assignment to _ identifier";
  assignment(*x, T, context);
  // A variable whose assignment failed gets no follow-on "declared and not used" error.
  if (x->isInvalid()) markLHSUsed(lhs);
}

std::vector<Operand> Checker::unpackOperands(Operand& x, bool allowCommaOk, bool& commaOk) {
  commaOk = false;
  std::vector<Operand> list;
  if (x.isInvalid()) {
    list.push_back(x);
    return list;
  }
  if (const auto* t = dyn_cast<Tuple>(x.type); t && x.mode != OperandMode::TypeExpr) {
    // a multi-value function call: one value operand per result
    for (Var* v : t->vars) {
      Operand y;
      y.mode = OperandMode::Value;
      y.expr = x.expr;
      y.type = v->type;
      list.push_back(y);
    }
    return list;
  }
  if (x.mode == OperandMode::NoValue) return list;
  if (allowCommaOk && (x.mode == OperandMode::MapIndex || x.mode == OperandMode::CommaOk)) {
    Operand y = x;
    y.mode = OperandMode::Value;
    Operand ok;
    ok.mode = OperandMode::Value;
    ok.expr = x.expr;
    ok.type = basic(BasicKind::UntypedBool);
    list.push_back(y);
    list.push_back(ok);
    commaOk = true;
    return list;
  }
  list.push_back(x);
  return list;
}

std::vector<Operand> Checker::operandList(std::span<syntax::Expr* const> list) {
  std::vector<Operand> xs;
  if (list.size() == 1) {
    Operand x;
    multiExpr(x, list[0]);
    bool commaOk;
    return unpackOperands(x, false, commaOk);
  }
  for (const syntax::Expr* e : list) {
    Operand x;
    expr(x, e);
    xs.push_back(x);
  }
  return xs;
}

void Checker::recordCommaOkTypes(const syntax::Expr* e, const std::vector<Operand>& rhs) {
  if (rhs.size() != 2) return;
  Var* a = ctx.objects.makeObject<Var>("", rhs[0].type, pkg, Pos{});
  Var* b = ctx.objects.makeObject<Var>("", rhs[1].type, pkg, Pos{});
  Tuple* t = ctx.types.make<Tuple>(std::vector<Var*>{a, b});
  // The expression and the parenthesized expressions around it record the pair of types.
  while (e) {
    if (auto it = info.types.find(e); it != info.types.end()) it->second.type = t;
    const auto* p = syntax::dyn_cast<syntax::ParenExpr>(e);
    e = p ? p->x : nullptr;
  }
}

std::string Checker::haveWantSummary(const std::vector<Type*>& list) const {
  std::string res = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) res += ", ";
    Type* t = list[i];
    if (!t || isInvalid(t)) {
      res += "unknown type";
    } else if (isUntyped(t)) {
      // "have number, want float64" is better than "have untyped int, want float64"
      if (isNumeric(t)) {
        res += "number";
      } else {
        std::string_view name = cast<Basic>(t)->name;
        if (name.starts_with("untyped ")) name.remove_prefix(8);
        res += name;
      }
    } else {
      res += typeStr(t);
    }
  }
  return res + ")";
}

void Checker::assignError(std::span<syntax::Expr* const> rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  const syntax::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (const auto* call = syntax::dyn_cast<syntax::CallExpr>(unparen(rhs0))) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + syntax::exprString(call->fun) + " returns " + vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(const syntax::Node* at, std::span<Var* const> lhs, const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  std::string qualifier = "not enough";
  Pos pos = at->pos();
  if (r > l) {
    pos = rhs[l].expr ? rhs[l].expr->pos() : pos;  // report at the first extra value
    qualifier = "too many";
  } else if (r > 0) {
    pos = rhs[r - 1].expr ? rhs[r - 1].expr->pos() : pos;  // report at the last value
  }
  std::vector<Type*> have, want;
  for (const Operand& x : rhs) have.push_back(x.type);
  for (const Var* v : lhs) want.push_back(v->type);
  error(pos, qualifier + " return values\n\thave " + haveWantSummary(have) + "\n\twant " + haveWantSummary(want));
}

void Checker::initVars(std::span<Var* const> lhs, std::span<syntax::Expr* const> origRhs,
                       const syntax::Stmt* returnStmt) {
  std::string_view context = returnStmt ? "return statement" : "assignment";
  size_t l = lhs.size(), r = origRhs.size();

  // If l == 1 and the rhs is a single call, for a better error message don't handle it as n:n mapping below.
  bool isCall = r == 1 && syntax::isa<syntax::CallExpr>(unparen(origRhs[0]));

  // If we have a n:n mapping from lhs variable to rhs expression, each value can be assigned to its
  // corresponding variable.
  if (l == r && !isCall) {
    bool anyInvalid = false;
    for (size_t i = 0; i < l; ++i) {
      Operand x;
      expr(x, origRhs[i]);
      initVariable(lhs[i], x, context);
      anyInvalid = anyInvalid || x.isInvalid();
    }
    // After an error in the list, gc reports none of its variables as unused.
    if (anyInvalid) {
      for (Var* v : lhs) v->used = true;
    }
    return;
  }

  auto invalidateLHS = [&] {
    for (Var* v : lhs) {
      if (!v->type) v->type = invalidType();
      v->used = true;
    }
  };

  // If we don't have an n:n mapping, the rhs must be a single expression resulting in 2 or more values;
  // otherwise we have an assignment mismatch.
  if (r != 1) {
    // Only report a mismatch error if there are no other errors on the rhs.
    if (useExprs(origRhs)) {
      if (returnStmt) {
        std::vector<Operand> rhs = operandList(origRhs);
        returnError(returnStmt, lhs, rhs);
      } else if (r > 0) {
        assignError(origRhs, l, r);
      }
    }
    invalidateLHS();
    return;
  }

  Operand x;
  multiExpr(x, origRhs[0]);
  bool commaOk = false;
  std::vector<Operand> rhs = unpackOperands(x, l == 2 && !returnStmt, commaOk);
  r = rhs.size();
  if (l == r) {
    for (size_t i = 0; i < l; ++i) initVariable(lhs[i], rhs[i], context);
    // Only record a comma-ok expression if both initializations succeeded.
    if (commaOk && !rhs[0].isInvalid() && !rhs[1].isInvalid()) recordCommaOkTypes(origRhs[0], rhs);
    return;
  }

  // In all other cases we have an assignment mismatch. Only report it if there are no other errors on the rhs.
  if (!x.isInvalid()) {
    if (returnStmt) {
      returnError(returnStmt, lhs, rhs);
    } else {
      assignError(origRhs, l, r);
    }
  }
  invalidateLHS();
}

void Checker::assignVars(std::span<syntax::Expr* const> lhs, std::span<syntax::Expr* const> origRhs) {
  size_t l = lhs.size(), r = origRhs.size();
  bool isCall = r == 1 && syntax::isa<syntax::CallExpr>(unparen(origRhs[0]));

  if (l == r && !isCall) {
    for (size_t i = 0; i < l; ++i) assignVar(lhs[i], origRhs[i], nullptr, "assignment");
    return;
  }

  if (r != 1) {
    // Only report a mismatch error if there are no other errors on the lhs or rhs.
    bool okLHS = useLHSExprs(lhs);
    bool okRHS = useExprs(origRhs);
    if (okLHS && okRHS) assignError(origRhs, l, r);
    for (const syntax::Expr* e : lhs) markLHSUsed(e);
    return;
  }

  Operand x;
  multiExpr(x, origRhs[0]);
  bool commaOk = false;
  std::vector<Operand> rhs = unpackOperands(x, l == 2, commaOk);
  r = rhs.size();
  if (l == r) {
    for (size_t i = 0; i < l; ++i) assignVar(lhs[i], nullptr, &rhs[i], "assignment");
    if (commaOk && !rhs[0].isInvalid() && !rhs[1].isInvalid()) recordCommaOkTypes(origRhs[0], rhs);
    return;
  }

  if (!x.isInvalid()) assignError(origRhs, l, r);
  useLHSExprs(lhs);
  for (const syntax::Expr* e : lhs) markLHSUsed(e);
}

void Checker::shortVarDecl(const syntax::AssignStmt* s) {
  size_t top = delayed.size();
  Scope* declScope = scope;
  if (!declScope) return;  // only inside function bodies

  // collect lhs variables
  std::vector<std::string_view> seen;
  std::vector<Var*> lhsVars(s->lhs.size(), nullptr);
  std::vector<Var*> newVars;
  bool hasErr = false;
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    const syntax::Expr* lhs = s->lhs[i];
    const auto* ident = syntax::dyn_cast<syntax::Ident>(lhs);
    if (!ident) {
      syntax::Expr* list[] = {const_cast<syntax::Expr*>(lhs)};
      useLHSExprs(list);
      errorAt(lhs, "non-name " + syntax::exprString(lhs) + " on left side of :=");
      hasErr = true;
      continue;
    }
    std::string_view name = ident->name;
    if (name != "_") {
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        errorAt(lhs, std::string(name) + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.push_back(name);
    }
    // Use the correct object if the identifier is redeclared. The variable's scope starts after the
    // declaration, so look it up now and declare new variables after the right side was checked.
    if (Object* alt = declScope->lookup(name)) {
      recordUse(ident, alt);
      // a redeclared object must be a variable
      if (auto* v = dyn_cast<Var>(alt)) {
        lhsVars[i] = v;
      } else {
        errorAt(lhs, "cannot assign to " + syntax::exprString(lhs));
        hasErr = true;
      }
      continue;
    }
    // declare a new variable
    Var* obj = ctx.objects.makeObject<Var>(name, nullptr, pkg, ident->pos());
    lhsVars[i] = obj;
    if (name != "_") {
      newVars.push_back(obj);
    }
    recordDef(ident, obj);
  }

  // create dummy variables where the lhs is invalid
  for (size_t i = 0; i < lhsVars.size(); ++i) {
    if (!lhsVars[i]) lhsVars[i] = ctx.objects.makeObject<Var>("_", nullptr, pkg, s->lhs[i]->pos());
  }

  initVars(lhsVars, s->rhs, nullptr);

  // process function literals in rhs expressions before scope changes
  processDelayed(top);

  if (newVars.empty() && !hasErr) {
    error(s->tokPos, "no new variables on left side of :=");  // at the := (types2 s.Pos())
    return;
  }
  // spec: "The scope of a constant or variable identifier declared inside a function begins at the end of the
  // ConstSpec or VarSpec (ShortVarDecl for short variable declarations)".
  for (Var* obj : newVars) declare(declScope, nullptr, obj);
}

}  // namespace vo::types
