// Slices: make's range errors and append growth (cap after append) exactly as Go 1.19.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

// The distinct cap() values seen while appending one element at a time, as a comma-terminated list.
std::string capSequence(const TypeDesc* elem, int n) {
  Slice s;
  GcRoot pin(&s.ptr);
  std::string out;
  int64_t last = -1;
  for (int i = 0; i < n; i++) {
    s = growSlice(elem, s, s.len + 1);
    if (s.cap != last) {
      out += std::to_string(s.cap) + ",";
      last = s.cap;
    }
  }
  return out;
}

// Expected sequences were produced by running this Go 1.19 program (go run) on linux/amd64:
//   var s []T; last := -1
//   for i := 0; i < N; i++ { s = append(s, T{}); if cap(s) != last { fmt.Print(cap(s), ","); last = cap(s) } }
TEST(GrowSliceTest, CapsMatchGo119) {
  test::Types ty;
  EXPECT_EQ(capSequence(ty.intT(), 5000), "1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,3408,5120,");
  EXPECT_EQ(capSequence(ty.basic(Kind::Uint8), 5000), "8,16,32,64,128,256,512,896,1408,2048,3072,4096,5376,");
  EXPECT_EQ(capSequence(ty.stringT(), 5000), "1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,3584,5120,");
  const TypeDesc* i64 = ty.basic(Kind::Int64);
  EXPECT_EQ(capSequence(ty.structOf({{"a", i64}, {"b", i64}, {"c", i64}}), 3000),
            "1,2,4,8,16,32,64,128,256,512,853,1365,2048,3072,");
  EXPECT_EQ(capSequence(ty.structOf({{"a", ty.arrayOf(ty.basic(Kind::Uint8), 5)}}), 3000),
            "1,3,6,12,25,51,102,204,409,819,1228,1894,2713,3686,");
  const TypeDesc* i32 = ty.basic(Kind::Int32);
  EXPECT_EQ(capSequence(ty.structOf({{"a", i32}, {"b", i32}, {"c", i32}}), 3000),
            "1,2,4,8,16,32,64,128,256,512,853,1365,2048,3413,");
}

// Go: s := []int{1,2,3}; s = append(s, 4,5,6,7,8) → cap 8; var e []int; e = append(e, make([]int,1000)...) →
// cap 1024; var f []byte; f = append(f, make([]byte, 40000)...) → cap 40960; []byte("ab") + 34 bytes → cap 48.
TEST(GrowSliceTest, AppendManyMatchesGo119) {
  test::Types ty;
  Slice s = makeSlice(ty.intT(), 3, 3);
  EXPECT_EQ(growSlice(ty.intT(), s, 8).cap, 8);
  EXPECT_EQ(growSlice(ty.intT(), Slice{}, 1000).cap, 1024);
  EXPECT_EQ(growSlice(ty.basic(Kind::Uint8), Slice{}, 40000).cap, 40960);
  Slice b = bytesFromString(String{reinterpret_cast<const uint8_t*>("ab"), 2});
  EXPECT_EQ(b.cap, 8);
  EXPECT_EQ(growSlice(ty.basic(Kind::Uint8), b, 36).cap, 48);
}

TEST(GrowSliceTest, KeepsElementsAndZeroesTheRest) {
  test::Types ty;
  Slice s = makeSlice(ty.intT(), 3, 3);
  GcRoot pin(&s.ptr);
  auto* p = static_cast<int64_t*>(s.ptr);
  p[0] = 7; p[1] = 8; p[2] = 9;
  Slice t = growSlice(ty.intT(), s, 5);
  ASSERT_NE(t.ptr, s.ptr);
  EXPECT_EQ(t.len, 5);
  EXPECT_EQ(t.cap, 6);
  auto* q = static_cast<int64_t*>(t.ptr);
  EXPECT_EQ(q[0], 7); EXPECT_EQ(q[2], 9); EXPECT_EQ(q[3], 0); EXPECT_EQ(q[5], 0);
  Slice u = growSlice(ty.intT(), t, 6);  // fits: same array
  EXPECT_EQ(u.ptr, t.ptr);
  EXPECT_EQ(u.len, 6);
}

// Go test/fixedbugs/issue29190.go, issue7550.go: appending to a []struct{} of length maxInt overflows the length.
TEST(GrowSliceTest, OverflowedLengthPanics) {
  test::Types ty;
  const TypeDesc* empty = ty.structOf({});
  Slice s = makeSlice(empty, INT64_MAX, INT64_MAX);
  try {
    growSlice(empty, s, -1);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "growslice: cap out of range");
  }
  try {
    growSlice(ty.intT(), Slice{}, int64_t{1} << 60);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "growslice: cap out of range");
  }
}

TEST(MakeSliceTest, RangeErrorsUseGoText) {
  test::Types ty;
  try {
    makeSlice(ty.intT(), -1, 5);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "makeslice: len out of range");
  }
  try {
    makeSlice(ty.intT(), 5, 2);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "makeslice: cap out of range");
  }
  try {
    makeSlice(ty.intT(), 1, int64_t{1} << 62);
    FAIL();
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message, "makeslice: cap out of range");
  }
  Slice s = makeSlice(ty.intT(), 2, 5);
  EXPECT_EQ(s.len, 2);
  EXPECT_EQ(s.cap, 5);
  EXPECT_NE(s.ptr, nullptr);
}

TEST(SliceCopyTest, OverlappingCopyMovesLikeMemmove) {
  test::Types ty;
  Slice s = makeSlice(ty.intT(), 5, 5);
  auto* p = static_cast<int64_t*>(s.ptr);
  for (int i = 0; i < 5; i++) p[i] = i;
  Slice dst{p + 1, 4, 4};
  EXPECT_EQ(sliceCopy(ty.intT(), dst, p, 5), 4);
  EXPECT_EQ(p[0], 0); EXPECT_EQ(p[1], 0); EXPECT_EQ(p[2], 1); EXPECT_EQ(p[4], 3);
}

}  // namespace
}  // namespace vo::rt
