// Pre-order AST visit (ast_visit.h).
#include "escape/ast_visit.h"

namespace vo::escape {

using syntax::cast;
using syntax::NodeKind;

namespace {

template <class List, class F>
void each(const List& list, const F& visit) {
  for (const auto* n : list) visit(n);
}

}  // namespace

void visitNodes(const syntax::Node* root, const std::function<bool(const syntax::Node*)>& f) {
  if (!root) return;
  if (!f(root)) return;
  auto v = [&](const syntax::Node* n) { visitNodes(n, f); };
  switch (root->kind()) {
    case NodeKind::CompositeLit: {
      auto* n = cast<syntax::CompositeLit>(root);
      v(n->type);
      each(n->elts, v);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* n = cast<syntax::KeyValueExpr>(root);
      v(n->key);
      v(n->value);
      return;
    }
    case NodeKind::FuncLit: {
      auto* n = cast<syntax::FuncLit>(root);
      v(n->type);
      v(n->body);
      return;
    }
    case NodeKind::ParenExpr: v(cast<syntax::ParenExpr>(root)->x); return;
    case NodeKind::SelectorExpr: {
      auto* n = cast<syntax::SelectorExpr>(root);
      v(n->x);
      v(n->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* n = cast<syntax::IndexExpr>(root);
      v(n->x);
      v(n->index);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* n = cast<syntax::SliceExpr>(root);
      v(n->x);
      v(n->low);
      v(n->high);
      v(n->max);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* n = cast<syntax::TypeAssertExpr>(root);
      v(n->x);
      v(n->type);
      return;
    }
    case NodeKind::CallExpr: {
      auto* n = cast<syntax::CallExpr>(root);
      v(n->fun);
      each(n->args, v);
      return;
    }
    case NodeKind::StarExpr: v(cast<syntax::StarExpr>(root)->x); return;
    case NodeKind::UnaryExpr: v(cast<syntax::UnaryExpr>(root)->x); return;
    case NodeKind::BinaryExpr: {
      auto* n = cast<syntax::BinaryExpr>(root);
      v(n->x);
      v(n->y);
      return;
    }
    case NodeKind::TryExpr: v(cast<syntax::TryExpr>(root)->x); return;
    case NodeKind::DynAccessExpr: {
      auto* n = cast<syntax::DynAccessExpr>(root);
      v(n->x);
      v(n->name);
      v(n->index);
      each(n->args, v);
      return;
    }
    case NodeKind::ArrayType: {
      auto* n = cast<syntax::ArrayType>(root);
      v(n->len);
      v(n->elem);
      return;
    }
    case NodeKind::SliceType: v(cast<syntax::SliceType>(root)->elem); return;
    case NodeKind::StructType: each(cast<syntax::StructType>(root)->fields, v); return;
    case NodeKind::FuncType: {
      auto* n = cast<syntax::FuncType>(root);
      each(n->params, v);
      each(n->results, v);
      return;
    }
    case NodeKind::InterfaceType: each(cast<syntax::InterfaceType>(root)->elems, v); return;
    case NodeKind::MapType: {
      auto* n = cast<syntax::MapType>(root);
      v(n->key);
      v(n->value);
      return;
    }
    case NodeKind::ChanType: v(cast<syntax::ChanType>(root)->elem); return;
    case NodeKind::EllipsisType: v(cast<syntax::EllipsisType>(root)->elem); return;
    case NodeKind::DeclStmt: v(cast<syntax::DeclStmt>(root)->decl); return;
    case NodeKind::LabeledStmt: {
      auto* n = cast<syntax::LabeledStmt>(root);
      v(n->label);
      v(n->stmt);
      return;
    }
    case NodeKind::ExprStmt: v(cast<syntax::ExprStmt>(root)->x); return;
    case NodeKind::SendStmt: {
      auto* n = cast<syntax::SendStmt>(root);
      v(n->chan);
      v(n->value);
      return;
    }
    case NodeKind::IncDecStmt: v(cast<syntax::IncDecStmt>(root)->x); return;
    case NodeKind::AssignStmt: {
      auto* n = cast<syntax::AssignStmt>(root);
      each(n->lhs, v);
      each(n->rhs, v);
      return;
    }
    case NodeKind::GoStmt: v(cast<syntax::GoStmt>(root)->call); return;
    case NodeKind::DeferStmt: v(cast<syntax::DeferStmt>(root)->call); return;
    case NodeKind::FailStmt: v(cast<syntax::FailStmt>(root)->err); return;
    case NodeKind::ReturnStmt: each(cast<syntax::ReturnStmt>(root)->results, v); return;
    case NodeKind::BranchStmt: v(cast<syntax::BranchStmt>(root)->label); return;
    case NodeKind::BlockStmt: each(cast<syntax::BlockStmt>(root)->stmts, v); return;
    case NodeKind::IfStmt: {
      auto* n = cast<syntax::IfStmt>(root);
      v(n->init);
      v(n->cond);
      v(n->then);
      v(n->els);
      return;
    }
    case NodeKind::CaseClause: {
      auto* n = cast<syntax::CaseClause>(root);
      each(n->list, v);
      each(n->body, v);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* n = cast<syntax::SwitchStmt>(root);
      v(n->init);
      v(n->tag);
      each(n->clauses, v);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* n = cast<syntax::TypeSwitchStmt>(root);
      v(n->init);
      v(n->binding);
      v(n->x);
      each(n->clauses, v);
      return;
    }
    case NodeKind::CommClause: {
      auto* n = cast<syntax::CommClause>(root);
      v(n->comm);
      each(n->body, v);
      return;
    }
    case NodeKind::SelectStmt: each(cast<syntax::SelectStmt>(root)->clauses, v); return;
    case NodeKind::ForStmt: {
      auto* n = cast<syntax::ForStmt>(root);
      v(n->init);
      v(n->cond);
      v(n->post);
      v(n->body);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* n = cast<syntax::RangeStmt>(root);
      v(n->key);
      v(n->value);
      v(n->x);
      v(n->body);
      return;
    }
    case NodeKind::ValueSpec: {
      auto* n = cast<syntax::ValueSpec>(root);
      each(n->names, v);
      v(n->type);
      each(n->values, v);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* n = cast<syntax::TypeSpec>(root);
      v(n->name);
      v(n->type);
      return;
    }
    case NodeKind::GenDecl: each(cast<syntax::GenDecl>(root)->specs, v); return;
    case NodeKind::FuncDecl: {
      auto* n = cast<syntax::FuncDecl>(root);
      v(n->recv);
      v(n->name);
      v(n->type);
      v(n->body);
      return;
    }
    case NodeKind::Field: {
      auto* n = cast<syntax::Field>(root);
      v(n->name);
      v(n->type);
      return;
    }
    case NodeKind::File: each(cast<syntax::File>(root)->decls, v); return;
    default: return;  // leaves: identifiers, literals, bad nodes, empty and branch statements without labels
  }
}

}  // namespace vo::escape
