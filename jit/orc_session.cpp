// The ORC LLJIT session (see orc_session.h). The only file of jit/ that includes ORC's headers.
#include "jit/orc_session.h"

#include <utility>

#include "jit/llvm_target.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"

namespace vo::jit {

Session::Session(std::unique_ptr<llvm::orc::LLJIT> jit) : jit_(std::move(jit)) {}

Session::~Session() = default;

llvm::Expected<std::unique_ptr<Session>> Session::create() {
  initializeNativeTarget();
  llvm::Expected<std::unique_ptr<llvm::orc::LLJIT>> jit = llvm::orc::LLJITBuilder().create();
  if (!jit) return jit.takeError();
  return std::unique_ptr<Session>(new Session(std::move(*jit)));
}

const llvm::DataLayout& Session::dataLayout() const { return jit_->getDataLayout(); }

const llvm::Triple& Session::targetTriple() const { return jit_->getTargetTriple(); }

llvm::Error Session::addModule(std::unique_ptr<llvm::Module> module, std::unique_ptr<llvm::LLVMContext> context) {
  return jit_->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(context)));
}

llvm::Expected<uint64_t> Session::lookupAddress(llvm::StringRef name) {
  llvm::Expected<llvm::orc::ExecutorAddr> address = jit_->lookup(name);
  if (!address) return address.takeError();
  return address->getValue();
}

}  // namespace vo::jit
