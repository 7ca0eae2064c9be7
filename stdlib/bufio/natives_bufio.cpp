// bufio's natives: the line search behind Scanner.Scan's fast path (scan_impl.vo).
#include <cstring>

#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// func scanLine(buf []byte, start, end int) (tokEnd, next int): slots tokEnd, next, buf(3), start, end
void scanLine(rt::NativeContext&, uint64_t* s) {
  rt::Slice buf = slotSlice(s + 2);
  auto start = static_cast<int64_t>(s[5]);
  auto end = static_cast<int64_t>(s[6]);
  s[0] = 0;
  s[1] = 0;
  if (start < 0 || start >= end || end > buf.len) return;
  const auto* p = static_cast<const uint8_t*>(buf.ptr);
  const void* nl = std::memchr(p + start, '\n', static_cast<size_t>(end - start));
  if (!nl) return;
  int64_t i = static_cast<const uint8_t*>(nl) - p;
  s[0] = static_cast<uint64_t>(i > start && p[i - 1] == '\r' ? i - 1 : i);
  s[1] = static_cast<uint64_t>(i + 1);
}

const NativeEntry kBufioNatives[] = {
    {"bufio.scanLine", scanLine},
};

}  // namespace

std::span<const NativeEntry> bufioNatives() { return kBufioNatives; }

}  // namespace vo::stdlib
