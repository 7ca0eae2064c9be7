// The universe scope: predeclared types, constants, `nil` and built-in functions (Go spec "Predeclared
// identifiers"), plus Vo's `assert` (LANGUAGE.md). Built once per process and shared read-only.
#pragma once

#include "compiler/types/object.h"
#include "compiler/types/type.h"

namespace vo::types {

/// The predeclared world. Package scopes have the universe scope as their parent.
class Universe {
 public:
  /// The process-wide universe (built on first use; thread-safe initialisation; never destroyed before exit).
  static const Universe& get();

  Scope* scope() const { return scope_; }
  /// The Basic type of a kind (`Typ[kind]` in types2); includes the untyped kinds and `invalid type`.
  Basic* basic(BasicKind kind) const { return basics_[static_cast<size_t>(kind)]; }
  /// `byte` and `rune`: aliases of uint8 and int32 with their own names.
  Basic* byteType() const { return byte_; }
  Basic* runeType() const { return rune_; }
  /// The predeclared `error`: a Named type with underlying `interface{ Error() string }`.
  Named* errorType() const { return error_; }
  /// `any`: an alias of `interface{}`.
  Type* anyType() const { return any_; }
  /// The empty interface `interface{}` used for `any`.
  Interface* emptyInterface() const { return emptyInterface_; }
  /// The object named `name` in the universe, or nullptr.
  Object* lookup(std::string_view name) const { return scope_->lookup(name); }

 private:
  Universe();
  mutable TypeContext types_;
  mutable ObjectArena objects_;
  Scope* scope_;
  Basic* basics_[static_cast<size_t>(BasicKind::UntypedNil) + 1] = {};
  Basic* byte_;
  Basic* rune_;
  Named* error_;
  Interface* emptyInterface_;
  Type* any_;
};

/// The default type of an untyped type (Go spec "Constants"): untyped bool→bool, int→int, rune→rune,
/// float→float64, complex→complex128, string→string; any other type (typed, or untyped nil) unchanged.
Type* defaultType(Type* t);

}  // namespace vo::types
