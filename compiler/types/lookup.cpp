// Field and method lookup with Go's depth rules, missing methods and the implements relation (types2 lookup.go,
// methodset.go, and the implements part of instantiate.go). Method sets are not materialised: lookups walk the
// embedding structure directly, as types2 does.
#include <cctype>
#include <unordered_set>

#include "compiler/types/checker_impl.h"

namespace vo::types {

namespace {

/// `*T` → (T, true) for an unnamed pointer type; anything else → (t, false).
std::pair<Type*, bool> deref(Type* t) {
  if (auto* p = dyn_cast<Pointer>(t)) return {p->elem, true};
  return {t, false};
}

bool equalFold(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

bool samePkg(const Package* a, const Package* b) {
  if (!a || !b) return a == b;
  return a == b || a->path == b->path;
}

/// Go spec "Uniqueness of identifiers": the same name, and for unexported names the same package. With
/// `foldCase`, any name equal up to case matches (packages are ignored then).
bool sameId(const Object* obj, const Package* pkg, std::string_view name, bool foldCase) {
  if (foldCase && equalFold(obj->name, name)) return true;
  if (obj->name != name) return false;
  return obj->isExported() || samePkg(obj->pkg, pkg);
}

/// The index and method named `name` in `methods`, or {-1, nullptr}.
std::pair<int, Func*> lookupMethod(const std::vector<Func*>& methods, const Package* pkg, std::string_view name,
                                   bool foldCase) {
  for (size_t i = 0; i < methods.size(); ++i)
    if (sameId(methods[i], pkg, name, foldCase)) return {static_cast<int>(i), methods[i]};
  return {-1, nullptr};
}

/// Whether method `f` has a pointer receiver. Before its signature is checked, the receiver's syntax decides.
bool hasPtrRecv(const Func* f) {
  if (auto* sig = f->type ? dyn_cast<Signature>(f->type) : nullptr; sig && sig->recv && sig->recv->type)
    return isa<Pointer>(sig->recv->type);
  if (auto* decl = syntax::dyn_cast<syntax::FuncDecl>(f->decl); decl && decl->recv) {
    const syntax::Expr* t = decl->recv->type;
    while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(t)) t = p->x;
    return syntax::isa<syntax::StarExpr>(t);
  }
  return false;
}

std::vector<int> concat(const std::vector<int>& path, int i) {
  std::vector<int> r = path;
  r.push_back(i);
  return r;
}

/// A type embedded at the current search depth.
struct EmbeddedType {
  Type* type;
  std::vector<int> index;  ///< embedded field indices from depth 0
  bool indirect;           ///< a pointer was followed on the way
  bool multiples;          ///< the type occurs more than once at this depth
};

/// Merges entries of identical types into one marked `multiples` (a name found through them is ambiguous).
std::vector<EmbeddedType> consolidateMultiples(std::vector<EmbeddedType> list) {
  if (list.size() <= 1) return list;
  std::vector<EmbeddedType> out;
  for (EmbeddedType& e : list) {
    bool merged = false;
    for (EmbeddedType& o : out) {
      if (identical(o.type, e.type)) {
        o.multiples = true;
        merged = true;
        break;
      }
    }
    if (!merged) out.push_back(std::move(e));
  }
  return out;
}

/// An interface or a pointer to one.
bool isInterfacePtr(const Type* t) {
  auto* p = dyn_cast<Pointer>(underlying(t));
  return p && isInterface(p->elem);
}

/// Why a type lacks an interface method (types2 missingMethod's states).
enum class MissingKind { Ok, NotFound, WrongName, Unexported, WrongSig, AmbigSel, PtrRecv, Field };

struct MissingMethod {
  MissingKind kind = MissingKind::Ok;
  Func* method = nullptr;  ///< the interface's method
  Func* have = nullptr;    ///< V's method of that name (WrongName, Unexported, WrongSig)
};

MissingMethod findMissingMethod(Checker& check, Type* V, Type* T, bool isStatic) {
  MissingMethod r;
  auto* ti = dyn_cast<Interface>(underlying(T));
  if (!ti) return r;
  check.completeInterface(Pos{}, ti);
  if (ti->allMethods.empty()) return r;

  if (auto* vi = dyn_cast<Interface>(underlying(V))) {
    check.completeInterface(Pos{}, vi);
    for (Func* m : ti->allMethods) {
      auto [i, f] = lookupMethod(vi->allMethods, m->pkg, m->name, false);
      if (!f) {
        if (!isStatic) continue;
        return {MissingKind::NotFound, m, nullptr};
      }
      if (!identical(f->type, m->type)) return {MissingKind::WrongSig, m, f};
    }
    return r;
  }

  for (Func* m : ti->allMethods) {
    std::vector<int> index;
    bool indirect = false;
    Object* obj = check.lookupFieldOrMethodImpl(V, false, m->pkg, m->name, false, index, indirect);
    if (!obj) {
      if (!index.empty()) return {MissingKind::AmbigSel, m, nullptr};
      if (indirect) return {MissingKind::PtrRecv, m, nullptr};
      // a method whose name differs only in case (or is unexported in another package) makes a better hint
      obj = check.lookupFieldOrMethodImpl(V, false, m->pkg, m->name, true, index, indirect);
      if (auto* f = dyn_cast<Func>(obj)) {
        return {f->name == m->name ? MissingKind::Unexported : MissingKind::WrongName, m, f};
      }
      return {MissingKind::NotFound, m, nullptr};
    }
    auto* f = dyn_cast<Func>(obj);
    if (!f) return {MissingKind::Field, m, nullptr};
    if (!f->type) check.objDecl(f);  // the method's signature may not be checked yet
    if (!identical(f->type, m->type)) return {MissingKind::WrongSig, m, f};
  }
  return r;
}

}  // namespace

Object* Checker::lookupFieldOrMethod(Type* T, bool addressable, Package* pkg, std::string_view name,
                                     std::vector<int>& index, bool& indirect, bool& ambiguous) {
  ambiguous = false;
  // Methods cannot be declared on a named pointer type (spec: the receiver base type "must not be a pointer or
  // interface type"): look through it for fields, but a method found belongs to the base type, not to T.
  if (auto* named = dyn_cast<Named>(T)) {
    if (auto* p = dyn_cast<Pointer>(named->underlying)) {
      Object* obj = lookupFieldOrMethodImpl(p, false, pkg, name, false, index, indirect);
      if (isa<Func>(obj)) {
        index.clear();
        indirect = false;
        return nullptr;
      }
      ambiguous = !obj && !index.empty();
      return obj;
    }
  }
  Object* obj = lookupFieldOrMethodImpl(T, addressable, pkg, name, false, index, indirect);
  ambiguous = !obj && !index.empty();
  return obj;
}

Object* Checker::lookupFieldOrMethodImpl(Type* T, bool addressable, Package* pkg, std::string_view name, bool foldCase,
                                         std::vector<int>& index, bool& indirect) {
  index.clear();
  indirect = false;
  if (name == "_" || !T) return nullptr;  // blank fields and methods are never found

  auto [typ, isPtr] = deref(T);
  // *I for an interface I has no methods
  if (isPtr && isInterface(typ)) return nullptr;

  // Breadth-first over the embedding levels: the shallowest depth with a match wins; two matches at that depth
  // are ambiguous.
  std::vector<EmbeddedType> current{{typ, {}, isPtr, false}};
  std::unordered_set<const Named*> seen;  // a named type met again deeper is shadowed (and ends recursion)
  Object* obj = nullptr;
  while (!current.empty()) {
    std::vector<EmbeddedType> next;
    for (const EmbeddedType& e : current) {
      Type* t = e.type;
      if (auto* named = dyn_cast<Named>(t)) {
        if (!seen.insert(named).second) continue;
        if (auto [i, m] = lookupMethod(named->methods, pkg, name, foldCase); m) {
          index = concat(e.index, i);
          if (obj || e.multiples) {
            indirect = false;
            return nullptr;  // collision
          }
          obj = m;
          indirect = e.indirect;
          continue;  // no field or interface method can match as well
        }
      }
      Type* u = underlying(t);
      if (auto* st = dyn_cast<Struct>(u)) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          Var* f = st->fields[i];
          if (sameId(f, pkg, name, foldCase)) {
            index = concat(e.index, static_cast<int>(i));
            if (obj || e.multiples) {
              indirect = false;
              return nullptr;  // collision
            }
            obj = f;
            indirect = e.indirect;
            continue;
          }
          // Embedded fields are searched at the next depth, unless this depth already has a match. If e's type
          // occurs several times at this depth, so do its embedded types at the next.
          if (!obj && f->embedded) {
            auto [ft, fptr] = deref(f->type);
            next.push_back({ft, concat(e.index, static_cast<int>(i)), e.indirect || fptr, e.multiples});
          }
        }
      } else if (auto* it = dyn_cast<Interface>(u)) {
        completeInterface(Pos{}, it);
        if (auto [i, m] = lookupMethod(it->allMethods, pkg, name, foldCase); m) {
          index = concat(e.index, i);
          if (obj || e.multiples) {
            indirect = false;
            return nullptr;  // collision
          }
          obj = m;
          indirect = e.indirect;
        }
      }
    }

    if (obj) {
      // spec: "A method call x.m() is valid if the method set of (the type of) x contains m ... If x is
      // addressable and &x's method set contains m, x.m() is shorthand for (&x).m()".
      if (auto* f = dyn_cast<Func>(obj); f && hasPtrRecv(f) && !indirect && !addressable) {
        index.clear();
        indirect = true;  // a pointer or an addressable receiver is required
        return nullptr;
      }
      return obj;
    }
    current = consolidateMultiples(std::move(next));
  }
  index.clear();
  indirect = false;
  return nullptr;
}

Func* Checker::missingMethod(Type* T, Interface* iface, bool isStatic, Func*& wrongType, bool& ptrRecv) {
  MissingMethod r = findMissingMethod(*this, T, iface, isStatic);
  wrongType = r.kind == MissingKind::WrongSig ? r.have : nullptr;
  ptrRecv = r.kind == MissingKind::PtrRecv;
  return r.method;
}

Func* Checker::missingMethodCause(Type* V, Type* T, bool isStatic, std::string* cause, bool& wrongType) {
  MissingMethod r = findMissingMethod(*this, V, T, isStatic);
  wrongType = r.kind == MissingKind::WrongSig || r.kind == MissingKind::PtrRecv;
  if (r.kind == MissingKind::Ok || !cause) return r.method;
  if (r.have && !r.have->type) objDecl(r.have);  // printed below: needs its signature
  std::string m(r.method->name);
  switch (r.kind) {
    case MissingKind::NotFound:
      if (isInterfacePtr(V)) {
        *cause = "(type " + typeStr(V) + " is pointer to interface, not interface)";
      } else if (isInterfacePtr(T)) {
        *cause = "(type " + typeStr(T) + " is pointer to interface, not interface)";
      } else {
        *cause = "(missing method " + m + ")";
      }
      break;
    case MissingKind::WrongName:
      *cause = "(missing method " + m + ")\n\t\thave " + funcString(r.have, false) + "\n\t\twant " +
               funcString(r.method, false);
      break;
    case MissingKind::Unexported:
      *cause = "(unexported method " + m + ")";
      break;
    case MissingKind::WrongSig: {
      std::string fs = funcString(r.have, false);
      std::string ms = funcString(r.method, false);
      if (fs == ms) {
        // don't report `have M(T) want M(T)`: qualify the types to tell them apart
        fs = funcString(r.have, true);
        ms = funcString(r.method, true);
      }
      if (fs == ms) {
        *cause = "(wrong type for method " + m + ")";
      } else {
        *cause = "(wrong type for method " + m + ")\n\t\thave " + fs + "\n\t\twant " + ms;
      }
      break;
    }
    case MissingKind::AmbigSel:
      *cause = "(ambiguous selector " + typeStr(V) + "." + m + ")";
      break;
    case MissingKind::PtrRecv:
      *cause = "(method " + m + " has pointer receiver)";
      break;
    case MissingKind::Field:
      *cause = "(" + typeStr(V) + "." + m + " is a field, not a method)";
      break;
    case MissingKind::Ok:
      break;
  }
  return r.method;
}

bool Checker::implements(Type* V, Type* T, std::string& cause) {
  Type* vu = underlying(V);
  Type* tu = underlying(T);
  if (!vu || !tu || isInvalid(vu) || isInvalid(tu)) return true;  // avoid follow-on errors
  if (auto* p = dyn_cast<Pointer>(vu); p && (!underlying(p->elem) || isInvalid(underlying(p->elem)))) return true;

  auto* ti = dyn_cast<Interface>(tu);
  if (!ti) {
    std::string detail = isInterfacePtr(tu) ? "type " + typeStr(T) + " is pointer to interface, not interface"
                                            : typeStr(T) + " is not an interface";
    cause = typeStr(V) + " does not implement " + typeStr(T) + " (" + detail + ")";
    return false;
  }
  completeInterface(Pos{}, ti);
  if (ti->allMethods.empty()) return true;  // every type implements the empty interface

  std::string why;
  bool wrongType = false;
  if (missingMethodCause(V, T, /*isStatic=*/true, &why, wrongType)) {
    cause = typeStr(V) + " does not implement " + typeStr(T) + " " + why;
    return false;
  }
  return true;
}

bool Checker::assertableTo(Type* V, Type* T, std::string& cause) {
  // spec: "If T is an interface type, x.(T) asserts that the dynamic type of x implements the interface T":
  // nothing to check statically.
  if (isInterface(T)) return true;
  bool wrongType = false;
  return missingMethodCause(T, V, /*isStatic=*/false, &cause, wrongType) == nullptr;
}

std::string Checker::funcString(const Func* f, bool pkgInfo) const {
  Qualifier q = pkgInfo ? Qualifier{} : Qualifier{pkg};
  std::string out(f->name);
  auto* sig = dyn_cast<Signature>(f->type);
  if (!sig) return out + "()";
  auto tuple = [&](const Tuple* t, bool variadic) {
    std::string s = "(";
    for (size_t i = 0; i < t->size(); ++i) {
      if (i) s += ", ";
      const Type* pt = t->vars[i]->type;
      if (variadic && i + 1 == t->size()) {
        if (auto* sl = dyn_cast<Slice>(pt)) {
          s += "..." + typeString(sl->elem, q);
          continue;
        }
      }
      s += typeString(pt, q);
    }
    return s + ")";
  };
  out += tuple(sig->params, sig->variadic);
  if (sig->results->size() == 1) {
    out += " " + typeString(sig->results->vars[0]->type, q);
  } else if (sig->results->size() > 1) {
    out += " " + tuple(sig->results, false);
  }
  return out;
}

}  // namespace vo::types
