// Slow paths of the interpreter's handlers: Go's run-time error texts (runtime/error.go, runtime/iface.go) and
// value copies that need the write barrier.
#include <cstring>
#include <string>
#include <vector>

#include "vm/interp_impl.h"

namespace vo::vm {

namespace {

std::string num(int64_t v) { return std::to_string(v); }

}  // namespace

void panicNilDeref() { throw rt::RuntimeError{"invalid memory address or nil pointer dereference"}; }

void panicIndex(int64_t i, int64_t len) {
  if (i < 0) throw rt::RuntimeError{"index out of range [" + num(i) + "]"};
  throw rt::RuntimeError{"index out of range [" + num(i) + "] with length " + num(len)};
}

void panicDivide() { throw rt::RuntimeError{"integer divide by zero"}; }

void panicShift() { throw rt::RuntimeError{"negative shift amount"}; }

// Go's boundsError formats (runtime/error.go boundsErrorFmt and boundsNegErrorFmt).
void panicSlice(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool isLen, bool threeIndex) {
  auto gt = [](int64_t x, int64_t y) { return static_cast<uint64_t>(x) > static_cast<uint64_t>(y); };
  const char* what = isLen ? " with length " : " with capacity ";
  std::string m = "slice bounds out of range ";
  if (!threeIndex && max == cap) {
    if (gt(hi, cap)) {
      if (hi < 0) throw rt::RuntimeError{m + "[:" + num(hi) + "]"};
      throw rt::RuntimeError{m + "[:" + num(hi) + "]" + what + num(cap)};
    }
    if (lo < 0) throw rt::RuntimeError{m + "[" + num(lo) + ":]"};
    throw rt::RuntimeError{m + "[" + num(lo) + ":" + num(hi) + "]"};
  }
  if (gt(max, cap)) {
    if (max < 0) throw rt::RuntimeError{m + "[::" + num(max) + "]"};
    throw rt::RuntimeError{m + "[::" + num(max) + "]" + what + num(cap)};
  }
  if (gt(hi, max)) {
    if (hi < 0) throw rt::RuntimeError{m + "[:" + num(hi) + ":]"};
    throw rt::RuntimeError{m + "[:" + num(hi) + ":" + num(max) + "]"};
  }
  if (lo < 0) throw rt::RuntimeError{m + "[" + num(lo) + "::]"};
  throw rt::RuntimeError{m + "[" + num(lo) + ":" + num(hi) + ":]"};
}

std::string runtimeErrorText(const std::string& message) {
  // Every plainError of Go 1.19's runtime.
  static const char* const kPlain[] = {"assignment to entry in nil map", "close of closed channel",
                                       "close of nil channel", "makechan: size out of range",
                                       "send on closed channel", "runtime: allocation size out of range"};
  for (const char* p : kPlain) {
    if (message == p) return message;
  }
  if (message.starts_with("value method ")) return message;
  return "runtime error: " + message;
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
