// One-time, lazy initialisation of LLVM's native (x86-64) target, shared by the JIT and the AOT emitter.
// Nothing here runs at program start: the VM path never pays for LLVM (TOOLCHAIN.md "Measured here").
#pragma once

namespace vo::jit {

/// Registers the native target, its MC layer, assembly printer and parser with LLVM's TargetRegistry.
/// Thread-safe and idempotent: the first call does the work, later calls return at once. Aborts the process if
/// LLVM was built without the native target (an installation bug, not a user error).
void initializeNativeTarget();

}  // namespace vo::jit
