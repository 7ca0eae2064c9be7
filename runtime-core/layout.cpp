// Flattening between 8-byte register slots and Go-layout memory (TypeDesc::slots), and the process-wide
// throwRuntimeError helper.
#include <cstring>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

void loadSlots(const TypeDesc* t, const void* mem, uint64_t* slots) {
  const auto* base = static_cast<const uint8_t*>(mem);
  size_t n = t->slots.size();
  const SlotLayout* sl = t->slots.data();
  for (size_t i = 0; i < n; i++) {
    const SlotLayout& s = sl[i];
    const uint8_t* p = base + s.offset;
    uint64_t v;
    if (s.kind == SlotKind::Float) {
      double d;
      if (s.isFloat32) {
        float f;
        std::memcpy(&f, p, 4);
        d = f;
      } else {
        std::memcpy(&d, p, 8);
      }
      std::memcpy(&v, &d, 8);
    } else {
      switch (s.width) {
        case 1: v = s.isSigned ? static_cast<uint64_t>(static_cast<int64_t>(*reinterpret_cast<const int8_t*>(p))) : *p;
          break;
        case 2: {
          uint16_t x;
          std::memcpy(&x, p, 2);
          v = s.isSigned ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(x))) : x;
          break;
        }
        case 4: {
          uint32_t x;
          std::memcpy(&x, p, 4);
          v = s.isSigned ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(x))) : x;
          break;
        }
        default: std::memcpy(&v, p, 8); break;
      }
    }
    slots[i] = v;
  }
}

void storeSlots(const TypeDesc* t, void* mem, const uint64_t* slots) {
  auto* base = static_cast<uint8_t*>(mem);
  size_t n = t->slots.size();
  const SlotLayout* sl = t->slots.data();
  for (size_t i = 0; i < n; i++) {
    const SlotLayout& s = sl[i];
    uint8_t* p = base + s.offset;
    uint64_t v = slots[i];
    switch (s.kind) {
      case SlotKind::Float:
        if (s.isFloat32) {
          double d;
          std::memcpy(&d, &v, 8);
          float f = static_cast<float>(d);
          std::memcpy(p, &f, 4);
        } else {
          std::memcpy(p, &v, 8);
        }
        break;
      case SlotKind::Ptr:
      case SlotKind::IfaceData:
        writeBarrier(reinterpret_cast<void**>(p), reinterpret_cast<void*>(v));
        break;
      default:
        switch (s.width) {
          case 1: *p = static_cast<uint8_t>(v); break;
          case 2: { uint16_t x = static_cast<uint16_t>(v); std::memcpy(p, &x, 2); break; }
          case 4: { uint32_t x = static_cast<uint32_t>(v); std::memcpy(p, &x, 4); break; }
          default: std::memcpy(p, &v, 8); break;
        }
        break;
    }
  }
}

bool slotsAreMemory(const TypeDesc* t) { return rtInfo(t).slotsAreMemory; }

uint64_t frameObjectSlots(const TypeDesc* t) { return t->size == 0 ? 1 : (t->size + 7) / 8; }

namespace {
// The kind of the 8-byte word at byte offset `off` of a value with pointer map `info`.
SlotKind wordKind(const TypeRtInfo& info, uint64_t off) {
  for (const PtrOp& op : info.ptrOps) {
    if (off < op.offset) continue;
    const uint64_t rel = off - op.offset;
    switch (op.kind) {
      case PtrOp::Kind::Ptr:
        if (rel == 0) return SlotKind::Ptr;
        break;
      case PtrOp::Kind::EmptyIface:
      case PtrOp::Kind::Iface:
        if (rel == 0) return SlotKind::IfaceType;
        if (rel == 8) return SlotKind::IfaceData;
        break;
      case PtrOp::Kind::Array:
        if (op.stride != 0 && rel / op.stride < op.count) return wordKind(*op.elem, rel % op.stride);
        break;
    }
  }
  return SlotKind::Scalar;
}
}  // namespace

SlotKind frameObjectSlotKind(const TypeDesc* t, uint64_t i) { return wordKind(rtInfo(t), i * 8); }

void throwRuntimeError(std::string message) { throw RuntimeError{std::move(message)}; }

}  // namespace vo::rt
