// Function and method signatures: parameters, results, variadic parameters and receivers (types2 signature.go).
#include "compiler/types/checker_impl.h"

namespace vo::types {

Signature* Checker::funcType(Var* recv, const syntax::FuncType* ftype, Scope* scope, bool) {
  scope->isFunc = true;
  recordScope(ftype, scope);

  // The receiver, parameters and results share the function's scope: a name may be declared only once among
  // them (`x redeclared in this block`).
  if (recv) {
    recv->isParam = true;
    if (recv->name != "_" && !recv->name.empty()) declare(scope, nullptr, recv);
  }
  bool variadic = false;
  bool ignored = false;
  std::vector<Var*> params = collectParams(scope, ftype->params, /*variadicOk=*/true, variadic);
  std::vector<Var*> results = collectParams(scope, ftype->results, /*variadicOk=*/false, ignored);
  auto* sig = ctx.types.make<Signature>(recv, ctx.types.make<Tuple>(std::move(params)),
                                        ctx.types.make<Tuple>(std::move(results)), variadic);
  if (!recv) return sig;

  // spec: "The receiver type must be of the form T or *T where T is a type name. The type denoted by T is called
  // the receiver base type; it must not be a pointer or interface type and it must be declared in the same
  // package as the method." Validated at the end: the base type may not be complete yet.
  later([this, recv] {
    Type* rt = recv->type;
    if (auto* p = dyn_cast<Pointer>(rt)) rt = p->elem;
    if (isInvalid(rt)) return;  // reported before
    if (auto* named = dyn_cast<Named>(rt)) {
      if (named->obj->pkg != pkg) {
        error(recv->pos, "cannot define new methods on non-local type " + typeStr(rt));
        return;
      }
      const Type* u = named->underlying;
      std::string cause;
      if (basicKindOf(u) == BasicKind::UnsafePointer) {
        cause = "unsafe.Pointer";
      } else if (isa<Pointer>(u) || isa<Interface>(u)) {
        cause = "pointer or interface type";
      }
      if (!cause.empty()) error(recv->pos, "invalid receiver type " + typeStr(rt) + " (" + cause + ")");
    } else if (isa<Basic>(rt)) {
      error(recv->pos, "cannot define new methods on non-local type " + typeStr(rt));
    } else {
      error(recv->pos, "invalid receiver type " + typeStr(recv->type));
    }
  });
  return sig;
}

std::vector<Var*> Checker::collectParams(Scope* scope, std::span<syntax::Field* const> list, bool variadicOk,
                                         bool& variadic) {
  std::vector<Var*> params;
  Type* t = invalidType();
  const syntax::Expr* prev = nullptr;
  for (size_t i = 0; i < list.size(); ++i) {
    const syntax::Field* field = list[i];
    // grouped parameters (`a, b int`) share one type expression: check it once
    if (field->type != prev) {
      prev = field->type;
      const syntax::Expr* ftype = field->type;
      if (auto* dots = syntax::dyn_cast<syntax::EllipsisType>(ftype)) {
        ftype = dots->elem;
        if (variadicOk && i + 1 == list.size()) {
          variadic = true;
        } else {
          errorAt(dots, "can only use ... with final parameter in list");
        }
      }
      t = varType(ftype);
    }
    Var* par;
    if (field->name) {
      par = ctx.objects.makeObject<Var>(field->name->name, t, pkg, field->name->pos());
      par->isParam = true;
      par->used = true;  // parameters are never reported as unused (types2 NewParam)
      declare(scope, field->name, par);
    } else {
      par = ctx.objects.makeObject<Var>("", t, pkg, field->pos());
      par->isParam = true;
      recordImplicit(field, par);
    }
    params.push_back(par);
  }
  // The last parameter `...T` has type []T; record that type for the `...T` expression too.
  if (variadic) {
    Var* last = params.back();
    last->type = ctx.types.make<Slice>(last->type);
    recordTypeAndValue(list.back()->type, OperandMode::TypeExpr, last->type, {});
  }
  return params;
}

}  // namespace vo::types
