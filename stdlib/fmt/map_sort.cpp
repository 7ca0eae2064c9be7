// Printing maps with sorted keys: a port of Go 1.19's internal/fmtsort ordering (ints, uints, strings, floats with
// NaN first, bools, pointers and channels by address, structs and arrays field by field, interfaces by type then
// value, nil first) and of printValue's map case.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime-core/runtime.h"
#include "stdlib/fmt/printer.h"

namespace vo::stdlib::fmt {

using rt::Kind;
using rt::TypeDesc;

namespace {

template <typename T>
int cmp3(T a, T b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

int64_t loadInt(const TypeDesc* t, const void* p) {
  switch (t->size) {
    case 1: { int8_t x; std::memcpy(&x, p, 1); return x; }
    case 2: { int16_t x; std::memcpy(&x, p, 2); return x; }
    case 4: { int32_t x; std::memcpy(&x, p, 4); return x; }
    default: { int64_t x; std::memcpy(&x, p, 8); return x; }
  }
}

uint64_t loadUint(const TypeDesc* t, const void* p) {
  switch (t->size) {
    case 1: { uint8_t x; std::memcpy(&x, p, 1); return x; }
    case 2: { uint16_t x; std::memcpy(&x, p, 2); return x; }
    case 4: { uint32_t x; std::memcpy(&x, p, 4); return x; }
    default: { uint64_t x; std::memcpy(&x, p, 8); return x; }
  }
}

int floatCompare(double a, double b) {
  if (std::isnan(a)) return -1;
  if (std::isnan(b)) return 1;
  return cmp3(a, b);
}

int compareValues(const TypeDesc* t, const void* a, const void* b);

/// fmtsort orders interface keys of different dynamic types by the address of their type descriptors, which
/// Go's linker lays out by descriptor size and then name. This approximates that layout: the size of the
/// reflect type struct of the kind with its inline field/method arrays, plus an uncommon part for methods and
/// for defined non-basic types. It
/// reproduces Go 1.19's order for mixes of basic, defined, array, struct and method-carrying types.
uint64_t descriptorSizeKey(const TypeDesc* t) {
  uint64_t size;
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Slice: size = 56; break;
    case Kind::Chan: size = 64; break;
    case Kind::Array: size = 72; break;
    case Kind::Func: size = 56 + 8 * (t->params.size() + t->results.size()); break;
    case Kind::Interface: size = 80 + 16 * t->imethods.size(); break;
    case Kind::Struct: size = 80 + 24 * t->fields.size(); break;
    case Kind::Map: size = 88; break;
    default: size = 48;
  }
  bool basic = t->kind <= Kind::Complex128 || t->kind == Kind::String;
  if (!t->methods.empty() || (!basic && !t->pkgPath.empty())) size += 16 + 16 * t->methods.size();
  return size;
}

int compareTypes(const TypeDesc* a, const TypeDesc* b) {
  uint64_t sa = descriptorSizeKey(a), sb = descriptorSizeKey(b);
  if (sa != sb) return cmp3(sa, sb);
  int c = a->name.compare(b->name);
  if (c != 0) return c < 0 ? -1 : 1;
  return cmp3(a->index, b->index);
}

int compareIface(const TypeDesc* t, const void* a, const void* b) {
  Value ea = interfaceElem(t, a, false), eb = interfaceElem(t, b, false);
  if (ea.type == nullptr) return eb.type == nullptr ? 0 : -1;
  if (eb.type == nullptr) return 1;
  if (ea.type != eb.type) return compareTypes(ea.type, eb.type);
  return compareValues(ea.type, ea.ptr, eb.ptr);
}

int compareValues(const TypeDesc* t, const void* a, const void* b) {
  Kind k = t->kind;
  if (k >= Kind::Int && k <= Kind::Int64) return cmp3(loadInt(t, a), loadInt(t, b));
  if (k >= Kind::Uint && k <= Kind::Uintptr) return cmp3(loadUint(t, a), loadUint(t, b));
  switch (k) {
    case Kind::String: {
      rt::String sa, sb;
      std::memcpy(&sa, a, sizeof sa);
      std::memcpy(&sb, b, sizeof sb);
      int c = sa.view().compare(sb.view());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Kind::Float32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return floatCompare(x, y);
    }
    case Kind::Float64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return floatCompare(x, y);
    }
    case Kind::Complex64:
    case Kind::Complex128: {
      double x[2], y[2];
      if (k == Kind::Complex64) {
        float fx[2], fy[2];
        std::memcpy(fx, a, 8);
        std::memcpy(fy, b, 8);
        x[0] = fx[0], x[1] = fx[1], y[0] = fy[0], y[1] = fy[1];
      } else {
        std::memcpy(x, a, 16);
        std::memcpy(y, b, 16);
      }
      int c = floatCompare(x[0], y[0]);
      return c != 0 ? c : floatCompare(x[1], y[1]);
    }
    case Kind::Bool: {
      uint8_t x, y;
      std::memcpy(&x, a, 1);
      std::memcpy(&y, b, 1);
      return cmp3(x, y);
    }
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan: {
      uintptr_t x, y;
      std::memcpy(&x, a, sizeof x);
      std::memcpy(&y, b, sizeof y);
      return cmp3(x, y);
    }
    case Kind::Struct:
      for (const rt::StructField& f : t->fields) {
        int c = compareValues(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset);
        if (c != 0) return c;
      }
      return 0;
    case Kind::Array:
      for (int64_t i = 0; i < t->len; ++i) {
        uint64_t off = static_cast<uint64_t>(i) * t->elem->size;
        int c = compareValues(t->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off);
        if (c != 0) return c;
      }
      return 0;
    case Kind::Interface:
      return compareIface(t, a, b);
    default:
      return 0;
  }
}

}  // namespace

void Printer::printMap(Value v, char32_t verb, int depth) {
  const TypeDesc* t = v.type;
  rt::MapObject* m;
  std::memcpy(&m, v.ptr, sizeof m);
  if (f_.sharpV) {
    buf += typeString(t);
    if (m == nullptr) {
      buf += "(nil)";
      return;
    }
    buf += '{';
  } else {
    buf += "map[";
  }
  // Entry addresses are collected before anything is printed (printing may call methods, which may allocate).
  std::vector<std::pair<const void*, const void*>> entries;
  if (m != nullptr && rt::mapLen(m) > 0) {
    entries.reserve(static_cast<size_t>(rt::mapLen(m)));
    rt::MapIterator* it = rt::mapIterStart(t, m);
    const void* key;
    const void* value;
    while (rt::mapIterNext(it, &key, &value)) entries.emplace_back(key, value);
  }
  std::stable_sort(entries.begin(), entries.end(), [&](const auto& x, const auto& y) {
    return compareValues(t->key, x.first, y.first) < 0;
  });
  auto elemValue = [&](const TypeDesc* et, const void* p) {
    Value ev{et, p, v.readOnly};
    return ev;
  };
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) buf += f_.sharpV ? ", " : " ";
    printValue(elemValue(t->key, entries[i].first), verb, depth + 1);
    buf += ':';
    printValue(elemValue(t->elem, entries[i].second), verb, depth + 1);
  }
  buf += f_.sharpV ? '}' : ']';
}

}  // namespace vo::stdlib::fmt
