// Type properties the escape analysis needs, computed the way Go 1.19 computes them for amd64 (cmd/compile's
// types.Size, HasPointers, IsDirectIface), so that decisions and messages follow Go's: sizes decide the
// "too large for stack" limits and the 128-byte limit of capture by value, pointer-freedom decides which
// expressions cannot carry an address, direct-interface types are stored in an interface without a box.
#pragma once

#include <cstdint>

#include "compiler/types/type.h"

namespace vo::escape {

/// Go's size in bytes of a value of `t` on a 64-bit target (int and pointers 8 bytes, string 16, slice 24,
/// interface 16, structs and arrays with Go's alignment and padding). Saturates at INT64_MAX/2; 0 for nullptr.
int64_t goSize(const types::Type* t);

/// Go's types.HasPointers: a value of `t` may hold a heap address (pointers, strings, slices, maps, chans, funcs,
/// interfaces, and aggregates of them; arrays of length 0 hold none). True for nullptr (unknown: be safe).
bool hasPointers(const types::Type* t);

/// Go's types.IsDirectIface: a value of `t` is stored in an interface's data word as is (pointer-shaped: pointers,
/// maps, chans, funcs, and structs or one-element arrays holding exactly one such value).
bool isDirectIface(const types::Type* t);

/// Register slots a value of `t` is flattened into (DESIGN.md invariant 1), saturating at `cap` + 1.
uint64_t slotCount(const types::Type* t, uint64_t cap);

}  // namespace vo::escape
