// Interface types: explicit methods, embedded interfaces and the complete method set (types2 interface.go and the
// method part of typeset.go). Type constraints (unions, ~T) are recognised only to reject their use.
#include <algorithm>
#include <map>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

/// types2's object order for method lists: exported names first, then by name, then (unexported names of
/// different packages) by package path.
bool methodLess(const Func* a, const Func* b) {
  bool ea = a->isExported();
  bool eb = b->isExported();
  if (ea != eb) return ea;
  if (a->name != b->name) return a->name < b->name;
  if (ea) return false;
  std::string_view pa = a->pkg ? std::string_view(a->pkg->path) : std::string_view();
  std::string_view pb = b->pkg ? std::string_view(b->pkg->path) : std::string_view();
  return pa < pb;
}

/// The key under which a method name is unique: the name, qualified by the package for unexported names.
std::string methodId(const Func* m) {
  std::string id(m->name);
  if (!m->isExported() && m->pkg) id = m->pkg->path + "." + id;
  return id;
}

/// A union `A | B` or a tilde term `~T`: only valid in constraints.
bool isConstraintElem(const syntax::Expr* e) {
  if (auto* b = syntax::dyn_cast<syntax::BinaryExpr>(e)) return b->op == syntax::TokenKind::Or;
  if (auto* u = syntax::dyn_cast<syntax::UnaryExpr>(e)) return u->op == syntax::TokenKind::Tilde;
  return false;
}

}  // namespace

Interface* Checker::interfaceType(const syntax::InterfaceType* e, Named* def) {
  auto* it = ctx.types.make<Interface>(std::vector<Func*>{}, std::vector<Type*>{});
  if (def) def->underlying = it;
  std::vector<Pos>& embedPos = embedPositions[it];

  for (const syntax::Field* f : e->elems) {
    if (!f->name) {
      if (isConstraintElem(f->type)) {
        // check the terms' types (reporting undefined names) and remember that this is a constraint
        std::vector<const syntax::Expr*> terms{f->type};
        while (!terms.empty()) {
          const syntax::Expr* term = terms.back();
          terms.pop_back();
          if (auto* b = syntax::dyn_cast<syntax::BinaryExpr>(term); b && b->op == syntax::TokenKind::Or) {
            terms.push_back(b->y);
            terms.push_back(b->x);
          } else if (auto* u = syntax::dyn_cast<syntax::UnaryExpr>(term); u && u->op == syntax::TokenKind::Tilde) {
            typ(u->x);
          } else {
            typ(term);
          }
        }
        constraintIfaces.insert(it);
        continue;
      }
      // an embedded interface, or a non-interface type (a constraint); completeInterface tells them apart
      it->embeddeds.push_back(typ(f->type));
      embedPos.push_back(f->type->pos());
      continue;
    }
    if (f->name->name == "_") {
      errorAt(f->name, "methods must have a unique non-blank name");
      continue;
    }
    Type* t = typ(f->type);
    auto* sig = dyn_cast<Signature>(t);
    if (!sig) {
      if (!isInvalid(t)) errorAt(f->type, typeStr(t) + " is not a method signature");
      continue;
    }
    // the receiver is the named interface when there is one (for better messages)
    Type* recvType = def ? static_cast<Type*>(def) : it;
    sig->recv = ctx.objects.makeObject<Var>("", recvType, pkg, f->name->pos());
    auto* m = ctx.objects.makeObject<Func>(f->name->name, sig, pkg, f->name->pos());
    m->decl = f;
    recordDef(f->name, m);
    it->methods.push_back(m);
  }
  std::stable_sort(it->methods.begin(), it->methods.end(), methodLess);

  // Complete the method set now when every embedded interface is known (the usual case), so that identity and
  // method lookups work during the rest of the package's declarations; otherwise (cycles through declarations
  // being checked) at the end.
  bool ready = std::all_of(it->embeddeds.begin(), it->embeddeds.end(), [](Type* t) { return underlying(t); });
  if (ready) {
    completeInterface(e->pos(), it);
  } else {
    later([this, e, it] { completeInterface(e->pos(), it); });
  }
  return it;
}

void Checker::completeInterface(Pos pos, Interface* it) {
  if (it->complete) return;
  // Marked complete first: an invalid recursive interface (reported by the declaration checks) must not recurse
  // forever.
  it->complete = true;

  std::map<std::string, Func*> seen;
  std::unordered_map<const Func*, Pos> mpos;  // where a method was declared or embedded, for duplicate errors
  std::vector<Func*> all;
  auto duplicate = [this, &mpos](Pos at, const Func* m, const Func* other) {
    std::string msg = "duplicate method " + std::string(m->name);
    Pos otherPos = mpos[other];
    if (otherPos.isValid())
      msg += "\n\t" + diags.sources().describe(otherPos) + ": other declaration of method " + std::string(m->name);
    error(at, std::move(msg));
  };
  auto addMethod = [&](Pos at, Func* m, bool explicitMethod) {
    auto [entry, inserted] = seen.emplace(methodId(m), m);
    if (inserted) {
      all.push_back(m);
      mpos[m] = at;
      return;
    }
    Func* other = entry->second;
    if (explicitMethod) {
      duplicate(at, m, other);
      return;
    }
    // The same method embedded twice (through overlapping interfaces) is fine when the signatures are identical
    // (Go 1.14); signatures may not be complete yet, so compare at the end.
    Pos otherPos = mpos[other];
    later([this, at, m, other, otherPos] {
      if (identical(m->type, other->type)) return;
      std::string msg = "duplicate method " + std::string(m->name);
      if (otherPos.isValid())
        msg += "\n\t" + diags.sources().describe(otherPos) + ": other declaration of method " + std::string(m->name);
      error(at, std::move(msg));
    });
  };

  for (Func* m : it->methods) addMethod(m->pos, m, true);

  const std::vector<Pos>* positions = nullptr;
  if (auto found = embedPositions.find(it); found != embedPositions.end()) positions = &found->second;
  for (size_t i = 0; i < it->embeddeds.size(); ++i) {
    Type* t = it->embeddeds[i];
    Pos at = positions && i < positions->size() ? (*positions)[i] : pos;
    Type* u = underlying(t);
    if (!u || isInvalid(u)) continue;  // reported before
    auto* embedded = dyn_cast<Interface>(u);
    if (!embedded) {
      // a non-interface type element makes this a constraint interface
      constraintIfaces.insert(it);
      continue;
    }
    completeInterface(at, embedded);
    if (constraintIfaces.count(embedded)) constraintIfaces.insert(it);
    for (Func* m : embedded->allMethods) addMethod(at, m, false);
  }
  std::stable_sort(all.begin(), all.end(), methodLess);
  it->allMethods = std::move(all);
}

}  // namespace vo::types
