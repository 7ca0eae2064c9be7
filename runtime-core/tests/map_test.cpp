// Maps: Go semantics for float keys, composite keys, nil maps, deletion and growth during iteration.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <set>
#include <string>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

int64_t* setInt(const TypeDesc* mt, MapObject* m, const void* key, int64_t v) {
  auto* p = static_cast<int64_t*>(mapAssign(mt, m, key));
  *p = v;
  return p;
}

TEST(MapTest, IntKeysManyEntries) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.intT(), ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  for (int64_t i = 0; i < 100000; i++) setInt(mt, m, &i, i * 2);
  EXPECT_EQ(mapLen(m), 100000);
  for (int64_t i = 0; i < 100000; i++) {
    auto* v = static_cast<int64_t*>(mapAccess(mt, m, &i));
    ASSERT_NE(v, nullptr);
    ASSERT_EQ(*v, i * 2);
  }
  for (int64_t i = 0; i < 100000; i += 2) mapDelete(mt, m, &i);
  EXPECT_EQ(mapLen(m), 50000);
  int64_t k = 4;
  EXPECT_EQ(mapAccess(mt, m, &k), nullptr);
  k = 5;
  EXPECT_EQ(*static_cast<int64_t*>(mapAccess(mt, m, &k)), 10);
}

TEST(MapTest, StringKeys) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.stringT(), ty.intT());
  MapObject* m = mapMake(mt, 4);
  GcRoot pin(&m);
  for (int i = 0; i < 1000; i++) {
    String s = makeString("key" + std::to_string(i));
    setInt(mt, m, &s, i);
  }
  String probe{reinterpret_cast<const uint8_t*>("key777"), 6};
  EXPECT_EQ(*static_cast<int64_t*>(mapAccess(mt, m, &probe)), 777);
  String missing{reinterpret_cast<const uint8_t*>("key1000"), 7};
  EXPECT_EQ(mapAccess(mt, m, &missing), nullptr);
}

TEST(MapTest, FloatKeysZeroAndNaN) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.float64T(), ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  double pz = 0.0, nz = -0.0, nan = std::nan("");
  setInt(mt, m, &pz, 1);
  setInt(mt, m, &nz, 2);  // same key as +0
  EXPECT_EQ(mapLen(m), 1);
  EXPECT_EQ(*static_cast<int64_t*>(mapAccess(mt, m, &pz)), 2);
  setInt(mt, m, &nan, 3);
  setInt(mt, m, &nan, 4);  // every NaN insert adds an entry
  EXPECT_EQ(mapLen(m), 3);
  EXPECT_EQ(mapAccess(mt, m, &nan), nullptr);
  mapDelete(mt, m, &nan);
  EXPECT_EQ(mapLen(m), 3);
  int nans = 0;
  MapIterator* it = mapIterStart(mt, m);
  GcRoot pinIt(&it);
  const void *k, *v;
  while (mapIterNext(it, &k, &v)) {
    if (std::isnan(*static_cast<const double*>(k))) nans++;
  }
  EXPECT_EQ(nans, 2);
  mapClear(mt, m);
  EXPECT_EQ(mapLen(m), 0);
}

TEST(MapTest, StructAndInterfaceKeys) {
  test::Types ty;
  const TypeDesc* st = ty.structOf({{"a", ty.basic(Kind::Int8)}, {"s", ty.stringT()}});
  const TypeDesc* mt = ty.mapOf(st, ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  alignas(8) uint8_t k1[24] = {}, k2[24];
  std::memset(k2, 0x77, sizeof k2);  // padding differs
  k1[0] = k2[0] = 5;
  String s1 = makeString("x");
  GcRoot pinS1(&s1.ptr);
  String s2 = makeString("x");
  GcRoot pinS2(&s2.ptr);
  std::memcpy(k1 + 8, &s1, 16);
  std::memcpy(k2 + 8, &s2, 16);
  setInt(mt, m, k1, 10);
  EXPECT_EQ(*static_cast<int64_t*>(mapAccess(mt, m, k2)), 10);

  const TypeDesc* any = ty.emptyIface();
  const TypeDesc* mi = ty.mapOf(any, ty.intT());
  MapObject* m2 = mapMake(mi, 0);
  GcRoot pinM2(&m2);
  int64_t one = 1;
  int32_t one32 = 1;
  Iface a = makeIface(any, ty.intT(), &one), b = makeIface(any, ty.basic(Kind::Int32), &one32);
  const TypeDesc* strT = ty.stringT();
  Iface c = makeIface(any, strT, &s1);
  GcRoot pinC(&c.data);
  Iface d = makeIface(any, strT, &s2);
  GcRoot pinD(&d.data);
  setInt(mi, m2, &a, 1);
  setInt(mi, m2, &b, 2);
  setInt(mi, m2, &c, 3);
  EXPECT_EQ(mapLen(m2), 3);
  EXPECT_EQ(*static_cast<int64_t*>(mapAccess(mi, m2, &d)), 3);
  Slice sl = makeSlice(ty.intT(), 1, 1);
  GcRoot pinSl(&sl.ptr);
  Iface bad = makeIface(any, ty.sliceOf(ty.intT()), &sl);
  GcRoot pinBad(&bad.data);
  try {
    mapAssign(mi, m2, &bad);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "hash of unhashable type []int");
  }
  // Reading a nil map with such a key panics too (Go hashes before looking).
  EXPECT_THROW(mapAccess(mi, nullptr, &bad), RuntimeError);
}

TEST(MapTest, NilMap) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.intT(), ty.intT());
  int64_t k = 1;
  EXPECT_EQ(mapAccess(mt, nullptr, &k), nullptr);
  EXPECT_EQ(mapLen(nullptr), 0);
  mapDelete(mt, nullptr, &k);
  try {
    mapAssign(mt, nullptr, &k);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "assignment to entry in nil map");
  }
  MapIterator* it = mapIterStart(mt, nullptr);
  const void *kp, *vp;
  EXPECT_FALSE(mapIterNext(it, &kp, &vp));
}

TEST(MapTest, DeleteDuringIterationSkipsUnreachedEntries) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.intT(), ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  for (int64_t i = 0; i < 100; i++) setInt(mt, m, &i, i);
  std::set<int64_t> seen;
  MapIterator* it = mapIterStart(mt, m);
  GcRoot pinIt(&it);
  const void *k, *v;
  while (mapIterNext(it, &k, &v)) {
    int64_t key = *static_cast<const int64_t*>(k);
    EXPECT_TRUE(seen.insert(key).second) << "produced twice: " << key;
    // delete the key's partner on first sight: whichever comes later must not be produced
    int64_t partner = key ^ 1;
    mapDelete(mt, m, &partner);
  }
  EXPECT_EQ(seen.size(), 50u);
  EXPECT_EQ(mapLen(m), 50);
}

TEST(MapTest, GrowthDuringIterationProducesEachOldEntryOnce) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.intT(), ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  for (int64_t i = 0; i < 50; i++) setInt(mt, m, &i, i);
  std::set<int64_t> seen;
  MapIterator* it = mapIterStart(mt, m);
  GcRoot pinIt(&it);
  const void *k, *v;
  int64_t next = 1000;
  while (mapIterNext(it, &k, &v)) {
    int64_t key = *static_cast<const int64_t*>(k);
    EXPECT_TRUE(seen.insert(key).second) << "produced twice: " << key;
    EXPECT_EQ(*static_cast<const int64_t*>(v), key);
    for (int j = 0; j < 20; j++, next++) setInt(mt, m, &next, next);  // forces several rebuilds
    if (key == 10) {
      int64_t gone = 40;
      mapDelete(mt, m, &gone);
    }
  }
  for (int64_t i = 0; i < 50; i++) {
    if (i == 40 && !seen.count(40)) continue;
    EXPECT_TRUE(seen.count(i)) << i;
  }
  EXPECT_EQ(mapLen(m), 49 + (next - 1000));
}

// Go's test/maplinear.go "iterdelete": repeatedly start an iteration, delete the first key, break. Each restart
// must not rescan the deleted prefix (counted by iterator steps rather than timed).
TEST(MapTest, IterateDeleteIdiomIsLinear) {
  test::Types ty;
  const TypeDesc* mt = ty.mapOf(ty.intT(), ty.intT());
  MapObject* m = mapMake(mt, 0);
  GcRoot pin(&m);
  const int64_t n = 20000;
  for (int64_t i = 0; i < n; i++) setInt(mt, m, &i, i);
  for (int64_t i = 0; i < n; i++) {
    MapIterator* it = mapIterStart(mt, m);
    const void *k, *v;
    ASSERT_TRUE(mapIterNext(it, &k, &v));
    int64_t key = *static_cast<const int64_t*>(k);
    mapDelete(mt, m, &key);
  }
  EXPECT_EQ(mapLen(m), 0);
  int64_t again = 5;
  setInt(mt, m, &again, 1);
  MapIterator* it = mapIterStart(mt, m);
  const void *k, *v;
  ASSERT_TRUE(mapIterNext(it, &k, &v));
  EXPECT_EQ(*static_cast<const int64_t*>(k), 5);
  EXPECT_FALSE(mapIterNext(it, &k, &v));
}

}  // namespace
}  // namespace vo::rt
