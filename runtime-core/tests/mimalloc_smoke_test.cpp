// Proves the mimalloc dependency: the library links, reports a 2.x version, and allocates and frees.
#include <gtest/gtest.h>
#include <mimalloc.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace {

TEST(MimallocSmokeTest, VersionIsAtLeastTwo) { EXPECT_GE(mi_version(), 200); }

TEST(MimallocSmokeTest, AllocatesWritesAndFrees) {
  std::vector<void*> blocks;
  for (size_t size = 1; size <= (1u << 20); size *= 3) {
    void* p = mi_malloc(size);
    ASSERT_NE(p, nullptr);
    EXPECT_GE(mi_usable_size(p), size);
    EXPECT_TRUE(mi_check_owned(p));  // not mi_is_in_heap_region: its map misses ASan's high mappings
    std::memset(p, static_cast<int>(size & 0xff), size);
    blocks.push_back(p);
  }
  size_t size = 1;
  for (void* p : blocks) {
    const auto* bytes = static_cast<const unsigned char*>(p);
    EXPECT_EQ(bytes[0], size & 0xff);
    EXPECT_EQ(bytes[size - 1], size & 0xff);
    mi_free(p);
    size *= 3;
  }
  int onStack = 0;
  EXPECT_FALSE(mi_check_owned(&onStack));
}

TEST(MimallocSmokeTest, AlignedAllocationIsAligned) {
  void* p = mi_malloc_aligned(100, 4096);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 4096, 0u);
  mi_free(p);
}

}  // namespace
