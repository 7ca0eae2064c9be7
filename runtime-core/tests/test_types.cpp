// Hand-built TypeDescs for runtime-core unit tests.
#include "runtime-core/tests/test_types.h"

#include <algorithm>

namespace vo::rt::test {

TypeDesc* Types::make() {
  owned_.push_back(std::make_unique<TypeDesc>());
  owned_.back()->index = static_cast<uint32_t>(owned_.size() - 1);
  return owned_.back().get();
}

TypeDesc* Types::basic(Kind k) {
  TypeDesc* t = make();
  t->kind = k;
  t->flags = kTypeComparable;
  auto scalar = [&](uint64_t size, bool isSigned, const char* name) {
    t->size = size;
    t->align = static_cast<uint8_t>(size);
    t->name = name;
    t->flags |= kTypeDirect;
    t->slots.push_back({0, SlotKind::Scalar, static_cast<uint8_t>(size), isSigned, false});
  };
  switch (k) {
    case Kind::Bool: scalar(1, false, "bool"); break;
    case Kind::Int: scalar(8, true, "int"); break;
    case Kind::Int8: scalar(1, true, "int8"); break;
    case Kind::Int16: scalar(2, true, "int16"); break;
    case Kind::Int32: scalar(4, true, "int32"); break;
    case Kind::Int64: scalar(8, true, "int64"); break;
    case Kind::Uint: scalar(8, false, "uint"); break;
    case Kind::Uint8: scalar(1, false, "uint8"); break;
    case Kind::Uint16: scalar(2, false, "uint16"); break;
    case Kind::Uint32: scalar(4, false, "uint32"); break;
    case Kind::Uint64: scalar(8, false, "uint64"); break;
    case Kind::Float32:
      t->size = 4; t->align = 4; t->name = "float32"; t->flags |= kTypeDirect;
      t->slots.push_back({0, SlotKind::Float, 4, false, true});
      break;
    case Kind::Float64:
      t->size = 8; t->align = 8; t->name = "float64"; t->flags |= kTypeDirect;
      t->slots.push_back({0, SlotKind::Float, 8, false, false});
      break;
    case Kind::String:
      t->size = 16; t->align = 8; t->name = "string"; t->flags |= kTypeHasPointers;
      t->slots.push_back({0, SlotKind::Ptr, 8, false, false});
      t->slots.push_back({8, SlotKind::Scalar, 8, false, false});
      break;
    default: break;
  }
  return t;
}

TypeDesc* Types::pointerTo(const TypeDesc* elem) {
  TypeDesc* t = make();
  t->kind = Kind::Pointer;
  t->elem = elem;
  t->size = 8; t->align = 8;
  t->flags = kTypeComparable | kTypeDirect | kTypeHasPointers;
  t->name = "*" + elem->name;
  t->slots.push_back({0, SlotKind::Ptr, 8, false, false});
  return t;
}

TypeDesc* Types::sliceOf(const TypeDesc* elem) {
  TypeDesc* t = make();
  t->kind = Kind::Slice;
  t->elem = elem;
  t->size = 24; t->align = 8;
  t->flags = kTypeHasPointers;
  t->name = "[]" + elem->name;
  t->slots.push_back({0, SlotKind::Ptr, 8, false, false});
  t->slots.push_back({8, SlotKind::Scalar, 8, false, false});
  t->slots.push_back({16, SlotKind::Scalar, 8, false, false});
  return t;
}

TypeDesc* Types::arrayOf(const TypeDesc* elem, int64_t n) {
  TypeDesc* t = make();
  t->kind = Kind::Array;
  t->elem = elem;
  t->len = n;
  t->size = elem->size * static_cast<uint64_t>(n);
  t->align = elem->align;
  t->flags = elem->flags & (kTypeHasPointers | kTypeComparable);
  if (n == 1 && elem->direct()) t->flags |= kTypeDirect;
  if (!t->hasPointers() && t->size <= 8) t->flags |= kTypeDirect;
  t->name = "[" + std::to_string(n) + "]" + elem->name;
  for (int64_t i = 0; i < n; i++) {
    for (SlotLayout s : elem->slots) {
      s.offset += static_cast<uint32_t>(i * elem->size);
      t->slots.push_back(s);
    }
  }
  return t;
}

TypeDesc* Types::structOf(std::vector<std::pair<std::string, const TypeDesc*>> fields, std::string name) {
  TypeDesc* t = make();
  t->kind = Kind::Struct;
  t->flags = kTypeComparable;
  uint64_t off = 0;
  uint8_t align = 1;
  std::string desc = "struct {";
  for (auto& [fname, ft] : fields) {
    off = (off + ft->align - 1) & ~uint64_t(ft->align - 1);
    StructField f;
    f.name = fname;
    f.type = ft;
    f.offset = static_cast<uint32_t>(off);
    f.firstSlot = static_cast<uint32_t>(t->slots.size());
    for (SlotLayout s : ft->slots) {
      s.offset += static_cast<uint32_t>(off);
      t->slots.push_back(s);
    }
    t->fields.push_back(f);
    if (!ft->comparable()) t->flags &= ~kTypeComparable;
    if (ft->hasPointers()) t->flags |= kTypeHasPointers;
    align = std::max(align, ft->align);
    off += ft->size;
    desc += (desc.size() > 8 ? "; " : " ") + fname + " " + ft->name;
  }
  t->size = (off + align - 1) & ~uint64_t(align - 1);
  t->align = align;
  if (fields.size() == 1 && fields[0].second->direct()) t->flags |= kTypeDirect;
  if (!t->hasPointers() && t->size <= 8) t->flags |= kTypeDirect;
  t->name = name.empty() ? desc + " }" : name;
  return t;
}

TypeDesc* Types::mapOf(const TypeDesc* key, const TypeDesc* value) {
  TypeDesc* t = make();
  t->kind = Kind::Map;
  t->key = key;
  t->elem = value;
  t->size = 8; t->align = 8;
  t->flags = kTypeDirect | kTypeHasPointers;
  t->name = "map[" + key->name + "]" + value->name;
  t->slots.push_back({0, SlotKind::Ptr, 8, false, false});
  return t;
}

TypeDesc* Types::emptyIface() { return iface({}, "interface {}"); }

TypeDesc* Types::iface(std::vector<IMethod> methods, std::string name) {
  TypeDesc* t = make();
  t->kind = Kind::Interface;
  t->imethods = std::move(methods);
  t->size = 16; t->align = 8;
  t->flags = kTypeComparable | kTypeHasPointers;
  t->name = std::move(name);
  t->slots.push_back({0, SlotKind::IfaceType, 8, false, false});
  t->slots.push_back({8, SlotKind::IfaceData, 8, false, false});
  return t;
}

TypeDesc* Types::named(TypeDesc* t, std::string name) {
  t->name = "main." + name;
  t->pkgPath = "main";
  t->flags |= kTypeNamed;
  return t;
}

}  // namespace vo::rt::test
