// Out-of-line handler bodies: maps, interfaces, equality of values, print.
#include <cstring>
#include <memory>
#include <string>

#include "vm/interp_impl.h"
#include "vm/ops.h"
#include "vm/slot_access.h"

namespace vo::vm::ops {

namespace {

/// A zeroed memory buffer for one value of type `t` (map keys, EqVal operands), on the native stack when small.
/// Allocated and cleared on first use only.
class ValueBuf {
 public:
  explicit ValueBuf(const rt::TypeDesc* t) : t_(t) {}
  void* get() {
    if (!p_) {
      if (t_->size > sizeof small_) {
        big_.reset(new uint64_t[(t_->size + 7) / 8]());
        p_ = big_.get();
      } else {
        std::memset(small_, 0, t_->size);
        p_ = small_;
      }
    }
    return p_;
  }

 private:
  const rt::TypeDesc* t_;
  alignas(16) uint64_t small_[16];
  std::unique_ptr<uint64_t[]> big_;
  void* p_ = nullptr;
};

}  // namespace

void MakeMap([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  int64_t hint = pc->b == rt::kNoReg16 ? 0 : RS(pc->b);
  SETP(pc->a, rt::mapMake(in.type(pc->d), hint));
}

namespace {

/// The memory image of a map key held in slots: the slots themselves when they are its image, else `buf`.
const void* keyImage(Interpreter& in, const rt::TypeDesc* key, const uint64_t* slots, ValueBuf& buf) {
  if (in.layoutOf(key) & kPlainSlots) return slots;
  rt::storeSlots(key, buf.get(), slots);
  return buf.get();
}

}  // namespace

void MapGet([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* mt = in.type(pc->d);
  ValueBuf buf(mt->key);
  const void* key = keyImage(in, mt->key, regs + pc->c, buf);
  const void* v = rt::mapAccess(mt, reinterpret_cast<rt::MapObject*>(RU(pc->b)), key);
  if (v)
    in.loadValue(mt->elem, v, regs + pc->a);
  else
    for (uint32_t i = 0, n = mt->elem->numSlots(); i < n; ++i) RU(pc->a + i) = 0;
  if (pc->e != rt::kNoReg32) RU(pc->e) = v != nullptr;
}

void MapSet([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* mt = in.type(pc->d);
  ValueBuf buf(mt->key);
  const void* key = keyImage(in, mt->key, regs + pc->b, buf);
  void* v = rt::mapAssign(mt, reinterpret_cast<rt::MapObject*>(RU(pc->a)), key);
  in.storeValue(mt->elem, v, regs + pc->c);
}

void MapAddr([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* mt = in.type(pc->d);
  ValueBuf buf(mt->key);
  const void* key = keyImage(in, mt->key, regs + pc->c, buf);
  SETP(pc->a, rt::mapAssign(mt, reinterpret_cast<rt::MapObject*>(RU(pc->b)), key));
}

void MapDelete([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* mt = in.type(pc->d);
  ValueBuf buf(mt->key);
  const void* key = keyImage(in, mt->key, regs + pc->b, buf);
  rt::mapDelete(mt, reinterpret_cast<rt::MapObject*>(RU(pc->a)), key);
}

void MapClear([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  rt::mapClear(in.type(pc->d), reinterpret_cast<rt::MapObject*>(RU(pc->a)));
}

void MapIter([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  SETP(pc->a, rt::mapIterStart(in.type(pc->d), reinterpret_cast<rt::MapObject*>(RU(pc->b))));
}

bool MapNext([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const void* k = nullptr;
  const void* v = nullptr;
  if (!rt::mapIterNext(reinterpret_cast<rt::MapIterator*>(RU(pc->a)), &k, &v)) return false;
  const rt::TypeDesc* mt = in.type(pc->e);
  if (pc->b != rt::kNoReg16) in.loadValue(mt->key, k, regs + pc->b);
  if (pc->c != rt::kNoReg16) in.loadValue(mt->elem, v, regs + pc->c);
  return true;
}

void MakeIface([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* t = in.type(pc->d);
  const rt::TypeDesc* it = in.type(pc->e);
  uint64_t data = 0;
  if (t->direct()) {
    if (t->slots.size() == 1 && t->slots[0].width == 8)
      data = RU(pc->b);
    else
      rt::storeSlots(t, &data, regs + pc->b);
  } else {
    void* box = rt::gcAlloc(t);
    rt::storeSlots(t, box, regs + pc->b);
    data = reinterpret_cast<uint64_t>(box);
  }
  const void* tab = it->imethods.empty() ? static_cast<const void*>(t) : in.itabFor(it, t);
  SETP(pc->a, tab);
  RU(pc->a + 1) = data;
}

void IfaceToIface([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const void* tab = reinterpret_cast<const void*>(RU(pc->b));
  uint64_t data = RU(pc->b + 1);
  if (tab) {
    const rt::TypeDesc* target = in.type(pc->d);
    const rt::TypeDesc* dyn = in.dynType(tab);
    tab = target->imethods.empty() ? static_cast<const void*>(dyn) : in.itabFor(target, dyn);
  }
  SETP(pc->a, tab);
  RU(pc->a + 1) = data;
}

void AssertType([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* t = in.type(pc->d);
  const void* tab = reinterpret_cast<const void*>(RU(pc->b));
  const rt::TypeDesc* dyn = in.dynType(tab);
  if (dyn == t) [[likely]] {
    uint64_t data = RU(pc->b + 1);
    if (t->direct()) {
      if (t->slots.size() == 1 && t->slots[0].width == 8)
        RU(pc->a) = data;
      else
        rt::loadSlots(t, &data, regs + pc->a);
    } else {
      rt::loadSlots(t, reinterpret_cast<const void*>(data), regs + pc->a);
    }
    if (pc->c != rt::kNoReg16) RU(pc->c) = 1;
    return;
  }
  if (pc->c == rt::kNoReg16) in.panicTypeAssertion(in.type(pc->e), dyn, t, "");
  for (uint32_t i = 0, n = t->numSlots(); i < n; ++i) RU(pc->a + i) = 0;
  RU(pc->c) = 0;
}

void AssertIface([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* target = in.type(pc->d);
  const void* tab = reinterpret_cast<const void*>(RU(pc->b));
  const rt::TypeDesc* dyn = in.dynType(tab);
  const void* newTab = nullptr;
  std::string missing;
  if (dyn) newTab = target->imethods.empty() ? static_cast<const void*>(dyn) : rt::getItab(target, dyn, &missing);
  if (newTab) [[likely]] {
    RU(pc->a + 1) = RU(pc->b + 1);
    SETP(pc->a, newTab);
    if (pc->c != rt::kNoReg16) RU(pc->c) = 1;
    return;
  }
    // Go's assertE2I/assertI2I name no static interface type when the operand is nil ("interface is nil").
  if (pc->c == rt::kNoReg16) in.panicTypeAssertion(dyn ? in.type(pc->e) : nullptr, dyn, target, missing);
  RU(pc->a) = 0;
  RU(pc->a + 1) = 0;
  RU(pc->c) = 0;
}

void IfaceImpl([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* dyn = in.dynType(reinterpret_cast<const void*>(RU(pc->b)));
  const rt::TypeDesc* target = in.type(pc->d);
  RU(pc->a) = dyn != nullptr && (target->imethods.empty() || rt::getItab(target, dyn) != nullptr);
}

void EqIface([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  RU(pc->a) = in.ifaceEqual(regs + pc->b, regs + pc->c);
}

void NeIface([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  RU(pc->a) = !in.ifaceEqual(regs + pc->b, regs + pc->c);
}

void EqVal([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  const rt::TypeDesc* t = in.type(pc->d);
  ValueBuf x(t), y(t);
  rt::storeSlots(t, x.get(), regs + pc->b);
  rt::storeSlots(t, y.get(), regs + pc->c);
  RU(pc->a) = rt::valuesEqual(t, x.get(), y.get());
}

void Print([[maybe_unused]] Interpreter& in, const rt::Instr* pc, uint64_t* regs) {
  std::string s;
  appendPrinted(s, in.type(pc->d), regs + pc->a);
  rt::writeStderr(s);
}

}  // namespace vo::vm::ops
