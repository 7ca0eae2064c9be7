// Named language entities (Go spec "Declarations and scope"): the objects identifiers denote, the scopes that
// hold them, and packages. Follows types2 object.go, scope.go and package.go.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/basic/source_manager.h"
#include "compiler/constant/constant.h"
#include "compiler/types/type.h"

namespace vo::syntax {
class Node;
}

namespace vo::types {

class Package;
class Scope;

/// Exported (Go spec "Exported identifiers"): the name starts with an upper-case letter (Unicode Lu).
bool isExportedName(std::string_view name);

/// Every kind of object.
enum class ObjectKind : uint8_t {
  Var,       ///< variable, parameter, result, or struct field
  Const,     ///< constant (with its exact value)
  TypeName,  ///< defined type, alias, or predeclared type name
  Func,      ///< function or method
  PkgName,   ///< imported package name in a file scope
  Builtin,   ///< predeclared function (`len`, `append`, ..., Vo's `assert`)
  Label,     ///< statement label
  Nil,       ///< the predeclared `nil`
};

/// An object: what an identifier denotes. `pkg` is nullptr for objects of the universe scope. `pos` is the
/// position of the declaring identifier (invalid for predeclared objects). `parent` is the scope the object is
/// declared in (nullptr for fields and methods, which live in types, not scopes).
class Object {
 public:
  ObjectKind kind() const { return kind_; }
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  std::string_view name;
  Type* type = nullptr;  ///< nullptr while the declaration is being checked
  Package* pkg = nullptr;
  Pos pos;
  Scope* parent = nullptr;
  /// Exported (Go spec "Exported identifiers"): starts with an upper-case letter (Unicode Lu).
  bool isExported() const;
  /// Declaration order within its package, for deterministic error and initialisation order.
  uint32_t order = 0;

 protected:
  Object(ObjectKind kind, std::string_view name, Type* type, Package* pkg, Pos pos)
      : name(name), type(type), pkg(pkg), pos(pos), kind_(kind) {}

 private:
  ObjectKind kind_;
};

template <class T>
bool isa(const Object* o) {
  return o && o->kind() == T::kKind;
}
template <class T>
T* cast(Object* o) {
  return static_cast<T*>(o);
}
template <class T>
const T* cast(const Object* o) {
  return static_cast<const T*>(o);
}
template <class T>
T* dyn_cast(Object* o) {
  return isa<T>(o) ? static_cast<T*>(o) : nullptr;
}
template <class T>
const T* dyn_cast(const Object* o) {
  return isa<T>(o) ? static_cast<const T*>(o) : nullptr;
}

/// A variable, parameter, result or struct field.
class Var : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::Var;
  Var(std::string_view name, Type* type, Package* pkg, Pos pos) : Object(kKind, name, type, pkg, pos) {}
  bool isField = false;     ///< a struct field
  bool embedded = false;    ///< an embedded struct field (its name is the type's name)
  bool isParam = false;     ///< a parameter, result or receiver
  bool used = false;        ///< read somewhere (for `declared and not used`)
};

/// A declared constant with its exact value (`value` is Unknown after an error).
class Const : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::Const;
  Const(std::string_view name, Type* type, Package* pkg, Pos pos, constant::Value value)
      : Object(kKind, name, type, pkg, pos), value(std::move(value)) {}
  constant::Value value;
};

/// A type name: a defined type (type is Named), an alias (type is the aliased type), or a predeclared type.
class TypeName : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::TypeName;
  TypeName(std::string_view name, Type* type, Package* pkg, Pos pos) : Object(kKind, name, type, pkg, pos) {}
  bool isAlias = false;
};

/// A function or method; `type` is its Signature (with `recv` set for methods). `decl` is the FuncDecl (or the
/// interface method Field) that declared it, nullptr for natives without source.
class Func : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::Func;
  Func(std::string_view name, Signature* sig, Package* pkg, Pos pos) : Object(kKind, name, sig, pkg, pos) {}
  Signature* signature() const { return cast<Signature>(type); }
  const syntax::Node* decl = nullptr;
  /// Declared without a body: implemented natively by the runtime or standard library.
  bool isNative = false;
};

/// An imported package name, declared in a file's scope (`import f "fmt"` declares `f`).
class PkgName : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::PkgName;
  PkgName(std::string_view name, Package* pkg, Pos pos, Package* imported)
      : Object(kKind, name, nullptr, pkg, pos), imported(imported) {}
  Package* imported;
  bool used = false;  ///< for `"fmt" imported and not used`
};

/// The predeclared functions (Go spec "Built-in functions") plus Vo's `assert` (LANGUAGE.md).
enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println, Real,
  Recover, Assert,
};

/// A predeclared function. Its `type` is nullptr: calls are typed case by case.
class Builtin : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::Builtin;
  Builtin(std::string_view name, BuiltinId id) : Object(kKind, name, nullptr, nullptr, Pos{}), id(id) {}
  BuiltinId id;
};

/// A statement label (labels have their own scope per function).
class Label : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::Label;
  Label(std::string_view name, Pos pos) : Object(kKind, name, nullptr, nullptr, pos) {}
  bool used = false;
};

/// The predeclared `nil` (type: untyped nil).
class Nil : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::Nil;
  explicit Nil(Type* untypedNil) : Object(kKind, "nil", untypedNil, nullptr, Pos{}) {}
};

/// A lexical scope (Go spec "Declarations and scope"): universe, package, file, function, block. Lookup walks up
/// the parents. Names are kept in a sorted map so that iteration (and thus error order) is deterministic.
class Scope {
 public:
  Scope(Scope* parent, std::string_view comment) : parent(parent), comment(comment) {}
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

  /// The object named `name` in this scope only, or nullptr.
  Object* lookup(std::string_view name) const;
  /// The innermost object named `name` in this scope or its parents, and the scope it was found in.
  Object* lookupParent(std::string_view name, Scope** found = nullptr) const;
  /// Declares `obj` here; returns the object already declared with that name (and declares nothing) or nullptr.
  /// The blank identifier `_` is never declared.
  Object* insert(Object* obj);

  Scope* parent;
  std::vector<Scope*> children;
  std::string_view comment;  ///< "universe", "package fmt", "file x.go", "function f", "block" (debugging)
  bool isFunc = false;       ///< the outermost scope of a function body (parameters live here)
  const std::map<std::string_view, Object*>& elems() const { return elems_; }

 private:
  std::map<std::string_view, Object*> elems_;
};

/// A package: its import path, name and package scope. `complete` once all its files were checked.
class Package {
 public:
  Package(std::string path, std::string name, Scope* scope) : path(std::move(path)), name(std::move(name)), scope(scope) {}
  std::string path;  ///< import path ("fmt", "unicode/utf8"; "main" for the program)
  std::string name;  ///< package name from the package clause
  Scope* scope;
  std::vector<Package*> imports;
  bool complete = false;
};

/// Owns objects, scopes and packages, like TypeContext owns types.
class ObjectArena {
 public:
  template <class T, class... Args>
  T* makeObject(Args&&... args) {
    auto owned = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = owned.get();
    objects_.push_back(std::move(owned));
    return raw;
  }
  Scope* makeScope(Scope* parent, std::string_view comment);
  Package* makePackage(std::string path, std::string name);

 private:
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
};

}  // namespace vo::types
