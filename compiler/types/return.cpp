// Return statements and terminating statements (types2 stmt.go's ReturnStmt case and return.go; Go spec
// "Return statements", "Terminating statements").
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

using syntax::NodeKind;

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (const auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

/// gc's description of an object in secondary messages: `var x int`, `const c untyped int`, `type T int`.
std::string objectString(const Checker& check, const Object* obj) {
  std::string kind;
  switch (obj->kind()) {
    case ObjectKind::Var: kind = "var "; break;
    case ObjectKind::Const: kind = "const "; break;
    case ObjectKind::TypeName: kind = "type "; break;
    case ObjectKind::Func: kind = "func "; break;
    case ObjectKind::Label: kind = "label "; break;
    default: break;
  }
  std::string s = kind + std::string(obj->name);
  if (obj->type && !isa<Func>(obj)) s += " " + check.typeStr(obj->type);
  return s;
}

bool hasBreak(const syntax::Stmt* s, std::string_view label, bool implicit);

bool hasBreakList(std::span<syntax::Stmt* const> list, std::string_view label, bool implicit) {
  for (const syntax::Stmt* s : list) {
    if (hasBreak(s, label, implicit)) return true;
  }
  return false;
}

/// Whether s is or contains a break statement referring to the statement labelled `label` or, when `implicit`,
/// to the closest enclosing breakable statement.
bool hasBreak(const syntax::Stmt* s, std::string_view label, bool implicit) {
  switch (s->kind()) {
    case NodeKind::LabeledStmt:
      return hasBreak(syntax::cast<syntax::LabeledStmt>(s)->stmt, label, implicit);
    case NodeKind::BranchStmt: {
      const auto* bs = syntax::cast<syntax::BranchStmt>(s);
      if (bs->tok != syntax::TokenKind::KwBreak) return false;
      if (!bs->label) return implicit;
      return bs->label->name == label;
    }
    case NodeKind::BlockStmt:
      return hasBreakList(syntax::cast<syntax::BlockStmt>(s)->stmts, label, implicit);
    case NodeKind::IfStmt: {
      const auto* is = syntax::cast<syntax::IfStmt>(s);
      return hasBreak(is->then, label, implicit) || (is->els && hasBreak(is->els, label, implicit));
    }
    case NodeKind::SwitchStmt:
      if (label.empty()) return false;
      for (const syntax::CaseClause* cc : syntax::cast<syntax::SwitchStmt>(s)->clauses)
        if (hasBreakList(cc->body, label, false)) return true;
      return false;
    case NodeKind::TypeSwitchStmt:
      if (label.empty()) return false;
      for (const syntax::CaseClause* cc : syntax::cast<syntax::TypeSwitchStmt>(s)->clauses)
        if (hasBreakList(cc->body, label, false)) return true;
      return false;
    case NodeKind::SelectStmt:
      if (label.empty()) return false;
      for (const syntax::CommClause* cc : syntax::cast<syntax::SelectStmt>(s)->clauses)
        if (hasBreakList(cc->body, label, false)) return true;
      return false;
    case NodeKind::ForStmt:
      return !label.empty() && hasBreak(syntax::cast<syntax::ForStmt>(s)->body, label, false);
    case NodeKind::RangeStmt:
      return !label.empty() && hasBreak(syntax::cast<syntax::RangeStmt>(s)->body, label, false);
    default:
      return false;
  }
}

}  // namespace

void Checker::returnStmt(const syntax::ReturnStmt* s) {
  if (!fctx || !fctx->sig) return;
  Tuple* res = fctx->sig->results;
  // A return with implicit results is allowed in a function with named results (if one is named, all are).
  if (s->results.empty() && res->size() > 0 && !res->vars[0]->name.empty()) {
    // spec: "Implementation restriction: A compiler may disallow an empty expression list in a "return"
    // statement if a different entity (constant, type, or variable) with the same name as a result parameter is
    // in scope at the place of the return."
    for (Var* obj : res->vars) {
      Object* alt = scope ? scope->lookupParent(obj->name) : nullptr;
      if (alt && alt != obj) {
        error(s->pos(), "result parameter " + std::string(obj->name) + " not in scope at return\n\t" +
                            diags.sources().describe(alt->pos) + ": inner declaration of " + objectString(*this, alt));
      }
    }
    return;
  }
  initVars(res->vars, s->results, s);
}

bool Checker::isTerminating(const syntax::Stmt* s, std::string_view label) {
  switch (s->kind()) {
    case NodeKind::LabeledStmt: {
      const auto* ls = syntax::cast<syntax::LabeledStmt>(s);
      return isTerminating(ls->stmt, ls->label->name);
    }
    case NodeKind::ExprStmt: {
      // calling the predeclared (possibly parenthesized) panic() function is terminating
      const auto* call = syntax::dyn_cast<syntax::CallExpr>(unparen(syntax::cast<syntax::ExprStmt>(s)->x));
      if (!call) return false;
      const auto* id = syntax::dyn_cast<syntax::Ident>(unparen(call->fun));
      if (!id) return false;
      auto it = info.uses.find(id);
      const auto* b = it != info.uses.end() ? dyn_cast<Builtin>(it->second) : nullptr;
      return b && b->id == BuiltinId::Panic;
    }
    case NodeKind::ReturnStmt:
    case NodeKind::FailStmt:
      return true;
    case NodeKind::BranchStmt: {
      auto tok = syntax::cast<syntax::BranchStmt>(s)->tok;
      return tok == syntax::TokenKind::KwGoto || tok == syntax::TokenKind::KwFallthrough;
    }
    case NodeKind::BlockStmt:
      return isTerminatingList(syntax::cast<syntax::BlockStmt>(s)->stmts, "");
    case NodeKind::IfStmt: {
      const auto* is = syntax::cast<syntax::IfStmt>(s);
      return is->els && isTerminating(is->then, "") && isTerminating(is->els, "");
    }
    case NodeKind::SwitchStmt:
      return isTerminatingSwitch(syntax::cast<syntax::SwitchStmt>(s)->clauses, label);
    case NodeKind::TypeSwitchStmt:
      return isTerminatingSwitch(syntax::cast<syntax::TypeSwitchStmt>(s)->clauses, label);
    case NodeKind::SelectStmt:
      for (const syntax::CommClause* cc : syntax::cast<syntax::SelectStmt>(s)->clauses) {
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return true;
    case NodeKind::ForStmt: {
      const auto* fs = syntax::cast<syntax::ForStmt>(s);
      return !fs->cond && !hasBreak(fs->body, label, true);
    }
    default:
      return false;
  }
}

bool Checker::isTerminatingList(std::span<syntax::Stmt* const> list, std::string_view label) {
  // trailing empty statements are permitted - skip them
  for (size_t i = list.size(); i > 0; --i) {
    if (!syntax::isa<syntax::EmptyStmt>(list[i - 1])) return isTerminating(list[i - 1], label);
  }
  return false;  // all statements are empty
}

bool Checker::isTerminatingSwitch(std::span<syntax::CaseClause* const> body, std::string_view label) {
  bool hasDefault = false;
  for (const syntax::CaseClause* cc : body) {
    if (cc->isDefault) hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
  }
  return hasDefault;
}

}  // namespace vo::types
