// Native stacks for goroutine fibers, and the same carving for any per-goroutine memory (DESIGN.md invariant 6;
// TOOLCHAIN.md "Guard-paged fiber stacks").
//
// Blocks are carved from large anonymous mappings ("regions" of kBlocksPerRegion blocks each), never one mapping
// per block and without guard pages: the kernel's vm.max_map_count (65,530) would stop us near 32,000
// goroutines. The OS commits a block's pages lazily when first touched (MAP_NORESERVE), so an idle goroutine
// costs the few pages it really uses. Freed blocks are recycled LIFO (their top pages are still hot) and stay
// committed. Overflow is not caught by hardware: code running on a goroutine must check stackOverflowImminent()
// (sched.h) before deep native recursion, as Go's function prologues check the stack guard; users of other pools
// (the VM's register and frame stacks) check their own limits, as the VM already does.
//
// Single-threaded for now (one OS thread runs every goroutine); a multi-M scheduler gives each M a local cache in
// front of a pool (Go's stackcache).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vo::rt {

/// One block: [lo, hi) (a native stack grows down from `hi`). Both ends are page aligned.
struct StackSpan {
  uintptr_t lo = 0;
  uintptr_t hi = 0;
  size_t size() const { return hi - lo; }
};

/// Blocks carved per mapping.
inline constexpr size_t kBlocksPerRegion = 64;
/// Default bytes of address space per goroutine stack (virtual; committed lazily by the OS).
inline constexpr size_t kDefaultStackBytes = size_t{256} << 10;

/// Pool statistics (tests, `--stats`).
struct StackPoolStats {
  size_t regions = 0;        ///< mappings made
  size_t inUse = 0;          ///< blocks handed out and not freed
  size_t free = 0;           ///< recycled blocks waiting for reuse
  size_t reservedBytes = 0;  ///< address space of all regions
};

/// Fixed-size blocks of zero-initialised (when fresh), lazily committed memory carved from large mappings. The
/// goroutine stack pool is one; an executor may keep others for per-goroutine memory (the VM's register and
/// frame stacks), so that 100,000 goroutines never need 100,000 mappings. Memory is never returned to the OS
/// (blocks may belong to abandoned goroutines); recycled blocks keep their old contents.
class BlockPool {
 public:
  /// `blockBytes` is rounded up to 4 KiB pages (at least 16 KiB).
  explicit BlockPool(size_t blockBytes);
  BlockPool(const BlockPool&) = delete;
  BlockPool& operator=(const BlockPool&) = delete;
  /// A recycled block when available, else a fresh one (a new region of kBlocksPerRegion blocks is mapped when
  /// the current one is used up). Throws std::bad_alloc when mmap fails.
  StackSpan alloc();
  /// Returns a block of this pool for reuse.
  void free(StackSpan s);
  size_t blockBytes() const { return blockBytes_; }
  StackPoolStats stats() const;

 private:
  size_t blockBytes_;
  uintptr_t carveNext_ = 0;  ///< next uncarved block in the current region
  uintptr_t carveEnd_ = 0;
  std::vector<StackSpan> freeList_;
  size_t regions_ = 0, inUse_ = 0, reserved_ = 0;
};

/// Sets the size of every goroutine stack handed out from now on (rounded up to 4 KiB pages; at least 16 KiB).
/// Stacks of another size already handed out stay valid and are unmapped when freed. Default kDefaultStackBytes.
void stackPoolSetStackBytes(size_t bytes);
/// The current goroutine stack size in bytes.
size_t stackPoolStackBytes();
/// A stack for a new goroutine from the process's goroutine stack pool. Throws std::bad_alloc when mmap fails.
StackSpan stackAlloc();
/// A stack of `bytes` (rounded up to pages) in a mapping of its own, for the main goroutine, which Go lets grow
/// much deeper than others. Freed with stackFree (unmapped). Throws std::bad_alloc when mmap fails.
StackSpan stackAllocLarge(size_t bytes);
/// Returns a stack (the goroutine using it has ended). Stacks of another size than the pool's (stackAllocLarge,
/// or from before stackPoolSetStackBytes) are unmapped; others are recycled.
void stackFree(StackSpan s);
/// Statistics of the goroutine stack pool.
StackPoolStats stackPoolStats();

}  // namespace vo::rt
