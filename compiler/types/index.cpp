// Index and slice expressions, index operands, and type assertions (types2 index.go, expr.go's AssertExpr case).
#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

constexpr std::string_view kInvalidOp = "invalid operation: ";
constexpr std::string_view kInvalidArg = "invalid argument: ";

}  // namespace

void Checker::indexExpr(Operand& x, const syntax::IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.isInvalid()) {
    useExpr(e->index);
    return;
  }
  if (x.mode == OperandMode::TypeExpr) {
    // generic type instantiation: not part of the language
    errorAt(e->x, syntax::exprString(e->x) + " is not a generic type");
    x.mode = OperandMode::Invalid;
    useExpr(e->index);
    return;
  }

  bool valid = false;
  int64_t length = -1;  // valid if >= 0
  Type* u = underlying(x.type);
  switch (u ? u->kind() : TypeKind::Tuple) {
    case TypeKind::Basic:
      if (isString(u)) {
        valid = true;
        if (x.isConstant()) length = static_cast<int64_t>(constant::stringVal(x.val).size());
        // an indexed string always yields a byte value (not a constant), even if string and index are constant
        x.mode = OperandMode::Value;
        x.type = universe.byteType();
      }
      break;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      valid = true;
      length = a->len;
      if (x.mode != OperandMode::Variable) x.mode = OperandMode::Value;
      x.type = a->elem;
      break;
    }
    case TypeKind::Pointer:
      if (auto* a = dyn_cast<Array>(underlying(cast<Pointer>(u)->elem))) {
        valid = true;
        length = a->len;
        x.mode = OperandMode::Variable;
        x.type = a->elem;
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x.mode = OperandMode::Variable;
      x.type = cast<Slice>(u)->elem;
      break;
    case TypeKind::Map: {
      auto* m = cast<Map>(u);
      Operand key;
      expr(key, e->index, m->key);
      assignment(key, m->key, "map index");
      // ok to continue even if indexing failed: the map element type is known
      x.mode = OperandMode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      return;
    }
    default:
      break;
  }

  if (!valid) {
    error(e->lbrack, std::string(kInvalidOp) + "cannot index " + operandString(x));
    useExpr(e->index);
    x.mode = OperandMode::Invalid;
    return;
  }
  if (!x.type) x.type = invalidType();
  checkIndex(e->index, length);
}

void Checker::sliceExpr(Operand& x, const syntax::SliceExpr* e) {
  expr(x, e->x);
  const syntax::Expr* indices[3] = {e->low, e->high, e->max};
  if (x.isInvalid()) {
    for (const syntax::Expr* i : indices) useExpr(i);
    return;
  }

  bool valid = false;
  int64_t length = -1;  // valid if >= 0
  Type* u = underlying(x.type);
  switch (u ? u->kind() : TypeKind::Tuple) {
    case TypeKind::Basic:
      if (isString(u)) {
        if (e->slice3) {
          const syntax::Node* at = e->max ? static_cast<const syntax::Node*>(e->max) : e;
          errorAt(at, std::string(kInvalidOp) + "3-index slice of string");
          x.mode = OperandMode::Invalid;
          return;
        }
        valid = true;
        if (x.isConstant()) length = static_cast<int64_t>(constant::stringVal(x.val).size());
        // spec: "For untyped string operands the result is a non-constant value of type string."
        if (isUntyped(x.type)) x.type = basic(BasicKind::String);
      }
      break;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      valid = true;
      length = a->len;
      if (x.mode != OperandMode::Variable) {
        errorAt(x.expr, std::string(kInvalidOp) + syntax::exprString(e) + " (slice of unaddressable value)");
        x.mode = OperandMode::Invalid;
        return;
      }
      x.type = ctx.types.make<Slice>(a->elem);
      break;
    }
    case TypeKind::Pointer:
      if (auto* a = dyn_cast<Array>(underlying(cast<Pointer>(u)->elem))) {
        valid = true;
        length = a->len;
        x.type = ctx.types.make<Slice>(a->elem);
      }
      break;
    case TypeKind::Slice:
      valid = true;  // x.type doesn't change
      break;
    default:
      break;
  }

  if (!valid) {
    errorAt(x.expr, std::string(kInvalidOp) + "cannot slice " + operandString(x));
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;

  // spec: "Only the first index may be omitted; it defaults to 0."
  if (e->slice3 && (!e->high || !e->max)) {
    errorAt(e, "invalid syntax tree: 2nd and 3rd index required in 3-index slice");
    x.mode = OperandMode::Invalid;
    return;
  }

  // check indices
  int64_t ind[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v = -1;
    if (indices[i]) {
      // The capacity is only known statically for strings, arrays and pointers to arrays, and it is the same
      // as the length for those types.
      int64_t max = length >= 0 ? length + 1 : -1;
      if (int64_t c = checkIndex(indices[i], max); c >= 0) v = c;
    } else if (i == 0) {
      v = 0;  // default is 0 for the first index
    } else if (length >= 0) {
      v = length;  // default is length (== capacity) otherwise
    }
    ind[i] = v;
  }

  // constant indices must be in range (checkIndex already checked that they are >= 0)
  for (int i = 0; i < 2; ++i) {
    if (ind[i] <= 0) continue;
    for (int j = i + 1; j < 3; ++j) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        errorAt(indices[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        return;  // only report one error; ok to continue
      }
    }
  }
}

int64_t Checker::checkIndex(const syntax::Expr* index, int64_t max, Type** typ) {
  if (typ) *typ = invalidType();
  Operand x;
  expr(x, index);
  if (!isValidIndex(x, "index", false)) return -2;
  if (typ) *typ = x.type;
  if (!x.isConstant()) return -1;
  if (x.val.isUnknown()) return -2;
  auto [v, exact] = constant::int64Val(x.val);
  if (!exact) return -2;
  if (max >= 0 && v >= max) {
    errorAt(x.expr, std::string(kInvalidArg) + "index " + x.val.toString() + " out of bounds [0:" +
                        std::to_string(max) + "]");
    if (typ) *typ = invalidType();
    return -2;
  }
  return v;
}

bool Checker::isValidIndex(Operand& x, std::string_view what, bool allowNegative) {
  if (x.isInvalid()) return false;
  // spec: "a constant index that is untyped is given type int"
  convertUntyped(x, basic(BasicKind::Int));
  if (x.isInvalid()) return false;
  // spec: "the index x must be of integer type or an untyped constant"
  if (!isInteger(x.type)) {
    errorAt(x.expr, std::string(kInvalidArg) + std::string(what) + " " + operandString(x) + " must be integer");
    return false;
  }
  if (x.isConstant()) {
    // spec: "a constant index must be non-negative ..."
    if (!allowNegative && constant::sign(x.val) < 0) {
      errorAt(x.expr,
              std::string(kInvalidArg) + std::string(what) + " " + operandString(x) + " must not be negative");
      return false;
    }
    // spec: "... and representable by a value of type int"
    if (!constant::representable(x.val, BasicKind::Int, &x.val)) {
      errorAt(x.expr, std::string(kInvalidArg) + std::string(what) + " " + operandString(x) + " overflows int");
      return false;
    }
  }
  return true;
}

void Checker::typeAssertion(Operand& x, const syntax::TypeAssertExpr* e) {
  expr(x, e->x);
  if (x.isInvalid()) return;
  if (!e->type) {
    // x.(type) is handled by type switches
    errorAt(e, "invalid syntax tree: use of .(type) outside type switch");
    x.mode = OperandMode::Invalid;
    return;
  }
  auto* iface = dyn_cast<Interface>(underlying(x.type));
  if (!iface) {
    errorAt(x.expr, std::string(kInvalidOp) + operandString(x) + " is not an interface");
    x.mode = OperandMode::Invalid;
    return;
  }
  Type* T = varType(e->type);
  if (isInvalid(T)) {
    x.mode = OperandMode::Invalid;
    return;
  }
  // No static check is required if T is an interface; otherwise T must implement x's interface.
  if (!isInterface(T)) {
    Func* wrongType = nullptr;
    bool ptrRecv = false;
    if (Func* m = missingMethod(T, iface, false, wrongType, ptrRecv)) {
      std::string cause;
      if (ptrRecv) {
        cause = "(method " + std::string(m->name) + " has pointer receiver)";
      } else if (wrongType) {
        cause = "(wrong type for method " + std::string(m->name) + ")\n\t\thave " + std::string(wrongType->name) +
                typeStr(wrongType->type).substr(4) + "\n\t\twant " + std::string(m->name) +
                typeStr(m->type).substr(4);
      } else {
        cause = "(missing method " + std::string(m->name) + ")";
      }
      errorAt(e, "impossible type assertion: " + syntax::exprString(e) + "\n\t" + typeStr(T) +
                     " does not implement " + typeStr(x.type) + " " + cause);
    }
  }
  x.mode = OperandMode::CommaOk;
  x.type = T;
}

}  // namespace vo::types
