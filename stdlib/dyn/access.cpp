// Package dyn's field and index natives: getAttrNative, getIndexNative, setAttrNative, setIndexNative
// (dyn_impl.vo declares them and asks the protocol interfaces first). Each reads its operands from the call
// window, does the access over the run-time type descriptors and writes the result or a failure (kind, detail).
#include <cstring>
#include <string>

#include "runtime-core/chan.h"
#include "stdlib/dyn/values.h"
#include "stdlib/native_table.h"

namespace vo::stdlib::dyn {
namespace {

using rt::Kind;
using rt::TypeDesc;

Failure fail(ErrKind k, std::string detail) { return Failure{k, std::move(detail)}; }

/// Writes (kind, detail) at slots[0..3).
void setFailure(uint64_t* slots, const Failure& f) {
  slots[0] = static_cast<uint64_t>(f.kind);
  setString(slots + 1, newString(f.detail));
}

rt::MapObject* mapOf(const AnyValue& v) {
  return static_cast<rt::MapObject*>(v.iface.data);  // maps are pointer-shaped: the data word is the map
}

std::string outOfRange(int64_t i, int64_t len) {
  return "index " + std::to_string(i) + " out of range [0:" + std::to_string(len) + "]";
}

/// The element `key` of an indexable (slice, array, pointer to array) base as (element type, address), or a
/// failure. `op` names the operation in details ("index", "set index of").
Failure element(const AnyValue& base, const AnyValue& key, const char* op, const TypeDesc** elem, void** addr) {
  const TypeDesc* t = base.type;
  void* data = nullptr;
  int64_t len = 0;
  if (t->kind == Kind::Slice) {
    rt::Slice s;
    std::memcpy(&s, base.ptr(), sizeof s);
    data = s.ptr;
    len = s.len;
    *elem = t->elem;
  } else if (t->kind == Kind::Array) {
    data = const_cast<void*>(base.ptr());
    len = t->len;
    *elem = t->elem;
  } else {  // pointer to array
    data = base.iface.data;
    if (data == nullptr) return fail(ErrKind::NilBase, "nil base: cannot " + std::string(op) + " nil " + t->name);
    len = t->elem->len;
    *elem = t->elem->elem;
  }
  int64_t i = 0;
  if (!indexValue(key, &i)) {
    return fail(ErrKind::BadIndex, "invalid index: cannot " + std::string(op) + " " + t->name + " with a key of type " +
                                       typeName(key.type));
  }
  if (i < 0 || i >= len) return fail(ErrKind::OutOfBounds, outOfRange(i, len));
  *addr = static_cast<uint8_t*>(data) + static_cast<uint64_t>(i) * (*elem)->size;
  return {};
}

bool indexable(const TypeDesc* t) {
  return t->kind == Kind::Slice || t->kind == Kind::Array ||
         (t->kind == Kind::Pointer && t->elem != nullptr && t->elem->kind == Kind::Array);
}

/// The key of map type `t` for the dynamic `key`, in `scratch` or the key's memory, or a failure.
Failure mapKey(const TypeDesc* t, const AnyValue& key, uint64_t scratch[3], const void** mem) {
  if (key.type != nullptr && t->key->kind == Kind::Interface && !key.type->comparable()) {
    return fail(ErrKind::BadIndex, "invalid index: key of unhashable type " + key.type->name + " for " + t->name);
  }
  if (!convertTo(t->key, key, scratch, mem)) {
    return fail(ErrKind::BadIndex, "invalid index: cannot use a key of type " + typeName(key.type) + " for " + t->name);
  }
  return {};
}

/// The struct (and its type) a field operation on `base` works on: the value itself, or the pointee of a pointer
/// to a struct; nullptr when base has no fields (failure left empty) or is a nil pointer (failure set).
void* structOf(const AnyValue& base, const std::string& what, const TypeDesc** st, Failure* f) {
  const TypeDesc* t = base.type;
  if (t->kind == Kind::Struct) {
    *st = t;
    return const_cast<void*>(base.ptr());
  }
  if (t->kind == Kind::Pointer && t->elem != nullptr && t->elem->kind == Kind::Struct) {
    *st = t->elem;
    if (base.iface.data == nullptr) *f = fail(ErrKind::NilBase, "nil base: cannot " + what + " of nil " + t->name);
    return base.iface.data;
  }
  return nullptr;
}

/// The field `name` of the struct at `mem` (type `st`; `base` names the accessed type), or a failure.
Failure structField(void* mem, const TypeDesc* st, const TypeDesc* base, const std::string& name,
                    const rt::StructField** field, void** addr) {
  FieldPath path = findField(st, name);
  if (path.ambiguous) return fail(ErrKind::BadField, "ambiguous field " + quoted(name) + " in " + base->name);
  if (path.steps.empty()) return fail(ErrKind::BadField, "no field " + quoted(name) + " in " + base->name);
  const rt::StructField* nilField = nullptr;
  *addr = fieldAddress(mem, path, &nilField);
  if (*addr == nullptr) {
    return fail(ErrKind::NilBase, "nil base: field " + quoted(name) + " of " + base->name +
                                      " is promoted through the nil embedded pointer " + nilField->name);
  }
  *field = path.steps.back();
  return {};
}

bool stringKeyed(const TypeDesc* t) { return t->kind == Kind::Map && t->key->kind == Kind::String; }

}  // namespace

// func getAttrNative(base any, name string) (v any, kind int, detail string):
// slots v(2) kind detail(2) | base(2) name(2)
void getAttrNative(rt::NativeContext&, uint64_t* slots) {
  AnyValue base = anyAt(slots + 5);
  rt::String nameStr = slotString(slots + 7);
  std::string name(nameStr.view());
  rt::Iface out;
  Failure f;
  std::string what = "get field " + quoted(name);
  const TypeDesc* t = base.type;
  if (t == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot " + what + " of nil");
  } else if (stringKeyed(t)) {
    const void* p = rt::mapAccess(t, mapOf(base), &nameStr);
    if (p == nullptr) {
      f = fail(ErrKind::BadField, "no field or key " + quoted(name) + " in " + t->name);
    } else {
      out = boxValue(t->elem, p);
    }
  } else {
    const TypeDesc* st = nullptr;
    void* mem = structOf(base, what, &st, &f);
    if (mem != nullptr) {
      const rt::StructField* field = nullptr;
      void* addr = nullptr;
      f = structField(mem, st, t, name, &field, &addr);
      if (!f) out = boxValue(field->type, addr);
    } else if (!f) {
      f = fail(ErrKind::TypeMismatch, "type mismatch: cannot " + what + " of " + t->name);
    }
  }
  setIface(slots, out);
  setFailure(slots + 2, f);
}

// func getIndexNative(base any, key any) (v any, b byte, kind int, detail string):
// slots v(2) b kind detail(2) | base(2) key(2)
void getIndexNative(rt::NativeContext&, uint64_t* slots) {
  AnyValue base = anyAt(slots + 6);
  AnyValue key = anyAt(slots + 8);
  rt::Iface out;
  uint8_t byte = 0;
  Failure f;
  const TypeDesc* t = base.type;
  if (t == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot index nil");
  } else if (indexable(t)) {
    const TypeDesc* elem = nullptr;
    void* addr = nullptr;
    f = element(base, key, "index", &elem, &addr);
    if (!f) out = boxValue(elem, addr);
  } else if (t->kind == Kind::String) {
    rt::String s;
    std::memcpy(&s, base.ptr(), sizeof s);
    int64_t i = 0;
    if (!indexValue(key, &i)) {
      f = fail(ErrKind::BadIndex,
               "invalid index: cannot index " + t->name + " with a key of type " + typeName(key.type));
    } else if (i < 0 || i >= s.len) {
      f = fail(ErrKind::OutOfBounds, outOfRange(i, s.len));
    } else {
      byte = s.ptr[i];
      f.kind = ErrKind::Byte;
    }
  } else if (t->kind == Kind::Map) {
    uint64_t scratch[3];
    const void* k = nullptr;
    f = mapKey(t, key, scratch, &k);
    if (!f) {
      const void* p = rt::mapAccess(t, mapOf(base), k);
      if (p == nullptr) {
        f = fail(ErrKind::BadField, "no key " + formatValue(key) + " in " + t->name);
      } else {
        out = boxValue(t->elem, p);
      }
    }
  } else {
    f = fail(ErrKind::TypeMismatch, "type mismatch: cannot index " + t->name);
  }
  setIface(slots, out);
  slots[2] = byte;
  setFailure(slots + 3, f);
}

// func setAttrNative(v any, name string, value any) (kind int, detail string):
// slots kind detail(2) | v(2) name(2) value(2)
void setAttrNative(rt::NativeContext&, uint64_t* slots) {
  AnyValue base = anyAt(slots + 3);
  rt::String nameStr = slotString(slots + 5);
  std::string name(nameStr.view());
  AnyValue value = anyAt(slots + 7);
  std::string what = "set field " + quoted(name);
  Failure f;
  const TypeDesc* t = base.type;
  uint64_t scratch[3];
  const void* src = nullptr;
  if (t == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot " + what + " of nil");
  } else if (stringKeyed(t)) {
    if (mapOf(base) == nullptr) {
      f = fail(ErrKind::NilBase, "nil base: cannot " + what + " of nil " + t->name);
    } else if (!convertTo(t->elem, value, scratch, &src)) {
      f = fail(ErrKind::TypeMismatch, "type mismatch: cannot use a value of type " + typeName(value.type) +
                                          " as entry " + quoted(name) + " of " + t->name);
    } else {
      void* dst = rt::mapAssign(t, mapOf(base), &nameStr);
      rt::typedmemmove(t->elem, dst, src);
    }
  } else if (t->kind == Kind::Struct) {
    f = fail(ErrKind::TypeMismatch,
             "type mismatch: cannot " + what + " of " + t->name + ", a struct value (not addressable: pass a pointer)");
  } else {
    const TypeDesc* st = nullptr;
    void* mem = structOf(base, what, &st, &f);
    if (mem != nullptr) {
      const rt::StructField* field = nullptr;
      void* addr = nullptr;
      f = structField(mem, st, t, name, &field, &addr);
      if (!f && !convertTo(field->type, value, scratch, &src)) {
        f = fail(ErrKind::TypeMismatch, "type mismatch: cannot use a value of type " + typeName(value.type) +
                                            " as field " + quoted(name) + " (" + field->type->name + ") of " + t->name);
      } else if (!f) {
        rt::typedmemmove(field->type, addr, src);
      }
    } else if (!f) {
      f = fail(ErrKind::TypeMismatch, "type mismatch: cannot " + what + " of " + t->name);
    }
  }
  setFailure(slots, f);
}

// func setIndexNative(v any, key any, value any) (kind int, detail string):
// slots kind detail(2) | v(2) key(2) value(2)
void setIndexNative(rt::NativeContext&, uint64_t* slots) {
  AnyValue base = anyAt(slots + 3);
  AnyValue key = anyAt(slots + 5);
  AnyValue value = anyAt(slots + 7);
  Failure f;
  const TypeDesc* t = base.type;
  uint64_t scratch[3];
  const void* src = nullptr;
  auto badValue = [&](const TypeDesc* want) {
    return fail(ErrKind::TypeMismatch, "type mismatch: cannot use a value of type " + typeName(value.type) +
                                           " as element (" + want->name + ") of " + t->name);
  };
  if (t == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot set index of nil");
  } else if (t->kind == Kind::Slice || (indexable(t) && t->kind == Kind::Pointer)) {
    const TypeDesc* elem = nullptr;
    void* addr = nullptr;
    f = element(base, key, "set index of", &elem, &addr);
    if (!f && !convertTo(elem, value, scratch, &src)) {
      f = badValue(elem);
    } else if (!f) {
      rt::typedmemmove(elem, addr, src);
    }
  } else if (t->kind == Kind::Array) {
    f = fail(ErrKind::TypeMismatch,
             "type mismatch: cannot set index of " + t->name + ", an array value (not addressable: pass a pointer)");
  } else if (t->kind == Kind::Map) {
    uint64_t keyScratch[3];
    const void* k = nullptr;
    f = mapKey(t, key, keyScratch, &k);
    if (!f && mapOf(base) == nullptr) {
      f = fail(ErrKind::NilBase, "nil base: cannot set index of nil " + t->name);
    } else if (!f && !convertTo(t->elem, value, scratch, &src)) {
      f = badValue(t->elem);
    } else if (!f) {
      void* dst = rt::mapAssign(t, mapOf(base), k);
      rt::typedmemmove(t->elem, dst, src);
    }
  } else {
    f = fail(ErrKind::TypeMismatch, "type mismatch: cannot set index of " + t->name);
  }
  setFailure(slots, f);
}

}  // namespace vo::stdlib::dyn
