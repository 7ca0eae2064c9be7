// Proves the AOT dependency chain: an IR module is emitted as an object file for generic x86-64, linked with lld
// into an executable, and the executable runs with the expected output and exit status.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "aot/object_emitter.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace vo::aot {
namespace {

// A module whose `int main(void)` calls `puts("hello from vo aot")` and returns 3.
std::unique_ptr<llvm::Module> buildHelloModule(llvm::LLVMContext& ctx) {
  auto module = std::make_unique<llvm::Module>("aot_hello", ctx);
  llvm::IRBuilder<> b(ctx);
  llvm::FunctionCallee puts = module->getOrInsertFunction(
      "puts", llvm::FunctionType::get(b.getInt32Ty(), {llvm::PointerType::get(ctx, 0)}, false));
  llvm::Function* main = llvm::Function::Create(llvm::FunctionType::get(b.getInt32Ty(), false),
                                                llvm::Function::ExternalLinkage, "main", module.get());
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", main));
  b.CreateCall(puts, {b.CreateGlobalString("hello from vo aot", "greeting")});
  b.CreateRet(b.getInt32(3));
  return module;
}

// A fresh directory under the system temporary directory, removed with its contents at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::error_code ec = llvm::sys::fs::createUniqueDirectory("vo-aot-test", path_);
    EXPECT_FALSE(ec) << ec.message();
  }
  ~TempDir() { llvm::sys::fs::remove_directories(path_); }
  std::string file(const char* name) const {
    llvm::SmallString<128> p(path_);
    llvm::sys::path::append(p, name);
    return std::string(p);
  }

 private:
  llvm::SmallString<128> path_;
};

// Runs `command` through the shell; returns its standard output and sets `status` to its exit status.
std::string runCommand(const std::string& command, int& status) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    status = -1;
    return output;
  }
  std::array<char, 256> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int raw = pclose(pipe);
  status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return output;
}

TEST(ObjectEmitTest, EmitsLinksAndRunsExecutable) {
  TempDir dir;
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module = buildHelloModule(ctx);
  std::string object = dir.file("hello.o");
  std::string exe = dir.file("hello");

  llvm::Error emitted = emitObjectFile(*module, object);
  ASSERT_FALSE(static_cast<bool>(emitted)) << llvm::toString(std::move(emitted));
  EXPECT_EQ(module->getTargetTriple().rfind("x86_64", 0), 0u) << module->getTargetTriple();
  std::ifstream in(object, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GE(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 4), "\177ELF");  // the ELF magic number

  llvm::Error linked = linkExecutable({object}, exe);
  ASSERT_FALSE(static_cast<bool>(linked)) << llvm::toString(std::move(linked));

  int status = -1;
  std::string output = runCommand("'" + exe + "'", status);
  EXPECT_EQ(output, "hello from vo aot\n");
  EXPECT_EQ(status, 3);
}

TEST(ObjectEmitTest, LinkFailureReportsTheLinkersMessage) {
  TempDir dir;
  std::string missing = dir.file("missing.o");
  llvm::Error linked = linkExecutable({missing}, dir.file("never"));
  ASSERT_TRUE(static_cast<bool>(linked));
  std::string message = llvm::toString(std::move(linked));
  EXPECT_NE(message.find("linking"), std::string::npos) << message;
  EXPECT_NE(message.find("missing.o"), std::string::npos) << message;
}

TEST(ObjectEmitTest, RejectsInvalidOptimizationLevel) {
  TargetOptions options;
  options.optLevel = 7;
  auto machine = createTargetMachine(options);
  ASSERT_FALSE(static_cast<bool>(machine));
  EXPECT_EQ(llvm::toString(machine.takeError()), "invalid optimization level 7");
}

}  // namespace
}  // namespace vo::aot
