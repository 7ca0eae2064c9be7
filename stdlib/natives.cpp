// The native registry (natives.h): every package's table merged into one sorted array on first use, looked up by
// binary search. Adding a package: declare its table in native_table.h, define it in stdlib/<pkg>/, list it here.
#include "stdlib/natives.h"

#include <algorithm>
#include <vector>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

const std::vector<NativeEntry>& allNatives() {
  static const std::vector<NativeEntry> table = [] {
    std::vector<NativeEntry> v;
    for (auto part : allNativeTables()) {
      v.insert(v.end(), part.begin(), part.end());
    }
    std::sort(v.begin(), v.end(), [](const NativeEntry& a, const NativeEntry& b) { return a.name < b.name; });
    return v;
  }();
  return table;
}

}  // namespace

std::span<const std::span<const NativeEntry>> allNativeTables() {
  static const std::span<const NativeEntry> tables[] = {
      fmtNatives(),     strconvNatives(), osNatives(),      errorsNatives(), mathNatives(),
      runtimeNatives(), stringsNatives(), unicodeNatives(), sortNatives(),
      bytesNatives(),   timeNatives(),    syncNatives(),    bufioNatives(),   mathBitsNatives(), dynNatives(),
  };
  return tables;
}

rt::NativeFn findNative(std::string_view name) {
  const auto& t = allNatives();
  auto it = std::lower_bound(t.begin(), t.end(), name,
                             [](const NativeEntry& e, std::string_view n) { return e.name < n; });
  return it != t.end() && it->name == name ? it->fn : nullptr;
}

rt::NativeVarInit findNativeVar(std::string_view name) {
  for (const NativeVarEntry& e : osNativeVars()) {
    if (e.name == name) return e.init;
  }
  return nullptr;
}

void panicString(rt::NativeContext& ctx, std::string message) {
  const rt::TypeDesc* str = nullptr;
  for (const auto& t : ctx.module().types) {
    if (t->kind == rt::Kind::String && t->name == "string") {
      str = t.get();
      break;
    }
  }
  if (str == nullptr) throw rt::RuntimeError{std::move(message)};
  auto* box = static_cast<rt::String*>(rt::gcAlloc(str));
  rt::GcRoot pin(&box);
  rt::String s = newString(message);
  rt::writeBarrier(reinterpret_cast<void**>(const_cast<uint8_t**>(&box->ptr)), const_cast<uint8_t*>(s.ptr));
  box->len = s.len;
  throw rt::PanicException{rt::Iface{str, box}};
}

const char* kindName(rt::Kind k) {
  static const char* const names[] = {
      "invalid", "bool",    "int",     "int8",      "int16",  "int32",  "int64", "uint",   "uint8",
      "uint16",  "uint32",  "uint64",  "uintptr",   "float32", "float64", "complex64", "complex128", "array",
      "chan",    "func",    "interface", "map",     "ptr",    "slice",  "string", "struct", "unsafe.Pointer",
  };
  auto i = static_cast<size_t>(k);
  return i < std::size(names) ? names[i] : "invalid";
}

rt::String newString(std::string_view bytes) {
  if (bytes.empty()) return rt::String{};
  return rt::makeString(bytes);
}

}  // namespace vo::stdlib
