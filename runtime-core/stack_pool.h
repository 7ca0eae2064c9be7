// Native stacks for goroutine fibers (DESIGN.md invariant 6; TOOLCHAIN.md "Guard-paged fiber stacks").
//
// Stacks are carved from large anonymous mappings ("regions" of kStacksPerRegion stacks each), never one mapping
// per stack and without guard pages: the kernel's vm.max_map_count (65,530) would stop us near 32,000 goroutines.
// The OS commits a stack's pages lazily when first touched (MAP_NORESERVE), so an idle goroutine costs the few
// pages its frames really use. Freed stacks are recycled LIFO (their top pages are still hot). Overflow is not
// caught by hardware: code running on a goroutine must check stackOverflowImminent() (sched.h) before deep work,
// as Go's function prologues check the stack guard.
//
// Single-threaded for now (one OS thread runs every goroutine); a multi-M scheduler gives each M a local cache in
// front of this pool (Go's stackcache), which is why allocate/deallocate are free functions over one pool.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vo::rt {

/// One goroutine's native stack: [lo, hi), growing down from `hi`. Both ends are 64-byte aligned.
struct StackSpan {
  uintptr_t lo = 0;
  uintptr_t hi = 0;
  size_t size() const { return hi - lo; }
};

/// Stacks carved per mapping.
inline constexpr size_t kStacksPerRegion = 64;
/// Default bytes of address space per goroutine stack (virtual; committed lazily by the OS).
inline constexpr size_t kDefaultStackBytes = size_t{256} << 10;

/// Sets the size of every stack handed out from now on (rounded up to 4 KiB pages; at least 16 KiB). Stacks of
/// another size already handed out stay valid and are not recycled once freed. Default kDefaultStackBytes.
void stackPoolSetStackBytes(size_t bytes);
/// The current stack size in bytes.
size_t stackPoolStackBytes();
/// A stack for a new goroutine: a recycled one when available, else carved from the current region (a new
/// region of kStacksPerRegion stacks is mapped when it is used up). Throws std::bad_alloc when mmap fails.
StackSpan stackAlloc();
/// A stack of `bytes` (rounded up to pages) in a mapping of its own, for the main goroutine, which Go lets grow
/// much deeper than others. Freed with stackFree (unmapped). Throws std::bad_alloc when mmap fails.
StackSpan stackAllocLarge(size_t bytes);
/// Returns a stack to the pool (the goroutine using it has ended; its memory stays committed and is reused).
/// Stacks of another size than the pool's (stackAllocLarge, or from before stackPoolSetStackBytes) are unmapped.
void stackFree(StackSpan s);

/// Pool statistics (tests, `--stats`).
struct StackPoolStats {
  size_t regions = 0;      ///< mappings made
  size_t inUse = 0;        ///< stacks handed out and not freed
  size_t free = 0;         ///< recycled stacks waiting for reuse
  size_t reservedBytes = 0;  ///< address space of all regions
};
StackPoolStats stackPoolStats();

}  // namespace vo::rt
