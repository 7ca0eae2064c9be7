// Declarations of constants, variables, types and functions, at package level (objDecl, with cycle detection)
// and in function bodies (declStmt), and the function body driver (types2 decl.go, stmt.go funcBody).
#include <algorithm>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

// Runs the delayed actions added since `top` (function literal bodies in an initialiser) before the declared
// names come into scope, so that the literals cannot see them.
void runDelayedFrom(Checker& check, size_t top) {
  for (size_t i = top; i < check.delayed.size(); ++i) {
    auto action = std::move(check.delayed[i]);
    action();
  }
  check.delayed.resize(top);
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Package-level objects and cycles

void Checker::objDecl(Object* obj) {
  // An object's colour tells how far its declaration got: white (not started), grey (being checked: it is on
  // objPath), black (done). Meeting a grey object again means a cycle, which may or may not be valid.
  ObjColor color = ObjColor::White;
  if (auto it = colors.find(obj); it != colors.end()) color = it->second;
  // White objects may be given a type without objDecl (e.g. the variables of `var a, b = f()`).
  if (color == ObjColor::White && obj->type) {
    colors[obj] = ObjColor::Black;
    return;
  }
  if (color == ObjColor::Black) return;
  if (color == ObjColor::Grey) {
    switch (obj->kind()) {
      case ObjectKind::Const:
      case ObjectKind::Var:
        // A cycle of constants and variables only is reported by initOrder.
        if (!validCycle(obj) || !obj->type) obj->type = invalidType();
        break;
      case ObjectKind::TypeName:
        if (!validCycle(obj)) obj->type = invalidType();  // break the cycle
        break;
      default:
        validCycle(obj);  // functions keep their (preliminary) signature
        break;
    }
    return;
  }

  auto it = objMap.find(obj);
  if (it == objMap.end()) return;  // not a package-level object
  DeclInfo& d = it->second;

  colors[obj] = ObjColor::Grey;
  objPath.push_back(obj);
  // The declaration is checked in its file's environment.
  Scope* savedScope = scope;
  DeclInfo* savedDecl = currentDecl;
  FuncContext* savedFctx = fctx;
  constant::Value savedIota = iota;
  Pos savedErrpos = errpos;
  scope = d.fileScope;
  currentDecl = nullptr;
  fctx = nullptr;
  iota = constant::Value();
  errpos = Pos();

  switch (obj->kind()) {
    case ObjectKind::Const:
      currentDecl = &d;  // initialisation expressions add their dependencies here
      constDecl(cast<Const>(obj), d.vtyp, d.init, d.inherited);
      break;
    case ObjectKind::Var:
      currentDecl = &d;
      varDecl(cast<Var>(obj), d.lhs, d.vtyp, d.init);
      // All variables of `var a, b = f()` depend on what the shared initialiser depends on.
      for (Var* v : d.lhs) {
        if (v != obj) objMap[v].deps.insert(d.deps.begin(), d.deps.end());
      }
      break;
    case ObjectKind::TypeName:
      typeDecl(cast<TypeName>(obj), d.typeSpec);
      collectMethods(cast<TypeName>(obj));  // methods can only be added to package-level types
      break;
    case ObjectKind::Func:
      funcDecl(cast<Func>(obj), d);
      break;
    default:
      break;
  }

  scope = savedScope;
  currentDecl = savedDecl;
  fctx = savedFctx;
  iota = savedIota;
  errpos = savedErrpos;
  objPath.pop_back();
  colors[obj] = ObjColor::Black;
}

bool Checker::validCycle(Object* obj) {
  auto start = std::find(objPath.begin(), objPath.end(), obj);
  if (start == objPath.end()) return true;
  std::span<Object* const> cycle(&*start, static_cast<size_t>(objPath.end() - start));
  size_t nval = 0;  // constants and variables in the cycle
  size_t ndef = 0;  // type definitions (not aliases) in the cycle
  for (Object* o : cycle) {
    if (isa<Const>(o) || isa<Var>(o)) {
      ++nval;
    } else if (auto* tname = dyn_cast<TypeName>(o)) {
      bool alias = tname->isAlias;
      if (auto d = objMap.find(tname); d != objMap.end() && d->second.typeSpec) alias = d->second.typeSpec->isAlias();
      if (!alias) ++ndef;
    }
  }
  // A cycle of constants and variables only is invalid but reported by the initialisation order check.
  if (nval == cycle.size()) return true;
  // A cycle of types (and functions) needs a type definition: aliases alone would expand forever.
  if (nval == 0 && ndef > 0) return true;
  cycleError(cycle);
  return false;
}

void Checker::cycleError(std::span<Object* const> cycle) {
  // Start with the object that comes first in the source.
  size_t start = 0;
  for (size_t i = 1; i < cycle.size(); ++i) {
    if (cycle[i]->pos < cycle[start]->pos) start = i;
  }
  Object* obj = cycle[start];
  auto* tname = dyn_cast<TypeName>(obj);
  // An alias in a cycle is marked invalid to avoid follow-on errors.
  if (tname && tname->isAlias) tname->type = invalidType();
  std::string name(obj->name);
  if (cycle.size() == 1) {
    error(obj->pos, tname ? "invalid recursive type: " + name + " refers to itself"
                          : "invalid cycle in declaration: " + name + " refers to itself");
    return;
  }
  std::string msg = tname ? "invalid recursive type " + name : "invalid cycle in declaration of " + name;
  for (size_t i = 0; i < cycle.size(); ++i) {
    Object* from = cycle[(start + i) % cycle.size()];
    Object* to = cycle[(start + i + 1) % cycle.size()];
    msg += "\n\t" + diags.sources().describe(from->pos) + ": " + std::string(from->name) + " refers to " +
           std::string(to->name);
  }
  error(obj->pos, msg);
}

// ---------------------------------------------------------------------------------------------------------------
// Constants and variables

void Checker::constDecl(Const* obj, const syntax::Expr* typ, const syntax::Expr* init, bool inherited) {
  // The constant's value holds its iota until it is declared.
  constant::Value savedIota = iota;
  Pos savedErrpos = errpos;
  iota = obj->value;
  errpos = Pos();
  obj->value = constant::makeUnknown();

  Operand x;
  bool ok = true;
  if (typ) {
    Type* t = this->typ(typ);
    if (!isConstType(t)) {
      if (!isInvalid(underlying(t))) errorAt(typ, "invalid constant type " + typeStr(t));
      obj->type = invalidType();
      ok = false;
    } else {
      obj->type = t;
    }
  }
  if (ok) {
    if (init) {
      // An inherited expression's errors are reported at this constant's name: that is all there is.
      if (inherited) errpos = obj->pos;
      expr(x, init);
    }
    initConst(obj, x);
  }
  iota = savedIota;
  errpos = savedErrpos;
}

void Checker::initConst(Const* lhs, Operand& x) {
  if (x.isInvalid() || isInvalid(x.type) || (lhs->type && isInvalid(lhs->type))) {
    if (!lhs->type) lhs->type = invalidType();
    return;
  }
  // The initialiser must be a constant.
  if (!x.isConstant()) {
    errorAt(x.expr, operandString(x) + " is not constant");
    if (!lhs->type) lhs->type = invalidType();
    return;
  }
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.isInvalid()) return;
  lhs->value = x.val;
}

void Checker::varDecl(Var* obj, std::span<Var* const> lhs, const syntax::Expr* typ, const syntax::Expr* init) {
  // Variables whose type or initialisation is invalid count as used: no follow-on "declared and not used".
  auto markInvalidUsed = [&] {
    if (isInvalid(obj->type)) obj->used = true;
    for (Var* v : lhs) {
      if (v->type && isInvalid(v->type)) v->used = true;
    }
  };
  if (typ) obj->type = varType(typ);
  if (!init) {
    if (!typ) obj->type = invalidType();  // `missing init expr` was reported
    markInvalidUsed();
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    initVariable(obj, x, "variable declaration");
    markInvalidUsed();
    return;
  }
  // Several variables and one initialiser: with a type, all variables have it; otherwise they take the types of
  // the initialiser's values.
  if (typ) {
    for (Var* v : lhs) v->type = obj->type;
  }
  syntax::Expr* rhs[] = {const_cast<syntax::Expr*>(init)};
  initVars(lhs, rhs, nullptr);
  markInvalidUsed();
}

// ---------------------------------------------------------------------------------------------------------------
// Types

void Checker::typeDecl(TypeName* obj, const syntax::TypeSpec* spec) {
  if (spec->isAlias()) {
    obj->isAlias = true;
    obj->type = invalidType();  // guards against cycles through the alias
    obj->type = typ(spec->type);
    return;
  }
  auto* named = ctx.types.make<Named>(obj);
  obj->type = named;
  later([this, named] { validType(named); });

  Type* rhs = definedType(spec->type, named);
  namedRHS[named] = rhs ? rhs : invalidType();
  resolveUnderlying(named);
  // Types that waited for this one may be resolvable now.
  std::vector<Named*> pending = std::move(pendingNamed);
  pendingNamed.clear();
  for (Named* t : pending) {
    if (!t->underlying || isa<Named>(t->underlying)) resolveUnderlying(t);
  }
}

void Checker::resolveUnderlying(Named* t) {
  Type* rhs = namedRHS.count(t) ? namedRHS[t] : nullptr;
  if (!rhs) return;
  if (!isa<Named>(rhs)) {
    t->underlying = rhs;
    return;
  }
  // `type T U`: follow the chain of defined types to the first one whose underlying type is known.
  std::vector<Named*> path{t};
  Type* u = nullptr;
  Type* cur = rhs;
  while (true) {
    auto* n = dyn_cast<Named>(cur);
    if (!n) {
      u = cur;
      break;
    }
    auto seen = std::find(path.begin(), path.end(), n);
    if (seen != path.end()) {
      std::vector<Object*> cycle;
      for (auto p = seen; p != path.end(); ++p) cycle.push_back((*p)->obj);
      cycleError(cycle);
      u = invalidType();
      break;
    }
    if (n->underlying && !isa<Named>(n->underlying)) {
      u = n->underlying;
      break;
    }
    auto next = namedRHS.find(n);
    if (next == namedRHS.end()) {
      // n is being declared (it is on the declaration path): resolve t once n is done.
      t->underlying = nullptr;
      pendingNamed.push_back(t);
      return;
    }
    path.push_back(n);
    cur = next->second;
  }
  for (Named* n : path) n->underlying = u;
}

void Checker::collectMethods(TypeName* obj) {
  auto it = methods.find(obj);
  if (it == methods.end()) return;
  std::vector<Func*> list = std::move(it->second);
  methods.erase(it);
  auto* base = dyn_cast<Named>(obj->type);
  if (!base) return;

  // spec: "If the base type is a struct type, the non-blank method and field names must be distinct." Checked
  // once the struct is complete.
  later([this, base] {
    auto* st = dyn_cast<Struct>(base->underlying);
    if (!st) return;
    for (Var* fld : st->fields) {
      if (fld->name == "_") continue;
      for (Func* m : base->methods) {
        if (m->name != fld->name) continue;
        std::string msg = "field and method with the same name " + std::string(fld->name);
        if (fld->pos.isValid())
          msg += "\n\t" + diags.sources().describe(fld->pos) + ": other declaration of " + std::string(fld->name);
        error(m->pos, msg);
      }
    }
  });

  // spec: "For a base type, the non-blank names of methods bound to it must be unique."
  for (Func* m : list) {
    auto alt = std::find_if(base->methods.begin(), base->methods.end(), [m](Func* f) { return f->name == m->name; });
    if (alt != base->methods.end()) {
      std::string msg = "method " + std::string(obj->name) + "." + std::string(m->name) + " already declared";
      if ((*alt)->pos.isValid()) msg += " at " + diags.sources().describe((*alt)->pos);
      error(m->pos, msg);
      continue;
    }
    base->methods.push_back(m);
  }
}

void Checker::validType(Named* t) {
  std::vector<Object*> path;
  validType0(t, path);
}

uint8_t Checker::validType0(Type* t, std::vector<Object*>& path) {
  constexpr uint8_t kUnknown = 0, kMarked = 1, kValid = 2, kInvalid = 3;
  switch (t ? t->kind() : TypeKind::Basic) {
    case TypeKind::Array:
      return validType0(cast<Array>(t)->elem, path);
    case TypeKind::Struct:
      for (Var* f : cast<Struct>(t)->fields) {
        if (validType0(f->type, path) == kInvalid) return kInvalid;
      }
      return kValid;
    case TypeKind::Interface:
      for (Type* e : cast<Interface>(t)->embeddeds) {
        if (validType0(e, path) == kInvalid) return kInvalid;
      }
      return kValid;
    case TypeKind::Named: {
      auto* n = cast<Named>(t);
      // Don't report a second error when the type is known to be invalid.
      if (!n->underlying || isInvalid(n->underlying)) return validTypeInfo[n] = kInvalid;
      if (n->obj->pkg != pkg) return kValid;  // imported types were checked by their package
      uint8_t& info = validTypeInfo[n];
      if (info == kUnknown) {
        info = kMarked;
        auto rhs = namedRHS.find(n);
        path.push_back(n->obj);
        uint8_t r = validType0(rhs != namedRHS.end() ? rhs->second : n->underlying, path);
        path.pop_back();
        validTypeInfo[n] = r;
        return r;
      }
      if (info == kMarked) {
        // Seen before on this path: a cycle without indirection.
        info = kInvalid;
        n->underlying = invalidType();
        auto start = std::find(path.begin(), path.end(), n->obj);
        if (start != path.end()) cycleError(std::vector<Object*>(start, path.end()));
        return kInvalid;
      }
      return info;
    }
    default:
      return kValid;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Functions

void Checker::funcDecl(Func* obj, const DeclInfo& decl) {
  const syntax::FuncDecl* fdecl = decl.funcDecl;
  // A preliminary empty signature guards against cycles; referring to the function while its signature is
  // checked is not a cycle error.
  auto* preliminary = ctx.types.make<Signature>(nullptr, ctx.types.make<Tuple>(std::vector<Var*>{}),
                                                ctx.types.make<Tuple>(std::vector<Var*>{}), false);
  obj->type = preliminary;
  ObjColor saved = colors[obj];
  colors[obj] = ObjColor::Black;

  bool isVo = decl.file && decl.file->dialect == syntax::DialectKind::Vo;
  Scope* fscope = newScope(scope, fdecl->type, "function");
  Var* recv = nullptr;
  if (const syntax::Field* r = fdecl->recv) {
    Type* rt = varType(r->type);
    recv = ctx.objects.makeObject<Var>(r->name ? r->name->name : std::string_view(), rt, pkg,
                                       r->name ? r->name->pos() : r->pos());
    recv->used = true;  // parameters are always used
    if (r->name) {
      recordDef(r->name, recv);
    } else {
      recordImplicit(r, recv);
    }
  }
  Signature* sig = funcType(recv, fdecl->type, fscope, isVo);
  if (!sig) sig = preliminary;
  obj->type = sig;
  colors[obj] = saved;

  // The body is checked after all package-level declarations; natives have none.
  if (const syntax::BlockStmt* body = fdecl->body) {
    later([this, obj, sig, body, fscope, isVo] {
      Scope* savedScope = scope;
      scope = fscope;
      funcBody(std::string(obj->name), sig, body, obj, isVo);
      scope = savedScope;
    });
  }
}

void Checker::funcBody(const std::string&, Signature* sig, const syntax::BlockStmt* body, Func* func, bool isVo) {
  // `scope` is the function's scope, which holds the receiver, parameters and results.
  FuncContext context;
  context.func = func;
  context.sig = sig;
  context.scope = scope;
  context.isVo = isVo;

  FuncContext* savedFctx = fctx;
  DeclInfo* savedDecl = currentDecl;
  constant::Value savedIota = iota;
  Scope* savedScope = scope;
  fctx = &context;
  if (func) {
    // A declared function's body adds dependencies to its own declaration (initialisation order goes through
    // the functions a variable's initialiser calls); a function literal's go to the enclosing declaration.
    auto it = objMap.find(func);
    currentDecl = it != objMap.end() ? &it->second : nullptr;
    iota = constant::Value();
  }

  stmtList(body->stmts);
  labels(body);
  if (!sig->results->vars.empty() && !isTerminating(body, "")) error(body->rbrace, "missing return");
  // spec: "Implementation restriction: A compiler may make it illegal to declare a variable inside a function
  // body if the variable is never used."
  usage(context.scope);

  fctx = savedFctx;
  currentDecl = savedDecl;
  iota = savedIota;
  scope = savedScope;
}

// ---------------------------------------------------------------------------------------------------------------
// Declarations in function bodies

void Checker::declStmt(const syntax::GenDecl* decl) {
  const syntax::ValueSpec* last = nullptr;  // the last const spec with a type or values
  for (const syntax::Spec* spec : decl->specs) {
    if (auto* vs = syntax::dyn_cast<syntax::ValueSpec>(spec)) {
      if (decl->tok == syntax::TokenKind::KwConst) {
        localConstSpec(vs, last);
      } else {
        localVarSpec(vs);
      }
    } else if (auto* ts = syntax::dyn_cast<syntax::TypeSpec>(spec)) {
      localTypeSpec(ts);
    }
  }
}

void Checker::localConstSpec(const syntax::ValueSpec* s, const syntax::ValueSpec*& last) {
  size_t top = delayed.size();
  bool inherited = true;
  if (s->type || !s->values.empty()) {
    last = s;
    inherited = false;
  } else if (!last) {
    inherited = false;
  }
  std::span<syntax::Expr* const> values = last ? last->values : std::span<syntax::Expr* const>();
  std::vector<Const*> lhs;
  for (size_t i = 0; i < s->names.size(); ++i) {
    const syntax::Ident* id = s->names[i];
    auto* obj = ctx.objects.makeObject<Const>(id->name, nullptr, pkg, id->pos(), constant::makeInt64(s->iota));
    lhs.push_back(obj);
    constDecl(obj, last ? last->type : nullptr, i < values.size() ? values[i] : nullptr, inherited);
  }
  arity(s, values, true, inherited);
  runDelayedFrom(*this, top);
  // spec: "The scope of a constant or variable identifier declared inside a function begins at the end of the
  // ConstSpec or VarSpec (ShortVarDecl for short variable declarations) and ends at the end of the innermost
  // containing block."
  for (size_t i = 0; i < s->names.size(); ++i) declare(scope, s->names[i], lhs[i]);
}

void Checker::localVarSpec(const syntax::ValueSpec* s) {
  size_t top = delayed.size();
  std::vector<Var*> lhs0;
  for (const syntax::Ident* id : s->names) lhs0.push_back(ctx.objects.makeObject<Var>(id->name, nullptr, pkg, id->pos()));
  std::span<syntax::Expr* const> values = s->values;
  for (size_t i = 0; i < lhs0.size(); ++i) {
    std::span<Var* const> lhs;
    const syntax::Expr* init = nullptr;
    if (values.size() == lhs0.size()) {
      init = values[i];
    } else if (values.size() == 1) {
      lhs = lhs0;  // the value is expected to be multi-valued
      init = values[0];
    } else if (i < values.size()) {
      init = values[i];
    }
    varDecl(lhs0[i], lhs, s->type, init);
    // With a single value, the first variable's declaration gave every variable its type.
    if (values.size() == 1) break;
  }
  if (!s->type || !values.empty()) arity(s, values, false, false);
  runDelayedFrom(*this, top);
  for (size_t i = 0; i < s->names.size(); ++i) declare(scope, s->names[i], lhs0[i]);
}

void Checker::localTypeSpec(const syntax::TypeSpec* s) {
  auto* obj = ctx.objects.makeObject<TypeName>(s->name->name, nullptr, pkg, s->name->pos());
  // spec: "The scope of a type identifier declared inside a function begins at the identifier in the TypeSpec
  // and ends at the end of the innermost containing block."
  declare(scope, s->name, obj);
  colors[obj] = ObjColor::Grey;
  objPath.push_back(obj);
  typeDecl(obj, s);
  objPath.pop_back();
  colors[obj] = ObjColor::Black;
}

}  // namespace vo::types
