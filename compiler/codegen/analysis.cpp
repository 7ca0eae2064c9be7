// Facts about function bodies the generator needs besides escape analysis: which variables must live in memory
// because the generated code needs their address (closures capture them by reference, `&x`, pointer-method calls
// and slicing of arrays, twice dynamically indexed register arrays), and the free variables of function literals.
// Such a variable lives in a heap box unless escape analysis keeps it in the frame (escape.h: frameVars).
#include "compiler/codegen/analysis.h"

namespace vo::codegen {

void forEachChild(const sx::Node* n, const std::function<void(const sx::Node*)>& f) {
  if (!n) return;
  auto each = [&](auto span) {
    for (const auto* c : span)
      if (c) f(c);
  };
  auto one = [&](const sx::Node* c) {
    if (c) f(c);
  };
  switch (n->kind()) {
    case sx::NodeKind::CompositeLit: {
      const auto* x = sx::cast<sx::CompositeLit>(n);
      one(x->type);
      each(x->elts);
      break;
    }
    case sx::NodeKind::KeyValueExpr: {
      const auto* x = sx::cast<sx::KeyValueExpr>(n);
      one(x->key);
      one(x->value);
      break;
    }
    case sx::NodeKind::FuncLit: one(sx::cast<sx::FuncLit>(n)->body); break;
    case sx::NodeKind::ParenExpr: one(sx::cast<sx::ParenExpr>(n)->x); break;
    case sx::NodeKind::SelectorExpr: one(sx::cast<sx::SelectorExpr>(n)->x); break;
    case sx::NodeKind::IndexExpr: {
      const auto* x = sx::cast<sx::IndexExpr>(n);
      one(x->x);
      one(x->index);
      break;
    }
    case sx::NodeKind::SliceExpr: {
      const auto* x = sx::cast<sx::SliceExpr>(n);
      one(x->x);
      one(x->low);
      one(x->high);
      one(x->max);
      break;
    }
    case sx::NodeKind::TypeAssertExpr: one(sx::cast<sx::TypeAssertExpr>(n)->x); break;
    case sx::NodeKind::CallExpr: {
      const auto* x = sx::cast<sx::CallExpr>(n);
      one(x->fun);
      each(x->args);
      break;
    }
    case sx::NodeKind::StarExpr: one(sx::cast<sx::StarExpr>(n)->x); break;
    case sx::NodeKind::UnaryExpr: one(sx::cast<sx::UnaryExpr>(n)->x); break;
    case sx::NodeKind::BinaryExpr: {
      const auto* x = sx::cast<sx::BinaryExpr>(n);
      one(x->x);
      one(x->y);
      break;
    }
    case sx::NodeKind::TryExpr: one(sx::cast<sx::TryExpr>(n)->x); break;
    case sx::NodeKind::DynAccessExpr: {
      const auto* x = sx::cast<sx::DynAccessExpr>(n);
      one(x->x);
      one(x->index);
      each(x->args);
      break;
    }
    case sx::NodeKind::DeclStmt: {
      const auto* d = sx::cast<sx::DeclStmt>(n)->decl;
      for (const sx::Spec* s : d->specs)
        if (const auto* vs = sx::dyn_cast<sx::ValueSpec>(s)) {
          each(vs->names);
          each(vs->values);
        }
      break;
    }
    case sx::NodeKind::LabeledStmt: one(sx::cast<sx::LabeledStmt>(n)->stmt); break;
    case sx::NodeKind::ExprStmt: one(sx::cast<sx::ExprStmt>(n)->x); break;
    case sx::NodeKind::SendStmt: {
      const auto* x = sx::cast<sx::SendStmt>(n);
      one(x->chan);
      one(x->value);
      break;
    }
    case sx::NodeKind::IncDecStmt: one(sx::cast<sx::IncDecStmt>(n)->x); break;
    case sx::NodeKind::AssignStmt: {
      const auto* x = sx::cast<sx::AssignStmt>(n);
      each(x->lhs);
      each(x->rhs);
      break;
    }
    case sx::NodeKind::GoStmt: one(sx::cast<sx::GoStmt>(n)->call); break;
    case sx::NodeKind::DeferStmt: one(sx::cast<sx::DeferStmt>(n)->call); break;
    case sx::NodeKind::FailStmt: one(sx::cast<sx::FailStmt>(n)->err); break;
    case sx::NodeKind::ReturnStmt: each(sx::cast<sx::ReturnStmt>(n)->results); break;
    case sx::NodeKind::BlockStmt: each(sx::cast<sx::BlockStmt>(n)->stmts); break;
    case sx::NodeKind::IfStmt: {
      const auto* x = sx::cast<sx::IfStmt>(n);
      one(x->init);
      one(x->cond);
      one(x->then);
      one(x->els);
      break;
    }
    case sx::NodeKind::CaseClause: {
      const auto* x = sx::cast<sx::CaseClause>(n);
      each(x->list);
      each(x->body);
      break;
    }
    case sx::NodeKind::SwitchStmt: {
      const auto* x = sx::cast<sx::SwitchStmt>(n);
      one(x->init);
      one(x->tag);
      each(x->clauses);
      break;
    }
    case sx::NodeKind::TypeSwitchStmt: {
      const auto* x = sx::cast<sx::TypeSwitchStmt>(n);
      one(x->init);
      one(x->x);
      each(x->clauses);
      break;
    }
    case sx::NodeKind::CommClause: {
      const auto* x = sx::cast<sx::CommClause>(n);
      one(x->comm);
      each(x->body);
      break;
    }
    case sx::NodeKind::SelectStmt: each(sx::cast<sx::SelectStmt>(n)->clauses); break;
    case sx::NodeKind::ForStmt: {
      const auto* x = sx::cast<sx::ForStmt>(n);
      one(x->init);
      one(x->cond);
      one(x->post);
      one(x->body);
      break;
    }
    case sx::NodeKind::RangeStmt: {
      const auto* x = sx::cast<sx::RangeStmt>(n);
      one(x->key);
      one(x->value);
      one(x->x);
      one(x->body);
      break;
    }
    default:
      break;
  }
}

namespace {

struct HeapPass {
  const types::Info& info;
  std::unordered_set<const types::Var*>& heap;
  std::vector<const sx::FuncLit*> lits;

  const types::Type* typeOf(const sx::Expr* e) const {
    auto it = info.types.find(e);
    return it == info.types.end() ? nullptr : it->second.type;
  }

  bool isConst(const sx::Expr* e) const {
    auto it = info.types.find(e);
    return it != info.types.end() && it->second.mode == types::OperandMode::Constant;
  }

  // The local variable an addressable operand is part of (through fields of non-pointer structs and elements of
  // arrays), or nullptr.
  const types::Var* rootVar(const sx::Expr* e) const {
    for (;;) {
      e = unparen(e);
      if (const auto* id = sx::dyn_cast<sx::Ident>(e)) {
        auto it = info.uses.find(id);
        if (it == info.uses.end()) return nullptr;
        const auto* v = types::dyn_cast<types::Var>(it->second);
        return v && !v->isField ? v : nullptr;
      }
      if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e)) {
        auto it = info.selections.find(se);
        if (it == info.selections.end() || it->second.kind != types::SelectionKind::FieldVal || it->second.indirect)
          return nullptr;
        e = se->x;
        continue;
      }
      if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e)) {
        if (!types::isa<types::Array>(under(typeOf(unparen(ie->x))))) return nullptr;
        e = ie->x;
        continue;
      }
      return nullptr;
    }
  }

  // True when e (an array-element or field chain) contains a dynamic index of a register array.
  bool hasDynArrayIndex(const sx::Expr* e) const {
    for (;;) {
      e = unparen(e);
      if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e)) {
        e = se->x;
        continue;
      }
      if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e)) {
        if (!types::isa<types::Array>(under(typeOf(unparen(ie->x))))) return false;
        if (!isConst(unparen(ie->index))) return true;
        e = ie->x;
        continue;
      }
      return false;
    }
  }

  void mark(const types::Var* v) {
    if (v) heap.insert(v);
  }

  void visit(const sx::Node* n) {
    switch (n->kind()) {
      case sx::NodeKind::FuncLit:
        lits.push_back(sx::cast<sx::FuncLit>(n));
        break;
      case sx::NodeKind::UnaryExpr: {
        const auto* u = sx::cast<sx::UnaryExpr>(n);
        if (u->op == sx::TokenKind::And) mark(rootVar(u->x));
        break;
      }
      case sx::NodeKind::SliceExpr: {
        const auto* s = sx::cast<sx::SliceExpr>(n);
        if (types::isa<types::Array>(under(typeOf(unparen(s->x))))) mark(rootVar(s->x));
        break;
      }
      case sx::NodeKind::IndexExpr: {
        const auto* ie = sx::cast<sx::IndexExpr>(n);
        if (types::isa<types::Array>(under(typeOf(unparen(ie->x)))) && !isConst(unparen(ie->index)) &&
            hasDynArrayIndex(ie->x))
          mark(rootVar(ie->x));
        break;
      }
      case sx::NodeKind::SelectorExpr: {
        const auto* se = sx::cast<sx::SelectorExpr>(n);
        auto it = info.selections.find(se);
        if (it != info.selections.end() && it->second.kind == types::SelectionKind::MethodVal &&
            !it->second.indirect) {
          const auto* m = types::dyn_cast<types::Func>(it->second.obj);
          if (m && m->signature()->recv && types::isa<types::Pointer>(m->signature()->recv->type) &&
              !types::isa<types::Pointer>(under(typeOf(unparen(se->x)))))
            mark(rootVar(se->x));
        }
        break;
      }
      default:
        break;
    }
    forEachChild(n, [&](const sx::Node* c) { visit(c); });
  }
};

}  // namespace

std::vector<const types::Var*> freeVars(const sx::FuncLit* lit, const types::Info& info) {
  std::vector<const types::Var*> out;
  std::unordered_set<const types::Var*> seen;
  uint32_t lo = lit->pos().offset;
  uint32_t hi = lit->body ? lit->body->rbrace.offset : lo;
  FileId file = lit->pos().file;
  std::function<void(const sx::Node*)> walk = [&](const sx::Node* n) {
    if (const auto* id = sx::dyn_cast<sx::Ident>(n)) {
      auto it = info.uses.find(id);
      if (it != info.uses.end()) {
        const auto* v = types::dyn_cast<types::Var>(it->second);
        if (v && !v->isField && v->parent && v->parent->parent && v->pkg &&
            v->parent != v->pkg->scope && (v->pos.file != file || v->pos.offset < lo || v->pos.offset > hi) &&
            seen.insert(v).second)
          out.push_back(v);
      }
      return;
    }
    forEachChild(n, walk);
  };
  walk(lit->body);
  return out;
}

void dropResultsCapturedByValue(std::span<const sx::File* const> files, const types::Info& info,
                                std::unordered_set<const types::Var*>& byValue) {
  if (byValue.empty()) return;
  auto dropResults = [&](const types::Type* t) {
    if (const auto* sig = types::dyn_cast<types::Signature>(t))
      for (const types::Var* r : sig->results->vars) byValue.erase(r);
  };
  std::function<void(const sx::Node*)> walk = [&](const sx::Node* n) {
    if (const auto* lit = sx::dyn_cast<sx::FuncLit>(n)) {
      auto it = info.types.find(lit);
      if (it != info.types.end()) dropResults(it->second.type);
    }
    forEachChild(n, walk);
  };
  for (const sx::File* f : files)
    for (const sx::Decl* d : f->decls) {
      if (const auto* fd = sx::dyn_cast<sx::FuncDecl>(d)) {
        auto it = info.defs.find(fd->name);
        if (it != info.defs.end() && it->second) dropResults(it->second->type);
        if (fd->body) walk(fd->body);
      } else if (const auto* gd = sx::dyn_cast<sx::GenDecl>(d)) {
        for (const sx::Spec* s : gd->specs)
          if (const auto* vs = sx::dyn_cast<sx::ValueSpec>(s))
            for (const sx::Expr* v : vs->values) walk(v);
      }
    }
}

void computeAddressedVars(std::span<const sx::File* const> files, const types::Info& info,
                          const std::unordered_set<const types::Var*>& byValue,
                          std::unordered_set<const types::Var*>& heap) {
  HeapPass pass{info, heap, {}};
  for (const sx::File* f : files)
    for (const sx::Decl* d : f->decls) {
      if (const auto* fd = sx::dyn_cast<sx::FuncDecl>(d)) {
        if (fd->body) pass.visit(fd->body);
      } else if (const auto* gd = sx::dyn_cast<sx::GenDecl>(d)) {
        for (const sx::Spec* s : gd->specs)
          if (const auto* vs = sx::dyn_cast<sx::ValueSpec>(s))
            for (const sx::Expr* v : vs->values) pass.visit(v);
      }
    }
  for (const sx::FuncLit* lit : pass.lits)
    for (const types::Var* v : freeVars(lit, info))
      if (!byValue.count(v)) heap.insert(v);
}

}  // namespace vo::codegen
