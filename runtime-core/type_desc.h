// Run-time type descriptors and interface tables, shared by the VM, the JIT, the AOT backend and the stdlib
// natives (DESIGN.md invariants 3 and 4).
//
// A TypeDesc describes one Go type as it exists at run time: its Go amd64 size and alignment, how it is flattened
// into 8-byte register slots, whether it holds GC pointers, and everything `fmt`, equality, hashing and interface
// tables need. The code generator builds them from types::Type (compiler/codegen), one per type identity (Go spec
// "Type identity"), so two descriptors of a Module are identical types exactly when they are the same object:
// comparing dynamic types is pointer comparison. They are owned by the Module (module.h) and never change after
// the Module is loaded. Field names and kinds follow Go's reflect package (reflect/type.go).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vo::rt {

/// The kind of a type, in reflect.Kind's order.
enum class Kind : uint8_t {
  Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64,
  Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice, String, Struct, UnsafePointer,
};

/// The kind of one 8-byte register slot (DESIGN.md invariant 1); fixed for a slot's whole life in a function.
enum class SlotKind : uint8_t {
  Scalar,     ///< an integer, bool, or the len/cap word of a string or slice
  Float,      ///< a float64 or float32 (held as double)
  Ptr,        ///< a GC pointer or nil (may point into non-heap memory: constants, globals, static closures)
  IfaceType,  ///< an interface's type word: TypeDesc* (empty interface) or Itab* (otherwise), or 0
  IfaceData,  ///< an interface's data word: a pointer when the type word's type is not Direct or has pointers
};

/// How one register slot of a flattened value maps to the value's memory (Go layout).
struct SlotLayout {
  uint32_t offset = 0;  ///< byte offset of the slot's part in memory
  SlotKind kind = SlotKind::Scalar;
  uint8_t width = 8;    ///< bytes in memory: 1, 2, 4 or 8
  bool isSigned = false;   ///< sign-extend on load (Scalar with width < 8)
  bool isFloat32 = false;  ///< a float32 in memory (Float slots)
};

/// TypeDesc::flags bits.
enum TypeFlags : uint16_t {
  kTypeDirect = 1 << 0,      ///< stored in an interface's data word itself, not boxed (pointer-shaped, or
                             ///< pointer-free and at most 8 bytes)
  kTypeHasPointers = 1 << 1, ///< values contain GC pointers (strings, slices, pointers, maps, chans, funcs, ifaces)
  kTypeComparable = 1 << 2,  ///< == is defined (Go spec "Comparison operators")
  kTypeNamed = 1 << 3,       ///< a defined type (has a package path and a name)
};

struct TypeDesc;

/// The first word of every TypeDesc and every Itab, so that an interface type word can be interpreted without its
/// static type (register slots of kind IfaceType, EqIface on two register pairs, the GC scanning registers): read
/// the tag through the pointer. TypeDesc default-initialises it; getItab (runtime.h) sets it on the itabs it
/// builds. Whoever else constructs an Itab must keep `tag = DescTag::Itab`. Use typeOfTypeWord() below.
enum class DescTag : uint32_t {
  TypeDesc = 0x54594445,  ///< "TYDE"
  Itab = 0x49544142,      ///< "ITAB"
};

/// Runtime-private per-type data (GC pointer map, equality/hash strategy), built lazily by runtime-core
/// (runtime-core/type_info.h). Opaque outside the runtime.
struct TypeRtInfo;

/// A struct field (reflect.StructField).
struct StructField {
  std::string name;            ///< the field name ("" never: embedded fields use the type's name)
  const TypeDesc* type = nullptr;
  uint32_t offset = 0;         ///< byte offset in the struct (Go layout)
  uint32_t firstSlot = 0;      ///< index of its first slot in the struct's flattening (TypeDesc::slots)
  bool embedded = false;
  bool exported = false;
  std::string tag;
};

/// An interface's method (sorted by name, then package path); its position is the MethodIndex of CallIface.
struct IMethod {
  std::string name;
  std::string pkgPath;    ///< "" for exported names; the declaring package for unexported ones
  std::string signature;  ///< the method's func type without receiver, as reflect prints it: "func(int) string"
};

/// A method of a concrete type's method set (sorted like IMethod).
struct Method {
  std::string name;
  std::string pkgPath;
  std::string signature;
  uint32_t ifaceFunc = UINT32_MAX;  ///< funcs index of the variant taking the receiver as an interface pair
                                    ///< (what itabs hold); UINT32_MAX when not generated
  /// The method's func type without receiver (params, results, variadic), what `signature` prints; package dyn's
  /// CallMethod checks and flattens arguments by it. Set only in programs containing package dyn (nullptr else).
  const TypeDesc* type = nullptr;
};

/// Sentinel for absent func indices.
inline constexpr uint32_t kNoFunc = UINT32_MAX;

/// One run-time type (reflect.rtype and its kind-specific extensions in one struct).
struct TypeDesc {
  DescTag tag = DescTag::TypeDesc;  ///< always DescTag::TypeDesc (tells a TypeDesc* from an Itab*, see DescTag)
  uint32_t index = 0;  ///< position in Module::types
  Kind kind = Kind::Invalid;
  uint8_t align = 1;   ///< Go amd64 alignment in bytes
  uint16_t flags = 0;  ///< TypeFlags
  uint64_t size = 0;   ///< Go amd64 size in bytes
  std::string name;    ///< as reflect's Type.String() prints it: "int", "main.T", "[]int", "*main.T",
                       ///< "map[string]int", "struct { X int; y string }", "interface {}", "func(int) string",
                       ///< "chan<- int", "error"
  std::string pkgPath; ///< defining package of a named type ("main", "fmt"); "" otherwise

  const TypeDesc* elem = nullptr;  ///< Pointer, Slice, Array, Chan: element; Map: value type
  const TypeDesc* key = nullptr;   ///< Map: key type
  int64_t len = 0;                 ///< Array: length
  uint8_t chanDir = 0;             ///< Chan: 0 both, 1 send-only, 2 receive-only
  bool variadic = false;           ///< Func
  std::vector<const TypeDesc*> params, results;  ///< Func
  std::vector<StructField> fields;               ///< Struct
  std::vector<IMethod> imethods;                 ///< Interface
  std::vector<Method> methods;                   ///< method set (named types and pointers to them)
  std::vector<SlotLayout> slots;                 ///< register flattening, in memory order
  /// Runtime-private cache (GC pointer map, equality strategy); built on first use by the runtime, never by
  /// the code generator. Not serialised.
  mutable const TypeRtInfo* rtInfo = nullptr;

  bool direct() const { return flags & kTypeDirect; }
  bool hasPointers() const { return flags & kTypeHasPointers; }
  bool comparable() const { return flags & kTypeComparable; }
  uint32_t numSlots() const { return static_cast<uint32_t>(slots.size()); }
};

/// An interface table (Go runtime's itab): the dynamic type and, for each method of `inter` (IMethod order), the
/// funcs index of the implementing method's interface-pair variant. Itabs are unique per (inter, type) pair, built
/// on first use and never freed; they are not GC objects.
struct Itab {
  DescTag tag = DescTag::Itab;  ///< always DescTag::Itab (see DescTag)
  uint32_t numMethods = 0;
  const TypeDesc* inter = nullptr;
  const TypeDesc* type = nullptr;
  uint32_t fun[1];  ///< numMethods entries (allocated with the right size)
};

/// The dynamic type named by an interface type word of either kind (a TypeDesc* or an Itab*), or nullptr for a
/// nil interface (word 0). Works without knowing the interface's static type, through the leading DescTag.
inline const TypeDesc* typeOfTypeWord(const void* word) {
  if (word == nullptr) return nullptr;
  if (*static_cast<const DescTag*>(word) == DescTag::Itab) return static_cast<const Itab*>(word)->type;
  return static_cast<const TypeDesc*>(word);
}

}  // namespace vo::rt
