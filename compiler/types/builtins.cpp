// Calls of the built-in functions (Go spec "Built-in functions"; types2 builtins.go) and Vo's `assert`
// (LANGUAGE.md): argument counts, argument types, constant results (`len` of arrays and constant strings,
// `min`/`max`, `complex`/`real`/`imag` of constants) and the recorded signature of each call.
#include <string>
#include <utility>
#include <vector>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

using constant::BinaryOp;
using constant::CompareOp;

/// What every built-in takes: its name, the number of required arguments, whether more may follow, and whether
/// a call of it may stand alone as a statement (types2 predeclaredFuncs).
struct BuiltinInfo {
  std::string_view name;
  size_t nargs;
  bool variadic;
  bool isStatement;
};

// One row per BuiltinId, in enum order.
constexpr BuiltinInfo kBuiltins[] = {
    {"append", 1, true, false},  {"cap", 1, false, false},    {"clear", 1, false, true},
    {"close", 1, false, true},   {"complex", 2, false, false}, {"copy", 2, false, true},
    {"delete", 2, false, true},  {"imag", 1, false, false},   {"len", 1, false, false},
    {"make", 1, true, false},    {"max", 1, true, false},     {"min", 1, true, false},
    {"new", 1, false, false},    {"panic", 1, false, true},   {"print", 0, true, true},
    {"println", 0, true, true},  {"real", 1, false, false},   {"recover", 0, false, true},
    {"assert", 1, true, true},
};
static_assert(std::size(kBuiltins) == static_cast<size_t>(BuiltinId::Assert) + 1);

const BuiltinInfo& builtinInfo(BuiltinId id) { return kBuiltins[static_cast<size_t>(id)]; }

// A signature for the recorded type of a built-in call: default types for untyped arguments; `res` may be nullptr.
Signature* makeSig(Checker& check, Type* res, const std::vector<Type*>& args, bool variadic = false) {
  std::vector<Var*> params;
  for (Type* t : args) {
    Var* v = check.ctx.objects.makeObject<Var>("", defaultType(t), nullptr, Pos{});
    v->isParam = true;
    params.push_back(v);
  }
  std::vector<Var*> results;
  if (res) {
    Var* v = check.ctx.objects.makeObject<Var>("", res, nullptr, Pos{});
    v->isParam = true;
    results.push_back(v);
  }
  return check.ctx.types.make<Signature>(nullptr, check.ctx.types.make<Tuple>(std::move(params)),
                                         check.ctx.types.make<Tuple>(std::move(results)), variadic);
}

// Records the signature of a built-in call as the type of its (possibly parenthesized) function expression.
void recordBuiltinType(Checker& check, const syntax::Expr* f, Signature* sig) {
  for (;;) {
    check.recordTypeAndValue(f, OperandMode::Builtin, sig, constant::Value());
    const auto* p = syntax::dyn_cast<syntax::ParenExpr>(f);
    if (!p) return;
    f = p->x;
  }
}

void setNoValue(Checker& check, Operand& x) {
  x.mode = OperandMode::NoValue;
  x.type = check.ctx.types.make<Tuple>(std::vector<Var*>{});
  x.val = constant::Value();
}

// The type of `[]byte`.
Type* byteSlice(Checker& check) { return check.ctx.types.make<Slice>(check.universe.byteType()); }

// Checks a call of built-in `id`, leaving the result in x; false (x undefined) after an error (types2 builtin).
bool checkBuiltin(Checker& check, Operand& x, const syntax::CallExpr* call, BuiltinId id) {
  const BuiltinInfo& bin = builtinInfo(id);
  const std::string name(bin.name);
  std::span<syntax::Expr* const> argList = call->args;

  // append is the only built-in that permits ... on its last argument
  if (call->hasEllipsis() && id != BuiltinId::Append) {
    check.errorAt(call, "invalid operation: invalid use of ... with built-in " + name);
    check.use(argList);
    return false;
  }

  // Evaluate the arguments of the built-ins that take ordinary values; make and new take a type first.
  std::vector<Operand> args;
  size_t nargs = argList.size();
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    args = check.operandList(argList);
    nargs = args.size();
    for (const Operand& a : args) {
      if (a.isInvalid()) return false;
    }
    if (nargs > 0) x = args[0];  // the first argument is always in x
  }

  // the argument count
  {
    std::string msg;
    if (nargs < bin.nargs) {
      msg = "not enough";
    } else if (!bin.variadic && nargs > bin.nargs) {
      msg = "too many";
    }
    if (!msg.empty()) {
      check.errorAt(call, "invalid operation: " + msg + " arguments for " + syntax::exprString(call) +
                              " (expected " + std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
  }

  Basic* intType = check.basic(BasicKind::Int);
  Interface* emptyInterface = check.universe.emptyInterface();

  switch (id) {
    case BuiltinId::Append: {
      // append(s S, x ...E) S, where E is the element type of S; also append([]byte, string...)
      Type* S = x.type;
      auto* s = dyn_cast<Slice>(underlying(S));
      if (!s) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + check.operandString(x);
        check.errorAt(x.expr, "invalid append: argument must be a slice; " + cause);
        return false;
      }
      if (nargs == 2 && call->hasEllipsis()) {
        std::string cause;
        const Operand& y = args[1];
        if (check.assignableTo(x, byteSlice(check), cause) && y.type && isString(y.type)) {
          recordBuiltinType(check, call->fun, makeSig(check, S, {S, y.type}, true));
          x.mode = OperandMode::Value;
          x.type = S;
          break;
        }
      }
      // the general case: check the arguments against a custom signature
      Signature* sig = makeSig(check, S, {S, check.ctx.types.make<Slice>(s->elem)}, true);
      check.arguments(call, sig, args);  // ok to continue after errors: the result type is known
      recordBuiltinType(check, call->fun, sig);
      x.mode = OperandMode::Value;
      x.type = S;
      break;
    }

    case BuiltinId::Cap:
    case BuiltinId::Len: {
      // len(x), cap(x): constant for arrays (and pointers to arrays) without calls or receives, and for
      // constant strings
      OperandMode mode = OperandMode::Invalid;
      constant::Value val;
      Type* t = underlying(x.type);
      if (auto* p = dyn_cast<Pointer>(t)) {
        if (auto* a = dyn_cast<Array>(underlying(p->elem))) t = a;
      }
      if (isa<Basic>(t)) {
        if (isString(t) && id == BuiltinId::Len) {
          if (x.isConstant()) {
            mode = OperandMode::Constant;
            if (!x.val.isUnknown()) val = constant::makeInt64(static_cast<int64_t>(constant::stringVal(x.val).size()));
          } else {
            mode = OperandMode::Value;
          }
        }
      } else if (auto* a = dyn_cast<Array>(t)) {
        mode = OperandMode::Value;
        if (!check.hasCallOrRecv) {
          mode = OperandMode::Constant;
          if (a->len >= 0) val = constant::makeInt64(a->len);
        }
      } else if (isa<Slice>(t) || isa<Chan>(t)) {
        mode = OperandMode::Value;
      } else if (isa<Map>(t)) {
        if (id == BuiltinId::Len) mode = OperandMode::Value;
      }
      if (mode == OperandMode::Invalid) {
        // no error if the underlying type is invalid
        if (t && !isInvalid(t)) {
          check.errorAt(x.expr, "invalid argument: " + check.operandString(x) + " for built-in " + name);
        }
        return false;
      }
      if (mode != OperandMode::Constant) recordBuiltinType(check, call->fun, makeSig(check, intType, {x.type}));
      x.mode = mode;
      x.type = intType;
      x.val = val;
      break;
    }

    case BuiltinId::Clear: {
      Type* u = underlying(x.type);
      if (!isa<Map>(u) && !isa<Slice>(u)) {
        check.errorAt(x.expr, "invalid argument: cannot clear " + check.operandString(x) +
                                  ": argument must be (or constrained by) map or slice");
        return false;
      }
      recordBuiltinType(check, call->fun, makeSig(check, nullptr, {x.type}));
      setNoValue(check, x);
      break;
    }

    case BuiltinId::Close: {
      auto* ch = dyn_cast<Chan>(underlying(x.type));
      if (!ch) {
        check.errorAt(x.expr, "invalid operation: cannot close non-channel " + check.operandString(x));
        return false;
      }
      if (ch->dir == ChanDir::RecvOnly) {
        check.errorAt(x.expr, "invalid operation: cannot close receive-only channel " + check.operandString(x));
        return false;
      }
      recordBuiltinType(check, call->fun, makeSig(check, nullptr, {x.type}));
      setNoValue(check, x);
      break;
    }

    case BuiltinId::Complex: {
      // complex(x, y floatT) complexT
      Operand& y = args[1];
      int d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0);
      switch (d) {
        case 1:  // only x is untyped: convert it to the type of y
          check.convertUntyped(x, y.type);
          break;
        case 2:  // only y is untyped: convert it to the type of x
          check.convertUntyped(y, x.type);
          break;
        case 3:
          // Both untyped: constants become untyped floats where possible; otherwise (a shift that is still
          // untyped) both convert to float64, which reports the error.
          if (x.isConstant() && y.isConstant()) {
            auto toFloat = [&](Operand& o) {
              if (isNumeric(o.type) && constant::sign(constant::imag(o.val)) == 0) {
                o.type = check.basic(BasicKind::UntypedFloat);
              }
            };
            toFloat(x);
            toFloat(y);
          } else {
            check.convertUntyped(x, check.basic(BasicKind::Float64));
            check.convertUntyped(y, check.basic(BasicKind::Float64));
          }
          break;
        default:
          break;
      }
      if (x.isInvalid() || y.isInvalid()) return false;
      if (!identical(x.type, y.type)) {
        check.errorAt(x.expr, "invalid operation: " + syntax::exprString(call) + " (mismatched types " +
                                  check.typeStr(x.type) + " and " + check.typeStr(y.type) + ")");
        return false;
      }
      Type* res = nullptr;
      switch (basicKindOf(x.type)) {
        case BasicKind::Float32: res = check.basic(BasicKind::Complex64); break;
        case BasicKind::Float64: res = check.basic(BasicKind::Complex128); break;
        case BasicKind::UntypedFloat: res = check.basic(BasicKind::UntypedComplex); break;
        default: break;
      }
      if (!res) {
        check.errorAt(x.expr, "invalid argument: arguments have type " + check.typeStr(x.type) +
                                  ", expected floating-point");
        return false;
      }
      if (x.isConstant() && y.isConstant()) {
        x.val = constant::binaryOp(constant::toFloat(x.val), BinaryOp::Add,
                                   constant::makeImag(constant::toFloat(y.val)));
      } else {
        x.mode = OperandMode::Value;
        recordBuiltinType(check, call->fun, makeSig(check, res, {x.type, x.type}));
      }
      x.type = res;
      break;
    }

    case BuiltinId::Copy: {
      // copy(dst, src []E) int; also copy([]byte, string)
      auto* dst = dyn_cast<Slice>(underlying(x.type));
      const Operand& y = args[1];
      auto* src = dyn_cast<Slice>(underlying(y.type));
      if (!src && isString(y.type)) src = cast<Slice>(byteSlice(check));
      if (!dst || !src) {
        check.errorAt(x.expr, "invalid argument: copy expects slice arguments; found " + check.operandString(x) +
                                  " and " + check.operandString(y));
        return false;
      }
      if (!identical(dst->elem, src->elem)) {
        check.errorAt(x.expr, "invalid argument: arguments to copy " + check.operandString(x) + " and " +
                                  check.operandString(y) + " have different element types " +
                                  check.typeStr(dst->elem) + " and " + check.typeStr(src->elem));
        return false;
      }
      recordBuiltinType(check, call->fun, makeSig(check, intType, {x.type, y.type}));
      x.mode = OperandMode::Value;
      x.type = intType;
      x.val = constant::Value();
      break;
    }

    case BuiltinId::Delete: {
      // delete(m, key)
      Type* mapType = x.type;
      auto* m = dyn_cast<Map>(underlying(mapType));
      if (!m) {
        check.errorAt(x.expr, "invalid argument: " + check.operandString(x) + " is not a map");
        return false;
      }
      x = args[1];  // the key
      check.assignment(x, m->key, "argument to delete");
      if (x.isInvalid()) return false;
      recordBuiltinType(check, call->fun, makeSig(check, nullptr, {mapType, m->key}));
      setNoValue(check, x);
      break;
    }

    case BuiltinId::Imag:
    case BuiltinId::Real: {
      // real(complexT) floatT, imag(complexT) floatT
      if (isUntyped(x.type)) {
        if (x.isConstant()) {
          // an untyped constant number can always be considered a complex constant
          if (isNumeric(x.type)) x.type = check.basic(BasicKind::UntypedComplex);
        } else {
          // an untyped non-constant argument (a shift): complex128 reports the error
          check.convertUntyped(x, check.basic(BasicKind::Complex128));
          if (x.isInvalid()) return false;
        }
      }
      Type* res = nullptr;
      switch (basicKindOf(x.type)) {
        case BasicKind::Complex64: res = check.basic(BasicKind::Float32); break;
        case BasicKind::Complex128: res = check.basic(BasicKind::Float64); break;
        case BasicKind::UntypedComplex: res = check.basic(BasicKind::UntypedFloat); break;
        default: break;
      }
      if (!res) {
        check.errorAt(x.expr, "invalid argument: argument has type " + check.typeStr(x.type) +
                                  ", expected complex type");
        return false;
      }
      if (x.isConstant()) {
        x.val = id == BuiltinId::Real ? constant::real(x.val) : constant::imag(x.val);
      } else {
        x.mode = OperandMode::Value;
        recordBuiltinType(check, call->fun, makeSig(check, res, {x.type}));
      }
      x.type = res;
      break;
    }

    case BuiltinId::Make: {
      // make(T, n), make(T, n, m); no argument is evaluated yet
      const syntax::Expr* arg0 = argList[0];
      Type* T = check.varType(arg0);
      if (!T || isInvalid(T)) {
        check.use(argList.subspan(1));
        return false;
      }
      size_t min = 0;
      Type* u = underlying(T);
      if (isa<Slice>(u)) {
        min = 2;
      } else if (isa<Map>(u) || isa<Chan>(u)) {
        min = 1;
      } else {
        check.errorAt(arg0, "invalid argument: cannot make " + syntax::exprString(arg0) +
                                ": type must be slice, map, or channel");
        check.use(argList.subspan(1));
        return false;
      }
      if (nargs < min || min + 1 < nargs) {
        check.errorAt(call, "invalid operation: " + syntax::exprString(call) + " expects " + std::to_string(min) +
                                " or " + std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        check.use(argList.subspan(1));
        return false;
      }
      std::vector<Type*> types{T};
      std::vector<int64_t> sizes;  // constant size arguments
      for (const syntax::Expr* arg : argList.subspan(1)) {
        Type* typ = nullptr;
        int64_t size = check.checkIndex(arg, -1, &typ);  // ok to continue with an invalid type
        types.push_back(typ);
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        check.errorAt(argList[1], "invalid argument: length and capacity swapped");
      }
      x.mode = OperandMode::Value;
      x.type = T;
      x.val = constant::Value();
      recordBuiltinType(check, call->fun, makeSig(check, T, types));
      break;
    }

    case BuiltinId::Max:
    case BuiltinId::Min: {
      // max(x, ...), min(x, ...): ordered operands of one type; constant if all are
      CompareOp op = id == BuiltinId::Max ? CompareOp::Gtr : CompareOp::Lss;
      for (size_t i = 0; i < args.size(); ++i) {
        Operand& a = args[i];
        if (!isOrdered(a.type)) {
          check.errorAt(a.expr, "invalid argument: " + check.operandString(a) + " cannot be ordered");
          return false;
        }
        if (i == 0) continue;  // the first argument is already in x
        check.matchTypes(x, a);
        if (x.isInvalid()) return false;
        if (!identical(x.type, a.type)) {
          check.errorAt(a.expr, "invalid argument: mismatched types " + check.typeStr(x.type) +
                                    " (previous argument) and " + check.typeStr(a.type) + " (type of " +
                                    syntax::exprString(a.expr) + ")");
          return false;
        }
        if (x.isConstant() && a.isConstant()) {
          if (constant::compare(a.val, op, x.val)) x = a;
        } else {
          x.mode = OperandMode::Value;
        }
      }
      // a non-constant result must not be untyped
      if (!x.isConstant()) {
        x.mode = OperandMode::Value;
        check.assignment(x, emptyInterface, "argument to built-in " + name);
        if (x.isInvalid()) return false;
      }
      // the final type applies to all arguments
      for (const Operand& a : args) check.updateExprType(a.expr, x.type, true);
      if (!x.isConstant()) {
        recordBuiltinType(check, call->fun, makeSig(check, x.type, std::vector<Type*>(nargs, x.type)));
      }
      break;
    }

    case BuiltinId::New: {
      // new(T); no argument is evaluated yet
      Type* T = check.varType(argList[0]);
      if (!T || isInvalid(T)) return false;
      x.mode = OperandMode::Value;
      x.type = check.ctx.types.make<Pointer>(T);
      x.val = constant::Value();
      recordBuiltinType(check, call->fun, makeSig(check, x.type, {T}));
      break;
    }

    case BuiltinId::Panic: {
      check.assignment(x, emptyInterface, "argument to panic");
      if (x.isInvalid()) return false;
      recordBuiltinType(check, call->fun, makeSig(check, nullptr, {emptyInterface}));
      setNoValue(check, x);
      break;
    }

    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::vector<Type*> params;
      for (Operand& a : args) {
        check.assignment(a, nullptr, "argument to built-in " + name);
        if (a.isInvalid()) return false;
        params.push_back(a.type);
      }
      recordBuiltinType(check, call->fun, makeSig(check, nullptr, params));
      setNoValue(check, x);
      break;
    }

    case BuiltinId::Recover: {
      x.mode = OperandMode::Value;
      x.type = emptyInterface;
      x.val = constant::Value();
      recordBuiltinType(check, call->fun, makeSig(check, x.type, {}));
      break;
    }

    case BuiltinId::Assert: {
      // Vo's assert(cond, args...): a boolean condition, then any values printed on failure as print does. A
      // condition that is constant false can never hold and is reported.
      Operand& cond = args[0];
      if (!isBoolean(cond.type)) {
        check.assignment(cond, check.basic(BasicKind::Bool), "argument to assert");
        if (cond.isInvalid()) return false;
      } else {
        check.convertUntyped(cond, nullptr);
        if (cond.isInvalid()) return false;
      }
      if (cond.isConstant() && cond.val.kind() == constant::Kind::Bool && !constant::boolVal(cond.val)) {
        check.errorAt(call, "assert(" + syntax::exprString(cond.expr) + ") always fails");
      }
      std::vector<Type*> params{cond.type};
      for (size_t i = 1; i < args.size(); ++i) {
        check.assignment(args[i], nullptr, "argument to assert");
        if (args[i].isInvalid()) return false;
        params.push_back(args[i].type);
      }
      recordBuiltinType(check, call->fun, makeSig(check, nullptr, params));
      setNoValue(check, x);
      break;
    }
  }
  return true;
}

}  // namespace

void Checker::builtin(Operand& x, const syntax::CallExpr* call, BuiltinId id) {
  // len(x) and cap(x) must know whether x contains function calls or receives: evaluate x with the flag clear.
  const bool lenOrCap = id == BuiltinId::Len || id == BuiltinId::Cap;
  const bool saved = hasCallOrRecv;
  if (lenOrCap) hasCallOrRecv = false;
  bool ok = checkBuiltin(*this, x, call, id);
  if (lenOrCap) hasCallOrRecv = saved;
  if (!ok) x.mode = OperandMode::Invalid;
}

bool Checker::builtinIsStatement(BuiltinId id) { return builtinInfo(id).isStatement; }

}  // namespace vo::types
