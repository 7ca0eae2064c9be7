// Proves the JIT dependency chain: IR built with IRBuilder is compiled by ORC LLJIT and called natively.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>

#include "jit/orc_session.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

namespace vo::jit {
namespace {

// Builds a module with `i64 add(i64 a, i64 b)` and `i64 sum_below(i64 n)` (the sum of 0..n-1, as a loop).
std::unique_ptr<llvm::Module> buildModule(llvm::LLVMContext& ctx, const Session& session) {
  auto module = std::make_unique<llvm::Module>("orc_smoke", ctx);
  module->setDataLayout(session.dataLayout());
  module->setTargetTriple(session.targetTriple().str());
  llvm::IRBuilder<> b(ctx);
  llvm::Type* i64 = b.getInt64Ty();

  llvm::Function* add = llvm::Function::Create(llvm::FunctionType::get(i64, {i64, i64}, false),
                                               llvm::Function::ExternalLinkage, "add", module.get());
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", add));
  b.CreateRet(b.CreateAdd(add->getArg(0), add->getArg(1)));

  llvm::Function* sum = llvm::Function::Create(llvm::FunctionType::get(i64, {i64}, false),
                                               llvm::Function::ExternalLinkage, "sum_below", module.get());
  llvm::BasicBlock* entry = llvm::BasicBlock::Create(ctx, "entry", sum);
  llvm::BasicBlock* loop = llvm::BasicBlock::Create(ctx, "loop", sum);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "done", sum);
  llvm::Value* n = sum->getArg(0);
  b.SetInsertPoint(entry);
  b.CreateCondBr(b.CreateICmpSGT(n, b.getInt64(0)), loop, done);
  b.SetInsertPoint(loop);
  llvm::PHINode* i = b.CreatePHI(i64, 2, "i");
  llvm::PHINode* acc = b.CreatePHI(i64, 2, "acc");
  llvm::Value* nextAcc = b.CreateAdd(acc, i, "acc.next");
  llvm::Value* nextI = b.CreateAdd(i, b.getInt64(1), "i.next");
  b.CreateCondBr(b.CreateICmpSLT(nextI, n), loop, done);
  i->addIncoming(b.getInt64(0), entry);
  i->addIncoming(nextI, loop);
  acc->addIncoming(b.getInt64(0), entry);
  acc->addIncoming(nextAcc, loop);
  b.SetInsertPoint(done);
  llvm::PHINode* result = b.CreatePHI(i64, 2, "result");
  result->addIncoming(b.getInt64(0), entry);
  result->addIncoming(nextAcc, loop);
  b.CreateRet(result);
  return module;
}

std::string errorText(llvm::Error error) { return llvm::toString(std::move(error)); }

TEST(OrcSmokeTest, CompilesAndCallsIrFunctions) {
  llvm::Expected<std::unique_ptr<Session>> session = Session::create();
  ASSERT_TRUE(static_cast<bool>(session)) << errorText(session.takeError());

  auto ctx = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> module = buildModule(*ctx, **session);
  std::string verifierMessage;
  llvm::raw_string_ostream verifierOut(verifierMessage);
  ASSERT_FALSE(llvm::verifyModule(*module, &verifierOut)) << verifierMessage;
  llvm::Error added = (*session)->addModule(std::move(module), std::move(ctx));
  ASSERT_FALSE(static_cast<bool>(added)) << errorText(std::move(added));

  llvm::Expected<int64_t (*)(int64_t, int64_t)> add = (*session)->lookupFunction<int64_t(int64_t, int64_t)>("add");
  ASSERT_TRUE(static_cast<bool>(add)) << errorText(add.takeError());
  EXPECT_EQ((*add)(40, 2), 42);
  EXPECT_EQ((*add)(INT64_MAX, 1), INT64_MIN);  // i64 add wraps, as Vo's integer arithmetic does

  llvm::Expected<int64_t (*)(int64_t)> sum = (*session)->lookupFunction<int64_t(int64_t)>("sum_below");
  ASSERT_TRUE(static_cast<bool>(sum)) << errorText(sum.takeError());
  EXPECT_EQ((*sum)(0), 0);
  EXPECT_EQ((*sum)(1), 0);
  EXPECT_EQ((*sum)(10), 45);
  EXPECT_EQ((*sum)(100000), 4999950000);
}

TEST(OrcSmokeTest, LookupOfUndefinedSymbolIsAnError) {
  llvm::Expected<std::unique_ptr<Session>> session = Session::create();
  ASSERT_TRUE(static_cast<bool>(session)) << errorText(session.takeError());
  llvm::Expected<uint64_t> address = (*session)->lookupAddress("no_such_function");
  ASSERT_FALSE(static_cast<bool>(address));
  EXPECT_NE(errorText(address.takeError()).find("no_such_function"), std::string::npos);
}

}  // namespace
}  // namespace vo::jit
