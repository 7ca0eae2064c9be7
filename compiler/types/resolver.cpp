// Collecting package-level objects and imports into the package and file scopes, method association by receiver
// base type name, the order in which package-level declarations are checked, and unused imports (types2
// resolver.go).
#include <algorithm>

#include "compiler/types/checker_impl.h"
#include "stdlib/sources.h"

namespace vo::types {

namespace {

// The last element of an import path: the package name gc assumes (`unicode/utf8` -> `utf8`).
std::string_view pathBase(std::string_view path) {
  size_t i = path.rfind('/');
  return i == std::string_view::npos ? path : path.substr(i + 1);
}

// `package fmt ("fmt")`, as types2 prints a Package.
std::string packageString(const Package* p) { return "package " + p->name + " (\"" + p->path + "\")"; }

// The import path of a literal, or an error text for `invalid import path (...)` (types2 validatedImportPath).
bool validatedImportPath(std::string_view lit, std::string& path, std::string& err) {
  std::optional<std::string> s = constant::unquoteString(lit);
  if (!s) {
    err = "invalid syntax";
    return false;
  }
  path = *s;
  if (path.empty()) {
    err = "empty string";
    return false;
  }
  constexpr std::string_view kIllegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  for (unsigned char c : path) {
    if (c <= ' ' || c == 0x7F || kIllegal.find(static_cast<char>(c)) != std::string_view::npos) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "U+%04X", c);
      err = std::string("invalid character ") + buf;
      if (c > ' ' && c != 0x7F) err += std::string(" '") + static_cast<char>(c) + "'";
      return false;
    }
  }
  return true;
}

// The receiver base type name of a method: `T` for `(r T)`, `(r *T)` and `(r (*T))`; nullptr otherwise
// (types2 unpackRecv). `ptr` tells whether there was a pointer.
const syntax::Ident* unpackRecv(const syntax::Expr* rtyp, bool& ptr) {
  ptr = false;
  while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(rtyp)) rtyp = p->x;
  if (auto* star = syntax::dyn_cast<syntax::StarExpr>(rtyp)) {
    ptr = true;
    rtyp = star->x;
    while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(rtyp)) rtyp = p->x;
  }
  return syntax::dyn_cast<syntax::Ident>(rtyp);
}

}  // namespace

void Checker::arity(const syntax::ValueSpec* s, std::span<syntax::Expr* const> inits, bool constDecl,
                    bool inherited) {
  size_t l = s->names.size();
  size_t r = inits.size();
  if (l < r) {
    const syntax::Expr* n = inits[l];
    if (inherited) {
      error(s->pos(), "extra init expr at " + diags.sources().describe(n->pos()));
    } else {
      errorAt(n, "extra init expr " + syntax::exprString(n));
    }
  } else if (l > r && (constDecl || r != 1)) {
    const syntax::Ident* n = s->names[r];
    errorAt(n, "missing init expr for " + std::string(n->name));
  }
}

bool Checker::inVoFile() const {
  if (fctx) return fctx->isVo;
  for (const Scope* s = scope; s; s = s->parent) {
    if (auto it = scopeFiles.find(s); it != scopeFiles.end()) return it->second->dialect == syntax::DialectKind::Vo;
  }
  return false;
}

void Checker::declarePkgObj(const syntax::Ident* id, Object* obj, DeclInfo decl) {
  // spec: "A package-scope or file-scope identifier with name init may only be declared to be a function with
  // this (func()) signature."
  if (id->name == "init") {
    errorAt(id, "cannot declare init - must be func");
    return;
  }
  // spec: "The main package must have package name main and declare a function main that takes no arguments and
  // returns no value."
  if (id->name == "main" && pkg->name == "main") {
    errorAt(id, "cannot declare main - must be func");
    return;
  }
  declare(pkg->scope, id, obj);
  objMap[obj] = std::move(decl);
  obj->order = static_cast<uint32_t>(objMap.size());
}

void Checker::importSpec(const syntax::ImportSpec* s, Scope* fileScope) {
  if (!s->path || s->path->bad) return;  // reported by the parser
  std::string path;
  std::string err;
  if (!validatedImportPath(s->path->value, path, err)) {
    errorAt(s->path, "invalid import path (" + err + ")");
    return;
  }
  Package* imp = importer.import(path, err);
  bool fake = false;
  if (!imp) {
    error(s->path->pos(), "could not import " + path + " (" + err + ")");
    // Continue with an empty package so that uses of the name report nothing further.
    imp = ctx.objects.makePackage(path, std::string(pathBase(path)));
    fakeImports.insert(imp);
    fake = true;
  }
  std::string_view name = imp->name;
  if (s->name) name = s->name->name;
  if (name == "init") {
    errorAt(s, "cannot import package as init - init must be a func");
    return;
  }
  if (std::find(pkg->imports.begin(), pkg->imports.end(), imp) == pkg->imports.end()) pkg->imports.push_back(imp);

  auto* pkgName = ctx.objects.makeObject<PkgName>(name, pkg, s->pos(), imp);
  if (s->name) {
    recordDef(s->name, pkgName);  // in a dot-import, the dot represents the package
  } else {
    recordImplicit(s, pkgName);
  }
  if (fake) pkgName->used = true;
  pkgName->parent = fileScope;  // also for dot and blank imports, which are not declared: their file's dialect
  imports.push_back(pkgName);

  if (name == ".") {
    // Merge the package's exported objects into the file scope.
    for (const auto& [objName, obj] : imp->scope->elems()) {
      if (!obj->isExported()) continue;
      if (Object* alt = fileScope->lookup(objName)) {
        std::string msg = std::string(alt->name) + " redeclared in this block";
        if (alt->pos.isValid())
          msg += "\n\t" + diags.sources().describe(alt->pos) + ": other declaration of " + std::string(alt->name);
        errorAt(s->name, msg);
      } else {
        fileScope->insert(obj);
        dotImportMap[{fileScope, objName}] = pkgName;
      }
    }
    return;
  }
  declare(fileScope, nullptr, pkgName);
}

void Checker::collectObjects(std::span<const syntax::File* const> files) {
  struct MethodInfo {
    Func* obj;
    bool ptr;
    const syntax::Ident* recv;
  };
  std::vector<MethodInfo> methodInfos;  // methods with a receiver base type name and a non-blank name
  std::vector<Scope*> fileScopes;
  bool userPackage = stdlib::packageFiles(pkg->path).empty();
  errorsAtStart = diags.errorCount();

  for (const syntax::File* file : files) {
    // The package identifier denotes the current package, but there is no corresponding package object.
    recordDef(file->packageName, nullptr);
    Scope* fileScope = newScope(pkg->scope, file, "file");
    fileScopes.push_back(fileScope);
    scopeFiles[fileScope] = file;

    for (const syntax::Decl* decl : file->decls) {
      if (auto* fdecl = syntax::dyn_cast<syntax::FuncDecl>(decl)) {
        std::string_view name = fdecl->name->name;
        auto* obj = ctx.objects.makeObject<Func>(name, nullptr, pkg, fdecl->name->pos());
        obj->decl = fdecl;
        obj->isNative = fdecl->body == nullptr;
        if (!fdecl->recv) {
          if (name == "init" || (name == "main" && pkg->name == "main")) {
            if (!fdecl->type->params.empty() || !fdecl->type->results.empty())
              errorAt(fdecl->name, "func " + std::string(name) + " must have no arguments and no return values");
          }
          if (name == "init") {
            // init functions are not declared in the package scope: they cannot be referred to
            obj->parent = pkg->scope;
            recordDef(fdecl->name, obj);
          } else {
            declare(pkg->scope, fdecl->name, obj);
          }
          // Functions without body are natives of the standard library; a program must give every body.
          if (!fdecl->body && name == "init") {
            errorAt(fdecl->name, "missing function body");
          } else if (!fdecl->body && userPackage) {
            missingBodies.push_back(fdecl->name->pos());
          }
        } else {
          bool ptr = false;
          const syntax::Ident* recv = unpackRecv(fdecl->recv->type, ptr);
          if (recv && name != "_") methodInfos.push_back({obj, ptr, recv});
          recordDef(fdecl->name, obj);
          // gc reports it at the receiver's `(`, which precedes the receiver's first token.
          if (!fdecl->body && userPackage) {
            Pos at = fdecl->recv->pos();
            if (at.offset > 0) --at.offset;
            missingBodies.push_back(at);
          }
        }
        DeclInfo d;
        d.fileScope = fileScope;
        d.file = file;
        d.funcDecl = fdecl;
        objMap[obj] = std::move(d);
        obj->order = static_cast<uint32_t>(objMap.size());
        continue;
      }
      auto* gen = syntax::dyn_cast<syntax::GenDecl>(decl);
      if (!gen) continue;  // BadDecl: reported by the parser
      // The last const spec with a type or values in this declaration (Go spec "Iota": an omitted expression
      // list repeats the previous one).
      const syntax::ValueSpec* last = nullptr;
      for (const syntax::Spec* spec : gen->specs) {
        if (auto* is = syntax::dyn_cast<syntax::ImportSpec>(spec)) {
          importSpec(is, fileScope);
        } else if (auto* ts = syntax::dyn_cast<syntax::TypeSpec>(spec)) {
          auto* obj = ctx.objects.makeObject<TypeName>(ts->name->name, nullptr, pkg, ts->name->pos());
          DeclInfo d;
          d.fileScope = fileScope;
          d.file = file;
          d.typeSpec = ts;
          declarePkgObj(ts->name, obj, std::move(d));
        } else if (auto* vs = syntax::dyn_cast<syntax::ValueSpec>(spec)) {
          if (gen->tok == syntax::TokenKind::KwConst) {
            bool inherited = true;
            if (vs->type || !vs->values.empty()) {
              last = vs;
              inherited = false;
            } else if (!last) {
              inherited = false;
            }
            std::span<syntax::Expr* const> values = last ? last->values : std::span<syntax::Expr* const>();
            for (size_t i = 0; i < vs->names.size(); ++i) {
              const syntax::Ident* id = vs->names[i];
              auto* obj = ctx.objects.makeObject<Const>(id->name, nullptr, pkg, id->pos(),
                                                         constant::makeInt64(vs->iota));
              DeclInfo d;
              d.fileScope = fileScope;
              d.file = file;
              d.valueSpec = vs;
              d.vtyp = last ? last->type : nullptr;
              d.init = i < values.size() ? values[i] : nullptr;
              d.inherited = inherited;
              declarePkgObj(id, obj, std::move(d));
            }
            // Constants must always have init values.
            arity(vs, values, true, inherited);
          } else {
            std::vector<Var*> lhs;
            for (const syntax::Ident* id : vs->names)
              lhs.push_back(ctx.objects.makeObject<Var>(id->name, nullptr, pkg, id->pos()));
            // With exactly one value for several variables, they share the initialiser (n:1 declaration).
            bool shared = vs->values.size() == 1 && vs->names.size() > 1;
            for (size_t i = 0; i < vs->names.size(); ++i) {
              DeclInfo d;
              d.fileScope = fileScope;
              d.file = file;
              d.valueSpec = vs;
              d.vtyp = vs->type;
              if (shared) {
                d.lhs = lhs;
                d.init = vs->values[0];
              } else if (i < vs->values.size()) {
                d.init = vs->values[i];
              }
              declarePkgObj(vs->names[i], lhs[i], std::move(d));
            }
            // If we have no type, we must have values.
            if (!vs->type || !vs->values.empty()) arity(vs, vs->values, false, false);
          }
        }
      }
    }
  }

  // Objects in package and file scopes must have different names.
  for (Scope* fileScope : fileScopes) {
    for (const auto& [name, obj] : fileScope->elems()) {
      Object* alt = pkg->scope->lookup(name);
      if (!alt) continue;
      std::string msg;
      if (auto* pn = dyn_cast<PkgName>(obj)) {
        msg = std::string(alt->name) + " already declared through import of " + packageString(pn->imported);
      } else {
        msg = std::string(alt->name) + " already declared through dot-import of " + packageString(obj->pkg);
      }
      if (obj->pos.isValid())
        msg += "\n\t" + diags.sources().describe(obj->pos) + ": other declaration of " + std::string(obj->name);
      error(alt->pos, msg);
    }
  }

  // Associate methods with their receiver base type names, following alias declarations (types2
  // resolveBaseTypeName). Methods with other receivers are checked like functions (funcType reports them).
  for (const MethodInfo& m : methodInfos) {
    bool ptr = m.ptr;
    const syntax::Ident* name = m.recv;
    std::unordered_set<TypeName*> seen;
    while (name) {
      auto* tname = dyn_cast<TypeName>(pkg->scope->lookup(name->name));
      if (!tname || seen.contains(tname)) break;
      const syntax::TypeSpec* tdecl = objMap[tname].typeSpec;
      if (!tdecl->isAlias()) {
        methods[tname].push_back(m.obj);
        break;
      }
      seen.insert(tname);
      const syntax::Expr* typ = tdecl->type;
      while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(typ)) typ = p->x;
      if (auto* star = syntax::dyn_cast<syntax::StarExpr>(typ)) {
        if (ptr) break;
        ptr = true;
        typ = star->x;
        while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(typ)) typ = p->x;
      }
      name = syntax::dyn_cast<syntax::Ident>(typ);
    }
  }
}

void Checker::packageObjects() {
  // Process package objects in source order for reproducible results.
  std::vector<Object*> objList;
  objList.reserve(objMap.size());
  for (auto& [obj, d] : objMap) objList.push_back(obj);
  std::sort(objList.begin(), objList.end(), [](Object* a, Object* b) { return a->order < b->order; });

  // Non-alias type declarations first, then aliases, then everything else: this avoids most situations where
  // the type of an alias is needed before it is available.
  std::vector<Object*> aliasList;
  std::vector<Object*> othersList;
  for (Object* obj : objList) {
    if (auto* tname = dyn_cast<TypeName>(obj)) {
      if (objMap[tname].typeSpec->isAlias()) {
        aliasList.push_back(obj);
      } else {
        objDecl(obj);
      }
    } else {
      othersList.push_back(obj);
    }
  }
  for (Object* obj : aliasList) objDecl(obj);
  for (Object* obj : othersList) objDecl(obj);

  // Methods whose receiver base type was not found were reported when their signature was checked.
  methods.clear();
  for (Named* t : pendingNamed) {
    if (!t->underlying) t->underlying = invalidType();
  }
  pendingNamed.clear();
}

void Checker::unusedImports() {
  // spec: "It is illegal (...) to directly import a package without referring to any of its exported
  // identifiers. To import a package solely for its side-effects (initialization), use the blank identifier as
  // explicit package name."
  for (PkgName* obj : imports) {
    if (obj->used || obj->name == "_") continue;
    const std::string& path = obj->imported->path;
    std::string msg;
    if (obj->name == "." || obj->name == pathBase(path)) {
      msg = "\"" + path + "\" imported and not used";
    } else {
      msg = "\"" + path + "\" imported as " + std::string(obj->name) + " and not used";
    }
    bool isVo = false;
    if (auto it = scopeFiles.find(obj->parent); it != scopeFiles.end())
      isVo = it->second->dialect == syntax::DialectKind::Vo;
    unusedError(obj->pos, std::move(msg), isVo);
  }
}

}  // namespace vo::types
