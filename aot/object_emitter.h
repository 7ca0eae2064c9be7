// Ahead-of-time output: LLVM IR module -> relocatable object file -> executable linked by the system C compiler
// driver with lld. Does not build IR and does not know the runtime library yet (`vo build` will add both).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Target/TargetMachine.h"

namespace llvm {
class Module;
}  // namespace llvm

namespace vo::aot {

/// What the emitted code may assume about the machine that runs it.
struct TargetOptions {
  /// Target CPU. Generic `x86-64` by default: an executable must run on other machines than the build machine,
  /// so the host CPU name is never used here (TOOLCHAIN.md pitfalls).
  std::string cpu = "x86-64";
  /// LLVM code generation level, 0-3 (`-O0` ... `-O3`).
  unsigned optLevel = 2;
};

/// Creates a TargetMachine for the default target triple (x86_64 Linux here) with `options`, for static,
/// non-PIE code (AOT executables are linked with `-no-pie`, see linkExecutable). Initialises LLVM's native
/// target on first use. Errors: the triple has no registered target.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>> createTargetMachine(const TargetOptions& options = {});

/// Compiles `module` to an ELF relocatable object file at `objectPath` (created or truncated). Sets the module's
/// target triple and data layout to the target's first (so build IR with those, or leave them empty).
/// Errors: the target cannot be created, the file cannot be written, or the target cannot emit objects.
llvm::Error emitObjectFile(llvm::Module& module, const std::string& objectPath, const TargetOptions& options = {});

/// How executables are linked.
struct LinkOptions {
  /// The C compiler driver that runs the linker and adds crt files and libc; looked up in PATH.
  std::string driver = "cc";
  /// Extra arguments after the objects, for example `-static-libstdc++` or libraries (`-lm`).
  std::vector<std::string> extraArgs;
};

/// Links `objectPaths` into the executable `outputPath` with `driver -no-pie -B<lld dir> -fuse-ld=lld`: lld 19
/// (from LLVM's tools directory, found at configure time), non-PIE so that LLVM stack maps keep absolute
/// addresses (TOOLCHAIN.md pitfalls). Errors: the driver is not in PATH, or it exits non-zero (the message then
/// holds its exit status and standard error).
llvm::Error linkExecutable(llvm::ArrayRef<std::string> objectPaths, const std::string& outputPath,
                           const LinkOptions& options = {});

}  // namespace vo::aot
