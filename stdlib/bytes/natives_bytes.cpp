// bytes' natives: the internal/bytealg primitives behind bytealg_impl.vo.
#include <algorithm>
#include <cstring>

#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"
#include "stdlib/text/fields.h"

namespace vo::stdlib {
namespace {

std::string_view bytesOf(const uint64_t* s) {
  rt::Slice b = slotSlice(s);
  return {static_cast<const char*>(b.ptr), static_cast<size_t>(b.len)};
}
uint64_t found(size_t i) { return static_cast<uint64_t>(i == std::string_view::npos ? int64_t{-1} : static_cast<int64_t>(i)); }

void compareBytes(rt::NativeContext&, uint64_t* s) {  // (a, b []byte) int: r, a(3), b(3)
  int c = bytesOf(s + 1).compare(bytesOf(s + 4));
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(c < 0 ? -1 : c > 0 ? 1 : 0));
}
void countByte(rt::NativeContext&, uint64_t* s) {  // (b []byte, c byte) int: r, b(3), c
  std::string_view b = bytesOf(s + 1);
  s[0] = static_cast<uint64_t>(std::count(b.begin(), b.end(), static_cast<char>(s[4])));
}
void indexByte(rt::NativeContext&, uint64_t* s) { s[0] = found(bytesOf(s + 1).find(static_cast<char>(s[4]))); }
void indexByteString(rt::NativeContext&, uint64_t* s) {  // (s string, c byte) int: r, s(2), c
  s[0] = found(slotString(s + 1).view().find(static_cast<char>(s[3])));
}
void indexString(rt::NativeContext&, uint64_t* s) {  // (a, b string) int: r, a(2), b(2)
  s[0] = found(slotString(s + 1).view().find(slotString(s + 3).view()));
}
void indexBytes(rt::NativeContext&, uint64_t* s) { s[0] = found(bytesOf(s + 1).find(bytesOf(s + 4))); }

// countFields(s []byte) int: r, s(3)
void countFields(rt::NativeContext&, uint64_t* s) {
  int64_t n = 0;
  forEachField(bytesOf(s + 1), [&](size_t, size_t) { ++n; });
  s[0] = static_cast<uint64_t>(n);
}

// fillFields(s []byte, a [][]byte): s(3), a(3). a is a fresh [][]byte of countFields(s) elements; each field is
// s[lo:hi:hi] as in Go's Fields.
void fillFields(rt::NativeContext&, uint64_t* s) {
  rt::Slice in = slotSlice(s);
  rt::Slice a = slotSlice(s + 3);
  auto* out = static_cast<rt::Slice*>(a.ptr);
  auto* base = static_cast<uint8_t*>(in.ptr);
  int64_t k = 0;
  forEachField(bytesOf(s), [&](size_t lo, size_t hi) {
    if (k >= a.len) return;
    rt::writeBarrier(&out[k].ptr, base + lo);
    out[k].len = static_cast<int64_t>(hi - lo);
    out[k].cap = static_cast<int64_t>(hi - lo);
    ++k;
  });
}

const NativeEntry kBytesNatives[] = {
    {"bytes.compareBytes", compareBytes}, {"bytes.countByte", countByte},
    {"bytes.countFields", countFields},   {"bytes.fillFields", fillFields},
    {"bytes.indexByte", indexByte},       {"bytes.indexByteString", indexByteString},
    {"bytes.indexBytes", indexBytes},     {"bytes.indexString", indexString},
};

}  // namespace

std::span<const NativeEntry> bytesNatives() { return kBytesNatives; }

}  // namespace vo::stdlib
