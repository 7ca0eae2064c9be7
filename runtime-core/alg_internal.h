// Hash primitives shared by alg.cpp and map.cpp (runtime-internal).
#pragma once

#include <cstdint>

#include "runtime-core/value.h"

namespace vo::rt {

/// Hash of `len` bytes (a wyhash-style multiply-mix; not cryptographic).
uint64_t hashBytes(const void* data, uint64_t len, uint64_t seed);
/// Hash of one 64-bit word (integers, pointers): one 64x64->128 multiply, folded.
inline uint64_t hashWord(uint64_t w, uint64_t seed) {
  __uint128_t r = static_cast<__uint128_t>(w ^ 0xa0761d6478bd642full ^ seed) *
                  (0x8ebc6af09c88c6e3ull ^ (seed >> 7) ^ 0x5bd1e995);
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
/// Hash of a string's bytes.
uint64_t hashString(String s, uint64_t seed);
/// Hash of an interface value (either type-word kind); throws "hash of unhashable type T".
uint64_t ifaceHash(Iface v, uint64_t seed);

}  // namespace vo::rt
