// Conversions T(x) (Go spec "Conversions"; types2 conversions.go). The call engineer's callExpr decides that a
// call is a conversion and calls `conversion` with the evaluated argument.
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {


// A slice of bytes or runes (Go spec: `[]byte`, `[]rune` and types with those underlying types).
bool isBytesOrRunes(const Type* t) {
  auto* s = dyn_cast<Slice>(underlying(t));
  if (!s) return false;
  BasicKind k = basicKindOf(s->elem);
  return isa<Basic>(underlying(s->elem)) && (k == BasicKind::Uint8 || k == BasicKind::Int32);
}

bool isIntegerOrFloat(const Type* t) { return isInteger(t) || isFloat(t); }

// The UTF-8 encoding of a code point (U+FFFD for invalid ones), as Go's string(rune).
std::string encodeRune(uint64_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  std::string s;
  if (r < 0x80) {
    s += static_cast<char>(r);
  } else if (r < 0x800) {
    s += static_cast<char>(0xC0 | (r >> 6));
    s += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    s += static_cast<char>(0xE0 | (r >> 12));
    s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (r >> 18));
    s += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (r & 0x3F));
  }
  return s;
}

}  // namespace

void Checker::conversion(Operand& x, Type* T) {
  bool constArg = x.isConstant();
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    // constant conversion
    auto* t = dyn_cast<Basic>(underlying(T));
    constant::Value val;
    if (t && constant::representable(x.val, t->basicKind, &val)) {
      ok = true;
      x.val = val;
    } else if (t && isInteger(x.type) && isString(t)) {
      auto [r, exact] = constant::uint64Val(x.val);
      x.val = constant::makeString(encodeRune(exact ? r : 0xFFFD));
      ok = true;
    }
    // A conversion of an integer constant to an integer type can only fail by overflow: say so concisely.
    if (!ok && isInteger(x.type) && isInteger(T)) {
      errorAt(x.expr, "constant " + x.val.toString() + " overflows " + typeStr(T));
      x.mode = OperandMode::Invalid;
      return;
    }
  } else if (convertibleTo(x, T, cause)) {
    // non-constant conversion
    ok = true;
    x.mode = OperandMode::Value;
  }

  if (!ok) {
    std::string msg = "cannot convert " + operandString(x) + " to type " + typeStr(T);
    if (!cause.empty()) msg += ": " + cause;
    errorUnlessFollowOn(x.expr, std::move(msg));
    x.mode = OperandMode::Invalid;
    return;
  }

  // The argument's type is final. For untyped values the conversion provides the type (spec: "A constant may be
  // given a type explicitly by a constant declaration or conversion"), except: conversions to interfaces and of
  // constants to non-constant types use the default type ([]byte("foo") records string for "foo"), and integer
  // constants converted to strings keep their type. Untyped nil takes T.
  if (isUntyped(x.type)) {
    Type* final = T;
    if (x.isNil()) {
      // final = T
    } else if (isInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.isConstant() && isInteger(x.type) && isString(T)) {
      final = x.type;
    }
    updateExprType(x.expr, final, true);
  }
  x.type = T;
}

bool Checker::convertibleTo(Operand& x, Type* T, std::string& cause) {
  // "x is assignable to T"
  if (assignableTo(x, T, cause)) return true;
  cause.clear();

  Type* V = x.type;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  if (!Vu || !Tu) return true;  // a broken declaration, reported elsewhere

  // "V and T have identical underlying types if tags are ignored"
  if (identical(Vu, Tu, /*ignoreTags=*/true)) return true;

  // "V and T are unnamed pointer types and their pointer base types have identical underlying types if tags
  // are ignored"
  auto* Vp = dyn_cast<Pointer>(V);
  auto* Tp = dyn_cast<Pointer>(T);
  if (Vp && Tp && identical(underlying(Vp->elem), underlying(Tp->elem), /*ignoreTags=*/true)) return true;

  // "V and T are both integer or floating point types"
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;

  // "V and T are both complex types"
  if (isComplex(Vu) && isComplex(Tu)) return true;

  // "V is an integer or a slice of bytes or runes and T is a string type"
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;

  // "V is a string and T is a slice of bytes or runes"
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;

  // "V is a slice, T is an array or pointer-to-array type, and the slice and array types have identical element
  // types."
  if (auto* s = dyn_cast<Slice>(Vu)) {
    if (auto* a = dyn_cast<Array>(Tu); a && identical(s->elem, a->elem)) return true;
    if (auto* p = dyn_cast<Pointer>(Tu)) {
      if (auto* a = dyn_cast<Array>(underlying(p->elem)); a && identical(s->elem, a->elem)) return true;
    }
  }
  return false;
}

}  // namespace vo::types
