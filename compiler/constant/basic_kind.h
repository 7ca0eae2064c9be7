// The kinds of Go's predeclared basic types, shared by the constant evaluator (representability) and the type
// checker (its Basic types). Mirrors go/types' BasicKind; it lists kinds only, no sizes or names.
#pragma once

#include <cstdint>

namespace vo::constant {

/// A basic type's kind, in go/types order (types2/basic.go `BasicKind`). The sizes this toolchain uses: `int`,
/// `uint` and `uintptr` are 64 bits; `UntypedRune` is an untyped integer whose default type is `rune` (int32).
enum class BasicKind : uint8_t {
  Invalid,  ///< the type of an erroneous expression

  // Predeclared types.
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,

  // Types of untyped values.
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

}  // namespace vo::constant
