// Slow paths of the interpreter's handlers: Go's run-time errors (runtime/error.go boundsError codes, the
// TypeAssertionError text of runtime/iface.go) and value copies that need the write barrier.
#include <cstring>
#include <string>
#include <vector>

#include "vm/interp_impl.h"

namespace vo::vm {

void panicNilDeref() { throw rt::RuntimeError{"invalid memory address or nil pointer dereference"}; }

void panicIndex(int64_t i, int64_t len, bool isSigned) {
  rt::throwBoundsError({.x = i, .y = len, .isSigned = isSigned, .code = 0});
}

void panicDivide() { throw rt::RuntimeError{"integer divide by zero"}; }

void panicShift() { throw rt::RuntimeError{"negative shift amount"}; }

namespace {

[[noreturn]] void failSlice(int64_t x, int64_t y, uint8_t code) {
  rt::throwBoundsError({.x = x, .y = y, .isSigned = true, .code = code});
}

}  // namespace

// Go's checks in order (cmd/compile ssagen: panicSlice* calls), as runtime/error.go boundsError codes.
void panicSlice(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool isLen, bool threeIndex) {
  auto gt = [](int64_t x, int64_t y) { return static_cast<uint64_t>(x) > static_cast<uint64_t>(y); };
  if (!threeIndex && max == cap) {
    if (gt(hi, cap)) failSlice(hi, cap, isLen ? 1 : 2);  // boundsSliceAlen / boundsSliceAcap
    failSlice(lo, hi, 3);                                  // boundsSliceB
  }
  if (gt(max, cap)) failSlice(max, cap, isLen ? 4 : 5);  // boundsSlice3Alen / boundsSlice3Acap
  if (gt(hi, max)) failSlice(hi, max, 6);                // boundsSlice3B
  failSlice(lo, hi, 7);                                  // boundsSlice3C
}

void panicSliceToArray(int64_t sliceLen, int64_t arrayLen) {
  rt::throwBoundsError({.x = arrayLen, .y = sliceLen, .isSigned = true, .code = 8});  // boundsConvert
}

// runtime/error.go (*TypeAssertionError).Error.
std::string assertionMessage(const rt::TypeDesc* iface, const rt::TypeDesc* concrete, const rt::TypeDesc* asserted,
                             const std::string& missingMethod) {
  std::string inter = iface ? iface->name : "interface";
  const std::string& as = asserted->name;
  if (!concrete) return "interface conversion: " + inter + " is nil, not " + as;
  const std::string& cs = concrete->name;
  if (missingMethod.empty()) {
    std::string msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
    if (cs == as) {
      msg += concrete->pkgPath != asserted->pkgPath ? " (types from different packages)"
                                                     : " (types from different scopes)";
    }
    return msg;
  }
  return "interface conversion: " + cs + " is not " + as + ": missing method " + missingMethod;
}

void copyValue(const rt::TypeDesc* t, uint8_t* dst, const uint8_t* src) {
  if (dst == src || t->size == 0) return;
  if (!t->hasPointers()) {
    std::memmove(dst, src, t->size);
    return;
  }
  // Through the slots, so that every pointer store passes the write barrier.
  uint32_t n = t->numSlots();
  uint64_t small[32];
  std::vector<uint64_t> big;
  uint64_t* tmp = small;
  if (n > 32) {
    big.resize(n);
    tmp = big.data();
  }
  rt::loadSlots(t, src, tmp);
  rt::storeSlots(t, dst, tmp);
}

}  // namespace vo::vm
