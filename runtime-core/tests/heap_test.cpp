// The GC heap: allocation is zeroed, closures have their captures, pins work.
#include <gtest/gtest.h>

#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

TEST(HeapTest, AllocationsAreZeroedAndDistinct) {
  test::Types ty;
  const TypeDesc* arr = ty.arrayOf(ty.intT(), 10);
  auto* a = static_cast<int64_t*>(gcAlloc(arr));
  auto* b = static_cast<int64_t*>(gcAlloc(arr));
  EXPECT_NE(a, b);
  for (int i = 0; i < 10; i++) EXPECT_EQ(a[i], 0);
  auto* c = static_cast<uint8_t*>(gcAllocBytes(100));
  for (int i = 0; i < 100; i++) EXPECT_EQ(c[i], 0);
  Closure* cl = gcAllocClosure(42, 3);
  EXPECT_EQ(cl->func, 42u);
  EXPECT_EQ(cl->numCaptures, 3u);
  EXPECT_EQ(cl->captures[2], nullptr);
  EXPECT_NE(gcAlloc(ty.structOf({})), nullptr) << "zero-size allocations are non-nil";
}

}  // namespace
}  // namespace vo::rt
