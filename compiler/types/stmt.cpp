// Statements (types2 stmt.go): statement lists and their block scopes, expression, send, inc/dec, go/defer,
// if, for, range and select statements, and unused variables. Assignments (assign.cpp), switches (switch.cpp),
// returns and terminating statements (return.cpp) and labels (labels.cpp) have their own files.
#include <algorithm>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (const auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

std::span<syntax::Stmt* const> trimTrailingEmptyStmts(std::span<syntax::Stmt* const> list) {
  size_t n = list.size();
  while (n > 0 && syntax::isa<syntax::EmptyStmt>(list[n - 1])) --n;
  return list.first(n);
}

/// The built-in functions whose calls may be statements (types2's predeclaredFuncs kind `statement`).
bool isStatementBuiltin(BuiltinId id) {
  switch (id) {
    case BuiltinId::Clear:
    case BuiltinId::Close:
    case BuiltinId::Copy:
    case BuiltinId::Delete:
    case BuiltinId::Panic:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Recover:
    case BuiltinId::Assert:
      return true;
    default:
      return false;
  }
}

/// What kind of expression a (checked) call-like expression is (types2 exprKind).
enum class ExprKind { Conversion, Expression, Statement };

ExprKind exprKind(const Info& info, const syntax::Expr* e) {
  e = unparen(e);
  switch (e->kind()) {
    case syntax::NodeKind::CallExpr: {
      const syntax::Expr* fun = unparen(syntax::cast<syntax::CallExpr>(e)->fun);
      if (auto it = info.types.find(fun); it != info.types.end() && it->second.mode == OperandMode::TypeExpr)
        return ExprKind::Conversion;
      if (const auto* id = syntax::dyn_cast<syntax::Ident>(fun)) {
        if (auto it = info.uses.find(id); it != info.uses.end()) {
          if (const auto* b = dyn_cast<Builtin>(it->second))
            return isStatementBuiltin(b->id) ? ExprKind::Statement : ExprKind::Expression;
        }
      }
      return ExprKind::Statement;
    }
    case syntax::NodeKind::UnaryExpr:
      return syntax::cast<syntax::UnaryExpr>(e)->op == syntax::TokenKind::Arrow ? ExprKind::Statement
                                                                                 : ExprKind::Expression;
    case syntax::NodeKind::TryExpr:
      return ExprKind::Statement;
    case syntax::NodeKind::DynAccessExpr: {
      auto access = syntax::cast<syntax::DynAccessExpr>(e)->access;
      return access == syntax::DynAccessKind::Call || access == syntax::DynAccessKind::MethodCall
                 ? ExprKind::Statement
                 : ExprKind::Expression;
    }
    default:
      return ExprKind::Expression;
  }
}

}  // namespace

void Checker::stmtList(std::span<syntax::Stmt* const> list) {
  Scope* saved = scope;
  if (fctx && fctx->scope) scope = fctx->scope;
  stmtList(0, list);
  scope = saved;
}

void Checker::stmtList(StmtContext ctxt, std::span<syntax::Stmt* const> list) {
  bool ok = (ctxt & kFallthroughOk) != 0;
  StmtContext inner = ctxt & ~kFallthroughOk;
  // Trailing empty statements are "invisible" to fallthrough analysis.
  list = trimTrailingEmptyStmts(list);
  for (size_t i = 0; i < list.size(); ++i) {
    StmtContext c = inner;
    if (ok && i + 1 == list.size()) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::openScope(const syntax::Node* node, std::string_view comment) {
  scope = newScope(scope, node, comment);
}

void Checker::processDelayed(size_t top) {
  // Function literal bodies see the scope as it is at the end of the statement that contains them; actions may
  // add further actions.
  for (size_t i = top; i < delayed.size(); ++i) {
    auto action = std::move(delayed[i]);
    action();
  }
  if (delayed.size() > top) delayed.resize(top);
}

void Checker::stmt(StmtContext ctxt, const syntax::Stmt* s) {
  size_t top = delayed.size();
  stmtBody(ctxt, s);
  processDelayed(top);
}

void Checker::stmtBody(StmtContext ctxt, const syntax::Stmt* s) {
  using syntax::NodeKind;
  // Statements of inner blocks do not inherit the fallthrough context.
  StmtContext inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind()) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;

    case NodeKind::DeclStmt:
      declStmt(syntax::cast<syntax::DeclStmt>(s)->decl);
      return;

    case NodeKind::LabeledStmt:
      if (fctx) fctx->hasLabels = true;
      stmt(ctxt, syntax::cast<syntax::LabeledStmt>(s)->stmt);
      return;

    case NodeKind::ExprStmt: {
      // spec: "With the exception of specific built-in functions, function and method calls and receive
      // operations can appear in statement context. Such statements may be parenthesized."
      const auto* es = syntax::cast<syntax::ExprStmt>(s);
      Operand x;
      rawExpr(x, es->x, nullptr, false);
      const char* msg = nullptr;
      switch (x.mode) {
        case OperandMode::Invalid:
          return;
        case OperandMode::Builtin:
          msg = "must be called";
          break;
        case OperandMode::TypeExpr:
          msg = "is not an expression";
          break;
        default:
          if (exprKind(info, es->x) == ExprKind::Statement) return;
          msg = "is not used";
      }
      errorAt(es->x, operandString(x) + " " + msg);
      return;
    }

    case NodeKind::SendStmt: {
      const auto* ss = syntax::cast<syntax::SendStmt>(s);
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.isInvalid() || val.isInvalid()) return;
      const auto* c = dyn_cast<Chan>(underlying(ch.type));
      if (!c) {
        errorAt(s, "invalid operation: cannot send to non-channel " + operandString(ch));
        return;
      }
      if (c->dir == ChanDir::RecvOnly) {
        errorAt(s, "invalid operation: cannot send to receive-only channel " + operandString(ch));
        return;
      }
      assignment(val, c->elem, "send");
      return;
    }

    case NodeKind::IncDecStmt: {
      const auto* is = syntax::cast<syntax::IncDecStmt>(s);
      Operand x;
      expr(x, is->x);
      if (x.isInvalid()) return;
      if (!isNumeric(x.type)) {
        std::string op(syntax::tokenSpelling(is->tok));
        errorAt(is->x, "invalid operation: " + syntax::exprString(is->x) + op + " (non-numeric type " +
                           typeStr(x.type) + ")");
        return;
      }
      assignVar(is->x, nullptr, &x, "assignment");
      return;
    }

    case NodeKind::AssignStmt:
      assignStmt(syntax::cast<syntax::AssignStmt>(s));
      return;

    case NodeKind::GoStmt:
      suspendedCall("go", syntax::cast<syntax::GoStmt>(s)->call);
      return;

    case NodeKind::DeferStmt: {
      const auto* ds = syntax::cast<syntax::DeferStmt>(s);
      if (fctx) fctx->hasDefer = true;
      if (ds->errdefer) checkErrorResult(s->pos(), "errdefer");
      suspendedCall(ds->errdefer ? "errdefer" : "defer", ds->call);
      return;
    }

    case NodeKind::FailStmt:
      failStmt(syntax::cast<syntax::FailStmt>(s));
      return;

    case NodeKind::ReturnStmt:
      returnStmt(syntax::cast<syntax::ReturnStmt>(s));
      return;

    case NodeKind::BranchStmt: {
      // break, continue and goto (labelled or not) are checked by labels(body), as gc's syntax package does.
      const auto* bs = syntax::cast<syntax::BranchStmt>(s);
      if (fctx) fctx->hasLabels = true;
      if (bs->tok == syntax::TokenKind::KwFallthrough && !(ctxt & kFallthroughOk)) {
        const char* msg = "fallthrough statement out of place";
        if (ctxt & kFinalSwitchCase) {
          msg = "cannot fallthrough final case in switch";
        } else if (ctxt & kInTypeSwitch) {
          msg = "cannot fallthrough in type switch";
        }
        errorAt(s, msg);
      }
      return;
    }

    case NodeKind::BlockStmt:
      openScope(s, "block");
      stmtList(inner, syntax::cast<syntax::BlockStmt>(s)->stmts);
      closeScope();
      return;

    case NodeKind::IfStmt: {
      const auto* is = syntax::cast<syntax::IfStmt>(s);
      openScope(s, "if");
      if (is->init) stmt(0, is->init);
      Operand x;
      expr(x, is->cond);
      if (!x.isInvalid() && !isBoolean(x.type)) errorAt(is->cond, "non-boolean condition in if statement");
      stmt(inner, is->then);
      if (is->els) stmt(inner, is->els);
      closeScope();
      return;
    }

    case NodeKind::SwitchStmt: {
      const auto* ss = syntax::cast<syntax::SwitchStmt>(s);
      openScope(s, "switch");
      if (ss->init) stmt(0, ss->init);
      switchStmt(inner | kBreakOk, ss);
      closeScope();
      return;
    }

    case NodeKind::TypeSwitchStmt: {
      const auto* ts = syntax::cast<syntax::TypeSwitchStmt>(s);
      openScope(s, "switch");
      if (ts->init) stmt(0, ts->init);
      typeSwitchStmt(inner | kBreakOk | kInTypeSwitch, ts);
      closeScope();
      return;
    }

    case NodeKind::SelectStmt:
      selectStmt(inner | kBreakOk, syntax::cast<syntax::SelectStmt>(s));
      return;

    case NodeKind::ForStmt: {
      const auto* fs = syntax::cast<syntax::ForStmt>(s);
      inner |= kBreakOk | kContinueOk;
      openScope(s, "for");
      if (fs->init) stmt(0, fs->init);
      if (fs->cond) {
        Operand x;
        expr(x, fs->cond);
        if (!x.isInvalid() && !isBoolean(x.type)) errorAt(fs->cond, "non-boolean condition in for statement");
      }
      if (fs->post) stmt(0, fs->post);
      stmt(inner, fs->body);
      closeScope();
      return;
    }

    case NodeKind::RangeStmt:
      rangeStmt(inner | kBreakOk | kContinueOk, syntax::cast<syntax::RangeStmt>(s));
      return;

    default:
      errorAt(s, "invalid statement");
      return;
  }
}

void Checker::suspendedCall(std::string_view keyword, const syntax::Expr* call) {
  // Vo: a dynamic call `a~>(args)` or method call `a~>m(args)` may be deferred or started like a call; its
  // (any, error) results are dropped, as any deferred call's results are.
  if (const auto* d = syntax::dyn_cast<syntax::DynAccessExpr>(call);
      d && (d->access == syntax::DynAccessKind::Call || d->access == syntax::DynAccessKind::MethodCall)) {
    Operand x;
    rawExpr(x, call, nullptr, false);
    return;
  }
  if (!syntax::isa<syntax::CallExpr>(call)) {
    errorAt(call, "expression in " + std::string(keyword) + " must be function call");
    syntax::Expr* list[] = {const_cast<syntax::Expr*>(call)};
    useExprs(list);
    return;
  }
  Operand x;
  rawExpr(x, call, nullptr, false);
  if (x.isInvalid()) return;
  const char* msg = nullptr;
  switch (exprKind(info, call)) {
    case ExprKind::Conversion:
      msg = "requires function call, not conversion";
      break;
    case ExprKind::Expression:
      msg = "discards result of";
      break;
    case ExprKind::Statement:
      return;
  }
  errorAt(call, std::string(keyword) + " " + msg + " " + operandString(x));
}

bool Checker::useExprs(std::span<syntax::Expr* const> list) {
  bool ok = true;
  for (const syntax::Expr* e : list) {
    if (!e) continue;
    Operand x;
    rawExpr(x, e, nullptr, false);
    if (x.isInvalid()) ok = false;
  }
  return ok;
}

bool Checker::useLHSExprs(std::span<syntax::Expr* const> list) {
  bool ok = true;
  for (const syntax::Expr* e : list) {
    if (!e) continue;
    // If the lhs is an identifier denoting a variable v, this is not a use of v.
    Var* v = nullptr;
    bool vUsed = false;
    if (const auto* id = syntax::dyn_cast<syntax::Ident>(unparen(e))) {
      if (id->name == "_") continue;
      if (Object* obj = scope ? scope->lookupParent(id->name) : nullptr) {
        if (auto* w = dyn_cast<Var>(obj); w && w->pkg == pkg) {
          v = w;
          vUsed = w->used;
        }
      }
    }
    Operand x;
    rawExpr(x, e, nullptr, false);
    if (v) v->used = vUsed;
    if (x.isInvalid()) ok = false;
  }
  return ok;
}

void Checker::selectStmt(StmtContext inner, const syntax::SelectStmt* s) {
  const syntax::CommClause* first = nullptr;
  for (const syntax::CommClause* c : s->clauses) {
    if (c->comm) continue;
    if (first) {
      errorAt(c, "multiple defaults (first at " + diags.sources().describe(first->pos()) + ")");
    } else {
      first = c;
    }
  }
  for (const syntax::CommClause* clause : s->clauses) {
    // clause.comm must be a SendStmt, a receive (possibly with assignment), or nullptr (default)
    bool valid = false;
    const syntax::Expr* rhs = nullptr;
    if (!clause->comm || syntax::isa<syntax::SendStmt>(clause->comm)) {
      valid = true;
    } else if (const auto* as = syntax::dyn_cast<syntax::AssignStmt>(clause->comm)) {
      if (as->rhs.size() == 1) rhs = as->rhs[0];
    } else if (const auto* es = syntax::dyn_cast<syntax::ExprStmt>(clause->comm)) {
      rhs = es->x;
    }
    if (rhs) {
      const auto* u = syntax::dyn_cast<syntax::UnaryExpr>(unparen(rhs));
      valid = u && u->op == syntax::TokenKind::Arrow;
    }
    if (!valid) {
      errorAt(clause->comm, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope(clause, "case");
    if (clause->comm) stmt(inner, clause->comm);
    stmtList(inner, clause->body);
    closeScope();
  }
}

void Checker::rangeStmt(StmtContext inner, const syntax::RangeStmt* s) {
  const syntax::Expr* sKey = s->key;
  const syntax::Expr* sValue = s->value;
  bool isDef = s->tok == syntax::TokenKind::Define;

  // check expression to iterate over
  Operand x;
  expr(x, s->x);

  // determine key/value types
  Type* key = nullptr;
  Type* val = nullptr;
  if (!x.isInvalid()) {
    Type* u = underlying(x.type);
    if (const auto* p = dyn_cast<Pointer>(u)) {
      if (isa<Array>(underlying(p->elem))) u = underlying(p->elem);
    }
    bool ok = true;
    std::string cause;
    if (isString(u)) {
      key = basic(BasicKind::Int);
      val = universe.runeType();
    } else if (isInteger(u)) {
      key = x.type;
    } else if (const auto* a = dyn_cast<Array>(u)) {
      key = basic(BasicKind::Int);
      val = a->elem;
    } else if (const auto* sl = dyn_cast<Slice>(u)) {
      key = basic(BasicKind::Int);
      val = sl->elem;
    } else if (const auto* m = dyn_cast<Map>(u)) {
      key = m->key;
      val = m->elem;
    } else if (const auto* c = dyn_cast<Chan>(u)) {
      if (c->dir == ChanDir::SendOnly) {
        ok = false;
        cause = "receive from send-only channel";
      } else {
        key = c->elem;
      }
    } else {
      ok = false;
    }
    if (!ok) {
      errorAt(x.expr, "cannot range over " + operandString(x) + (cause.empty() ? "" : ": " + cause));
      key = val = nullptr;
    } else if (!key && sKey) {
      errorAt(sKey, "range over " + operandString(x) + " permits no iteration variables");
    } else if (!val && sValue) {
      errorAt(sValue, "range over " + operandString(x) + " permits only one iteration variable");
    }
  }

  // The for statement's block scope opens after the range clause; iteration variables declared with := go into
  // it.
  openScope(s, "range");
  const syntax::Expr* lhs[2] = {sKey, sValue};
  Type* rhs[2] = {key, val};
  bool constIntRange = x.isConstant() && isInteger(x.type);

  if (isDef) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      Var* obj;
      if (const auto* id = syntax::dyn_cast<syntax::Ident>(lhs[i])) {
        obj = ctx.objects.makeObject<Var>(id->name, nullptr, pkg, id->pos());
        recordDef(id, obj);
        // _ variables don't count as new variables
        if (id->name != "_") vars.push_back(obj);
      } else {
        errorAt(lhs[i], "non-name " + syntax::exprString(lhs[i]) + " on left side of :=");
        obj = ctx.objects.makeObject<Var>("_", nullptr, pkg, lhs[i]->pos());
      }
      if (constIntRange) {
        Operand y = x;
        initVariable(obj, y, "range clause");
      } else if (rhs[i]) {
        Operand y;
        y.mode = OperandMode::Value;
        y.expr = lhs[i];  // we don't have a better rhs expression to use here
        y.type = rhs[i];
        initVariable(obj, y, "assignment");
      } else {
        obj->type = invalidType();
        obj->used = true;  // don't complain about an unused variable
      }
    }
    if (!vars.empty()) {
      for (Var* obj : vars) declare(scope, nullptr, obj);
    } else {
      errorAt(s, "no new variables on left side of :=");
    }
  } else if (sKey) {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      if (constIntRange) {
        Operand y = x;
        assignVar(lhs[i], nullptr, &y, "range clause");
      } else if (rhs[i]) {
        Operand y;
        y.mode = OperandMode::Value;
        y.expr = lhs[i];
        y.type = rhs[i];
        assignVar(lhs[i], nullptr, &y, "assignment");
      } else {
        syntax::Expr* list[] = {const_cast<syntax::Expr*>(lhs[i])};
        useLHSExprs(list);
      }
    }
  } else if (constIntRange) {
    // `for range 10`: an untyped constant must still be representable as an int.
    assignment(x, nullptr, "range clause");
  }

  stmt(inner, s->body);
  closeScope();
}

void Checker::usage(Scope* s) {
  std::vector<Var*> unused;
  for (const auto& [name, obj] : s->elems()) {
    // Parameters and results are always "used" (types2 NewParam).
    if (auto* v = dyn_cast<Var>(obj); v && !v->used && !v->isParam) unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [](const Var* a, const Var* b) { return a->pos < b->pos; });
  bool isVo = fctx && fctx->isVo;
  for (const Var* v : unused) unusedError(v->pos, "declared and not used: " + std::string(v->name), isVo);
  for (Scope* child : s->children) {
    // Function literal scopes are handled by their own funcBody.
    if (!child->isFunc) usage(child);
  }
}

}  // namespace vo::types
