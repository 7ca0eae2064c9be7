// Go's type sizes and pointer properties (sizes.h).
#include "escape/sizes.h"

#include <algorithm>

#include "compiler/types/object.h"

namespace vo::escape {
namespace {

constexpr int64_t kHuge = INT64_MAX / 4;

int64_t sat(int64_t v) { return v > kHuge ? kHuge : v; }

int64_t goAlign(const types::Type* t);

int64_t basicSize(types::BasicKind k) {
  using types::BasicKind;
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 4;
    case BasicKind::Complex128:
    case BasicKind::String:
    case BasicKind::UntypedString: return 16;
    default: return 8;
  }
}

int64_t goAlign(const types::Type* t) {
  const types::Type* u = types::underlying(t);
  if (!u) return 8;
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      types::BasicKind k = types::cast<types::Basic>(u)->basicKind;
      if (k == types::BasicKind::Complex64) return 4;
      if (k == types::BasicKind::String || k == types::BasicKind::UntypedString || k == types::BasicKind::Complex128)
        return 8;
      return basicSize(k);
    }
    case types::TypeKind::Array: return goAlign(types::cast<types::Array>(u)->elem);
    case types::TypeKind::Struct: {
      int64_t a = 1;
      for (const types::Var* f : types::cast<types::Struct>(u)->fields) a = std::max(a, goAlign(f->type));
      return a;
    }
    default: return 8;
  }
}

}  // namespace

int64_t goSize(const types::Type* t) {
  const types::Type* u = types::underlying(t);
  if (!u) return 0;
  switch (u->kind()) {
    case types::TypeKind::Basic: return basicSize(types::cast<types::Basic>(u)->basicKind);
    case types::TypeKind::Slice: return 24;
    case types::TypeKind::Interface: return 16;
    case types::TypeKind::Array: {
      auto* a = types::cast<types::Array>(u);
      if (a->len <= 0) return 0;
      int64_t e = goSize(a->elem);
      if (e != 0 && a->len > kHuge / e) return kHuge;
      return sat(e * a->len);
    }
    case types::TypeKind::Struct: {
      int64_t off = 0;
      int64_t maxAlign = 1;
      for (const types::Var* f : types::cast<types::Struct>(u)->fields) {
        int64_t a = goAlign(f->type);
        maxAlign = std::max(maxAlign, a);
        off = (off + a - 1) / a * a;
        off = sat(off + goSize(f->type));
      }
      return sat((off + maxAlign - 1) / maxAlign * maxAlign);
    }
    case types::TypeKind::Tuple: {
      int64_t n = 0;
      for (const types::Var* v : types::cast<types::Tuple>(u)->vars) n = sat(n + goSize(v->type));
      return n;
    }
    default: return 8;  // pointers, maps, chans, funcs
  }
}

bool hasPointers(const types::Type* t) {
  const types::Type* u = types::underlying(t);
  if (!u) return true;
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      types::BasicKind k = types::cast<types::Basic>(u)->basicKind;
      return k == types::BasicKind::String || k == types::BasicKind::UntypedString ||
             k == types::BasicKind::UntypedNil || k == types::BasicKind::Invalid || k == types::BasicKind::UnsafePointer;
    }
    case types::TypeKind::Array: {
      auto* a = types::cast<types::Array>(u);
      return a->len != 0 && hasPointers(a->elem);
    }
    case types::TypeKind::Struct:
      for (const types::Var* f : types::cast<types::Struct>(u)->fields)
        if (hasPointers(f->type)) return true;
      return false;
    case types::TypeKind::Tuple:
      for (const types::Var* v : types::cast<types::Tuple>(u)->vars)
        if (hasPointers(v->type)) return true;
      return false;
    default: return true;
  }
}

bool isDirectIface(const types::Type* t) {
  const types::Type* u = types::underlying(t);
  if (!u) return false;
  switch (u->kind()) {
    case types::TypeKind::Basic: return types::cast<types::Basic>(u)->basicKind == types::BasicKind::UnsafePointer;
    case types::TypeKind::Pointer:
    case types::TypeKind::Chan:
    case types::TypeKind::Map:
    case types::TypeKind::Signature: return true;
    case types::TypeKind::Array: {
      auto* a = types::cast<types::Array>(u);
      return a->len == 1 && isDirectIface(a->elem);
    }
    case types::TypeKind::Struct: {
      auto* s = types::cast<types::Struct>(u);
      return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    default: return false;
  }
}

uint64_t slotCount(const types::Type* t, uint64_t cap) {
  const types::Type* u = types::underlying(t);
  if (!u) return 0;
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      types::BasicKind k = types::cast<types::Basic>(u)->basicKind;
      return k == types::BasicKind::String || k == types::BasicKind::Complex64 ||
                     k == types::BasicKind::Complex128 || k == types::BasicKind::UntypedString
                 ? 2
                 : 1;
    }
    case types::TypeKind::Slice: return 3;
    case types::TypeKind::Interface: return 2;
    case types::TypeKind::Array: {
      auto* a = types::cast<types::Array>(u);
      if (a->len <= 0) return 0;
      uint64_t e = slotCount(a->elem, cap);
      if (e == 0) return 0;
      return e > cap / static_cast<uint64_t>(a->len) ? cap + 1 : e * static_cast<uint64_t>(a->len);
    }
    case types::TypeKind::Struct: {
      uint64_t n = 0;
      for (const types::Var* f : types::cast<types::Struct>(u)->fields) {
        n += slotCount(f->type, cap);
        if (n > cap) return cap + 1;
      }
      return n;
    }
    default: return 1;  // pointers, maps, chans, funcs
  }
}

}  // namespace vo::escape
