// A JIT session: one ORC LLJIT instance that compiles LLVM IR modules in memory and hands out callable addresses.
// This header keeps ORC's headers out of its includers (they cost 5-15 s of compile time per file); only
// orc_session.cpp includes them. It does not translate bytecode (that will be the translator's job).
#pragma once

#include <cstdint>
#include <memory>

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/Support/Error.h"
#include "llvm/TargetParser/Triple.h"

namespace llvm {
class LLVMContext;
class Module;
namespace orc {
class LLJIT;
}  // namespace orc
}  // namespace llvm

namespace vo::jit {

/// Owns one ORC LLJIT for the host CPU (the JIT, unlike AOT output, may use every feature of the machine it runs
/// on). Modules are compiled lazily: at the first lookup of a symbol they define, not when added.
/// Follows LLVM's llvm/examples/HowToUseLLJIT.
/// Not thread-safe for concurrent use of one Session from several threads yet.
class Session {
 public:
  /// Creates a session. The first call in a process initialises LLVM's native target (initializeNativeTarget);
  /// creating a session costs about 0.4-3 ms. Errors: the host target cannot be detected or has no JIT.
  static llvm::Expected<std::unique_ptr<Session>> create();

  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// The data layout of the JIT's target. A module must use it (Module::setDataLayout) before addModule.
  const llvm::DataLayout& dataLayout() const;
  /// The host target triple; a module should carry it (Module::setTargetTriple).
  const llvm::Triple& targetTriple() const;

  /// Adds `module` to the session's main library. Takes ownership of the module and of `context`, which must be
  /// the context the module was created in. Errors: a symbol the module defines is already defined.
  llvm::Error addModule(std::unique_ptr<llvm::Module> module, std::unique_ptr<llvm::LLVMContext> context);

  /// The address of the symbol `name` (an unmangled IR name), compiling the module that defines it if needed.
  /// Errors: no module defines `name` (`Symbols not found: [ name ]`), or compilation failed.
  llvm::Expected<uint64_t> lookupAddress(llvm::StringRef name);

  /// lookupAddress cast to a function pointer of type `Fn*`; the caller vouches that `Fn` matches the IR
  /// signature under the C calling convention.
  template <typename Fn>
  llvm::Expected<Fn*> lookupFunction(llvm::StringRef name) {
    llvm::Expected<uint64_t> address = lookupAddress(name);
    if (!address) return address.takeError();
    return reinterpret_cast<Fn*>(static_cast<uintptr_t>(*address));
  }

 private:
  explicit Session(std::unique_ptr<llvm::orc::LLJIT> jit);
  std::unique_ptr<llvm::orc::LLJIT> jit_;
};

}  // namespace vo::jit
