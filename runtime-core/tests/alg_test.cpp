// Equality and hashing per kind (Go runtime alg.go semantics).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "runtime-core/alg_internal.h"
#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

// Short byte strings hash through the aligned words around them: the bytes around a string must not change its
// hash (the same bytes at every alignment, between different neighbours), and strings of different lengths or one
// differing byte hash differently.
TEST(AlgTest, ShortBytesHashIgnoresTheirNeighbours) {
  alignas(8) uint8_t x[48], y[48];
  for (size_t i = 0; i < sizeof x; ++i) x[i] = static_cast<uint8_t>(i * 13 + 5), y[i] = static_cast<uint8_t>(~x[i]);
  for (size_t n = 0; n <= 24; ++n) {
    uint64_t h = hashBytes(x, n, 42);
    for (size_t o = 1; o < 8; ++o) {
      std::memcpy(y + o, x, n);
      ASSERT_EQ(hashBytes(y + o, n, 42), h) << n << " " << o;
      std::memset(y, 0, sizeof y);
      for (size_t i = 0; i < sizeof y; ++i) y[i] = static_cast<uint8_t>(~x[i]);
    }
    if (n > 0) {
      EXPECT_NE(hashBytes(x, n - 1, 42), h) << n;
      x[n - 1] ^= 1;
      EXPECT_NE(hashBytes(x, n, 42), h) << n;
      x[n - 1] ^= 1;
    }
  }
}

TEST(AlgTest, FloatsFollowIeee) {
  test::Types ty;
  const TypeDesc* f = ty.float64T();
  double pz = 0.0, nz = -0.0, nan = std::nan("");
  EXPECT_TRUE(valuesEqual(f, &pz, &nz));
  EXPECT_EQ(valueHash(f, &pz, 1), valueHash(f, &nz, 1));
  EXPECT_FALSE(valuesEqual(f, &nan, &nan));
  EXPECT_NE(valueHash(f, &nan, 1), valueHash(f, &nan, 1));
}

TEST(AlgTest, StructsSkipBlankFieldsAndPadding) {
  test::Types ty;
  const TypeDesc* s = ty.structOf({{"a", ty.basic(Kind::Int8)}, {"_", ty.intT()}, {"c", ty.stringT()}});
  alignas(8) uint8_t x[32], y[32];
  std::memset(x, 0xAA, sizeof x);
  std::memset(y, 0x55, sizeof y);
  x[0] = y[0] = 3;
  String hs = makeString("hi");
  GcRoot pin1(&hs.ptr);
  String hs2 = makeString("hi");
  GcRoot pin2(&hs2.ptr);
  std::memcpy(x + 16, &hs, 16);
  std::memcpy(y + 16, &hs2, 16);
  EXPECT_TRUE(valuesEqual(s, x, y));
  EXPECT_EQ(valueHash(s, x, 9), valueHash(s, y, 9));
  y[0] = 4;
  EXPECT_FALSE(valuesEqual(s, x, y));
}

TEST(AlgTest, InterfacesCompareDynamicTypeThenValue) {
  test::Types ty;
  const TypeDesc* any = ty.emptyIface();
  const TypeDesc* intT = ty.intT();
  const TypeDesc* strT = ty.stringT();
  int64_t one = 1;
  int32_t one32 = 1;
  Iface a = makeIface(any, intT, &one), b = makeIface(any, intT, &one);  // direct: no allocation
  Iface c = makeIface(any, ty.basic(Kind::Int32), &one32);
  EXPECT_TRUE(ifaceEqual(any, a, b));
  EXPECT_FALSE(ifaceEqual(any, a, c));
  EXPECT_TRUE(ifaceEqual(any, Iface{}, Iface{}));
  EXPECT_FALSE(ifaceEqual(any, a, Iface{}));
  String s1 = makeString("xy");
  GcRoot pin1(&s1.ptr);
  String s2 = makeString("xy");
  GcRoot pin2(&s2.ptr);
  Iface d = makeIface(any, strT, &s1);
  GcRoot pin3(&d.data);
  Iface e = makeIface(any, strT, &s2);
  GcRoot pin4(&e.data);
  EXPECT_NE(d.data, e.data);  // boxed separately
  EXPECT_TRUE(ifaceEqual(any, d, e));
  EXPECT_EQ(valueHash(any, &d, 5), valueHash(any, &e, 5));
  float f1 = 1.5f;
  Iface g = makeIface(any, ty.basic(Kind::Float32), &f1);
  Iface h = g;
  h.data = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(h.data) | (uintptr_t{0xdead} << 32));
  EXPECT_TRUE(ifaceEqual(any, g, h)) << "only the first size bytes of a direct data word count";
}

TEST(AlgTest, UncomparableDynamicTypePanicsWithGoText) {
  test::Types ty;
  const TypeDesc* any = ty.emptyIface();
  const TypeDesc* ints = ty.sliceOf(ty.intT());
  Slice s = makeSlice(ty.intT(), 1, 1);
  GcRoot pin1(&s.ptr);
  Iface a = makeIface(any, ints, &s);
  GcRoot pin2(&a.data);
  try {
    ifaceEqual(any, a, a);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "comparing uncomparable type []int");
  }
  try {
    valueHash(any, &a, 0);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "hash of unhashable type []int");
  }
  int64_t one = 1;
  Iface b = makeIface(any, ty.intT(), &one);
  EXPECT_FALSE(ifaceEqual(any, a, b)) << "different dynamic types compare unequal without panicking";
}

TEST(AlgTest, TypeWordTagTellsItabFromTypeDesc) {
  test::Types ty;
  TypeDesc* t = ty.named(ty.intT(), "T");
  t->methods.push_back({"M", "", "func()", 7});
  const TypeDesc* i = ty.iface({{"M", "", "func()"}}, "main.I");
  const Itab* itab = getItab(i, t);
  ASSERT_NE(itab, nullptr);
  EXPECT_EQ(typeOfTypeWord(itab), t);
  EXPECT_EQ(typeOfTypeWord(t), t);
  EXPECT_EQ(typeOfTypeWord(nullptr), nullptr);
}

TEST(AlgTest, EmptyAndNonEmptyInterfacesHoldingTheSameValueAreEqual) {
  test::Types ty;
  TypeDesc* t = ty.named(ty.intT(), "T");
  t->methods.push_back({"M", "", "func()", 7});
  const TypeDesc* i = ty.iface({{"M", "", "func()"}}, "main.I");
  const TypeDesc* any = ty.emptyIface();
  int64_t v = 5, w = 6;
  Iface a = makeIface(i, t, &v), b = makeIface(any, t, &v), c = makeIface(any, t, &w);
  EXPECT_TRUE(ifaceEqual(any, a, b));
  EXPECT_FALSE(ifaceEqual(any, a, c));
  EXPECT_EQ(valueHash(i, &a, 3), valueHash(any, &b, 3));
}

TEST(AlgTest, ArraysAndComplexKeys) {
  test::Types ty;
  const TypeDesc* arr = ty.arrayOf(ty.float64T(), 2);
  double x[2] = {0.0, 1.0}, y[2] = {-0.0, 1.0};
  EXPECT_TRUE(valuesEqual(arr, x, y));
  EXPECT_EQ(valueHash(arr, x, 1), valueHash(arr, y, 1));
  const TypeDesc* c128 = ty.basic(Kind::Complex128);
  c128 = ty.named(const_cast<TypeDesc*>(c128), "C");
  const_cast<TypeDesc*>(c128)->size = 16;
  const_cast<TypeDesc*>(c128)->align = 8;
  double c1[2] = {1, -0.0}, c2[2] = {1, 0.0}, c3[2] = {1, std::nan("")};
  EXPECT_TRUE(valuesEqual(c128, c1, c2));
  EXPECT_FALSE(valuesEqual(c128, c3, c3));
  const TypeDesc* ints = ty.arrayOf(ty.intT(), 3);
  int64_t p[3] = {1, 2, 3}, q[3] = {1, 2, 4};
  EXPECT_FALSE(valuesEqual(ints, p, q));
  q[2] = 3;
  EXPECT_TRUE(valuesEqual(ints, p, q));
}

TEST(LayoutTest, SlotsAreMemoryForWordSizedLayouts) {
  test::Types ty;
  EXPECT_TRUE(slotsAreMemory(ty.intT()));
  EXPECT_TRUE(slotsAreMemory(ty.stringT()));
  EXPECT_TRUE(slotsAreMemory(ty.emptyIface()));
  EXPECT_TRUE(slotsAreMemory(ty.structOf({{"a", ty.intT()}, {"s", ty.stringT()}})));
  EXPECT_FALSE(slotsAreMemory(ty.basic(Kind::Int32)));
  EXPECT_FALSE(slotsAreMemory(ty.basic(Kind::Float32)));
  EXPECT_FALSE(slotsAreMemory(ty.structOf({{"a", ty.basic(Kind::Int8)}, {"b", ty.intT()}})));
  EXPECT_FALSE(slotsAreMemory(ty.structOf({})));
  // A string's slots are its memory: a key can be looked up from the register pair in place.
  const TypeDesc* mt = ty.mapOf(ty.stringT(), ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  uint64_t slots[2] = {reinterpret_cast<uint64_t>("abc"), 3};
  *static_cast<int64_t*>(mapAssign(mt, m, slots)) = 7;
  String k{reinterpret_cast<const uint8_t*>("xabc") + 1, 3};
  EXPECT_EQ(*static_cast<int64_t*>(mapAccess(mt, m, &k)), 7);
}

}  // namespace
}  // namespace vo::rt
