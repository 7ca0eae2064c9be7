// Expression and type switches (types2 stmt.go: switchStmt, caseValues, typeSwitchStmt, caseTypes, and the
// type switch half of expr.go's typeAssertion).
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (const auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

/// The position gc's syntax tree gives expression e (types2 operand.Pos, used for "previous case"): the operator of
/// a binary expression, the `(` of a call, the `[` of an index or slice expression, else where e starts.
Pos syntaxPos(const syntax::Expr* e) {
  switch (e->kind()) {
    case syntax::NodeKind::BinaryExpr:
      return syntax::cast<syntax::BinaryExpr>(e)->opPos;
    case syntax::NodeKind::CallExpr:
      return syntax::cast<syntax::CallExpr>(e)->lparen;
    case syntax::NodeKind::IndexExpr:
      return syntax::cast<syntax::IndexExpr>(e)->lbrack;
    case syntax::NodeKind::SliceExpr:
      return syntax::cast<syntax::SliceExpr>(e)->lbrack;
    default:
      return e->pos();
  }
}

/// Equal constant values of the kinds gc checks for duplicates (integers, floats, strings).
bool sameCaseValue(const constant::Value& a, const constant::Value& b) {
  auto numeric = [](constant::Kind k) { return k == constant::Kind::Int || k == constant::Kind::Float; };
  if (numeric(a.kind()) && numeric(b.kind())) return constant::compare(a, constant::CompareOp::Eql, b);
  if (a.kind() == constant::Kind::String && b.kind() == constant::Kind::String)
    return constant::stringVal(a) == constant::stringVal(b);
  return false;
}

template <class Clause>
void reportMultipleDefaults(Checker& check, std::span<Clause* const> clauses, bool (*isDefault)(const Clause*)) {
  const Clause* first = nullptr;
  for (const Clause* c : clauses) {
    if (!isDefault(c)) continue;
    if (first) {
      check.errorAt(c, "multiple defaults (first at " + check.diags.sources().describe(first->pos()) + ")");
    } else {
      first = c;
    }
  }
}

bool isDefaultCase(const syntax::CaseClause* c) { return c->isDefault; }

}  // namespace

void Checker::switchStmt(StmtContext inner, const syntax::SwitchStmt* s) {
  // init statement already handled
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    // By checking assignment of x to an invisible temporary (as a compiler would), we get all the relevant
    // checks.
    assignment(x, nullptr, "switch expression");
    if (!x.isInvalid() && !comparable(x.type) && !hasNil(x.type)) {
      errorAt(s->tag, "cannot switch on " + operandString(x) + " (" + typeStr(x.type) + " is not comparable)");
      x.mode = OperandMode::Invalid;
    }
  } else {
    // spec: "A missing switch expression is equivalent to the boolean value true."
    x.mode = OperandMode::Constant;
    x.type = basic(BasicKind::Bool);
    x.val = constant::makeBool(true);
  }

  reportMultipleDefaults<syntax::CaseClause>(*this, s->clauses, isDefaultCase);

  std::vector<std::pair<Operand, Pos>> seen;  // seen case values and their positions
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const syntax::CaseClause* clause = s->clauses[i];
    StmtContext c = inner;
    c |= i + 1 < s->clauses.size() ? kFallthroughOk : kFinalSwitchCase;
    caseValues(x, clause->list, seen);
    openScope(clause, "case");
    stmtList(c, clause->body);
    closeScope();
  }
}

void Checker::caseValues(Operand& x, std::span<syntax::Expr* const> values,
                         std::vector<std::pair<Operand, Pos>>& seen) {
  for (const syntax::Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.isInvalid() || v.isInvalid()) continue;
    convertUntyped(v, x.type);
    if (v.isInvalid()) continue;
    // Order matters: by comparing v against x, error positions are at the case values.
    Operand res = v;  // keep the original v unchanged
    comparison(res, x, syntax::TokenKind::Eql, e, true);
    if (res.isInvalid()) continue;
    if (!v.isConstant()) continue;

    // look for duplicate values (of identical types)
    bool dup = false;
    for (const auto& [prev, pos] : seen) {
      if (identical(v.type, prev.type) && sameCaseValue(v.val, prev.val)) {
        errorAt(e, "duplicate case " + operandString(v) + " in expression switch\n\t" + diags.sources().describe(pos) +
                       ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup) seen.emplace_back(v, syntaxPos(e));
  }
}

void Checker::typeSwitchStmt(StmtContext inner, const syntax::TypeSwitchStmt* s) {
  // init statement already handled
  // TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
  const syntax::Ident* lhs = s->binding;
  if (lhs) {
    if (lhs->name == "_") {
      // _ := x.(type) is an invalid short variable declaration
      errorAt(lhs, "no new variable on left side of :=");
      lhs = nullptr;
    } else {
      recordDef(lhs, nullptr);  // the variable is declared implicitly in each clause
    }
  }

  Operand x;
  expr(x, s->x);
  Operand* sx = nullptr;  // the operand the cases are checked against; nullptr after an error
  if (!x.isInvalid()) {
    if (isInterface(x.type)) {
      sx = &x;
    } else {
      errorAt(s->x, operandString(x) + " is not an interface");
    }
  }

  reportMultipleDefaults<syntax::CaseClause>(*this, s->clauses, isDefaultCase);

  std::vector<Var*> lhsVars;
  std::vector<std::pair<Type*, Pos>> seen;
  for (const syntax::CaseClause* clause : s->clauses) {
    Type* T = caseTypes(sx, clause->list, seen);
    openScope(clause, "case");
    if (lhs) {
      // spec: "In clauses with a case listing exactly one type, the variable has that type; otherwise, the
      // variable has the type of the expression in the TypeSwitchGuard."
      if (clause->list.size() != 1 || !T) T = sx ? x.type : invalidType();
      Var* obj = ctx.objects.makeObject<Var>(lhs->name, T, pkg, lhs->pos());
      declare(scope, nullptr, obj);
      recordImplicit(clause, obj);
      lhsVars.push_back(obj);
    }
    stmtList(inner, clause->body);
    closeScope();
  }

  // For "declared and not used", the clause variables act as one: used if any one of them is used.
  if (lhs) {
    bool used = !sx;
    for (Var* v : lhsVars) {
      used = used || v->used;
      v->used = true;  // avoid a second report from usage()
    }
    if (!used) unusedError(lhs->pos(), "declared and not used: " + std::string(lhs->name), fctx && fctx->isVo);
  }
}

Type* Checker::caseTypes(Operand* x, std::span<syntax::Expr* const> types,
                         std::vector<std::pair<Type*, Pos>>& seen) {
  Type* T = nullptr;
  for (const syntax::Expr* e : types) {
    // The spec allows the value nil instead of a type.
    const auto* id = syntax::dyn_cast<syntax::Ident>(unparen(e));
    if (id && scope && isa<Nil>(scope->lookupParent(id->name))) {
      T = nullptr;
      Operand dummy;
      expr(dummy, e);  // for the usual recordings
    } else {
      T = varType(e);
      if (!T || isInvalid(T)) continue;
    }
    // look for duplicate types
    bool dup = false;
    for (const auto& [t, pos] : seen) {
      if ((!T && !t) || (T && t && identical(T, t))) {
        errorAt(e, "duplicate case " + (T ? typeStr(T) : std::string("nil")) + " in type switch\n\t" +
                       diags.sources().describe(pos) + ": previous case");
        dup = true;
        break;
      }
    }
    if (dup) continue;
    seen.emplace_back(T, e->pos());
    if (x && T) typeSwitchCase(e, *x, T);
  }
  return T;
}

void Checker::typeSwitchCase(const syntax::Expr* e, const Operand& x, Type* T) {
  // No static check is required if T is an interface (spec "Type assertions").
  if (isInterface(T)) return;
  auto* iface = dyn_cast<Interface>(underlying(x.type));
  if (!iface) return;
  Func* wrongType = nullptr;
  bool ptrRecv = false;
  Func* m = missingMethod(T, iface, false, wrongType, ptrRecv);
  if (!m) return;
  std::string name(m->name);
  std::string cause;
  if (wrongType) {
    auto sigStr = [&](const Func* f) {
      std::string t = typeStr(f->type);
      return std::string(f->name) + (t.starts_with("func") ? t.substr(4) : t);
    };
    cause = "(wrong type for method " + name + ")\n\t\thave " + sigStr(wrongType) + "\n\t\twant " + sigStr(m);
  } else if (ptrRecv) {
    cause = "(method " + name + " has pointer receiver)";
  } else {
    cause = "(missing method " + name + ")";
  }
  errorAt(e, "impossible type switch case: " + syntax::exprString(e) + "\n\t" + operandString(x) +
                 " cannot have dynamic type " + typeStr(T) + " " + cause);
}

}  // namespace vo::types
