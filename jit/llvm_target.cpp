// Lazy initialisation of LLVM's native target (see llvm_target.h).
#include "jit/llvm_target.h"

#include <mutex>

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/TargetSelect.h"

namespace vo::jit {

void initializeNativeTarget() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Each call returns true on failure.
    if (llvm::InitializeNativeTarget() || llvm::InitializeNativeTargetAsmPrinter() ||
        llvm::InitializeNativeTargetAsmParser()) {
      llvm::report_fatal_error("vo: LLVM has no native target");
    }
  });
}

}  // namespace vo::jit
