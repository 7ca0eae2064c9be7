// Expressions: the dispatch over expression kinds, identifiers, literals, function literals, unary and binary
// operations with constant folding, shifts and comparisons (types2 expr.go, typexpr.go's ident).
// Index, slice and type assertion expressions are in index.cpp, composite literals in complit.cpp, conversions in
// conversions.cpp; selectors and calls belong to call.cpp.
#include "compiler/types/checker_impl.h"

namespace vo::types {

using syntax::TokenKind;

namespace {

constexpr std::string_view kInvalidOp = "invalid operation: ";

std::string opString(TokenKind op) { return std::string(syntax::tokenSpelling(op)); }

bool isComparison(TokenKind op) {
  switch (op) {
    case TokenKind::Eql:
    case TokenKind::Neq:
    case TokenKind::Lss:
    case TokenKind::Leq:
    case TokenKind::Gtr:
    case TokenKind::Geq:
      return true;
    default:
      return false;
  }
}

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

// Size in bits of an unsigned integer type, for `^x` on constants (0 for other types).
unsigned unsignedBits(const Type* t) {
  switch (basicKindOf(t)) {
    case BasicKind::Uint8:
      return 8;
    case BasicKind::Uint16:
      return 16;
    case BasicKind::Uint32:
      return 32;
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
      return 64;
    default:
      return 0;
  }
}

// The operand types a binary operator accepts (types2 binaryOpPredicates); nullptr for comparisons and shifts.
bool binaryOpAllows(TokenKind op, const Type* t) {
  switch (op) {
    case TokenKind::Add:
      return isNumeric(t) || isString(t);
    case TokenKind::Sub:
    case TokenKind::Mul:
    case TokenKind::Quo:
      return isNumeric(t);
    case TokenKind::Rem:
    case TokenKind::And:
    case TokenKind::Or:
    case TokenKind::Xor:
    case TokenKind::AndNot:
      return isInteger(t);
    case TokenKind::LAnd:
    case TokenKind::LOr:
      return isBoolean(t);
    default:
      return false;
  }
}

constant::BinaryOp constOp(TokenKind op) {
  switch (op) {
    case TokenKind::Add:
      return constant::BinaryOp::Add;
    case TokenKind::Sub:
      return constant::BinaryOp::Sub;
    case TokenKind::Mul:
      return constant::BinaryOp::Mul;
    case TokenKind::Quo:
      return constant::BinaryOp::Quo;
    case TokenKind::Rem:
      return constant::BinaryOp::Rem;
    case TokenKind::And:
      return constant::BinaryOp::And;
    case TokenKind::Or:
      return constant::BinaryOp::Or;
    case TokenKind::Xor:
      return constant::BinaryOp::Xor;
    case TokenKind::AndNot:
      return constant::BinaryOp::AndNot;
    case TokenKind::LAnd:
      return constant::BinaryOp::LogicalAnd;
    default:
      return constant::BinaryOp::LogicalOr;
  }
}

constant::CompareOp compareOp(TokenKind op) {
  switch (op) {
    case TokenKind::Eql:
      return constant::CompareOp::Eql;
    case TokenKind::Neq:
      return constant::CompareOp::Neq;
    case TokenKind::Lss:
      return constant::CompareOp::Lss;
    case TokenKind::Leq:
      return constant::CompareOp::Leq;
    case TokenKind::Gtr:
      return constant::CompareOp::Gtr;
    default:
      return constant::CompareOp::Geq;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Entry points

void Checker::expr(Operand& x, const syntax::Expr* e, Type* hint) {
  rawExpr(x, e, hint, false);
  exclude(x, true, true, true);
  singleValue(x);
}

void Checker::exprWithHint(Operand& x, const syntax::Expr* e, Type* hint) { expr(x, e, hint); }

void Checker::multiExpr(Operand& x, const syntax::Expr* e) {
  rawExpr(x, e, nullptr, false);
  exclude(x, true, true, true);
}

void Checker::exprOrType(Operand& x, const syntax::Expr* e) {
  rawExpr(x, e, nullptr, false);
  exclude(x, true, false, false);
  singleValue(x);
}

void Checker::exclude(Operand& x, bool noValue, bool builtinMode, bool typeExpr) {
  std::string msg;
  if (x.mode == OperandMode::NoValue && noValue) {
    msg = operandString(x) + (typeExpr ? " used as value" : " used as value or type");
  } else if (x.mode == OperandMode::Builtin && builtinMode) {
    msg = operandString(x) + " must be called";
  } else if (x.mode == OperandMode::TypeExpr && typeExpr) {
    msg = operandString(x) + " is not an expression";
  } else {
    return;
  }
  errorAt(x.expr, msg);
  x.mode = OperandMode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == OperandMode::Value && isa<Tuple>(x.type)) {
    errorAt(x.expr, "multiple-value " + operandString(x) + " in single-value context");
    x.mode = OperandMode::Invalid;
  }
}

void Checker::useExpr(const syntax::Expr* e) {
  if (!e) return;
  if (auto* kv = syntax::dyn_cast<syntax::KeyValueExpr>(e)) {
    useExpr(kv->value);
    return;
  }
  Operand x;
  rawExpr(x, e, nullptr, false);
}

void Checker::addDependency(Object* obj) {
  if (!currentDecl || !objMap.contains(obj)) return;  // not in a package-level init, or not package-level
  currentDecl->deps.insert(obj);
}

void Checker::rawExpr(Operand& x, const syntax::Expr* e, Type* hint, bool) {
  x = Operand();
  x.type = invalidType();
  x.expr = e;
  bool ok = true;
  switch (e->kind()) {
    case syntax::NodeKind::BadExpr:
      ok = false;  // reported by the parser
      break;
    case syntax::NodeKind::Ident:
      ident(x, syntax::cast<syntax::Ident>(e), false);
      break;
    case syntax::NodeKind::EllipsisType:
      errorAt(e, "invalid use of '...'");
      ok = false;
      break;
    case syntax::NodeKind::BasicLit: {
      auto* lit = syntax::cast<syntax::BasicLit>(e);
      if (lit->bad) {
        ok = false;
        break;
      }
      constant::LiteralKind kind = constant::LiteralKind::String;
      BasicKind typ = BasicKind::UntypedString;
      switch (lit->litKind) {
        case TokenKind::IntLit:
          kind = constant::LiteralKind::Int;
          typ = BasicKind::UntypedInt;
          break;
        case TokenKind::FloatLit:
          kind = constant::LiteralKind::Float;
          typ = BasicKind::UntypedFloat;
          break;
        case TokenKind::ImagLit:
          kind = constant::LiteralKind::Imag;
          typ = BasicKind::UntypedComplex;
          break;
        case TokenKind::RuneLit:
          kind = constant::LiteralKind::Rune;
          typ = BasicKind::UntypedRune;
          break;
        default:
          break;
      }
      // Numeric literals longer than this are not meaningful (types2: the 512-bit precision of untyped values).
      constexpr size_t kLimit = 10000;
      if (kind != constant::LiteralKind::Rune && kind != constant::LiteralKind::String && lit->value.size() > kLimit) {
        errorAt(e, "excessively long constant: " + std::string(lit->value.substr(0, 10)) + "... (" +
                       std::to_string(lit->value.size()) + " chars)");
        ok = false;
        break;
      }
      x.val = constant::makeFromLiteral(lit->value, kind);
      if (x.val.isUnknown()) {
        errorAt(e, "malformed constant: " + std::string(lit->value));
        ok = false;
        break;
      }
      x.mode = OperandMode::Constant;
      x.type = basic(typ);
      overflow(x, e->pos());
      break;
    }
    case syntax::NodeKind::FuncLit:
      funcLit(x, syntax::cast<syntax::FuncLit>(e));
      break;
    case syntax::NodeKind::CompositeLit:
      compositeLit(x, syntax::cast<syntax::CompositeLit>(e), hint);
      break;
    case syntax::NodeKind::ParenExpr:
      rawExpr(x, syntax::cast<syntax::ParenExpr>(e)->x, nullptr, false);
      x.expr = e;
      recordOperand(x);
      return;
    case syntax::NodeKind::SelectorExpr:
      selector(x, syntax::cast<syntax::SelectorExpr>(e));
      break;
    case syntax::NodeKind::IndexExpr:
      indexExpr(x, syntax::cast<syntax::IndexExpr>(e));
      break;
    case syntax::NodeKind::SliceExpr:
      sliceExpr(x, syntax::cast<syntax::SliceExpr>(e));
      break;
    case syntax::NodeKind::TypeAssertExpr:
      typeAssertion(x, syntax::cast<syntax::TypeAssertExpr>(e));
      break;
    case syntax::NodeKind::CallExpr:
      callExpr(x, syntax::cast<syntax::CallExpr>(e));
      break;
    case syntax::NodeKind::StarExpr: {
      // a pointer type, or a pointer indirection
      exprOrType(x, syntax::cast<syntax::StarExpr>(e)->x);
      if (x.isInvalid()) {
        ok = false;
      } else if (x.mode == OperandMode::TypeExpr) {
        x.type = ctx.types.make<Pointer>(x.type);
      } else if (auto* p = dyn_cast<Pointer>(underlying(x.type))) {
        x.mode = OperandMode::Variable;
        x.type = p->elem;
      } else {
        if (!isInvalid(x.type)) errorAt(x.expr, std::string(kInvalidOp) + "cannot indirect " + operandString(x));
        ok = false;
      }
      break;
    }
    case syntax::NodeKind::UnaryExpr:
      unary(x, syntax::cast<syntax::UnaryExpr>(e));
      break;
    case syntax::NodeKind::BinaryExpr: {
      auto* b = syntax::cast<syntax::BinaryExpr>(e);
      binary(x, e, b->x, b->y, b->op, b->opPos);
      break;
    }
    case syntax::NodeKind::KeyValueExpr:
      errorAt(e, "invalid syntax tree: no key:value expected");
      ok = false;
      break;
    case syntax::NodeKind::TryExpr:
      tryExpr(x, syntax::cast<syntax::TryExpr>(e));
      break;
    case syntax::NodeKind::DynAccessExpr:
      dynAccess(x, syntax::cast<syntax::DynAccessExpr>(e));
      break;
    case syntax::NodeKind::ArrayType:
    case syntax::NodeKind::SliceType:
    case syntax::NodeKind::StructType:
    case syntax::NodeKind::FuncType:
    case syntax::NodeKind::InterfaceType:
    case syntax::NodeKind::MapType:
    case syntax::NodeKind::ChanType:
      x.type = typ(e);
      x.mode = isInvalid(x.type) ? OperandMode::Invalid : OperandMode::TypeExpr;
      break;
    default:
      ok = false;
      break;
  }
  if (!ok) x.mode = OperandMode::Invalid;
  if (x.isInvalid() || !x.type) x.type = invalidType();
  x.expr = e;
  recordOperand(x);
}

// ---------------------------------------------------------------------------------------------------------------
// Identifiers and function literals

void Checker::ident(Operand& x, const syntax::Ident* e, bool wantType) {
  x.mode = OperandMode::Invalid;
  x.type = invalidType();
  x.expr = e;

  Scope* from = scope ? scope : currentDecl && currentDecl->fileScope ? currentDecl->fileScope : pkg->scope;
  Scope* found = nullptr;
  Object* obj = from->lookupParent(e->name, &found);
  if (!obj) {
    if (e->name == "_") {
      errorAt(e, "cannot use _ as value");
    } else {
      errorAt(e, "undefined: " + std::string(e->name));
    }
    return;
  }
  recordUse(e, obj);

  // If we want a type but don't have one, stop right here.
  bool gotType = isa<TypeName>(obj);
  if (!gotType && wantType) {
    errorAt(e, std::string(e->name) + " is not a type");
    if (auto* v = dyn_cast<Var>(obj); v && v->pkg == pkg) v->used = true;  // avoid `declared and not used`
    return;
  }

  // Type-check the object's declaration first if it is package-level and not done yet, or meet a local type
  // being declared (a cycle).
  if ((!obj->type || (gotType && wantType)) && (objMap.contains(obj) || colors.contains(obj))) objDecl(obj);
  Type* t = obj->type;

  // A dot-imported object marks its import used.
  if (auto it = dotImportMap.find({found, obj->name}); it != dotImportMap.end()) it->second->used = true;

  switch (obj->kind()) {
    case ObjectKind::PkgName:
      errorAt(e, "use of package " + std::string(obj->name) + " not in selector");
      return;
    case ObjectKind::Const: {
      addDependency(obj);
      if (isInvalid(t)) return;
      if (obj == universe.lookup("iota")) {
        if (iota.isUnknown()) {
          errorAt(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = iota;
      } else {
        x.val = cast<Const>(obj)->value;
      }
      x.mode = OperandMode::Constant;
      break;
    }
    case ObjectKind::TypeName:
      if (isInvalid(t)) return;
      x.mode = OperandMode::TypeExpr;
      break;
    case ObjectKind::Var: {
      auto* v = cast<Var>(obj);
      // Variables of other packages are left alone (they may be read concurrently).
      if (v->pkg == pkg) v->used = true;
      addDependency(obj);
      if (isInvalid(t)) return;
      x.mode = OperandMode::Variable;
      break;
    }
    case ObjectKind::Func:
      addDependency(obj);
      if (isInvalid(t)) return;
      x.mode = OperandMode::Value;
      break;
    case ObjectKind::Builtin:
      x.builtin = cast<Builtin>(obj)->id;
      x.mode = OperandMode::Builtin;
      return;  // type stays `invalid type`, as types2's built-ins
    case ObjectKind::Nil:
      x.mode = OperandMode::Value;
      break;
    case ObjectKind::Label:
      return;
  }
  x.type = t;
}

void Checker::funcLit(Operand& x, const syntax::FuncLit* e) {
  bool isVo = inVoFile();
  Scope* fnScope = newScope(scope ? scope : pkg->scope, e->type, "function");
  fnScope->isFunc = true;
  Signature* sig = funcType(nullptr, e->type, fnScope, isVo);
  if (!sig) {
    x.mode = OperandMode::Invalid;
    return;
  }
  if (e->body) {
    // The body is checked now, in the function's scope; the enclosing context is restored afterwards.
    // Closures see the enclosing locals; the enclosing package-level declaration (currentDecl) receives the
    // body's dependencies.
    Scope* savedScope = scope;
    FuncContext* savedFctx = fctx;
    constant::Value savedIota = iota;
    scope = fnScope;
    funcBody("<function literal>", sig, e->body, nullptr, isVo);
    scope = savedScope;
    fctx = savedFctx;
    iota = savedIota;
  }
  x.mode = OperandMode::Value;
  x.type = sig;
}

// ---------------------------------------------------------------------------------------------------------------
// Unary and binary operations

void Checker::unary(Operand& x, const syntax::UnaryExpr* e) {
  expr(x, e->x);
  if (x.isInvalid()) return;
  TokenKind op = e->op;
  switch (op) {
    case TokenKind::And: {
      // spec: "As an exception to the addressability requirement x may also be a composite literal."
      if (!syntax::isa<syntax::CompositeLit>(unparen(e->x)) && x.mode != OperandMode::Variable) {
        errorAt(x.expr, std::string(kInvalidOp) + "cannot take address of " + operandString(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = OperandMode::Value;
      x.type = ctx.types.make<Pointer>(x.type);
      return;
    }
    case TokenKind::Arrow: {
      auto* ch = dyn_cast<Chan>(underlying(x.type));
      if (!ch) {
        errorAt(x.expr, std::string(kInvalidOp) + "cannot receive from non-channel " + operandString(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      if (ch->dir == ChanDir::SendOnly) {
        errorAt(x.expr, std::string(kInvalidOp) + "cannot receive from send-only channel " + operandString(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = OperandMode::CommaOk;
      x.type = ch->elem;
      hasCallOrRecv = true;
      return;
    }
    case TokenKind::Tilde:
      if (!isInteger(x.type)) {
        errorAt(e, "cannot use ~ outside of interface or type constraint");
        x.mode = OperandMode::Invalid;
        return;
      }
      errorAt(e, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
      op = TokenKind::Xor;
      break;
    default:
      break;
  }

  bool allowed = false;
  constant::UnaryOp cop = constant::UnaryOp::Plus;
  switch (op) {
    case TokenKind::Add:
      allowed = isNumeric(x.type);
      break;
    case TokenKind::Sub:
      allowed = isNumeric(x.type);
      cop = constant::UnaryOp::Minus;
      break;
    case TokenKind::Xor:
      allowed = isInteger(x.type);
      cop = constant::UnaryOp::Complement;
      break;
    case TokenKind::Not:
      allowed = isBoolean(x.type);
      cop = constant::UnaryOp::Not;
      break;
    default:
      errorAt(e, "unknown operator " + opString(op));
      x.mode = OperandMode::Invalid;
      return;
  }
  if (!allowed) {
    errorAt(x.expr, std::string(kInvalidOp) + "operator " + opString(op) + " not defined on " + operandString(x));
    x.mode = OperandMode::Invalid;
    return;
  }

  if (x.isConstant()) {
    if (x.val.isUnknown()) return;  // nothing to do (and no overflow error below)
    x.val = constant::unaryOp(cop, x.val, unsignedBits(x.type));
    x.expr = e;
    overflow(x, e->pos());
    return;
  }
  x.mode = OperandMode::Value;
}

void Checker::binary(Operand& x, const syntax::Expr* e, const syntax::Expr* lhs, const syntax::Expr* rhs,
                     TokenKind op, Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.isInvalid()) return;
  if (y.isInvalid()) {
    x.mode = OperandMode::Invalid;
    x.expr = y.expr;
    return;
  }

  if (op == TokenKind::Shl || op == TokenKind::Shr) {
    shift(x, y, e, op, opPos);
    return;
  }

  matchTypes(x, y);
  if (x.isInvalid()) return;

  if (isComparison(op)) {
    comparison(x, y, op, e, false);
    return;
  }

  if (!identical(x.type, y.type)) {
    // only report an error if we have valid types (otherwise it was reported before)
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      std::string what = e ? syntax::exprString(e)
                           : syntax::exprString(lhs) + " " + opString(op) + "= " + syntax::exprString(rhs);
      errorAt(x.expr, std::string(kInvalidOp) + what + " (mismatched types " + typeStr(x.type) + " and " +
                          typeStr(y.type) + ")");
    }
    x.mode = OperandMode::Invalid;
    return;
  }

  if (!binaryOpAllows(op, x.type)) {
    errorAt(x.expr, std::string(kInvalidOp) + "operator " + opString(op) + " not defined on " + operandString(x));
    x.mode = OperandMode::Invalid;
    return;
  }

  if (op == TokenKind::Quo || op == TokenKind::Rem) {
    // check for a zero divisor
    if ((x.isConstant() || isInteger(x.type)) && y.isConstant() && constant::sign(y.val) == 0) {
      errorAt(y.expr, std::string(kInvalidOp) + "division by zero");
      x.mode = OperandMode::Invalid;
      return;
    }
    // check for divisor underflow in complex division
    if (x.isConstant() && y.isConstant() && isComplex(x.type)) {
      constant::Value re = constant::real(y.val);
      constant::Value im = constant::imag(y.val);
      constant::Value re2 = constant::binaryOp(re, constant::BinaryOp::Mul, re);
      constant::Value im2 = constant::binaryOp(im, constant::BinaryOp::Mul, im);
      if (constant::sign(re2) == 0 && constant::sign(im2) == 0) {
        errorAt(y.expr, std::string(kInvalidOp) + "division by zero");
        x.mode = OperandMode::Invalid;
        return;
      }
    }
  }

  if (x.isConstant() && y.isConstant()) {
    // if either x or y has an unknown value, the result is unknown
    if (x.val.isUnknown() || y.val.isUnknown()) {
      x.val = constant::Value();
      return;
    }
    constant::BinaryOp cop = constOp(op);
    if (op == TokenKind::Quo && isInteger(x.type)) cop = constant::BinaryOp::IntQuo;  // integer division
    x.val = constant::binaryOp(x.val, cop, y.val);
    if (e) x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = OperandMode::Value;
}

void Checker::matchTypes(Operand& x, Operand& y) {
  // Whether x and y may have matching types after converting one untyped operand to the type of the other.
  auto mayConvert = [&]() {
    if (!isUntyped(x.type) && !isUntyped(y.type)) return false;
    // an untyped operand may convert to its default type when paired with an empty interface
    if (isInterface(x.type) || isInterface(y.type)) return true;
    // a boolean type can only convert to another boolean type, a string type to another string type
    if (isBoolean(x.type) != isBoolean(y.type)) return false;
    if (isString(x.type) != isString(y.type)) return false;
    // untyped nil can only convert to a type that has a nil
    if (x.isNil()) return hasNil(y.type);
    if (y.isNil()) return hasNil(x.type);
    // an untyped operand cannot convert to a pointer
    if (isa<Pointer>(underlying(x.type)) || isa<Pointer>(underlying(y.type))) return false;
    return true;
  };
  if (!mayConvert()) return;
  convertUntyped(x, y.type);
  if (x.isInvalid()) return;
  convertUntyped(y, x.type);
  if (y.isInvalid()) x.mode = OperandMode::Invalid;
}

std::string Checker::kindString(Type* t) const {
  switch (Type* u = underlying(t); u ? u->kind() : TypeKind::Basic) {
    case TypeKind::Array:
      return "array";
    case TypeKind::Slice:
      return "slice";
    case TypeKind::Struct:
      return "struct";
    case TypeKind::Pointer:
      return "pointer";
    case TypeKind::Signature:
      return "func";
    case TypeKind::Interface:
      return "interface";
    case TypeKind::Map:
      return "map";
    case TypeKind::Chan:
      return "chan";
    default:
      return typeStr(t);
  }
}

std::string Checker::incomparableCause(Type* t) const {
  Type* u = underlying(t);
  if (!u) return "";
  switch (u->kind()) {
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Map:
      return kindString(t) + " can only be compared to nil";
    case TypeKind::Struct:
      for (const Var* f : cast<Struct>(u)->fields)
        if (!comparable(f->type)) return "struct containing " + typeStr(f->type) + " cannot be compared";
      return "";
    case TypeKind::Array:
      if (!comparable(cast<Array>(u)->elem)) return typeStr(t) + " cannot be compared";
      return "";
    default:
      return "";
  }
}

void Checker::comparison(Operand& x, Operand& y, TokenKind op, const syntax::Expr*, bool switchCase) {
  // Avoid spurious errors if any of the operands has an invalid type.
  if (isInvalid(x.type) || isInvalid(y.type)) {
    x.mode = OperandMode::Invalid;
    return;
  }
  if (switchCase) op = TokenKind::Eql;

  Operand* errOp = &x;  // the operand the error is reported for
  std::string cause;
  bool ok = true;

  // spec: "In any comparison, the first operand must be assignable to the type of the second operand, or vice
  // versa."
  std::string ignored;
  if (!assignableTo(x, y.type, ignored) && !assignableTo(y, x.type, ignored)) {
    errOp = &y;
    cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
    ok = false;
  } else if (op == TokenKind::Eql || op == TokenKind::Neq) {
    // spec: "The equality operators == and != apply to operands that are comparable."
    if (x.isNil() || y.isNil()) {
      // comparison against nil requires that the other operand type has nil
      Type* t = x.isNil() ? y.type : x.type;
      if (!hasNil(t) || basicKindOf(t) == BasicKind::UntypedNil) {
        errOp = &y;  // only possible for nil == nil
        ok = false;
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(y.type);
      ok = false;
    }
  } else {
    // spec: "The ordering operators <, <=, >, and >= apply to operands that are ordered."
    if (!isOrdered(x.type)) {
      errOp = &x;
      ok = false;
    } else if (!isOrdered(y.type)) {
      errOp = &y;
      ok = false;
    }
  }

  if (!ok) {
    if (cause.empty()) cause = "operator " + opString(op) + " not defined on " + kindString(errOp->type);
    if (switchCase) {
      // a missing switch expression stands for true
      std::string tag = y.expr ? syntax::exprString(y.expr) : "true";
      errorAt(x.expr, "invalid case " + syntax::exprString(x.expr) + " in switch on " + tag + " (" + cause + ")");
    } else {
      errorAt(errOp->expr, std::string(kInvalidOp) + syntax::exprString(x.expr) + " " + opString(op) + " " +
                               syntax::exprString(y.expr) + " (" + cause + ")");
    }
    x.mode = OperandMode::Invalid;
    return;
  }

  if (x.isConstant() && y.isConstant()) {
    x.val = constant::makeBool(constant::compare(x.val, compareOp(op), y.val));
    // the operands are never materialised: no need to update their types
  } else {
    x.mode = OperandMode::Value;
    // The operands have their final types now (their default types if still untyped).
    updateExprType(x.expr, defaultType(x.type), true);
    updateExprType(y.expr, defaultType(y.type), true);
  }
  // spec: "Comparison operators compare two operands and yield an untyped boolean value."
  x.type = basic(BasicKind::UntypedBool);
}

void Checker::shift(Operand& x, Operand& y, const syntax::Expr* e, TokenKind op, Pos opPos) {
  constant::Value xval;
  if (x.isConstant()) xval = constant::toInt(x.val);

  if (!(isInteger(x.type) || (isUntyped(x.type) && xval.kind() == constant::Kind::Int))) {
    // the lhs must be of integer type or an untyped constant representable as an integer
    errorAt(x.expr, std::string(kInvalidOp) + "shifted operand " + operandString(x) + " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }

  // spec: "The right operand in a shift expression must have integer type or be an untyped constant
  // representable by a value of type uint."
  constant::Value yval;
  if (y.isConstant()) {
    yval = constant::toInt(y.val);  // consider -1, 1.0, but not -1.1
    if (yval.kind() == constant::Kind::Int && constant::sign(yval) < 0) {
      errorAt(y.expr, std::string(kInvalidOp) + "negative shift count " + operandString(y));
      x.mode = OperandMode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      // check representability without converting (the count keeps its untyped type)
      Operand yc = y;
      representable(yc, basic(BasicKind::Uint));
      if (yc.isInvalid()) {
        x.mode = OperandMode::Invalid;
        return;
      }
    }
  } else if (isInteger(y.type)) {
    // ok (signed counts are allowed since Go 1.13)
  } else if (isUntyped(y.type)) {
    convertUntyped(y, basic(BasicKind::Uint));
    if (y.isInvalid()) {
      x.mode = OperandMode::Invalid;
      return;
    }
  } else {
    errorAt(y.expr, std::string(kInvalidOp) + "shift count " + operandString(y) + " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }

  if (x.isConstant()) {
    if (y.isConstant()) {
      // if either x or y has an unknown value, the result is unknown
      if (x.val.isUnknown() || y.val.isUnknown()) {
        x.val = constant::Value();
        if (!isInteger(x.type)) x.type = basic(BasicKind::UntypedInt);
        return;
      }
      // the count must be within reasonable bounds in constant shifts (enough for the smallest float64)
      constexpr uint64_t kShiftBound = 1023 - 1 + 52;
      auto [s, exact] = constant::uint64Val(yval);
      if (!exact || s > kShiftBound) {
        errorAt(y.expr, std::string(kInvalidOp) + "invalid shift count " + operandString(y));
        x.mode = OperandMode::Invalid;
        return;
      }
      // An untyped lhs representable as an integer (e.g. 2.0) gives an untyped integer result.
      if (!isInteger(x.type)) x.type = basic(BasicKind::UntypedInt);
      x.val = constant::shift(xval, op == TokenKind::Shl ? constant::ShiftOp::Left : constant::ShiftOp::Right, s);
      if (e) x.expr = e;
      overflow(x, opPos);
      return;
    }
    // non-constant shift with constant lhs
    if (isUntyped(x.type)) {
      // spec: "If the left operand of a non-constant shift expression is an untyped constant, the type of the
      // constant is what it would be if the shift expression were replaced by its left operand alone."
      // The lhs is checked once its final type is known (updateExprType).
      if (auto it = untyped.find(x.expr); it != untyped.end()) it->second.isLhs = true;
      x.mode = OperandMode::Value;
      return;
    }
  }

  // non-constant shift: the lhs must be an integer
  if (!isInteger(x.type)) {
    errorAt(x.expr, std::string(kInvalidOp) + "shifted operand " + operandString(x) + " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;
}

}  // namespace vo::types
