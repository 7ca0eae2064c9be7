// Interfaces (Go runtime iface.go): itabs built on first use and cached per (interface, type) pair, boxing of
// values that are not Direct, access to an interface's value.
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

namespace {

struct PairHash {
  size_t operator()(const std::pair<const TypeRtInfo*, const TypeRtInfo*>& p) const {
    return std::hash<const void*>()(p.first) * 31 + std::hash<const void*>()(p.second);
  }
};

struct ItabEntry {
  const Itab* itab = nullptr;
  std::string missing;
};

std::unordered_map<std::pair<const TypeRtInfo*, const TypeRtInfo*>, ItabEntry, PairHash>& itabCache() {
  static auto* cache = new std::unordered_map<std::pair<const TypeRtInfo*, const TypeRtInfo*>, ItabEntry, PairHash>();
  return *cache;
}

ItabEntry buildItab(const TypeDesc* inter, const TypeDesc* type) {
  ItabEntry out;
  size_t n = inter->imethods.size();
  size_t bytes = offsetof(Itab, fun) + sizeof(uint32_t) * (n == 0 ? 1 : n);
  void* mem = std::malloc(bytes);
  auto* itab = new (mem) Itab();
  itab->inter = inter;
  itab->type = type;
  itab->numMethods = static_cast<uint32_t>(n);
  // Both lists are sorted by name then package path, but match by search to be robust to ordering differences.
  for (size_t i = 0; i < n; i++) {
    const IMethod& im = inter->imethods[i];
    const Method* found = nullptr;
    for (const Method& m : type->methods) {
      if (m.name == im.name && m.pkgPath == im.pkgPath) {
        found = &m;
        break;
      }
    }
    if (found == nullptr || found->signature != im.signature) {
      out.missing = im.name;
      std::free(mem);
      return out;
    }
    itab->fun[i] = found->ifaceFunc;
  }
  out.itab = itab;
  return out;
}

}  // namespace

namespace {

// A direct-mapped front cache of found itabs (the VM asks on every conversion to a non-empty interface and every
// assertion to one); misses and negative answers go to the map.
struct FastEntry {
  const TypeRtInfo* inter = nullptr;
  const TypeRtInfo* type = nullptr;
  const Itab* itab = nullptr;
};
constexpr size_t kFastEntries = 1024;
FastEntry fastCache[kFastEntries];

inline size_t fastIndex(const TypeRtInfo* inter, const TypeRtInfo* type) {
  auto a = reinterpret_cast<uintptr_t>(inter), b = reinterpret_cast<uintptr_t>(type);
  return static_cast<size_t>(((a >> 4) * 0x9E3779B97F4A7C15ull ^ (b >> 4)) * 0xBF58476D1CE4E5B9ull >> 54) &
         (kFastEntries - 1);
}

}  // namespace

const Itab* getItab(const TypeDesc* inter, const TypeDesc* type, std::string* missing) {
  // Keyed by the types' TypeRtInfo, which is never freed: a TypeDesc of a later Module at a recycled address
  // gets a new one, so it never meets an itab built for its predecessor (tests run many Modules per process).
  const TypeRtInfo* ki = &rtInfo(inter);
  const TypeRtInfo* kt = &rtInfo(type);
  FastEntry& fe = fastCache[fastIndex(ki, kt)];
  if (fe.inter == ki && fe.type == kt) return fe.itab;
  auto& cache = itabCache();
  auto key = std::make_pair(ki, kt);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, buildItab(inter, type)).first;
  if (it->second.itab == nullptr) {
    if (missing != nullptr) *missing = it->second.missing;
    return nullptr;
  }
  fe = FastEntry{ki, kt, it->second.itab};
  return it->second.itab;
}

const TypeDesc* ifaceDynamicType(const TypeDesc* ifaceType, Iface v) {
  if (v.tab == nullptr) return nullptr;
  if (ifaceType->imethods.empty()) return static_cast<const TypeDesc*>(v.tab);
  return static_cast<const Itab*>(v.tab)->type;
}

Iface makeIface(const TypeDesc* ifaceType, const TypeDesc* t, const void* mem) {
  Iface out;
  if (ifaceType->imethods.empty()) {
    out.tab = t;
  } else {
    out.tab = getItab(ifaceType, t);
    if (out.tab == nullptr) throw std::logic_error("makeIface: " + t->name + " does not implement " + ifaceType->name);
  }
  if (t->direct()) {
    uint64_t w = 0;
    std::memcpy(&w, mem, t->size < 8 ? t->size : 8);
    out.data = reinterpret_cast<void*>(w);
  } else {
    void* box = gcAlloc(t);
    std::memcpy(box, mem, t->size);
    out.data = box;
  }
  return out;
}

const void* ifaceValuePtr(const TypeDesc* dynType, const Iface& v) {
  if (dynType->direct()) return &v.data;
  return v.data;
}

}  // namespace vo::rt
