// The native registry (natives.h): every package's table merged into one sorted array on first use, looked up by
// binary search. Adding a package: declare its table in native_table.h, define it in stdlib/<pkg>/, list it here.
#include "stdlib/natives.h"

#include <algorithm>
#include <vector>

#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

const std::vector<NativeEntry>& allNatives() {
  static const std::vector<NativeEntry> table = [] {
    std::vector<NativeEntry> v;
    for (auto part : {fmtNatives(), strconvNatives(), osNatives(), errorsNatives(), mathNatives(),
                      runtimeNatives(), stringsNatives(), unicodeNatives()}) {
      v.insert(v.end(), part.begin(), part.end());
    }
    std::sort(v.begin(), v.end(), [](const NativeEntry& a, const NativeEntry& b) { return a.name < b.name; });
    return v;
  }();
  return table;
}

}  // namespace

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

rt::String newString(std::string_view bytes) {
  if (bytes.empty()) return rt::String{};
  return rt::makeString(bytes);
}

}  // namespace vo::stdlib
