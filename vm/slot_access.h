// Views of a frame's register slots for the interpreter's handlers (interpreter.cpp) and their out-of-line bodies
// (ops_*.cpp). Every macro reads the local `regs` (the current frame's slot 0).
#pragma once

#include <bit>
#include <cstdint>

#include "runtime-core/value.h"

// NOLINTBEGIN(cppcoreguidelines-macro-usage)
#define RU(i) (regs[i])
#define RS(i) (*reinterpret_cast<int64_t*>(regs + (i)))
#define RF(i) (std::bit_cast<double>(regs[i]))
#define SETF(i, v) (regs[i] = std::bit_cast<uint64_t>(static_cast<double>(v)))
#define RP(i) (reinterpret_cast<uint8_t*>(regs[i]))
#define SETP(i, v) (regs[i] = reinterpret_cast<uint64_t>(v))
#define STR(i) (::vo::rt::String{RP(i), RS((i) + 1)})
#define SLICE(i) (::vo::rt::Slice{RP(i), RS((i) + 1), RS((i) + 2)})
#define SET_STR(i, s)              \
  do {                             \
    ::vo::rt::String s_ = (s);     \
    SETP(i, s_.ptr);               \
    RS((i) + 1) = s_.len;          \
  } while (0)
#define SET_SLICE(i, s)            \
  do {                             \
    ::vo::rt::Slice s_ = (s);      \
    SETP(i, s_.ptr);               \
    RS((i) + 1) = s_.len;          \
    RS((i) + 2) = s_.cap;          \
  } while (0)
// NOLINTEND(cppcoreguidelines-macro-usage)
