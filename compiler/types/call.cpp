// Calls, arguments and selectors (types2 call.go, errsupport.go): conversions `T(x)`, calls of functions and
// method values with variadic parameters and multi-value spreading, qualified identifiers, field and method
// selectors and method expressions. Calls of built-in functions are checked in builtins.cpp.
#include <string>
#include <unordered_set>
#include <vector>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

// `s` without its first (UTF-8) character (types2 tail).
std::string_view tail(std::string_view s) {
  if (s.empty()) return s;
  size_t i = 1;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return s.substr(i);
}

// Case-insensitive equality of identifiers, folding ASCII letters only (enough for error hints).
bool equalFold(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// `*I` for an interface I has no methods (types2 isInterfacePtr).
bool isInterfacePtr(Type* t) {
  const auto* p = dyn_cast<Pointer>(underlying(t));
  return p && isInterface(p->elem);
}

// A field or method of T whose name equals `name` ignoring case and packages, at the shallowest embedding depth,
// for the `but does have field F` hint of a failed lookup (types2 lookupFieldOrMethod with foldCase).
Object* lookupFoldCase(Type* T, std::string_view name) {
  if (const auto* p = dyn_cast<Pointer>(T)) {
    if (isInterface(p->elem)) return nullptr;
    T = p->elem;
  }
  std::vector<Type*> current{T};
  std::unordered_set<const Named*> seen;
  while (!current.empty()) {
    std::vector<Type*> next;
    for (Type* typ : current) {
      if (auto* named = dyn_cast<Named>(typ)) {
        if (!seen.insert(named).second) continue;
        for (Func* m : named->methods) {
          if (equalFold(m->name, name)) return m;
        }
      }
      Type* u = underlying(typ);
      if (auto* s = dyn_cast<Struct>(u)) {
        for (Var* f : s->fields) {
          if (equalFold(f->name, name)) return f;
          if (f->embedded && f->type) {
            Type* ft = f->type;
            if (auto* fp = dyn_cast<Pointer>(ft)) ft = fp->elem;
            next.push_back(ft);
          }
        }
      } else if (auto* it = dyn_cast<Interface>(u)) {
        for (Func* m : it->complete ? it->allMethods : it->methods) {
          if (equalFold(m->name, name)) return m;
        }
      }
    }
    current = std::move(next);
  }
  return nullptr;
}

}  // namespace

void Checker::callExpr(Operand& x, const syntax::CallExpr* call) {
  exprOrType(x, call->fun);
  switch (x.mode) {
    case OperandMode::Invalid:
      use(call->args);
      x.expr = call;
      return;

    case OperandMode::TypeExpr: {
      // conversion T(x)
      Type* T = x.type;
      x.mode = OperandMode::Invalid;
      if (!T || isInvalid(T)) {  // reported with the type
        use(call->args);
        x.expr = call;
        return;
      }
      switch (call->args.size()) {
        case 0:
          errorAt(call, "missing argument in conversion to " + typeStr(T));
          break;
        case 1:
          expr(x, call->args[0]);
          if (x.isInvalid()) break;
          if (call->hasEllipsis()) {
            errorAt(call->args[0], "invalid use of ... in conversion to " + typeStr(T));
            x.mode = OperandMode::Invalid;
            break;
          }
          conversion(x, T);
          break;
        default:
          use(call->args);
          errorAt(call->args.back(), "too many arguments in conversion to " + typeStr(T));
          break;
      }
      x.expr = call;
      recordTypeAndValue(call, x.mode, x.type, x.val);
      return;
    }

    case OperandMode::Builtin: {
      BuiltinId id = x.builtin;
      builtin(x, call, id);
      x.expr = call;
      // a non-constant result implies a function call
      if (!x.isInvalid() && !x.isConstant()) hasCallOrRecv = true;
      recordTypeAndValue(call, x.mode, x.type, x.val);
      return;
    }

    default:
      break;
  }

  // ordinary function or method call
  auto* sig = x.type ? dyn_cast<Signature>(underlying(x.type)) : nullptr;
  if (!sig) {
    errorAt(x.expr ? x.expr : call->fun, "invalid operation: cannot call non-function " + operandString(x));
    x.mode = OperandMode::Invalid;
    x.expr = call;
    return;
  }

  std::vector<Operand> args = operandList(call->args);
  arguments(call, sig, args);

  // the result: nothing, one value, or a tuple of values (a multi-value expression)
  x.val = constant::Value();
  switch (sig->results->size()) {
    case 0:
      x.mode = OperandMode::NoValue;
      x.type = sig->results;
      break;
    case 1:
      x.mode = OperandMode::Value;
      x.type = sig->results->vars[0]->type;
      break;
    default:
      x.mode = OperandMode::Value;
      x.type = sig->results;
      break;
  }
  x.expr = call;
  hasCallOrRecv = true;
  recordTypeAndValue(call, x.mode, x.type, x.val);
}

void Checker::arguments(const syntax::CallExpr* call, Signature* sig, std::vector<Operand>& args) {
  // Argument/parameter count requirements:
  //                 | standard call    | dotdotdot call |
  //   standard func | nargs == npars   | invalid        |
  //   variadic func | nargs >= npars-1 | nargs == npars |
  // an invalid argument was reported already: no count or assignability errors on top
  for (const Operand& a : args) {
    if (a.isInvalid()) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params->size();
  bool ddd = call->hasEllipsis();

  // the parameter types, adjusted for variadic calls without `...`
  std::vector<Type*> params;
  for (Var* v : sig->params->vars) params.push_back(v->type);
  if (sig->variadic) {
    if (ddd) {
      // variadic_func(a, b, c...)
      if (call->args.size() == 1 && nargs > 1) {
        // f()... is not permitted if f() is multi-valued
        errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + syntax::exprString(call->args[0]));
        return;
      }
    } else if (npars > 0 && nargs + 1 >= npars) {
      // variadic_func(a, b, c): one parameter of the element type per argument mapping to the ... parameter
      Type* last = params.back();
      params.pop_back();
      auto* slice = dyn_cast<Slice>(last);
      Type* elem = slice ? slice->elem : invalidType();
      while (params.size() < nargs) params.push_back(elem);
      npars = nargs;
    } else if (npars > 0) {
      --npars;  // nargs < npars-1: for the error message below
    }
  } else if (ddd) {
    // standard_func(a, b, c...)
    errorAt(call, "cannot use ... in call to non-variadic " + syntax::exprString(call->fun));
    return;
  }

  if (nargs != npars) {
    const syntax::Node* at = call;
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr;  // report at the first extra argument
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr;  // report at the last argument
    }
    if (!at) at = call;
    std::vector<Type*> have;
    for (const Operand& a : args) have.push_back(a.type);
    std::vector<Type*> want;
    for (Var* v : sig->params->vars) want.push_back(v->type);
    errorAt(at, qualifier + " arguments in call to " + syntax::exprString(call->fun) + "\n\thave " +
                    typesSummary(have, false, ddd) + "\n\twant " + typesSummary(want, sig->variadic, false));
    return;
  }

  if (args.empty()) return;
  std::string context = "argument to " + syntax::exprString(call->fun);
  for (size_t i = 0; i < nargs; ++i) assignment(args[i], params[i], context);
}

bool Checker::use(std::span<syntax::Expr* const> exprs) {
  bool ok = true;
  for (const syntax::Expr* e : exprs) {
    if (!e) continue;
    Operand x;
    rawExpr(x, e, nullptr, false);
    if (x.isInvalid()) ok = false;
  }
  return ok;
}

std::string Checker::typesSummary(std::span<Type* const> types, bool variadic, bool hasDots) const {
  std::string res = "(";
  for (size_t i = 0; i < types.size(); ++i) {
    Type* t = types[i];
    std::string s;
    if (!t || isInvalid(t)) {
      s = "unknown type";
    } else if (isUntyped(t)) {
      // "have number, want float64" is better than "have untyped int, want float64"
      if (isNumeric(t)) {
        s = "number";
      } else {
        std::string_view name = cast<Basic>(underlying(t))->name;
        if (name.starts_with("untyped ")) name.remove_prefix(8);
        s = name;
      }
    } else {
      s = typeStr(t);
    }
    if (i + 1 == types.size()) {
      if (variadic) {
        if (auto* slice = dyn_cast<Slice>(t)) s = typeStr(slice->elem);
        s = "..." + s;
      } else if (hasDots) {
        s += "...";
      }
    }
    if (i > 0) res += ", ";
    res += s;
  }
  return res + ")";
}

std::string Checker::lookupError(Type* T, std::string_view sel, Object* alt, bool structLit) const {
  // If selector and object are in the same package, export doesn't matter; otherwise it does.
  enum { kMissing, kMisspelled, kUnexported, kInaccessible } e = kMissing;
  std::string_view altName;
  if (alt) {
    altName = alt->name;
    if (alt->pkg == pkg) {
      e = kMisspelled;
    } else if (isExportedName(sel)) {
      if (isExportedName(altName)) {
        e = kMisspelled;
      } else if (tail(sel) == tail(altName)) {
        e = kUnexported;
      }
    } else if (isExportedName(altName)) {
      if (tail(sel) == tail(altName)) e = kMisspelled;
    } else if (sel == altName) {
      e = kInaccessible;
    }
  }
  std::string typ = typeStr(T);
  std::string s(sel), a(altName);
  if (structLit) {
    switch (e) {
      case kMissing: return "unknown field " + s + " in struct literal of type " + typ;
      case kMisspelled: return "unknown field " + s + " in struct literal of type " + typ + ", but does have " + a;
      case kUnexported:
        return "unknown field " + s + " in struct literal of type " + typ + ", but does have unexported " + a;
      case kInaccessible: return "cannot refer to unexported field " + a + " in struct literal of type " + typ;
    }
  }
  std::string what = isa<Var>(alt) ? "field" : isa<Func>(alt) ? "method" : "object";
  switch (e) {
    case kMissing: return "type " + typ + " has no field or method " + s;
    case kMisspelled: return "type " + typ + " has no field or method " + s + ", but does have " + what + " " + a;
    case kUnexported:
      return "type " + typ + " has no field or method " + s + ", but does have unexported " + what + " " + a;
    case kInaccessible: return "cannot refer to unexported " + what + " " + a;
  }
  return "";
}

void Checker::selector(Operand& x, const syntax::SelectorExpr* e) {
  std::string_view sel = e->sel->name;
  auto fail = [&] {
    x.mode = OperandMode::Invalid;
    x.expr = e;
  };

  // A qualified identifier pkg.Name is handled completely by qualifiedIdent, so operands need no "package" mode.
  if (qualifiedIdent(x, e)) {
    if (x.mode == OperandMode::Invalid) return fail();
    return;
  }

  exprOrType(x, e->x);
  switch (x.mode) {
    case OperandMode::Invalid:
      return fail();
    case OperandMode::Builtin:
      errorAt(e, "invalid use of " + operandString(x) + " in selector expression");
      return fail();
    case OperandMode::NoValue:
      return fail();  // reported by exprOrType
    default:
      break;
  }
  if (!x.type || !underlying(x.type) || isInvalid(underlying(x.type))) return fail();

  std::vector<int> index;
  bool indirect = false;
  bool ambiguous = false;
  Object* obj =
      lookupFieldOrMethod(x.type, x.mode == OperandMode::Variable, pkg, sel, index, indirect, ambiguous);
  const std::string xs = syntax::exprString(x.expr ? x.expr : e->x);
  const std::string sels(sel);
  if (!obj) {
    if (ambiguous) {
      errorAt(e->sel, "ambiguous selector " + xs + "." + sels);
      return fail();
    }
    if (indirect) {
      if (x.mode == OperandMode::TypeExpr) {
        std::string T = typeStr(x.type);
        errorAt(e->sel, "invalid method expression " + T + "." + sels + " (needs pointer receiver (*" + T + ")." +
                            sels + ")");
      } else {
        errorAt(e->sel, "cannot call pointer method " + sels + " on " + typeStr(x.type));
      }
      return fail();
    }
    std::string why = isInterfacePtr(x.type)
                          ? "type " + typeStr(x.type) + " is pointer to interface, not interface"
                          : lookupError(x.type, sel, lookupFoldCase(x.type, sel), false);
    errorAt(e->sel, xs + "." + sels + " undefined (" + why + ")");
    return fail();
  }

  // methods may not have a fully set up signature yet
  if (auto* m = dyn_cast<Func>(obj); m && objMap.count(m)) objDecl(m);

  if (x.mode == OperandMode::TypeExpr) {
    // method expression T.m: a function with the receiver as its first parameter
    auto* m = dyn_cast<Func>(obj);
    if (!m) {
      errorAt(e->sel, xs + "." + sels + " undefined (type " + typeStr(x.type) + " has no method " + sels + ")");
      return fail();
    }
    recordSelection(e, Selection{SelectionKind::MethodExpr, x.type, m, index, indirect});
    Signature* sig = m->signature();
    if (!sig || !sig->recv) {
      errorAt(e, "illegal cycle in method declaration");
      return fail();
    }
    // Name the receiver parameter only if the other parameters have names, so that the signature prints
    // consistently in messages.
    std::string_view name;
    if (!sig->params->vars.empty() && !sig->params->vars[0]->name.empty()) {
      name = sig->recv->name.empty() ? std::string_view("_") : sig->recv->name;
    }
    Var* recv = ctx.objects.makeObject<Var>(name, x.type, sig->recv->pkg, sig->recv->pos);
    recv->isParam = true;
    std::vector<Var*> params{recv};
    params.insert(params.end(), sig->params->vars.begin(), sig->params->vars.end());
    x.mode = OperandMode::Value;
    x.type = ctx.types.make<Signature>(nullptr, ctx.types.make<Tuple>(std::move(params)), sig->results,
                                       sig->variadic);
    addDependency(m);
  } else if (auto* field = dyn_cast<Var>(obj)) {
    recordSelection(e, Selection{SelectionKind::FieldVal, x.type, field, index, indirect});
    x.mode = x.mode == OperandMode::Variable || indirect ? OperandMode::Variable : OperandMode::Value;
    x.type = field->type;
  } else if (auto* method = dyn_cast<Func>(obj)) {
    recordSelection(e, Selection{SelectionKind::MethodVal, x.type, method, index, indirect});
    Signature* sig = method->signature();
    if (!sig) return fail();
    // a method value: the method's signature without the receiver
    x.mode = OperandMode::Value;
    x.type = ctx.types.make<Signature>(nullptr, sig->params, sig->results, sig->variadic);
    addDependency(method);
  } else {
    return fail();
  }
  x.val = constant::Value();
  x.expr = e;
}

}  // namespace vo::types
