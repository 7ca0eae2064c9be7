// sort's natives: the reflection behind sort.Slice (reflect's Value.Len and Swapper on a slice in an `any`), and
// sort.Ints and sort.Strings with std::sort (the result of sorting ints or strings is unique, so any correct sort
// gives Go's; Float64s stays Go's pdqsort, whose placement of -0 among +0 and of NaNs is observable).
#include <algorithm>
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
  std::sort(p, p + x.len, [](const rt::String& a, const rt::String& b) {
    size_t n = static_cast<size_t>(std::min(a.len, b.len));
    int c = n == 0 ? 0 : std::memcmp(a.ptr, b.ptr, n);
    return c < 0 || (c == 0 && a.len < b.len);
  });
}

const NativeEntry kSortNatives[] = {
    {"sort.checkSwapper", checkSwapper},
    {"sort.lenAny", lenAny},
    {"sort.sortInts", sortInts},
    {"sort.sortStrings", sortStrings},
    {"sort.swapAny", swapAny},
};

}  // namespace

std::span<const NativeEntry> sortNatives() { return kSortNatives; }

}  // namespace vo::stdlib
