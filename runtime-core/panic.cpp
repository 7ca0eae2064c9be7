// Run-time error values raised from C++ (panic.h): Go 1.19's boundsError texts (runtime/error.go) and the
// plainError rule.
#include "runtime-core/panic.h"

#include <string>

namespace vo::rt {

namespace {

// runtime/error.go boundsErrorFmts and boundsNegErrorFmts, indexed by boundsErrorCode.
const char* const kBoundsFmts[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
const char* const kBoundsNegFmts[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
};

// runtime/error.go appendIntStr.
void appendIntStr(std::string& b, int64_t v, bool isSigned) {
  if (isSigned && v < 0) {
    b += '-';
    b += std::to_string(-static_cast<uint64_t>(v));
    return;
  }
  b += std::to_string(static_cast<uint64_t>(v));
}

}  // namespace

std::string boundsErrorText(const BoundsError& e) {
  uint8_t code = e.code <= 8 ? e.code : 0;
  const char* fmt = kBoundsFmts[code];
  if (e.isSigned && e.x < 0 && code < 8) fmt = kBoundsNegFmts[code];
  std::string b;
  for (const char* p = fmt; *p; ++p) {
    if (*p != '%') {
      b += *p;
      continue;
    }
    ++p;
    if (*p == 'x') appendIntStr(b, e.x, e.isSigned);
    if (*p == 'y') appendIntStr(b, e.y, true);
  }
  return b;
}

void throwBoundsError(const BoundsError& e) {
  RuntimeError r{boundsErrorText(e)};
  r.isBounds = true;
  r.bounds = e;
  throw r;
}

bool isPlainError(const RuntimeError& e) {
  if (e.plain) return true;
  // Every plainError of Go 1.19's runtime.
  static const char* const kPlain[] = {"assignment to entry in nil map", "close of closed channel",
                                       "close of nil channel", "makechan: size out of range",
                                       "send on closed channel", "runtime: allocation size out of range"};
  for (const char* p : kPlain) {
    if (e.message == p) return true;
  }
  return false;
}

std::string runtimeErrorText(const RuntimeError& e) {
  if (isPlainError(e)) return e.message;
  return "runtime error: " + e.message;
}

}  // namespace vo::rt
