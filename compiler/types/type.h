// The representation of Go types for the type checker and every later stage (Go spec "Types").
//
// Design (follows cmd/compile/internal/types2: type.go, basic.go, named.go, struct.go, signature.go, interface.go):
//  - One class per type constructor; `Type::kind()` discriminates (LLVM-style isa/cast/dyn_cast below).
//  - Types are owned by a TypeContext and live as long as it. Composite types are NOT interned: two `[]int` built
//    separately are different objects, and `identical()` decides type identity structurally (Go spec "Type
//    identity"). Named types (defined types, predeclared basic types) are identical only to themselves.
//  - `underlying()` of a Named is set once the checker has resolved its declaration; until then it is nullptr.
//  - Objects (variables, functions, type names) are declared in object.h; types refer to them by pointer.
// Generics are not supported (LANGUAGE.md), so there are no type parameters, instances or unions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/constant/basic_kind.h"

namespace vo::types {

using constant::BasicKind;

class Var;
class Func;
class TypeName;

/// Every type constructor.
enum class TypeKind : uint8_t { Basic, Pointer, Array, Slice, Struct, Tuple, Signature, Interface, Map, Chan, Named };

/// Base of all types.
class Type {
 public:
  TypeKind kind() const { return kind_; }
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;
  virtual ~Type() = default;

 protected:
  explicit Type(TypeKind kind) : kind_(kind) {}

 private:
  TypeKind kind_;
};

template <class T>
bool isa(const Type* t) {
  return t && t->kind() == T::kKind;
}
template <class T>
T* cast(Type* t) {
  return static_cast<T*>(t);
}
template <class T>
const T* cast(const Type* t) {
  return static_cast<const T*>(t);
}
template <class T>
T* dyn_cast(Type* t) {
  return isa<T>(t) ? static_cast<T*>(t) : nullptr;
}
template <class T>
const T* dyn_cast(const Type* t) {
  return isa<T>(t) ? static_cast<const T*>(t) : nullptr;
}

/// Properties of a basic kind, as a bit set (types2 BasicInfo).
enum BasicInfo : uint8_t {
  kIsBoolean = 1 << 0,
  kIsInteger = 1 << 1,
  kIsUnsigned = 1 << 2,
  kIsFloat = 1 << 3,
  kIsComplex = 1 << 4,
  kIsString = 1 << 5,
  kIsUntyped = 1 << 6,
  kIsOrdered = kIsInteger | kIsFloat | kIsString,
  kIsNumeric = kIsInteger | kIsFloat | kIsComplex,
  kIsConstType = kIsBoolean | kIsNumeric | kIsString,
};

/// A predeclared basic type (`int`, `string`, `untyped float`, ...). `byte` and `rune` are separate Basic objects
/// with kinds Uint8 and Int32 and their own names, as in types2 (they are aliases: identical to uint8/int32).
class Basic : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Basic;
  Basic(BasicKind basicKind, uint8_t info, std::string_view name)
      : Type(kKind), basicKind(basicKind), info(info), name(name) {}
  const BasicKind basicKind;
  const uint8_t info;          ///< BasicInfo bits
  const std::string_view name; ///< `int`, `byte`, `untyped int`, `invalid type`
};

/// `*Elem`.
class Pointer : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Pointer;
  explicit Pointer(Type* elem) : Type(kKind), elem(elem) {}
  Type* elem;
};

/// `[Len]Elem`; `len` is -1 while unknown (an invalid length expression was reported).
class Array : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Array;
  Array(Type* elem, int64_t len) : Type(kKind), elem(elem), len(len) {}
  Type* elem;
  int64_t len;
};

/// `[]Elem`.
class Slice : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Slice;
  explicit Slice(Type* elem) : Type(kKind), elem(elem) {}
  Type* elem;
};

/// `struct { ... }`: fields in declaration order (embedded fields are Vars with `embedded` set) and their tags
/// ("" when absent; the decoded tag string, not the literal).
class Struct : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Struct;
  Struct(std::vector<Var*> fields, std::vector<std::string> tags)
      : Type(kKind), fields(std::move(fields)), tags(std::move(tags)) {}
  std::vector<Var*> fields;
  std::vector<std::string> tags;  ///< empty, or one entry per field
  std::string_view tag(size_t i) const { return i < tags.size() ? std::string_view(tags[i]) : std::string_view(); }
};

/// An ordered list of variables: the parameters or results of a signature, or the values of a multi-value
/// expression such as a call with several results. Not a type a program can write.
class Tuple : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Tuple;
  explicit Tuple(std::vector<Var*> vars) : Type(kKind), vars(std::move(vars)) {}
  std::vector<Var*> vars;
  size_t size() const { return vars.size(); }
};

/// A function or method signature. `recv` is set for methods (and for interface methods, to the interface).
/// When `variadic`, the last parameter's type is a Slice (`...T` is `[]T`).
class Signature : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Signature;
  Signature(Var* recv, Tuple* params, Tuple* results, bool variadic)
      : Type(kKind), recv(recv), params(params), results(results), variadic(variadic) {}
  Var* recv;
  Tuple* params;   ///< never nullptr (an empty Tuple when there are none)
  Tuple* results;  ///< never nullptr
  bool variadic;
};

/// `interface { ... }`. `methods` are the explicitly declared methods, `embeddeds` the embedded interface types.
/// `allMethods` is the complete method set (explicit and embedded, sorted by name with duplicates merged),
/// computed by the checker once all embedded interfaces are complete (`complete` tells whether it was).
class Interface : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Interface;
  Interface(std::vector<Func*> methods, std::vector<Type*> embeddeds)
      : Type(kKind), methods(std::move(methods)), embeddeds(std::move(embeddeds)) {}
  std::vector<Func*> methods;
  std::vector<Type*> embeddeds;
  std::vector<Func*> allMethods;
  bool complete = false;
  bool isEmpty() const { return complete ? allMethods.empty() : methods.empty() && embeddeds.empty(); }
};

/// `map[Key]Elem`.
class Map : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Map;
  Map(Type* key, Type* elem) : Type(kKind), key(key), elem(elem) {}
  Type* key;
  Type* elem;
};

/// Direction of a channel type.
enum class ChanDir : uint8_t { SendRecv, SendOnly, RecvOnly };

/// `chan Elem`, `chan<- Elem`, `<-chan Elem`.
class Chan : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Chan;
  Chan(ChanDir dir, Type* elem) : Type(kKind), dir(dir), elem(elem) {}
  ChanDir dir;
  Type* elem;
};

/// A defined type (Go spec "Type definitions"): its TypeName, its underlying type (nullptr until resolved; never
/// a Named once resolved) and its declared methods (with pointer or value receivers).
class Named : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::Named;
  explicit Named(TypeName* obj) : Type(kKind), obj(obj) {}
  TypeName* obj;
  Type* underlying = nullptr;
  std::vector<Func*> methods;
};

/// Owns types. Every type built during a compilation is created here and lives until the context is destroyed.
/// Not thread-safe.
class TypeContext {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto owned = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = owned.get();
    types_.push_back(std::move(owned));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Type>> types_;
};

// ---------------------------------------------------------------------------------------------------------------
// Predicates (Go spec "Properties of types and values"; types2 predicates.go)

/// The underlying type (Go spec "Underlying types"): the type itself unless it is Named. Returns nullptr for a
/// Named whose declaration is not resolved yet.
Type* underlying(Type* t);
const Type* underlying(const Type* t);

/// The Basic kind of `t`'s underlying type, or Invalid when it is not a basic type.
BasicKind basicKindOf(const Type* t);
/// True when `t`'s underlying type is Basic and has all `info` bits.
bool hasBasicInfo(const Type* t, uint8_t info);
inline bool isBoolean(const Type* t) { return hasBasicInfo(t, kIsBoolean); }
inline bool isInteger(const Type* t) { return hasBasicInfo(t, kIsInteger); }
inline bool isUnsigned(const Type* t) { return hasBasicInfo(t, kIsUnsigned); }
inline bool isFloat(const Type* t) { return hasBasicInfo(t, kIsFloat); }
inline bool isComplex(const Type* t) { return hasBasicInfo(t, kIsComplex); }
inline bool isString(const Type* t) { return hasBasicInfo(t, kIsString); }
inline bool isUntyped(const Type* t) { return hasBasicInfo(t, kIsUntyped); }
/// Numeric: integer, float or complex.
bool isNumeric(const Type* t);
/// Ordered (Go spec "Comparison operators"): integer, float or string.
bool isOrdered(const Type* t);
/// A type whose values can be constants: boolean, numeric or string.
bool isConstType(const Type* t);
/// True for interface types (underlying Interface).
bool isInterface(const Type* t);
/// The invalid type (a placeholder after an error has been reported).
bool isInvalid(const Type* t);
/// A type that has a name: Basic or Named (Go spec "named type").
bool isNamed(const Type* t);
/// Type identity (Go spec "Type identity"); field tags count unless `ignoreTags` (Go spec "Conversions": struct
/// tags are ignored when converting). Named types are identical only to themselves.
bool identical(const Type* x, const Type* y, bool ignoreTags = false);
/// Comparable with == (Go spec "Comparison operators"): not slices, maps, functions, and not structs or arrays
/// containing them. Interfaces are comparable (their dynamic values may panic at run time).
bool comparable(const Type* t);
/// Has nil as a value: pointer, function, slice, map, channel, interface (and untyped nil).
bool hasNil(const Type* t);
/// How types are printed: `TypeString` writes named types as `pkg.T`, except for the package `self`, whose
/// names print unqualified (gc's error messages qualify types of other packages only).
struct Qualifier {
  const void* self = nullptr;  ///< the Package* whose types print without a package name
};

/// Go source text of a type as gc prints it in messages: `[]int`, `map[string]*T`, `func(int, ...string) error`,
/// `struct{x int; y string}`, `interface{M()}`, `chan<- int`, `untyped int`, `fmt.Stringer`.
std::string typeString(const Type* t, Qualifier q = {});

}  // namespace vo::types
