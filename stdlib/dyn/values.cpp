// The reflection helpers of package dyn's natives (values.h).
#include "stdlib/dyn/values.h"

#include <cstring>
#include <limits>

#include "runtime-core/chan.h"
#include "runtime-core/panic.h"
#include "stdlib/fmt/printer.h"
#include "stdlib/strconv/strconv_core.h"

namespace vo::stdlib::dyn {

using rt::Kind;
using rt::TypeDesc;

AnyValue anyAt(const uint64_t* slots) {
  AnyValue v;
  v.iface = rt::Iface{reinterpret_cast<const void*>(slots[0]), reinterpret_cast<void*>(slots[1])};
  v.type = rt::typeOfTypeWord(v.iface.tab);
  return v;
}

rt::Iface boxValue(const TypeDesc* t, const void* mem) {
  if (t->kind == Kind::Interface) {
    rt::Iface in;
    std::memcpy(&in, mem, sizeof in);
    return rt::Iface{rt::typeOfTypeWord(in.tab), in.data};
  }
  rt::Iface out{t, nullptr};
  if (t->direct()) {
    uint64_t w = 0;
    std::memcpy(&w, mem, t->size < 8 ? t->size : 8);
    out.data = reinterpret_cast<void*>(w);
  } else {
    void* box = rt::gcAlloc(t);
    rt::typedmemmove(t, box, mem);
    out.data = box;
  }
  return out;
}

namespace {

bool nilable(const TypeDesc* t) {
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::Interface:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

bool sameMethods(const std::vector<rt::IMethod>& a, const std::vector<rt::IMethod>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].name != b[i].name || a[i].pkgPath != b[i].pkgPath || a[i].signature != b[i].signature) return false;
  }
  return true;
}

}  // namespace

bool identicalUnderlying(const TypeDesc* a, const TypeDesc* b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case Kind::Pointer:
    case Kind::Slice:
      return a->elem == b->elem;
    case Kind::Array:
      return a->len == b->len && a->elem == b->elem;
    case Kind::Map:
      return a->key == b->key && a->elem == b->elem;
    case Kind::Chan:
      return a->chanDir == b->chanDir && a->elem == b->elem;
    case Kind::Func:
      return a->variadic == b->variadic && a->params == b->params && a->results == b->results;
    case Kind::Interface:
      return sameMethods(a->imethods, b->imethods);
    case Kind::Struct: {
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const rt::StructField &x = a->fields[i], &y = b->fields[i];
        // Unexported field names are identical only within one package, which the descriptors do not record:
        // such structs are conservatively different.
        if (!x.exported || x.name != y.name || !y.exported || x.type != y.type || x.tag != y.tag ||
            x.embedded != y.embedded)
          return false;
      }
      return true;
    }
    default:
      return true;  // the same basic kind: the same predeclared underlying type
  }
}

bool assignableType(const TypeDesc* v, const TypeDesc* t) {
  if (v == t) return true;
  bool oneUnnamed = !(v->flags & rt::kTypeNamed) || !(t->flags & rt::kTypeNamed);
  if (!oneUnnamed) return false;
  if (identicalUnderlying(v, t)) return true;
  // A bidirectional channel value fits a directional channel type of the same element type.
  return v->kind == Kind::Chan && t->kind == Kind::Chan && v->chanDir == 0 && v->elem == t->elem;
}

bool convertTo(const TypeDesc* t, const AnyValue& v, uint64_t scratch[3], const void** mem) {
  scratch[0] = scratch[1] = scratch[2] = 0;
  if (v.type == nullptr) {
    if (!nilable(t)) return false;
    *mem = scratch;
    return true;
  }
  if (t->kind == Kind::Interface) {
    const void* tab = v.type;
    if (!t->imethods.empty()) {
      tab = rt::getItab(t, v.type);
      if (tab == nullptr) return false;
    }
    scratch[0] = reinterpret_cast<uint64_t>(tab);
    scratch[1] = reinterpret_cast<uint64_t>(v.iface.data);
    *mem = scratch;
    return true;
  }
  if (!assignableType(v.type, t)) return false;
  if (t->direct()) {
    scratch[0] = reinterpret_cast<uint64_t>(v.iface.data);
    *mem = scratch;
  } else {
    *mem = v.iface.data;
  }
  return true;
}

const TypeDesc* emptyInterfaceType(const rt::Module& m) {
  // Cached with its index; checking that m holds it there guards against a new Module at the address of a freed
  // one (tests run several programs in one process) without reading the possibly freed descriptor.
  static const TypeDesc* cached = nullptr;
  static size_t cachedIndex = 0;
  if (cached != nullptr && cachedIndex < m.types.size() && m.types[cachedIndex].get() == cached &&
      cached->kind == Kind::Interface && cached->imethods.empty())
    return cached;  // m's own descriptor (so safe to read), and still an empty interface
  cached = nullptr;
  for (size_t i = 0; i < m.types.size(); ++i) {
    const TypeDesc* t = m.types[i].get();
    if (t->kind != Kind::Interface || !t->imethods.empty()) continue;
    cached = t;
    cachedIndex = i;
    if (t->name == "interface {}") break;  // prefer `any` itself to a defined empty interface (same layout)
  }
  if (cached == nullptr) throw rt::FatalError{"dyn: the program has no run-time type for interface {}"};
  return cached;
}

bool isErrorType(const TypeDesc* t) {
  return t != nullptr && t->kind == Kind::Interface && t->name == "error" && t->pkgPath.empty();
}

// ---- struct fields ----------------------------------------------------------------------------------------------

namespace {

/// reflect.StructTag.Lookup(key): the unquoted value of `key` in a conventional tag string.
bool lookupTag(std::string_view tag, std::string_view key, std::string* value) {
  while (!tag.empty()) {
    size_t i = 0;
    while (i < tag.size() && tag[i] == ' ') ++i;
    tag.remove_prefix(i);
    if (tag.empty()) break;
    i = 0;
    while (i < tag.size() && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f) ++i;
    if (i == 0 || i + 1 >= tag.size() || tag[i] != ':' || tag[i + 1] != '"') break;
    std::string_view name = tag.substr(0, i);
    tag.remove_prefix(i + 1);
    i = 1;
    while (i < tag.size() && tag[i] != '"') {
      if (tag[i] == '\\') ++i;
      ++i;
    }
    if (i >= tag.size()) break;
    std::string_view qvalue = tag.substr(0, i + 1);
    tag.remove_prefix(i + 1);
    if (name == key) return strconv::unquote(qvalue, value);
  }
  return false;
}

}  // namespace

std::string dynFieldName(const rt::StructField& f) {
  std::string tagged;
  if (lookupTag(f.tag, "dyn", &tagged)) {
    tagged = tagged.substr(0, tagged.find(','));
    if (tagged == "-") return "";
    if (!tagged.empty()) return tagged;
  }
  return f.exported ? f.name : "";
}

FieldPath findField(const TypeDesc* st, std::string_view name) {
  // Breadth-first over embedding depth, as reflect's FieldByNameFunc: the first depth with a match decides.
  struct Node {
    const TypeDesc* type;
    std::vector<const rt::StructField*> path;
  };
  std::vector<Node> level{{st, {}}};
  std::vector<const TypeDesc*> visited;
  while (!level.empty()) {
    FieldPath found;
    std::vector<Node> next;
    for (const Node& n : level) {
      bool seen = false;
      for (const TypeDesc* v : visited) seen = seen || v == n.type;
      if (seen) continue;
      visited.push_back(n.type);
      for (const rt::StructField& f : n.type->fields) {
        if (dynFieldName(f) == name) {
          if (!found.steps.empty()) found.ambiguous = true;
          found.steps = n.path;
          found.steps.push_back(&f);
          continue;
        }
        if (!f.embedded) continue;
        const TypeDesc* ft = f.type;
        if (ft->kind == Kind::Pointer && ft->elem != nullptr) ft = ft->elem;
        if (ft->kind != Kind::Struct) continue;
        Node child{ft, n.path};
        child.path.push_back(&f);
        next.push_back(std::move(child));
      }
    }
    if (!found.steps.empty()) {
      if (found.ambiguous) found.steps.clear();
      return found;
    }
    level = std::move(next);
  }
  return {};
}

void* fieldAddress(void* mem, const FieldPath& path, const rt::StructField** nilField) {
  auto* p = static_cast<uint8_t*>(mem);
  for (size_t i = 0; i < path.steps.size(); ++i) {
    const rt::StructField* f = path.steps[i];
    p += f->offset;
    if (i + 1 < path.steps.size() && f->type->kind == Kind::Pointer) {
      void* next;
      std::memcpy(&next, p, sizeof next);
      if (next == nullptr) {
        *nilField = f;
        return nullptr;
      }
      p = static_cast<uint8_t*>(next);
    }
  }
  return p;
}

// ---- keys and texts ---------------------------------------------------------------------------------------------

bool indexValue(const AnyValue& key, int64_t* index) {
  if (key.type == nullptr) return false;
  const void* p = key.ptr();
  auto load = [&](auto x) {
    std::memcpy(&x, p, sizeof x);
    return x;
  };
  switch (key.type->kind) {
    case Kind::Int:
    case Kind::Int64:
      *index = load(int64_t{});
      return true;
    case Kind::Int8:
      *index = load(int8_t{});
      return true;
    case Kind::Int16:
      *index = load(int16_t{});
      return true;
    case Kind::Int32:
      *index = load(int32_t{});
      return true;
    case Kind::Uint8:
      *index = load(uint8_t{});
      return true;
    case Kind::Uint16:
      *index = load(uint16_t{});
      return true;
    case Kind::Uint32:
      *index = load(uint32_t{});
      return true;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: {
      uint64_t u = load(uint64_t{});
      *index = u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) ? std::numeric_limits<int64_t>::max()
                                                                              : static_cast<int64_t>(u);
      return true;
    }
    default:
      return false;
  }
}

std::string quoted(std::string_view s) {
  std::string out;
  strconv::appendQuote(out, s);
  return out;
}

std::string formatValue(const AnyValue& v) {
  if (v.type != nullptr && v.type->kind == Kind::String) {
    rt::String s;
    std::memcpy(&s, v.ptr(), sizeof s);
    return quoted(s.view());
  }
  fmt::Printer p(nullptr);  // no context: String/Error methods are not called from an error path
  p.doPrint(&v.iface, 1);
  return p.buf;
}

std::string typeName(const TypeDesc* t) { return t ? t->name : "nil"; }

}  // namespace vo::stdlib::dyn
