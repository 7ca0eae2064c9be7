// sort's natives: the reflection behind sort.Slice (reflect's Value.Len and Swapper on a slice in an `any`), and
// sort.Ints, sort.Strings and sort.Float64s with std::sort (the result of sorting ints or strings is unique, so any
// correct sort gives Go's; for float64s only without NaN and -0, whose placement among equals Go's pdqsort decides
// and a program can observe).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

/// The slice held by the `any` at slots[0..2), or throws Go's reflect panic.
rt::Slice sliceOf(rt::NativeContext& ctx, const uint64_t* any, const rt::TypeDesc** type, const char* what) {
  rt::Iface x = slotIface(any);
  const rt::TypeDesc* t = rt::typeOfTypeWord(x.tab);
  if (t == nullptr || t->kind != rt::Kind::Slice) {
    panicString(ctx, std::string("reflect: call of ") + what + " on " +
                         (t == nullptr ? "zero" : kindName(t->kind)) + " Value");
  }
  *type = t;
  rt::Slice s;
  std::memcpy(&s, rt::ifaceValuePtr(t, x), sizeof s);
  return s;
}

// func lenAny(x any) int: slots n, x(2)
void lenAny(rt::NativeContext& ctx, uint64_t* slots) {
  const rt::TypeDesc* t;
  slots[0] = static_cast<uint64_t>(sliceOf(ctx, slots + 1, &t, "reflect.Value.Len").len);
}

// func checkSwapper(x any): slots x(2)
void checkSwapper(rt::NativeContext& ctx, uint64_t* slots) {
  const rt::TypeDesc* t;
  sliceOf(ctx, slots, &t, "Swapper");
}

// func swapAny(x any, i, j int): slots x(2), i, j
void swapAny(rt::NativeContext& ctx, uint64_t* slots) {
  const rt::TypeDesc* t;
  rt::Slice s = sliceOf(ctx, slots, &t, "Swapper");
  auto i = static_cast<int64_t>(slots[2]), j = static_cast<int64_t>(slots[3]);
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len) || static_cast<uint64_t>(j) >= static_cast<uint64_t>(s.len))
    panicString(ctx, "reflect: slice index out of range");
  const rt::TypeDesc* e = t->elem;
  char* a = static_cast<char*>(s.ptr) + i * static_cast<int64_t>(e->size);
  char* b = static_cast<char*>(s.ptr) + j * static_cast<int64_t>(e->size);
  if (i == j || e->size == 0) return;
  if (!e->hasPointers()) {
    char small[256];
    std::vector<char> big;
    char* tmp = small;
    if (e->size > sizeof small) {
      big.resize(e->size);
      tmp = big.data();
    }
    std::memcpy(tmp, a, e->size);
    std::memmove(a, b, e->size);
    std::memcpy(b, tmp, e->size);
    return;
  }
  // Small elements (the common case) go through a stack buffer: sort.Slice swaps O(n log n) times.
  size_t n = e->numSlots();
  uint64_t small[2 * 16];
  std::vector<uint64_t> big;
  uint64_t* x = small;
  if (n > 16) {
    big.resize(2 * n);
    x = big.data();
  }
  uint64_t* y = x + n;
  rt::loadSlots(e, a, x);
  rt::loadSlots(e, b, y);
  rt::storeSlots(e, a, y);
  rt::storeSlots(e, b, x);
}

// func sortInts(x []int): slots x(3)
void sortInts(rt::NativeContext&, uint64_t* slots) {
  rt::Slice x = slotSlice(slots);
  auto* p = static_cast<int64_t*>(x.ptr);
  std::sort(p, p + x.len);
}

// func sortStrings(x []string): slots x(3). Go orders strings by their bytes as unsigned values (memcmp). Nothing
// is allocated here, so no collection runs while the headers are permuted in place, and the collector is not
// incremental (rt::writeBarrier is a plain store), so no barrier is needed.
void sortStrings(rt::NativeContext&, uint64_t* slots) {
  rt::Slice x = slotSlice(slots);
  auto* p = static_cast<rt::String*>(x.ptr);
  // Bytewise, as Go compares strings (char_traits<char> compares as unsigned char, like memcmp).
  std::sort(p, p + x.len, [](const rt::String& a, const rt::String& b) { return a.view() < b.view(); });
}

// func sortFloat64s(x []float64) bool: slots ok, x(3). Sorts x and reports true when it holds no NaN and no -0
// (then the sorted order is unique); otherwise leaves x alone and reports false.
void sortFloat64s(rt::NativeContext&, uint64_t* slots) {
  rt::Slice x = slotSlice(slots + 1);
  auto* p = static_cast<double*>(x.ptr);
  for (int64_t i = 0; i < x.len; i++) {
    if (std::isnan(p[i]) || (p[i] == 0 && std::signbit(p[i]))) {
      slots[0] = 0;
      return;
    }
  }
  std::sort(p, p + x.len);
  slots[0] = 1;
}

const NativeEntry kSortNatives[] = {
    {"sort.checkSwapper", checkSwapper},
    {"sort.lenAny", lenAny},
    {"sort.sortFloat64s", sortFloat64s},
    {"sort.sortInts", sortInts},
    {"sort.sortStrings", sortStrings},
    {"sort.swapAny", swapAny},
};

}  // namespace

std::span<const NativeEntry> sortNatives() { return kSortNatives; }

}  // namespace vo::stdlib
