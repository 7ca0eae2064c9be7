// Operands: printing, assignability, assignment of untyped values, representability and the untyped-expression
// bookkeeping (types2 operand.go, assignments.go's assignment, const.go, expr.go's updateExprType and
// implicitTypeAndValue).
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

std::string_view modeString(OperandMode mode) {
  switch (mode) {
    case OperandMode::Invalid:
      return "invalid operand";
    case OperandMode::NoValue:
      return "no value";
    case OperandMode::Builtin:
      return "built-in";
    case OperandMode::TypeExpr:
      return "type";
    case OperandMode::Constant:
      return "constant";
    case OperandMode::Variable:
      return "variable";
    case OperandMode::MapIndex:
      return "map index expression";
    case OperandMode::Value:
      return "value";
    case OperandMode::CommaOk:
      return "comma, ok expression";
  }
  return "";
}

bool isUntypedNumeric(const Type* t) {
  auto* b = dyn_cast<Basic>(t);
  return b && (b->info & kIsUntyped) && (b->info & kIsNumeric);
}

// The larger of two untyped types (numeric kinds are ordered int < rune < float < complex), or nullptr.
Type* maxType(Type* x, Type* y) {
  if (x == y) return x;
  if (isUntypedNumeric(x) && isUntypedNumeric(y))
    return cast<Basic>(x)->basicKind > cast<Basic>(y)->basicKind ? x : y;
  return nullptr;
}

}  // namespace

std::string Checker::operandString(const Operand& x) const {
  if (x.isNil()) return "nil";
  std::string expr;
  if (x.expr) {
    expr = syntax::exprString(x.expr);
  } else if (x.mode == OperandMode::TypeExpr) {
    expr = typeStr(x.type);
  } else if (x.mode == OperandMode::Constant) {
    expr = x.val.toString();
  }
  std::string out;
  if (!expr.empty()) out = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case OperandMode::Invalid:
    case OperandMode::NoValue:
    case OperandMode::Builtin:
    case OperandMode::TypeExpr:
      break;
    default:
      if (x.type) {
        if (isUntyped(x.type)) {
          out += cast<Basic>(x.type)->name;
          out += ' ';
          break;
        }
        hasType = true;
      }
  }
  out += modeString(x.mode);
  if (x.mode == OperandMode::Constant) {
    if (std::string s = x.val.toString(); s != expr) out += ' ' + s;
  }
  if (hasType) {
    if (!isInvalid(x.type)) {
      out += " of type " + typeStr(x.type);
    } else {
      out += " with invalid type";
    }
  }
  if (!expr.empty()) out += ')';
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Assignability

bool Checker::assignableTo(Operand& x, Type* T, std::string& cause) {
  if (x.isInvalid() || isInvalid(T)) return true;  // avoid spurious errors
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  if (!Vu || !Tu) return true;  // a type whose declaration failed; reported elsewhere

  // x is an untyped value representable by a value of type T
  if (isUntyped(Vu)) {
    constant::Value val;
    ConvCode code;
    return implicitTypeAndValue(x, T, val, code) != nullptr;
  }

  // identical underlying types and at least one of V or T is not a named type
  if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T))) return true;

  // T is an interface type and V implements T (also for T a pointer to an interface, for the cause)
  auto* Tp = dyn_cast<Pointer>(Tu);
  if (isa<Interface>(Tu) || (Tp && isInterface(Tp->elem))) return implements(V, T, cause);

  // V is an interface: is a missing type assertion the problem?
  if (isa<Interface>(Vu)) {
    std::string ignored;
    if (implements(T, V, ignored)) {
      cause = "need type assertion";
      return false;
    }
  }

  // a bidirectional channel value assigned to a channel type with identical element type
  if (auto* Vc = dyn_cast<Chan>(Vu); Vc && Vc->dir == ChanDir::SendRecv) {
    if (auto* Tc = dyn_cast<Chan>(Tu); Tc && identical(Vc->elem, Tc->elem)) return !isNamed(V) || !isNamed(T);
  }
  return false;
}

void Checker::assignment(Operand& x, Type* T, std::string_view context) {
  // Vo: `a~>x?` assigned to a typed target (variable, parameter, result, element, field, send) is asserted to the
  // target's type at run time (vo_ext.cpp).
  if (T && dynTryConversion(x, T)) return;
  singleValue(x);
  switch (x.mode) {
    case OperandMode::Invalid:
      return;
    case OperandMode::Constant:
    case OperandMode::Variable:
    case OperandMode::MapIndex:
    case OperandMode::Value:
    case OperandMode::CommaOk:
      break;
    default:
      errorAt(x.expr, "cannot assign " + operandString(x) + " to " + (T ? typeStr(T) : "_") + " in " +
                          std::string(context));
      x.mode = OperandMode::Invalid;
      return;
  }

  if (isUntyped(x.type)) {
    Type* target = T;
    // spec: "If an untyped constant is assigned to a variable of interface type or the blank identifier, the
    // constant is first converted to type bool, rune, int, float64, complex128 or string respectively."
    if (x.isNil()) {
      if (!T) {
        errorAt(x.expr, "use of untyped nil in " + std::string(context));
        x.mode = OperandMode::Invalid;
        return;
      }
    } else if (!T || isInterface(T)) {
      target = defaultType(x.type);
    }
    constant::Value val;
    ConvCode code;
    Type* newType = implicitTypeAndValue(x, target, val, code);
    if (!newType) {
      std::string msg = "cannot use " + operandString(x) + " as " + typeStr(target) + " value in " +
                        std::string(context);
      if (code == ConvCode::TruncatedFloat) msg += " (truncated)";
      if (code == ConvCode::NumericOverflow) msg += " (overflows)";
      errorUnlessFollowOn(x.expr, std::move(msg));
      x.mode = OperandMode::Invalid;
      return;
    }
    setImplicitTypeAndValue(x, newType, val);
  }

  // spec: "If a left-hand side is the blank identifier, any typed or non-constant value except for the
  // predeclared identifier nil may be assigned to it."
  if (!T) return;

  std::string cause;
  if (!assignableTo(x, T, cause)) {
    std::string msg = "cannot use " + operandString(x) + " as " + typeStr(T) + " value in " + std::string(context);
    if (!cause.empty()) msg += ": " + cause;
    errorUnlessFollowOn(x.expr, std::move(msg));
    x.mode = OperandMode::Invalid;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Untyped values

Type* Checker::implicitTypeAndValue(Operand& x, Type* target, constant::Value& val, ConvCode& code) {
  code = ConvCode::Ok;
  val = constant::Value();
  if (x.isInvalid() || !isUntyped(x.type) || isInvalid(target)) return x.type;

  if (isUntyped(target)) {
    // both x and target are untyped
    if (Type* m = maxType(x.type, target)) return m;
    code = ConvCode::InvalidUntypedConversion;
    return nullptr;
  }
  if (x.isNil()) {
    // nil keeps its type `untyped nil` (as go/types does), so that it stays recognisable as nil
    if (hasNil(target)) return x.type;
    code = ConvCode::InvalidUntypedConversion;
    return nullptr;
  }
  Type* u = underlying(target);
  if (!u) return x.type;
  switch (u->kind()) {
    case TypeKind::Basic: {
      if (x.isConstant()) {
        code = representation(x, cast<Basic>(u), val);
        return code == ConvCode::Ok ? target : nullptr;
      }
      // Non-constant untyped values: results of comparisons (untyped bool) and lhs operands of non-constant
      // shifts (delayed until their type is known).
      bool ok = false;
      switch (cast<Basic>(x.type)->basicKind) {
        case BasicKind::UntypedBool:
          ok = isBoolean(target);
          break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex:
          ok = isNumeric(target);
          break;
        case BasicKind::UntypedString:
          ok = isString(target);
          break;
        default:
          break;
      }
      if (!ok) {
        code = ConvCode::InvalidUntypedConversion;
        return nullptr;
      }
      return target;
    }
    case TypeKind::Interface:
      // Values must have concrete dynamic types: use the default type. Untyped values cannot be assigned to
      // non-empty interfaces.
      if (!cast<Interface>(u)->isEmpty()) {
        code = ConvCode::InvalidUntypedConversion;
        return nullptr;
      }
      return defaultType(x.type);
    default:
      code = ConvCode::InvalidUntypedConversion;
      return nullptr;
  }
}

Checker::ConvCode Checker::representation(const Operand& x, Basic* T, constant::Value& val) {
  if (constant::representable(x.val, T->basicKind, &val)) return ConvCode::Ok;
  if (isNumeric(x.type) && isNumeric(T)) {
    // integer -> integer: overflows; float -> integer: truncated; float -> float: overflows
    if (!isInteger(x.type) && isInteger(T)) return ConvCode::TruncatedFloat;
    return ConvCode::NumericOverflow;
  }
  return ConvCode::InvalidConstVal;
}

void Checker::invalidConversion(ConvCode code, const Operand& x, Type* target) {
  switch (code) {
    case ConvCode::TruncatedFloat:
      errorAt(x.expr, operandString(x) + " truncated to " + typeStr(target));
      return;
    case ConvCode::NumericOverflow:
      errorAt(x.expr, operandString(x) + " overflows " + typeStr(target));
      return;
    default:
      errorUnlessFollowOn(x.expr, "cannot convert " + operandString(x) + " to type " + typeStr(target));
      return;
  }
}

void Checker::representable(Operand& x, Basic* T) {
  constant::Value val;
  ConvCode code = representation(x, T, val);
  if (code != ConvCode::Ok) {
    invalidConversion(code, x, T);
    x.mode = OperandMode::Invalid;
    return;
  }
  x.val = val;
}

void Checker::convertUntyped(Operand& x, Type* target) {
  if (!target) target = defaultType(x.type);
  constant::Value val;
  ConvCode code;
  Type* newType = implicitTypeAndValue(x, target, val, code);
  if (!newType) {
    Type* t = underlying(target);
    invalidConversion(code, x, t ? t : target);
    x.mode = OperandMode::Invalid;
    return;
  }
  setImplicitTypeAndValue(x, newType, val);
}

void Checker::setImplicitTypeAndValue(Operand& x, Type* newType, const constant::Value& val) {
  if (!val.isUnknown()) {
    x.val = val;
    updateExprVal(x.expr, val);
  }
  if (newType != x.type) {
    x.type = newType;
    updateExprType(x.expr, newType, false);
  }
}

void Checker::overflow(Operand& x, Pos opPos) {
  if (x.val.isUnknown()) {
    error(opPos, "constant result is not representable");
    return;
  }
  // Typed constants must be representable in their type after each constant operation.
  if (!isUntyped(x.type)) {
    if (auto* b = dyn_cast<Basic>(underlying(x.type))) representable(x, b);
    return;
  }
  // Untyped integer values must not grow arbitrarily.
  if (x.val.kind() == constant::Kind::Int && constant::bitLen(x.val) > constant::kMaxUntypedIntBits) {
    std::string op;
    if (auto* b = syntax::dyn_cast<syntax::BinaryExpr>(x.expr)) {
      switch (b->op) {
        case syntax::TokenKind::Add:
          op = "addition ";
          break;
        case syntax::TokenKind::Sub:
          op = "subtraction ";
          break;
        case syntax::TokenKind::Xor:
          op = "bitwise XOR ";
          break;
        case syntax::TokenKind::Mul:
          op = "multiplication ";
          break;
        case syntax::TokenKind::Shl:
          op = "shift ";
          break;
        default:
          break;
      }
    } else if (auto* u = syntax::dyn_cast<syntax::UnaryExpr>(x.expr); u && u->op == syntax::TokenKind::Xor) {
      op = "bitwise complement ";
    }
    error(opPos, "constant " + op + "overflow");
    x.val = constant::Value();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Recording of untyped expressions

void Checker::recordOperand(const Operand& x) {
  if (!x.expr) return;
  Type* typ = x.mode == OperandMode::Invalid ? invalidType() : x.type;
  if (x.mode != OperandMode::Invalid && typ && isUntyped(typ)) {
    // delay recording until the final type is known, or until the end of checking
    UntypedInfo& info = untyped[x.expr];
    info.mode = x.mode;
    info.type = cast<Basic>(typ);
    info.val = x.mode == OperandMode::Constant ? x.val : constant::Value();
    return;
  }
  recordTypeAndValue(x.expr, x.mode, typ, x.val);
}

void Checker::updateExprVal(const syntax::Expr* e, const constant::Value& val) {
  if (auto it = untyped.find(e); it != untyped.end()) it->second.val = val;
}

void Checker::updateExprType(const syntax::Expr* e, Type* t, bool isFinal) {
  auto it = untyped.find(e);
  if (it == untyped.end()) return;
  UntypedInfo old = it->second;

  // update the operands of e if necessary
  switch (e->kind()) {
    case syntax::NodeKind::ParenExpr:
      updateExprType(syntax::cast<syntax::ParenExpr>(e)->x, t, isFinal);
      break;
    case syntax::NodeKind::UnaryExpr:
      // If e is a constant, the operands were constants: they are never materialised and keep their types.
      if (old.mode != OperandMode::Constant) updateExprType(syntax::cast<syntax::UnaryExpr>(e)->x, t, isFinal);
      break;
    case syntax::NodeKind::BinaryExpr: {
      if (old.mode == OperandMode::Constant) break;
      auto* b = syntax::cast<syntax::BinaryExpr>(e);
      switch (b->op) {
        case syntax::TokenKind::Eql:
        case syntax::TokenKind::Neq:
        case syntax::TokenKind::Lss:
        case syntax::TokenKind::Leq:
        case syntax::TokenKind::Gtr:
        case syntax::TokenKind::Geq:
          // the result type is independent of the operand types, which are final already
          break;
        case syntax::TokenKind::Shl:
        case syntax::TokenKind::Shr:
          // the result type depends only on the lhs operand
          updateExprType(b->x, t, isFinal);
          break;
        default:
          updateExprType(b->x, t, isFinal);
          updateExprType(b->y, t, isFinal);
          break;
      }
      break;
    }
    default:
      // identifiers, literals, qualified identifiers, calls (e.g. untyped results of built-ins): no operands
      break;
  }

  // If the new type is not final and still untyped, just update the recorded type.
  if (!isFinal && isUntyped(t)) {
    untyped[e].type = cast<Basic>(underlying(t));
    return;
  }
  // Otherwise we have the final (typed or untyped) type.
  untyped.erase(e);

  if (old.isLhs) {
    // The lhs of a shift must end up an integer; a constant lhs was checked to be representable as one.
    if (!isInteger(t)) {
      errorAt(e, "invalid operation: shifted operand " + syntax::exprString(e) + " (type " + typeStr(t) +
                     ") must be integer");
      return;
    }
  }
  if (old.mode == OperandMode::Constant) {
    // a constant must be representable by its final type
    Operand c;
    c.mode = old.mode;
    c.expr = e;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.isInvalid()) return;
  }
  recordTypeAndValue(e, old.mode, t, old.val);
}

void Checker::recordUntyped() {
  for (auto& [e, info] : untyped) {
    // Constants keep their untyped type (their value says it all); other untyped values (comparison results)
    // are materialised with their default type.
    Type* t = info.mode == OperandMode::Constant ? info.type : defaultType(info.type);
    recordTypeAndValue(e, info.mode, t, info.val);
  }
  untyped.clear();
}

void Checker::errorUnlessFollowOn(const syntax::Node* at, std::string msg) {
  // Such errors tend to add nothing to the one that made the operand or type invalid.
  bool followOn =
      msg.find("invalid operand", 1) != std::string::npos || msg.find("invalid type", 1) != std::string::npos;
  if (followOn && diags.hasErrors()) return;
  errorAt(at, std::move(msg));
}

}  // namespace vo::types
