// Internal to stdlib/: the per-package native tables that natives.cpp merges into the registry, and helpers to
// read parameters from and write results to a native's call window (native.h: results first, then parameters,
// flattened into 8-byte slots: a string is 2 slots {ptr, len}, a slice 3 {ptr, len, cap}, an interface 2).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "runtime-core/native.h"
#include "runtime-core/value.h"

namespace vo::stdlib {

/// One native function body, under its FuncInfo::name ("fmt.Sprintln", "strings.(*Builder).WriteString").
struct NativeEntry {
  std::string_view name;
  rt::NativeFn fn;
};

/// One natively initialised package variable ("os.Args").
struct NativeVarEntry {
  std::string_view name;
  rt::NativeVarInit init;
};

/// Each package's natives (defined in stdlib/<pkg>/natives_<pkg>.cpp).
std::span<const NativeEntry> fmtNatives();
std::span<const NativeEntry> strconvNatives();
std::span<const NativeEntry> osNatives();
std::span<const NativeVarEntry> osNativeVars();
std::span<const NativeEntry> errorsNatives();
std::span<const NativeEntry> mathNatives();
std::span<const NativeEntry> mathBitsNatives();
std::span<const NativeEntry> runtimeNatives();
std::span<const NativeEntry> stringsNatives();
std::span<const NativeEntry> unicodeNatives();
std::span<const NativeEntry> sortNatives();
std::span<const NativeEntry> bytesNatives();
std::span<const NativeEntry> timeNatives();
std::span<const NativeEntry> syncNatives();
std::span<const NativeEntry> bufioNatives();
std::span<const NativeEntry> dynNatives();

/// All package tables, for the registry and its tests.
std::span<const std::span<const NativeEntry>> allNativeTables();

// ---- call-window access -------------------------------------------------------------------------------------

inline rt::String slotString(const uint64_t* s) {
  return rt::String{reinterpret_cast<const uint8_t*>(s[0]), static_cast<int64_t>(s[1])};
}
inline rt::Slice slotSlice(const uint64_t* s) {
  return rt::Slice{reinterpret_cast<void*>(s[0]), static_cast<int64_t>(s[1]), static_cast<int64_t>(s[2])};
}
inline rt::Iface slotIface(const uint64_t* s) {
  return rt::Iface{reinterpret_cast<const void*>(s[0]), reinterpret_cast<void*>(s[1])};
}
inline void setString(uint64_t* s, rt::String v) {
  s[0] = reinterpret_cast<uint64_t>(v.ptr);
  s[1] = static_cast<uint64_t>(v.len);
}
inline void setSlice(uint64_t* s, rt::Slice v) {
  s[0] = reinterpret_cast<uint64_t>(v.ptr);
  s[1] = static_cast<uint64_t>(v.len);
  s[2] = static_cast<uint64_t>(v.cap);
}
inline void setIface(uint64_t* s, rt::Iface v) {
  s[0] = reinterpret_cast<uint64_t>(v.tab);
  s[1] = reinterpret_cast<uint64_t>(v.data);
}
/// The Vo string for `bytes` (a new heap string; the empty string needs no allocation).
rt::String newString(std::string_view bytes);

/// Panics with the Go string `message` as the value (panic("...")). Needs the program's `string` TypeDesc; a
/// program without one (it cannot print the value anyway) gets a RuntimeError with the message instead.
[[noreturn]] void panicString(rt::NativeContext& ctx, std::string message);

/// reflect.Kind.String(): "int", "slice", "struct", ...
const char* kindName(rt::Kind k);

}  // namespace vo::stdlib
