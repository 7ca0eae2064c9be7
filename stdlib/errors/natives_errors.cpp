// errors' natives: the reflection that Go's errors.Is and errors.As use (comparability, assignability and the
// store through As's target pointer); the loops are Vo code in errors_impl.vo.
#include <cstring>
#include <vector>

#include "runtime-core/runtime.h"
#include "stdlib/fmt/printer.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// func comparableType(v any) bool: slots ok, v(2)
void comparableType(rt::NativeContext&, uint64_t* slots) {
  const rt::TypeDesc* t = rt::typeOfTypeWord(reinterpret_cast<const void*>(slots[1]));
  slots[0] = t != nullptr && t->comparable();
}

// func checkAsTarget(target any) int: slots code, target(2)
void checkAsTarget(rt::NativeContext&, uint64_t* slots) {
  const rt::TypeDesc* t = rt::typeOfTypeWord(reinterpret_cast<const void*>(slots[1]));
  if (t == nullptr || t->kind != rt::Kind::Pointer || slots[2] == 0) {
    slots[0] = 1;
    return;
  }
  const rt::TypeDesc* elem = t->elem;
  slots[0] = elem->kind == rt::Kind::Interface || fmt::findStringMethod(elem, "Error") != nullptr ? 0 : 2;
}

// func assignAs(err error, target any) bool: slots ok, err(2), target(2)
void assignAs(rt::NativeContext&, uint64_t* slots) {
  slots[0] = 0;
  rt::Iface err = slotIface(slots + 1);
  const rt::TypeDesc* v = rt::typeOfTypeWord(err.tab);
  const rt::TypeDesc* pt = rt::typeOfTypeWord(reinterpret_cast<const void*>(slots[3]));
  if (v == nullptr || pt == nullptr || pt->kind != rt::Kind::Pointer) return;
  const rt::TypeDesc* t = pt->elem;
  void* dst = reinterpret_cast<void*>(slots[4]);
  if (t->kind == rt::Kind::Interface) {
    const void* tab = v;
    if (!t->imethods.empty()) {
      tab = rt::getItab(t, v);
      if (tab == nullptr) return;
    }
    auto* d = static_cast<rt::Iface*>(dst);
    d->tab = tab;
    rt::writeBarrier(&d->data, err.data);
    slots[0] = 1;
    return;
  }
  if (v != t) return;
  std::vector<uint64_t> tmp(t->numSlots());
  rt::loadSlots(t, rt::ifaceValuePtr(t, err), tmp.data());
  rt::storeSlots(t, dst, tmp.data());
  slots[0] = 1;
}

const NativeEntry kErrorsNatives[] = {
    {"errors.assignAs", assignAs},
    {"errors.checkAsTarget", checkAsTarget},
    {"errors.comparableType", comparableType},
};

}  // namespace

std::span<const NativeEntry> errorsNatives() { return kErrorsNatives; }

}  // namespace vo::stdlib
