// The code generator's run-time type descriptors: one rt::TypeDesc per Go type identity, built from types::Type.
//
// TypeTable turns checker types into the descriptors the executors use (runtime-core/type_desc.h): Go amd64 sizes,
// alignments and field offsets (cmd/compile/internal/types/size.go), the register flattening (DESIGN.md invariant
// 1), flags, reflect-style names (reflect.Type.String()) and method sets (types2 methodset.go, sorted like the
// runtime: cmd/compile's types.Sym.Less).
//
// Canonicalisation (DESIGN.md invariant 3): checker types are not interned, so two `[]int` built separately are
// different objects. `get` first looks the object up in a pointer cache; on a miss it computes a structural hash
// (named types hash by identity, so hashing stops at them and recursive types terminate), then compares with
// types::identical only against the descriptors in that hash bucket. Each Type object is hashed once.
//
// Recursive types (`type T struct{ next *T }`) work because a descriptor is registered before its element
// descriptors are requested; size, alignment, flags, slots and names are computed from types::Type directly and
// never read a descriptor that may still be being filled.
//
// What is left to the code generator: Method::ifaceFunc (kNoFunc until it generates the interface-pair wrappers)
// and Module::globalsType. Flags: kTypeNamed is set for defined types and for the predeclared basic types (both
// have a name, as reflect's tflagNamed); kTypeDirect follows Go's isdirectiface for pointer-shaped types plus the
// design's "pointer-free and at most 8 bytes" rule (DESIGN.md invariant 4). A method's Signature (recv set) is
// identical to the func type without receiver, so get() on it gives the method value's type.
//
// Not supported: type parameters (the language has none), complex numbers in registers beyond the "two Float
// slots" layout.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/types/object.h"
#include "compiler/types/type.h"
#include "runtime-core/module.h"
#include "runtime-core/type_desc.h"

namespace vo::codegen {

/// One method of a concrete type's method set (types2 Selection of kind MethodVal), parallel to
/// `TypeTable::get(t)->methods`.
struct MethodRef {
  /// The declared method. For a method promoted from an embedded interface field this is the interface's method
  /// (its signature's recv type is the interface): call it through the interface value found at `path`.
  const types::Func* method = nullptr;
  /// Embedded field indices from the receiver type (after dereferencing it, if it is a pointer) to the type that
  /// declares the method; empty for a method declared on the type itself.
  std::vector<int> path;
  /// A pointer is dereferenced on the way: the receiver type is a pointer, or an embedded field on the path is one
  /// (types2 Selection.indirect).
  bool indirect = false;
  /// The method was declared with a pointer receiver (`func (t *T) M()`).
  bool ptrRecv = false;
};

/// Builds and owns the mapping from checker types to a Module's type descriptors. Not thread-safe. The TypeTable
/// must not outlive the Module or the checker's types.
class TypeTable {
 public:
  /// Registers descriptors in `m.types` (appending; `types[i]->index == i`). `m` may already hold descriptors;
  /// they are not reused.
  explicit TypeTable(rt::Module& m);
  ~TypeTable();
  TypeTable(const TypeTable&) = delete;
  TypeTable& operator=(const TypeTable&) = delete;

  /// The descriptor of `t`, the same object for identical types (types::identical, tags included). Untyped
  /// constant types map to their default types (untyped int → int, rune → int32, float → float64, bool → bool,
  /// string → string). Asserts on nullptr, untyped nil, invalid types and tuples.
  rt::TypeDesc* get(const types::Type* t);

  /// The method set of `t` in the order of `get(t)->methods` (see TypeDesc::methods for which types have one).
  const std::vector<MethodRef>& methodSet(const types::Type* t);

  /// Number of 8-byte register slots a value of `t` is flattened into (0 for zero-size values). May be larger than
  /// get(t)->slots.size() for huge types, whose slot list is not materialised (kMaxMaterialisedSlots).
  int numSlots(const types::Type* t);
  /// The kinds of the flattened slots, in memory order (what a function's slotKinds holds for a value of `t`).
  /// Asserts when numSlots(t) > kMaxMaterialisedSlots.
  std::vector<rt::SlotKind> slotKinds(const types::Type* t);
  /// Go amd64 size in bytes (unsafe.Sizeof).
  uint64_t sizeOf(const types::Type* t);
  /// Go amd64 alignment in bytes (unsafe.Alignof).
  uint64_t alignOf(const types::Type* t);
  /// Whether an interface holds a value of `t` in its data word itself (Go's types.IsDirectIface): a pointer, map,
  /// channel, function or unsafe.Pointer, or a one-field struct or one-element array of one.
  bool pointerShaped(const types::Type* t);
  /// Byte offset of field `i` of struct `s` (unsafe.Offsetof).
  uint64_t fieldOffset(const types::Struct* s, int i);
  /// Whether the method sets built from now on record each method's func type (Method::type, the signature
  /// without receiver). Off by default, which keeps modules smaller; the Generator turns it on before building
  /// any descriptor when the program contains package dyn, whose CallMethod checks arguments by it.
  void setMethodTypes(bool on);

  /// Types flattened into more slots than this get an empty TypeDesc::slots (they never live in registers: the
  /// escape analysis keeps values above escape::kMaxFrameSlots on the heap); users must walk fields/elem instead.
  static constexpr uint64_t kMaxMaterialisedSlots = 1u << 16;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// reflect's Type.String() of `t` ("main.T", "[]int", "map[string]int", "struct { X int; y string }",
/// "interface { M() }", "func(int, ...string) (int, error)", "chan (<-chan int)", "uint8" for byte). Named types
/// print with their package name; untyped types with their default type's name.
std::string reflectTypeString(const types::Type* t);

/// The method set of `t` computed as types2 NewMethodSet does (depth-wise, shallower names shadow deeper ones,
/// collisions at one depth remove the name), restricted to what the method set of `t` contains (value receivers
/// only, unless `t` is a pointer or the method is reached through an embedded pointer). Interfaces and pointers to
/// interfaces give an empty set. Sorted by (exported first, name, package path), like the runtime's method tables.
std::vector<MethodRef> computeMethodSet(const types::Type* t);

}  // namespace vo::codegen
