// The Vo extensions (LANGUAGE.md "Vo extensions"): `x?`, `fail e`, the function rule they share with
// `errdefer` (checked in stmt.cpp), and dynamic access `a~>name`, `a~>[k]`, `a~>(args)`, `a~>m(args)`.
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (const auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

bool Checker::checkErrorResult(Pos pos, std::string_view what) {
  if (!fctx || !fctx->sig) {
    error(pos, std::string(what) + " used outside function body");
    return false;
  }
  const Tuple* res = fctx->sig->results;
  if (res->size() == 0 || !identical(res->vars.back()->type, universe.errorType())) {
    // Which function, and what it returns instead: `? used in function parse without error result (the last
    // result must have type error; parse returns int)`.
    std::string fn = "func literal", who = "it";
    if (const Func* f = fctx->func) {
      const bool method = f->signature() && f->signature()->recv;
      fn = std::string(method ? "method " : "function ") + std::string(f->name);
      who = f->name;
    }
    std::string returns = "nothing";
    if (res->size() == 1 && res->vars[0]->name.empty())
      returns = typeStr(res->vars[0]->type);
    else if (res->size() > 0)
      returns = typeStr(res);
    error(pos, std::string(what) + " used in " + fn + " without error result (the last result must have type error; " +
                   who + " returns " + returns + ")");
    return false;
  }
  return true;
}

Tuple* Checker::dynResultTuple() {
  if (!dynResult_) {
    Var* value = ctx.objects.makeObject<Var>("", universe.anyType(), nullptr, Pos{});
    Var* err = ctx.objects.makeObject<Var>("", universe.errorType(), nullptr, Pos{});
    dynResult_ = ctx.types.make<Tuple>(std::vector<Var*>{value, err});
  }
  return dynResult_;
}

void Checker::tryExpr(Operand& x, const syntax::TryExpr* e) {
  checkErrorResult(e->pos(), "?");
  Operand y;
  // As multiExpr, but a call without results gets the message below, which says what `?` needs.
  rawExpr(y, e->x, nullptr, false);
  exclude(y, false, true, true);
  x.expr = e;
  if (y.isInvalid()) {
    x.mode = OperandMode::Invalid;
    return;
  }
  // The operand yields (T1, ..., Tn, error); `?` yields (T1, ..., Tn): no value, one value, or a tuple.
  std::vector<Var*> vals;
  if (const auto* t = dyn_cast<Tuple>(y.type)) {
    vals = t->vars;
  } else if (y.mode != OperandMode::NoValue && y.type) {
    vals.push_back(ctx.objects.makeObject<Var>("", y.type, nullptr, Pos{}));
  }
  if (vals.empty() || !identical(vals.back()->type, universe.errorType())) {
    errorAt(e, "invalid operation: operator ? not defined on " + operandString(y) +
                   " (last value is not of type error)");
    x.mode = OperandMode::Invalid;
    return;
  }
  vals.pop_back();
  x.val = constant::Value();
  if (vals.empty()) {
    x.mode = OperandMode::NoValue;
    x.type = ctx.types.make<Tuple>(std::vector<Var*>{});
  } else if (vals.size() == 1) {
    x.mode = OperandMode::Value;
    x.type = vals[0]->type;
  } else {
    x.mode = OperandMode::Value;
    x.type = ctx.types.make<Tuple>(std::move(vals));
  }
  recordTypeAndValue(e, x.mode, x.type, x.val);
}

void Checker::failStmt(const syntax::FailStmt* s) {
  checkErrorResult(s->pos(), "fail");
  Operand x;
  expr(x, s->err);
  if (x.isInvalid()) return;
  assignment(x, universe.errorType(), "fail statement");
}

void Checker::dynAccess(Operand& x, const syntax::DynAccessExpr* e) {
  x.expr = e;
  x.mode = OperandMode::Invalid;
  Operand y;
  bool ok = true;
  if (syntax::isa<syntax::DynAccessExpr>(unparen(e->x))) {
    // a chain: the previous access yields (any, error) and the chain stops at the first error
    multiExpr(y, e->x);
    ok = !y.isInvalid();
  } else {
    expr(y, e->x);
    if (!y.isInvalid() && !isInterface(y.type)) {
      errorAt(e->x, "invalid operation: " + operandString(y) +
                        " is not an interface (dynamic access ~> works on interface values)");
      ok = false;
    }
    ok = ok && !y.isInvalid();
  }

  // Keys and arguments are passed as `any` values.
  Type* any = universe.anyType();
  if (e->access == syntax::DynAccessKind::Index && e->index) {
    Operand k;
    expr(k, e->index);
    if (!k.isInvalid()) assignment(k, any, "index");
    ok = ok && !k.isInvalid();
  }
  for (size_t i = 0; i < e->args.size(); ++i) {
    Operand a;
    expr(a, e->args[i]);
    if (a.isInvalid()) {
      ok = false;
      continue;
    }
    bool spread = i + 1 == e->args.size() && e->ellipsis.isValid();
    assignment(a, spread ? ctx.types.make<Slice>(any) : any, "argument");
    ok = ok && !a.isInvalid();
  }
  if (!ok) return;
  x.mode = OperandMode::Value;
  x.type = dynResultTuple();
  recordTypeAndValue(e, x.mode, x.type, x.val);
}

bool Checker::dynTryConversion(Operand& x, Type* T) {
  if (x.isInvalid() || !T || isInvalid(T) || !x.expr) return false;
  const auto* te = syntax::dyn_cast<syntax::TryExpr>(unparen(x.expr));
  if (!te || !syntax::isa<syntax::DynAccessExpr>(unparen(te->x))) return false;
  if (identical(T, universe.anyType())) return false;  // an ordinary assignment
  info.dynAssertTargets[te] = T;
  x.type = T;
  // The TryExpr and the parentheses around it now have the target type.
  for (const syntax::Expr* p = x.expr; p;) {
    if (auto it = info.types.find(p); it != info.types.end()) it->second.type = T;
    const auto* paren = syntax::dyn_cast<syntax::ParenExpr>(p);
    p = paren ? paren->x : nullptr;
  }
  return true;
}

}  // namespace vo::types
