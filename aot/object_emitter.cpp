// Object emission through a TargetMachine and linking through the C compiler driver (see object_emitter.h).
#include "aot/object_emitter.h"

#include <optional>
#include <string_view>

#include "jit/llvm_target.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"

#ifndef VO_LLD_DIR
#error "VO_LLD_DIR (the directory of LLVM's ld.lld) must be defined by aot/CMakeLists.txt"
#endif

namespace vo::aot {
namespace {

std::optional<llvm::CodeGenOptLevel> codeGenLevel(unsigned level) {
  switch (level) {
    case 0:
      return llvm::CodeGenOptLevel::None;
    case 1:
      return llvm::CodeGenOptLevel::Less;
    case 2:
      return llvm::CodeGenOptLevel::Default;
    case 3:
      return llvm::CodeGenOptLevel::Aggressive;
    default:
      return std::nullopt;
  }
}

// Removes a temporary file when it goes out of scope.
struct TempFile {
  llvm::SmallString<128> path;
  ~TempFile() {
    if (!path.empty()) llvm::sys::fs::remove(path);
  }
};

}  // namespace

llvm::Expected<std::unique_ptr<llvm::TargetMachine>> createTargetMachine(const TargetOptions& options) {
  jit::initializeNativeTarget();
  std::optional<llvm::CodeGenOptLevel> level = codeGenLevel(options.optLevel);
  if (!level) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "invalid optimization level %u", options.optLevel);
  }
  std::string triple = llvm::sys::getDefaultTargetTriple();
  std::string error;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return llvm::createStringError(llvm::inconvertibleErrorCode(), error);
  llvm::TargetMachine* machine =
      target->createTargetMachine(triple, options.cpu, /*Features=*/"", llvm::TargetOptions(), llvm::Reloc::Static,
                                  /*CM=*/std::nullopt, *level);
  if (!machine) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "cannot create a target machine for %s (cpu %s)",
                                   triple.c_str(), options.cpu.c_str());
  }
  return std::unique_ptr<llvm::TargetMachine>(machine);
}

llvm::Error emitObjectFile(llvm::Module& module, const std::string& objectPath, const TargetOptions& options) {
  llvm::Expected<std::unique_ptr<llvm::TargetMachine>> machine = createTargetMachine(options);
  if (!machine) return machine.takeError();
  module.setTargetTriple((*machine)->getTargetTriple().str());
  module.setDataLayout((*machine)->createDataLayout());

  std::error_code ec;
  llvm::raw_fd_ostream out(objectPath, ec, llvm::sys::fs::OF_None);
  if (ec) return llvm::createFileError(objectPath, ec);
  llvm::legacy::PassManager passes;
  if ((*machine)->addPassesToEmitFile(passes, out, /*DwoOut=*/nullptr, llvm::CodeGenFileType::ObjectFile)) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "the target cannot emit object files");
  }
  passes.run(module);
  out.close();
  if (out.has_error()) return llvm::createFileError(objectPath, out.error());
  return llvm::Error::success();
}

llvm::Error linkExecutable(llvm::ArrayRef<std::string> objectPaths, const std::string& outputPath,
                           const LinkOptions& options) {
  llvm::ErrorOr<std::string> driver = llvm::sys::findProgramByName(options.driver);
  if (!driver) {
    return llvm::createStringError(driver.getError(), "linker driver %s not found in PATH", options.driver.c_str());
  }
  std::vector<std::string> args = {*driver, "-no-pie", "-B" VO_LLD_DIR, "-fuse-ld=lld", "-o", outputPath};
  args.insert(args.end(), objectPaths.begin(), objectPaths.end());
  args.insert(args.end(), options.extraArgs.begin(), options.extraArgs.end());
  std::vector<llvm::StringRef> argRefs(args.begin(), args.end());

  TempFile errors;
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile("vo-link", "txt", errors.path)) {
    return llvm::createStringError(ec, "cannot create a temporary file for the linker's messages");
  }
  std::optional<llvm::StringRef> redirects[] = {std::nullopt, std::nullopt, errors.path.str()};
  std::string execError;
  int status = llvm::sys::ExecuteAndWait(*driver, argRefs, /*Env=*/std::nullopt, redirects, /*SecondsToWait=*/0,
                                         /*MemoryLimit=*/0, &execError);
  if (status == 0) return llvm::Error::success();
  std::string message;
  if (llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> text = llvm::MemoryBuffer::getFile(errors.path)) {
    message = (*text)->getBuffer().rtrim().str();
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "linking %s failed (status %d%s%s): %s",
                                 outputPath.c_str(), status, execError.empty() ? "" : ", ", execError.c_str(),
                                 message.c_str());
}

}  // namespace vo::aot
