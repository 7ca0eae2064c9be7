// Struct types: fields, embedded fields and tags (types2 struct.go).
#include <map>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

/// The identifier that names an embedded field: T for `T`, `*T`, `pkg.T` and `*pkg.T`; nullptr for any other form
/// (`**T`, `[]T`, `(T)`).
const syntax::Ident* embeddedFieldIdent(const syntax::Expr* e) {
  switch (e->kind()) {
    case syntax::NodeKind::Ident:
      return syntax::cast<syntax::Ident>(e);
    case syntax::NodeKind::StarExpr: {
      const syntax::Expr* base = syntax::cast<syntax::StarExpr>(e)->x;
      if (syntax::isa<syntax::StarExpr>(base)) return nullptr;  // *T is valid, but **T is not
      return embeddedFieldIdent(base);
    }
    case syntax::NodeKind::SelectorExpr:
      return syntax::cast<syntax::SelectorExpr>(e)->sel;
    case syntax::NodeKind::IndexExpr:
      return embeddedFieldIdent(syntax::cast<syntax::IndexExpr>(e)->x);
    default:
      return nullptr;
  }
}

}  // namespace

Struct* Checker::structType(const syntax::StructType* e) {
  auto* st = ctx.types.make<Struct>(std::vector<Var*>{}, std::vector<std::string>{});
  collectFields(st, e);
  return st;
}

void Checker::collectFields(Struct* st, const syntax::StructType* e) {
  std::map<std::string_view, Var*> seen;  // spec: "Within a struct, non-blank field names must be unique."
  std::vector<std::string> tags;
  bool hasTag = false;

  auto add = [&](std::string_view name, const syntax::Ident* id, Type* t, bool embedded, Pos pos, std::string tag) {
    auto* fld = ctx.objects.makeObject<Var>(name, t, pkg, pos);
    fld->isField = true;
    fld->embedded = embedded;
    if (name != "_") {
      auto [it, inserted] = seen.emplace(name, fld);
      if (!inserted) {
        std::string msg = std::string(name) + " redeclared";
        if (it->second->pos.isValid())
          msg += "\n\t" + diags.sources().describe(it->second->pos) + ": other declaration of " + std::string(name);
        error(pos, std::move(msg));
        return;
      }
    }
    if (!tag.empty()) hasTag = true;
    st->fields.push_back(fld);
    tags.push_back(std::move(tag));
    if (id) recordDef(id, fld);
  };

  Type* t = invalidType();
  const syntax::Expr* prev = nullptr;
  for (size_t i = 0; i < e->fields.size(); ++i) {
    const syntax::Field* f = e->fields[i];
    // fields declared together (`a, b T`) share one type expression: check it once
    if (i == 0 || f->type != prev) {
      t = varType(f->type);
      prev = f->type;
    }
    std::string tag;
    if (f->tag && !f->tag->bad) {
      std::optional<std::string> v;
      if (f->tag->litKind == syntax::TokenKind::StringLit) v = constant::unquoteString(f->tag->value);
      if (v) {
        tag = std::move(*v);
      } else {
        errorAt(f->tag, "incorrect tag syntax: " + constant::quote(f->tag->value));
      }
    }
    if (f->name) {
      add(f->name->name, f->name, t, false, f->name->pos(), std::move(tag));
      continue;
    }
    // spec: "An embedded type must be specified as a type name T or as a pointer to a non-interface type name *T,
    // and T itself may not be a pointer type."
    Pos pos = f->type->pos();
    const syntax::Ident* name = embeddedFieldIdent(f->type);
    if (!name) {
      errorAt(f->type, "invalid embedded field type " + syntax::exprString(f->type));
      add("_", nullptr, invalidType(), true, pos, "");
      continue;
    }
    add(name->name, name, t, true, pos, std::move(tag));
    // Checked at the end: T's underlying type may not be known yet.
    Type* embeddedType = t;
    later([this, embeddedType, pos] {
      Type* base = embeddedType;
      bool isPtr = false;
      if (auto* p = dyn_cast<Pointer>(base)) {
        base = p->elem;
        isPtr = true;
      }
      const Type* u = underlying(base);
      if (!u || isInvalid(u)) return;  // reported before
      if (basicKindOf(u) == BasicKind::UnsafePointer) {
        error(pos, "embedded field type cannot be unsafe.Pointer");
      } else if (isa<Pointer>(u)) {
        error(pos, "embedded field type cannot be a pointer");
      } else if (isa<Interface>(u) && isPtr) {
        error(pos, "embedded field type cannot be a pointer to an interface");
      }
    });
  }
  if (hasTag) st->tags = std::move(tags);
}

}  // namespace vo::types
