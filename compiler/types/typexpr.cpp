// Type expressions: names, composite type literals and array lengths (types2 typexpr.go). Struct, interface and
// signature literals are in struct.cpp, interface.cpp and signature.cpp.
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

/// Sets the underlying type of the defined type `def` (if any) to `t` as soon as the outermost type constructor
/// of its declaration is known, so that the declaration's components may already refer to it.
void setDefType(Named* def, Type* t) {
  if (!def) return;
  Type* u = underlying(t);
  if (u) def->underlying = u;
}

}  // namespace

Type* Checker::typ(const syntax::Expr* e) { return definedType(e, nullptr); }

Type* Checker::definedType(const syntax::Expr* e, Named* def) {
  Type* t = typInternal(e, def);
  recordTypeAndValue(e, OperandMode::TypeExpr, t, {});
  return t;
}

Type* Checker::varType(const syntax::Expr* e) {
  Type* t = definedType(e, nullptr);
  validVarType(e, t);
  return t;
}

void Checker::validVarType(const syntax::Expr* e, Type* t) {
  // Whether an interface has type constraints is known only once it is complete, which may be after the
  // declarations that use it (parameters of its own methods): check at the end.
  if (!isa<Named>(t) && !isa<Interface>(t)) return;
  later([this, e, t] {
    auto* it = dyn_cast<Interface>(underlying(t));
    if (!it) return;
    completeInterface(e->pos(), it);
    if (constraintIfaces.count(it))
      error(e->pos(),
            "cannot use type " + typeStr(t) + " outside a type constraint: interface contains type constraints");
  });
}

void Checker::typeExprOperand(const Operand& x, Type*& result) {
  switch (x.mode) {
    case OperandMode::TypeExpr:
      result = x.type;
      return;
    case OperandMode::Invalid:
      return;  // reported before
    case OperandMode::NoValue:
      errorAt(x.expr, operandString(x) + " used as type");
      return;
    default:
      errorAt(x.expr, operandString(x) + " is not a type");
      return;
  }
}

Type* Checker::typInternal(const syntax::Expr* e0, Named* def) {
  Type* result = invalidType();
  switch (e0->kind()) {
    case syntax::NodeKind::BadExpr:
      break;  // reported by the parser

    case syntax::NodeKind::Ident: {
      Operand x;
      ident(x, syntax::cast<syntax::Ident>(e0), /*wantType=*/true);
      typeExprOperand(x, result);
      break;
    }

    case syntax::NodeKind::SelectorExpr: {
      auto* e = syntax::cast<syntax::SelectorExpr>(e0);
      Operand x;
      if (!qualifiedIdent(x, e)) selector(x, e);
      typeExprOperand(x, result);
      break;
    }

    case syntax::NodeKind::IndexExpr: {
      // T[A]: an instantiation, but no type is generic (LANGUAGE.md: no type parameters)
      auto* e = syntax::cast<syntax::IndexExpr>(e0);
      Type* t = typ(e->x);
      if (!isInvalid(t)) errorAt(e->x, typeStr(t) + " is not a generic type");
      break;
    }

    case syntax::NodeKind::ParenExpr:
      return definedType(syntax::cast<syntax::ParenExpr>(e0)->x, def);

    case syntax::NodeKind::ArrayType: {
      auto* e = syntax::cast<syntax::ArrayType>(e0);
      auto* t = ctx.types.make<Array>(invalidType(), -1);
      setDefType(def, t);
      if (e->len) {
        t->len = arrayLength(e->len);
      } else {
        errorAt(e, "invalid use of [...] array (outside a composite literal)");
      }
      t->elem = varType(e->elem);
      if (t->len >= 0) return t;
      break;
    }

    case syntax::NodeKind::SliceType: {
      auto* t = ctx.types.make<Slice>(invalidType());
      setDefType(def, t);
      t->elem = varType(syntax::cast<syntax::SliceType>(e0)->elem);
      return t;
    }

    case syntax::NodeKind::EllipsisType:
      // `...T` is handled where it is valid (parameter lists)
      errorAt(e0, "invalid use of ...");
      break;

    case syntax::NodeKind::StructType: {
      auto* t = ctx.types.make<Struct>(std::vector<Var*>{}, std::vector<std::string>{});
      setDefType(def, t);
      collectFields(t, syntax::cast<syntax::StructType>(e0));
      return t;
    }

    case syntax::NodeKind::StarExpr: {
      auto* t = ctx.types.make<Pointer>(invalidType());
      setDefType(def, t);
      t->elem = varType(syntax::cast<syntax::StarExpr>(e0)->x);
      // *T of an invalid T is not useful and only leads to follow-on errors
      if (isInvalid(t->elem)) break;
      return t;
    }

    case syntax::NodeKind::FuncType: {
      auto* e = syntax::cast<syntax::FuncType>(e0);
      Signature* sig = funcType(nullptr, e, newScope(scope, e, "function"), fctx && fctx->isVo);
      setDefType(def, sig);
      return sig;
    }

    case syntax::NodeKind::InterfaceType:
      return interfaceType(syntax::cast<syntax::InterfaceType>(e0), def);

    case syntax::NodeKind::MapType: {
      auto* e = syntax::cast<syntax::MapType>(e0);
      auto* t = ctx.types.make<Map>(invalidType(), invalidType());
      setDefType(def, t);
      t->key = varType(e->key);
      t->elem = varType(e->value);
      // spec: "The comparison operators == and != must be fully defined for operands of the key type; thus the
      // key type must not be a function, map, or slice." Checked at the end, when the key type is complete.
      later([this, t, e] {
        if (!underlying(t->key)) return;  // an invalid recursive type, reported elsewhere
        if (!comparable(t->key)) errorAt(e->key, "invalid map key type " + typeStr(t->key));
      });
      return t;
    }

    case syntax::NodeKind::ChanType: {
      auto* e = syntax::cast<syntax::ChanType>(e0);
      ChanDir dir = e->dir == syntax::ChanDirKind::Send   ? ChanDir::SendOnly
                    : e->dir == syntax::ChanDirKind::Recv ? ChanDir::RecvOnly
                                                          : ChanDir::SendRecv;
      auto* t = ctx.types.make<Chan>(dir, invalidType());
      setDefType(def, t);
      t->elem = varType(e->elem);
      return t;
    }

    default: {
      errorAt(e0, syntax::exprString(e0) + " is not a type");
      // evaluate the expression anyway: its variables count as used, its errors are reported
      Operand x;
      rawExpr(x, e0, nullptr, false);
      break;
    }
  }
  setDefType(def, result);
  return result;
}

bool Checker::qualifiedIdent(Operand& x, const syntax::SelectorExpr* e) {
  auto* id = syntax::dyn_cast<syntax::Ident>(e->x);
  if (!id || !scope) return false;
  auto* pname = dyn_cast<PkgName>(scope->lookupParent(id->name));
  if (!pname) return false;
  recordUse(id, pname);
  pname->used = true;
  x.mode = OperandMode::Invalid;
  x.expr = e;
  Package* imported = pname->imported;
  if (!imported) return true;  // the import failed (reported)
  Object* exp = imported->scope->lookup(e->sel->name);
  if (!exp) {
    // a package that could not be imported (reported) has no objects: no follow-on errors
    if (e->sel->name != "_" && !fakeImports.count(imported)) errorAt(e->sel, "undefined: " + syntax::exprString(e));
    return true;
  }
  if (!exp->isExported())
    errorAt(e->sel, "name " + std::string(e->sel->name) + " not exported by package " + imported->name);
  recordUse(e->sel, exp);
  x.type = exp->type;
  switch (exp->kind()) {
    case ObjectKind::TypeName:
      x.mode = OperandMode::TypeExpr;
      break;
    case ObjectKind::Const:
      x.mode = OperandMode::Constant;
      x.val = cast<Const>(exp)->value;
      break;
    case ObjectKind::Var:
      x.mode = OperandMode::Variable;
      break;
    case ObjectKind::Builtin:
      x.mode = OperandMode::Builtin;
      x.builtin = cast<Builtin>(exp)->id;
      break;
    default:
      x.mode = OperandMode::Value;
      break;
  }
  if (!x.type && x.mode != OperandMode::Builtin) x.mode = OperandMode::Invalid;
  return true;
}

int64_t Checker::arrayLength(const syntax::Expr* e) {
  // An identifier that is not a constant may be an attempt at a type parameter: say so (types2).
  if (auto* name = syntax::dyn_cast<syntax::Ident>(e); name && scope) {
    Object* obj = scope->lookupParent(name->name);
    if (!obj) {
      errorAt(name, "undefined array length " + std::string(name->name) + " or missing type constraint");
      return -1;
    }
    if (!isa<Const>(obj)) {
      errorAt(name, "invalid array length " + std::string(name->name));
      return -1;
    }
  }

  Operand x;
  expr(x, e);
  if (x.mode != OperandMode::Constant) {
    if (!x.isInvalid()) errorAt(e, "array length " + operandString(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    constant::Value v = constant::toInt(x.val);
    if (v.kind() == constant::Kind::Int && constant::representable(v, BasicKind::Int)) {
      auto [n, exact] = constant::int64Val(v);
      if (exact && n >= 0) return n;
    }
  }
  if (isInteger(x.type)) {
    errorAt(e, "invalid array length " + operandString(x));
  } else {
    errorAt(e, "array length " + operandString(x) + " must be integer");
  }
  return -1;
}

}  // namespace vo::types
