// Method sets of concrete types for the run-time method tables (Go spec "Method sets"; the algorithm is types2
// methodset.go NewMethodSet: a breadth-first walk through embedded fields, one depth at a time).
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "compiler/codegen/type_table.h"
#include "compiler/codegen/type_table_impl.h"

namespace vo::codegen {
namespace {

/// types2 Object.Id: exported names are unique by name, unexported ones by package path and name.
std::string objectId(const types::Object* o) {
  if (o->isExported() || !o->pkg) return std::string(o->name);
  return o->pkg->path + "." + std::string(o->name);
}

bool hasPtrRecv(const types::Func* f) {
  const types::Var* recv = f->signature()->recv;
  return recv && types::isa<types::Pointer>(recv->type);
}

/// A type reached through embedded fields at the current depth (types2 embeddedType).
struct Embedded {
  const types::Type* type;
  std::vector<int> index;  ///< embedded field indices from the root
  bool indirect;           ///< a pointer was dereferenced on the way
  bool multiples;          ///< reached more than once at this depth
};

/// One entry of the set being built: nullopt marks a collision (the name is hidden or ambiguous).
using Entry = std::optional<MethodRef>;

void addMethods(std::map<std::string, Entry>& set, const std::vector<const types::Func*>& list,
                const std::vector<int>& index, bool indirect, bool multiples) {
  for (const types::Func* f : list) {
    std::string key = objectId(f);
    if (!multiples) {
      if (!set.count(key) && (indirect || !hasPtrRecv(f))) {
        set[key] = MethodRef{f, index, indirect, hasPtrRecv(f)};
        continue;
      }
    }
    set[key] = std::nullopt;
  }
}

std::pair<const types::Type*, bool> deref(const types::Type* t) {
  if (auto* p = types::dyn_cast<types::Pointer>(t)) return {p->elem, true};
  return {t, false};
}

}  // namespace

std::vector<const types::Func*> sortedInterfaceMethods(const types::Interface* t) {
  std::vector<const types::Func*> out;
  if (t->complete) {
    out.assign(t->allMethods.begin(), t->allMethods.end());
  } else {
    out.assign(t->methods.begin(), t->methods.end());
  }
  std::sort(out.begin(), out.end(), methodLess);
  return out;
}

std::vector<MethodRef> computeMethodSet(const types::Type* T) {
  auto [root, isPtr] = deref(T);
  if (types::isInterface(root)) return {};  // interfaces have imethods; *I has no methods

  std::map<std::string, Entry> base;
  std::vector<Embedded> current{{root, {}, isPtr, false}};
  std::unordered_set<const types::Named*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    std::map<std::string, Entry> mset;  // methods at this depth
    std::map<std::string, bool> fset;   // fields at this depth
    for (const Embedded& e : current) {
      const types::Type* typ = e.type;
      if (auto* named = types::dyn_cast<types::Named>(typ)) {
        if (!seen.insert(named).second) continue;
        std::vector<const types::Func*> methods(named->methods.begin(), named->methods.end());
        addMethods(mset, methods, e.index, e.indirect, e.multiples);
        typ = named->underlying;
        if (!typ) continue;
      }
      if (auto* s = types::dyn_cast<types::Struct>(typ)) {
        for (size_t i = 0; i < s->fields.size(); ++i) {
          const types::Var* f = s->fields[i];
          fset[objectId(f)] = true;
          if (f->embedded) {
            auto [ft, fptr] = deref(f->type);
            std::vector<int> index = e.index;
            index.push_back(static_cast<int>(i));
            next.push_back({ft, std::move(index), e.indirect || fptr, e.multiples});
          }
        }
      } else if (auto* it = types::dyn_cast<types::Interface>(typ)) {
        if (!e.index.empty()) {  // an embedded interface field: its methods are promoted
          std::vector<const types::Func*> methods = sortedInterfaceMethods(it);
          addMethods(mset, methods, e.index, e.indirect, e.multiples);  // never pointer receivers
        }
      }
    }
    for (auto& [key, m] : mset) {
      if (!base.count(key)) base[key] = fset.count(key) ? std::nullopt : m;
    }
    for (auto& [key, unused] : fset) {
      (void)unused;
      if (!base.count(key)) base[key] = std::nullopt;
    }
    // consolidate entries reached through several paths (types2 consolidateMultiples)
    std::vector<Embedded> merged;
    for (Embedded& e : next) {
      auto it = std::find_if(merged.begin(), merged.end(),
                             [&](const Embedded& m) { return types::identical(m.type, e.type); });
      if (it != merged.end())
        it->multiples = true;
      else
        merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }

  std::vector<MethodRef> out;
  for (auto& [key, m] : base)
    if (m) out.push_back(std::move(*m));
  std::sort(out.begin(), out.end(), [](const MethodRef& a, const MethodRef& b) { return methodLess(a.method, b.method); });
  return out;
}

}  // namespace vo::codegen
