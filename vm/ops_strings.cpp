// Out-of-line handler bodies: strings, slices and arrays in memory (they call the runtime anyway).
#include <cstring>
#include <string>

#include "vm/interp_impl.h"
#include "vm/ops.h"
#include "vm/slot_access.h"

namespace vo::vm::ops {

namespace {

/// The element type of []byte for the string/byte-slice opcodes that carry no type operand.
const rt::TypeDesc* byteType() {
  static const rt::TypeDesc t = [] {
    rt::TypeDesc d;
    d.kind = rt::Kind::Uint8;
    d.align = 1;
    d.size = 1;
    d.flags = rt::kTypeDirect | rt::kTypeComparable;
    d.name = "uint8";
    d.slots.push_back(rt::SlotLayout{0, rt::SlotKind::Scalar, 1, false, false});
    return d;
  }();
  return &t;
}

// `s` with its length raised by `add` (> 0), in place when the capacity allows, else grown as append grows it
// (an overflowing length reaches growSlice as -1, which panics "growslice: cap out of range").
rt::Slice extendSlice(const rt::TypeDesc* elem, rt::Slice s, int64_t add) {
  int64_t n;
  if (__builtin_add_overflow(s.len, add, &n)) n = -1;
  if (n >= 0 && n <= s.cap) {
    s.len = n;
    return s;
  }
  return rt::growSlice(elem, s, n);
}

}  // namespace

void Concat([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  SET_STR(pc->a, rt::stringConcat(STR(pc->b), STR(pc->c)));
}

void LtS([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  RU(pc->a) = rt::stringCompare(STR(pc->b), STR(pc->c)) < 0;
}

void LeS([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  RU(pc->a) = rt::stringCompare(STR(pc->b), STR(pc->c)) <= 0;
}

void DecodeRune([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  int64_t r = 0, w = 0;
  rt::decodeRune(STR(pc->b), RS(pc->c), &r, &w);
  RS(pc->a) = r;
  RS(pc->a + 1) = w;
}

void RuneToS([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  SET_STR(pc->a, rt::stringFromRune(RS(pc->b)));
}

void BytesToS([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  // Not stringFromBytes(SLICE(b)): a Slice argument goes through memory, and GCC rebuilds it with a 16-byte load
  // of the two words it has just stored separately, which stalls on store forwarding (23% of bench/scan).
  SET_STR(pc->a, rt::makeString({reinterpret_cast<const char*>(RP(pc->b)), static_cast<size_t>(RS(pc->b + 1))}));
}

void SToBytes([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  SET_SLICE(pc->a, rt::bytesFromString(STR(pc->b)));
}

void RunesToS([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  SET_STR(pc->a, rt::stringFromRunes(SLICE(pc->b)));
}

void SToRunes([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  SET_SLICE(pc->a, rt::runesFromString(STR(pc->b)));
}

void MakeSlice([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  int64_t len = RS(pc->b);
  int64_t cap = pc->c == rt::kNoReg16 ? len : RS(pc->c);
  SET_SLICE(pc->a, rt::makeSlice(in.type(pc->d), len, cap));
}

void Append([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* elem = in.type(pc->d);
  rt::Slice s = SLICE(pc->b);
  if (s.len < s.cap) [[likely]]
    ++s.len;
  else
    s = rt::growSlice(elem, s, s.len == INT64_MAX ? -1 : s.len + 1);  // -1: overflow, growSlice panics
  rt::storeSlots(elem, static_cast<uint8_t*>(s.ptr) + (s.len - 1) * static_cast<int64_t>(elem->size), regs + pc->c);
  SET_SLICE(pc->a, s);
}

void AppendSlice([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* elem = in.type(pc->d);
  rt::Slice s = SLICE(pc->b);
  rt::Slice t = SLICE(pc->c);
  if (t.len > 0) {
    int64_t old = s.len;
    s = extendSlice(elem, s, t.len);
    rt::Slice dst{static_cast<uint8_t*>(s.ptr) + old * static_cast<int64_t>(elem->size), t.len, t.len};
    rt::sliceCopy(elem, dst, t.ptr, t.len);
  }
  SET_SLICE(pc->a, s);
}

void AppendStr([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  rt::Slice s = SLICE(pc->b);
  rt::String t = STR(pc->c);
  if (t.len > 0) {
    int64_t old = s.len;
    s = extendSlice(byteType(), s, t.len);
    std::memmove(static_cast<uint8_t*>(s.ptr) + old, t.ptr, static_cast<size_t>(t.len));
  }
  SET_SLICE(pc->a, s);
}

void Copy([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  rt::Slice d = SLICE(pc->b);
  rt::Slice s = SLICE(pc->c);
  RS(pc->a) = rt::sliceCopy(in.type(pc->d), d, s.ptr, s.len);
}

void CopyStr([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  rt::Slice d = SLICE(pc->b);
  rt::String s = STR(pc->c);
  int64_t n = std::min(d.len, s.len);
  if (n > 0) std::memmove(d.ptr, s.ptr, static_cast<size_t>(n));
  RS(pc->a) = n;
}

void ClearSlice([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  rt::Slice s = SLICE(pc->a);
  if (s.len > 0) std::memset(s.ptr, 0, static_cast<size_t>(s.len) * in.type(pc->d)->size);
}

}  // namespace vo::vm::ops
