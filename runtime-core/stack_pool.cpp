// Blocks carved from large mappings, and the goroutine stack pool (stack_pool.h).
#include "runtime-core/stack_pool.h"

#include <sys/mman.h>

#include <algorithm>
#include <new>

namespace vo::rt {
namespace {

size_t roundBlock(size_t bytes) { return (std::max<size_t>(bytes, size_t{16} << 10) + 4095) & ~size_t{4095}; }

void* mapBytes(size_t bytes) {
  void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) throw std::bad_alloc();
  return m;
}

BlockPool*& stackPoolPtr() {
  static BlockPool* p = new BlockPool(kDefaultStackBytes);  // never destroyed: fibers may be live at exit
  return p;
}

size_t gLargeInUse = 0;

}  // namespace

BlockPool::BlockPool(size_t blockBytes) : blockBytes_(roundBlock(blockBytes)) {}

StackSpan BlockPool::alloc() {
  if (!freeList_.empty()) {
    StackSpan s = freeList_.back();
    freeList_.pop_back();
    ++inUse_;
    return s;
  }
  if (carveNext_ == carveEnd_) {
    size_t bytes = blockBytes_ * kBlocksPerRegion;
    carveNext_ = reinterpret_cast<uintptr_t>(mapBytes(bytes));
    carveEnd_ = carveNext_ + bytes;
    ++regions_;
    reserved_ += bytes;
  }
  StackSpan s{carveNext_, carveNext_ + blockBytes_};
  carveNext_ += blockBytes_;
  ++inUse_;
  return s;
}

void BlockPool::free(StackSpan s) {
  --inUse_;
  freeList_.push_back(s);
}

StackPoolStats BlockPool::stats() const { return {regions_, inUse_, freeList_.size(), reserved_}; }

void stackPoolSetStackBytes(size_t bytes) {
  if (roundBlock(bytes) == stackPoolPtr()->blockBytes()) return;
  stackPoolPtr() = new BlockPool(bytes);  // the old pool is leaked with its regions (stacks may still run there)
}

size_t stackPoolStackBytes() { return stackPoolPtr()->blockBytes(); }

StackSpan stackAlloc() { return stackPoolPtr()->alloc(); }

StackSpan stackAllocLarge(size_t bytes) {
  bytes = roundBlock(bytes);
  auto lo = reinterpret_cast<uintptr_t>(mapBytes(bytes));
  ++gLargeInUse;
  return StackSpan{lo, lo + bytes};
}

void stackFree(StackSpan s) {
  if (s.size() == stackPoolPtr()->blockBytes()) {
    stackPoolPtr()->free(s);
  } else {
    // A large stack (or one of an old pool size): its own pages go back to the OS.
    munmap(reinterpret_cast<void*>(s.lo), s.size());
    if (gLargeInUse > 0) --gLargeInUse;
  }
}

StackPoolStats stackPoolStats() { return stackPoolPtr()->stats(); }

}  // namespace vo::rt
