// The verifier accepts a valid module and rejects each kind of bad operand, function header and type with a
// message naming function, pc, opcode and the problem.
#include "runtime-core/verify.h"

#include <gtest/gtest.h>

#include "runtime-core/operands.h"
#include "runtime-core/runtime.h"
#include "runtime-core/tests/module_builder.h"

namespace vo::rt {
namespace {

using testing::ins;
using testing::kSampleMain;
using testing::makeSampleModule;
using O = Opcode;

std::string errorsOf(const Module& m) {
  std::string error;
  EXPECT_FALSE(verifyModule(m, error));
  return error;
}

// Replaces main.main's instruction `pc` and returns the verifier's message.
std::string withMainInstr(size_t pc, Instr in) {
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[pc] = in;
  return errorsOf(*m);
}

TEST(Verify, AcceptsTheSampleModule) {
  auto m = makeSampleModule();
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(error, "");
}

TEST(Verify, RegisterOutOfRange) {
  auto m = makeSampleModule();
  m->funcs[1].code[0].b = 40;
  EXPECT_EQ(errorsOf(*m), "main.add pc 0 (add): operand b: slot 40 out of range (frame has 3 slots)");
}

TEST(Verify, MultiSlotRunPartlyOutOfRange) {
  EXPECT_EQ(withMainInstr(5, ins(O::LoadStr, 15, 0, 0, 2)),
            "main.main pc 5 (lds): operand a: slots 15..16 out of range (frame has 16 slots)");
}

TEST(Verify, WrongSlotKind) {
  EXPECT_EQ(withMainInstr(0, ins(O::LoadInt, 3, 0, 0, 1)),
            "main.main pc 0 (ldi): operand a: slot 3 is Ptr, expected Scalar");
  // The second slot of a string is Scalar.
  EXPECT_EQ(withMainInstr(5, ins(O::LoadStr, 5, 0, 0, 2)),
            "main.main pc 5 (lds): operand a: slot 5 is IfaceType, expected Ptr");
}

// Vo's errdefer: ErrDefer names the error result's interface pair, ErrDeferP a pointer to it.
TEST(Verify, ErrDeferOperands) {
  EXPECT_EQ(withMainInstr(0, ins(O::ErrDefer, 3, 4)),
            "main.main pc 0 (errdefer): operand b: slot 4 is Scalar, expected IfaceType");
  EXPECT_EQ(withMainInstr(0, ins(O::ErrDeferP, 3, 5)),
            "main.main pc 0 (errdeferp): operand b: slot 5 is IfaceType, expected Ptr");
  EXPECT_EQ(withMainInstr(0, ins(O::ErrDefer, 4, 5)),
            "main.main pc 0 (errdefer): operand a: slot 4 is Scalar, expected Ptr");
}

TEST(Verify, InvalidOpcode) {
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[4].op = static_cast<Opcode>(kNumOpcodes + 3);
  EXPECT_EQ(errorsOf(*m), "main.main pc 4: invalid opcode " + std::to_string(kNumOpcodes + 3));
}

TEST(Verify, UnusedFieldMustBeZero) {
  EXPECT_EQ(withMainInstr(4, ins(O::PrintNl, 0, 0, 7)),
            "main.main pc 4 (printnl): operand c: unused field is 7 (must be 0)");
}

TEST(Verify, JumpTargets) {
  EXPECT_EQ(withMainInstr(13, ins(O::JmpNeImm, 12, 0, 0, 4, 1)),
            "main.main pc 13 (jnei): operand d: jump target 17 outside the function (17 instructions)");
  EXPECT_EQ(withMainInstr(13, ins(O::JmpNeImm, 12, 0, 0, -14, 1)),
            "main.main pc 13 (jnei): operand d: jump target -1 outside the function (17 instructions)");
}

TEST(Verify, Constants) {
  EXPECT_EQ(withMainInstr(5, ins(O::LoadStr, 3, 0, 0, 9)),
            "main.main pc 5 (lds): operand d: constant index 9 out of range (module has 3 constants)");
  EXPECT_EQ(withMainInstr(5, ins(O::LoadStr, 3, 0, 0, 0)),
            "main.main pc 5 (lds): operand d: constant 0 is not a string");
  EXPECT_EQ(withMainInstr(6, ins(O::LoadConst, 7, 0, 0, 2)),
            "main.main pc 6 (ldk): operand d: constant 2 is a string (use lds)");
  // An Int constant goes to a Scalar slot, a Float constant to a Float slot.
  EXPECT_EQ(withMainInstr(6, ins(O::LoadConst, 7, 0, 0, 0)),
            "main.main pc 6 (ldk): operand a: slot 7 is Float, expected Scalar");
}

TEST(Verify, FloatConstantOperands) {
  // r7 is the sample's Float slot; k1 is a Float constant, k0 an Int one, k2 a string.
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[6] = ins(O::MulFK, 7, 7, 0, 1);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(withMainInstr(6, ins(O::MulFK, 7, 7, 0, 0)), "main.main pc 6 (mulfk): operand d: constant 0 is not a float");
  EXPECT_EQ(withMainInstr(6, ins(O::SubKF, 7, 7, 0, 2)), "main.main pc 6 (subkf): operand d: constant 2 is not a float");
  EXPECT_EQ(withMainInstr(6, ins(O::AddFK, 7, 1, 0, 1)),
            "main.main pc 6 (addfk): operand b: slot 1 is Scalar, expected Float");
}

TEST(Verify, TwoOperationFloatInstructions) {
  // The fourth register (field d) of addaddf ... rsubmulf is a Float slot like the others (r7 in the sample).
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[6] = ins(O::MulAddF4, 7, 7, 7, 7);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(withMainInstr(6, ins(O::RSubMulF, 7, 7, 7, 1)),
            "main.main pc 6 (rsubmulf): operand d: slot 1 is Scalar, expected Float");
  EXPECT_EQ(withMainInstr(6, ins(O::AddAddF, 7, 7, 7, 40)),
            "main.main pc 6 (addaddf): operand d: slot 40 out of range (frame has 16 slots)");
  EXPECT_EQ(withMainInstr(6, ins(O::SubMulF, 7, 7, 7, -1)),
            "main.main pc 6 (submulf): operand d: slot -1 out of range (frame has 16 slots)");
}

TEST(Verify, JumpOnSum) {
  // jsum*f: a, b, c are Float slots (r7 in the sample), d a jump target.
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[6] = ins(O::JmpSumNGtF, 7, 7, 7, 1);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(withMainInstr(6, ins(O::JmpSumLtF, 7, 7, 1, 1)),
            "main.main pc 6 (jsumltf): operand c: slot 1 is Scalar, expected Float");
  EXPECT_EQ(withMainInstr(6, ins(O::JmpSumEqF, 7, 7, 7, 40)),
            "main.main pc 6 (jsumeqf): operand d: jump target 46 outside the function (17 instructions)");
}

TEST(Verify, FieldMultiplyAccumulate) {
  // muladdfst/mulsubfst: a pointer (r3 in the sample), two Float factors (r7), a non-negative byte offset.
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[6] = ins(O::MulAddFSt, 3, 7, 7, 8);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(withMainInstr(6, ins(O::MulSubFSt, 3, 7, 1, 8)),
            "main.main pc 6 (mulsubfst): operand c: slot 1 is Scalar, expected Float");
  EXPECT_EQ(withMainInstr(6, ins(O::MulAddFSt, 3, 7, 7, -8)),
            "main.main pc 6 (muladdfst): operand d: negative offset -8");
}

TEST(Verify, ReturnOneSlot) {
  // ret1 a: slot 0 takes a's kind, in a function with exactly one result slot (main.add: r0 = result, r1, r2).
  auto m = makeSampleModule();
  m->funcs[1].code.back() = ins(O::Ret1, 2);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  m->funcs[1].code = {ins(O::Ret1, 2)};
  m->funcs[1].slotKinds[2] = SlotKind::Float;
  EXPECT_EQ(errorsOf(*m),
            "main.add pc 0 (ret1): operand a: slot 0 is Scalar, expected Float like operand a\n"
            "main.main pc 2 (call): operand a: slot 2 is Scalar, expected Float (call window of main.add)");
  EXPECT_EQ(withMainInstr(16, ins(O::Ret1, 1)), "main.main pc 16 (ret1): in a function with 0 result slots (must be 1)");
}

TEST(Verify, DivisorImmediates) {
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[1] = ins(O::DivImm, 2, 1, 0, 7);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(withMainInstr(1, ins(O::DivImm, 2, 1, 0, 0)), "main.main pc 1 (divi): operand d: divisor 0 (must not be 0 or -1)");
  EXPECT_EQ(withMainInstr(1, ins(O::RemImm, 2, 1, 0, -1)),
            "main.main pc 1 (remi): operand d: divisor -1 (must not be 0 or -1)");
  m->funcs[kSampleMain].code[1] = ins(O::RemImm, 2, 1, 0, 8, 3);  // 8 == 1 << 3: the shift path
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  EXPECT_EQ(withMainInstr(1, ins(O::DivImm, 2, 1, 0, 6, 2)),
            "main.main pc 1 (divi): operand e: shift 2 but the divisor is 6 (must be 1 << shift)");
  EXPECT_EQ(withMainInstr(1, ins(O::DivImm, 2, 1, 0, 4, -2)),
            "main.main pc 1 (divi): operand e: shift -2 but the divisor is 4 (must be 1 << shift)");
}

TEST(Verify, Functions) {
  EXPECT_EQ(withMainInstr(2, ins(O::Call, 0, 0, 0, 12)),
            "main.main pc 2 (call): operand d: function index 12 out of range (module has 4 functions)");
}

TEST(Verify, CallWindow) {
  // main.add's window is 3 Scalar slots; at r3 it meets the string's Ptr slot.
  EXPECT_EQ(withMainInstr(2, ins(O::Call, 3, 0, 0, 1)),
            "main.main pc 2 (call): operand a: slot 3 is Ptr, expected Scalar (call window of main.add)");
  EXPECT_EQ(withMainInstr(2, ins(O::Call, 14, 0, 0, 1)),
            "main.main pc 2 (call): operand a: slots 14..16 out of range (frame has 16 slots)");
  // A window of an unknown callee may start at the top of the frame, not beyond.
  EXPECT_EQ(withMainInstr(2, ins(O::CallClosure, 17, 3)),
            "main.main pc 2 (callc): operand a: call window at slot 17 beyond the frame (16 slots)");
}

TEST(Verify, Types) {
  EXPECT_EQ(withMainInstr(3, ins(O::Print, 0, 0, 0, 99)),
            "main.main pc 3 (print): operand d: type index 99 out of range (module has 9 types)");
  EXPECT_EQ(withMainInstr(10, ins(O::MakeMap, 10, kNoReg16, 0, 0)),
            "main.main pc 10 (mkmap): operand d: type int is not a map type");
  EXPECT_EQ(withMainInstr(7, ins(O::MakeIface, 5, 0, 0, 0, 1)),
            "main.main pc 7 (mkiface): operand e: type string is not an interface type");
  // The value run of mkiface has the slots of type d: a string at r0 meets Scalar r1.
  EXPECT_EQ(withMainInstr(7, ins(O::MakeIface, 5, 0, 0, 1, 2)),
            "main.main pc 7 (mkiface): operand b: slot 0 is Scalar, expected Ptr (value of type string)");
}

TEST(Verify, RegXRuns) {
  // mov: kinds pairwise equal.
  EXPECT_EQ(withMainInstr(14, ins(O::Mov, 13, 2, 2)),
            "main.main pc 14 (mov): operand a: slot 14 is Scalar, expected Ptr like operand b");
  // st.val: the value run has the slots of type e.
  EXPECT_EQ(withMainInstr(9, ins(O::StVal, 8, 3, 0, 0, 8)),
            "main.main pc 9 (st.val): operand b: slot 3 is Ptr, expected Scalar (value of type struct { X int; S "
            "string })");
  // mapget: key run has the map's key type.
  EXPECT_EQ(withMainInstr(12, ins(O::MapGet, 1, 10, 0, 3, 12)),
            "main.main pc 12 (mapget): operand c: slot 0 is Scalar, expected Ptr (value of type string)");
  // mapget's ok slot (OptReg) is one Scalar slot.
  EXPECT_EQ(withMainInstr(12, ins(O::MapGet, 1, 10, 3, 3, 10)),
            "main.main pc 12 (mapget): operand e: slot 10 is Ptr, expected Scalar");
  EXPECT_EQ(withMainInstr(12, ins(O::MapGet, 1, 10, 3, 3, -7)),
            "main.main pc 12 (mapget): operand e: negative register -7 (absent is -1)");
  // mapaddr: a Ptr result, a key run of the map's key type, a map type.
  EXPECT_EQ(withMainInstr(12, ins(O::MapAddr, 10, 10, 0, 3)),
            "main.main pc 12 (mapaddr): operand c: slot 0 is Scalar, expected Ptr (value of type string)");
  EXPECT_EQ(withMainInstr(12, ins(O::MapAddr, 2, 10, 3, 3)),
            "main.main pc 12 (mapaddr): operand a: slot 2 is Scalar, expected Ptr");
  EXPECT_EQ(withMainInstr(12, ins(O::MapAddr, 10, 10, 3, 0)),
            "main.main pc 12 (mapaddr): operand d: type int is not a map type");
  // mkclosure captures are Ptr slots.
  EXPECT_EQ(withMainInstr(14, ins(O::MakeClosure, 3, 3, 2, 1)),
            "main.main pc 14 (mkclosure): operand b: slot 4 is Scalar, expected Ptr");
}

TEST(Verify, GlobalsAndMethodIndices) {
  EXPECT_EQ(withMainInstr(8, ins(O::GlobalAddr, 8, 0, 0, 25)),
            "main.main pc 8 (gaddr): operand d: global offset 25 out of range (globals are 24 bytes)");
  EXPECT_EQ(withMainInstr(14, ins(O::CallIface, 13, 5, 0)),
            "main.main pc 14 (calli): operand c: method index 0 out of range (no interface of the module has that "
            "many methods)");
}

TEST(Verify, OffsetsCountsAndImmediates) {
  EXPECT_EQ(withMainInstr(9, ins(O::StVal, 8, 3, 0, -8, 1)), "main.main pc 9 (st.val): operand d: negative offset -8");
  EXPECT_EQ(withMainInstr(14, ins(O::LdSlotIdx, 13, 0, 1, -1, 2)),
            "main.main pc 14 (ld.slotidx): operand d: negative count -1");
  EXPECT_EQ(withMainInstr(14, ins(O::LoadCapture, 3, 0, 0, -2)),
            "main.main pc 14 (ldcap): operand d: negative capture index -2");
  // An array of 2 elements of 1 slot in r0..r1, element to r13: kinds repeat per element.
  EXPECT_EQ(withMainInstr(14, ins(O::LdSlotIdx, 13, 0, 1, 1, 4)),
            "main.main pc 14 (ld.slotidx): operand b: slot 3 is Ptr, expected Scalar like operand a");
  auto m = makeSampleModule();
  m->funcs[kSampleMain].code[14] = ins(O::LdSlotIdx, 13, 0, 1, 1, 3);
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
}

TEST(Verify, OptionalOperands) {
  auto m = makeSampleModule();
  Module& mod = *m;
  FuncInfo& main = mod.funcs[kSampleMain];
  std::string error;
  // ifaceis with type -1 asks "is b nil"; assert without an ok slot panics on mismatch.
  main.code[14] = ins(O::IfaceIs, 1, 5, 0, -1);
  EXPECT_TRUE(verifyModule(mod, error)) << error;
  main.code[14] = ins(O::AssertType, 0, 5, kNoReg16, 0, 2);
  EXPECT_TRUE(verifyModule(mod, error)) << error;
  main.code[14] = ins(O::AssertType, 0, 5, 3, 0, 2);
  EXPECT_EQ(errorsOf(mod), "main.main pc 14 (assert): operand c: slot 3 is Ptr, expected Scalar");
  // mapnext: key into a string run, value into an int slot; either may be absent.
  main.code[14] = ins(O::MapNext, 10, 3, 0, 2, 3);
  EXPECT_TRUE(verifyModule(mod, error)) << error;
  main.code[14] = ins(O::MapNext, 10, kNoReg16, kNoReg16, 2, 3);
  EXPECT_TRUE(verifyModule(mod, error)) << error;
  main.code[14] = ins(O::MapNext, 10, 0, kNoReg16, 2, 3);
  EXPECT_EQ(errorsOf(mod),
            "main.main pc 14 (mapnext): operand b: slot 0 is Scalar, expected Ptr (value of type string)");
  // gaddr needs a globals block.
  main.code[14] = ins(O::GlobalAddr, 8, 0, 0, 0);
  mod.globalsType = nullptr;
  EXPECT_EQ(errorsOf(mod),
            "main.main pc 8 (gaddr): operand d: global offset 8 but the module has no globals\n"
            "main.main pc 14 (gaddr): operand d: global offset 0 but the module has no globals");
}

TEST(Verify, FunctionHeaders) {
  {
    auto m = makeSampleModule();
    m->funcs[1].slotKinds.pop_back();
    EXPECT_EQ(errorsOf(*m), "main.add: has 2 slot kinds for a frame of 3 slots");
  }
  {
    auto m = makeSampleModule();
    m->funcs[1].numParamSlots = 3;
    EXPECT_EQ(errorsOf(*m), "main.add: 1 result + 3 param slots exceed the frame of 3 slots");
  }
  {
    auto m = makeSampleModule();
    m->funcs[1].code.pop_back();
    EXPECT_EQ(errorsOf(*m), "main.add: last instruction (pc 0) must be ret, jmp or panic");
  }
  {
    auto m = makeSampleModule();
    m->funcs[kSampleMain].lines[2].pc = 1;
    EXPECT_EQ(errorsOf(*m), "main.main: line table entry 2 (pc 1) is out of order or past the code");
  }
  {
    auto m = makeSampleModule();
    m->funcs[1].file = 4;
    EXPECT_EQ(errorsOf(*m), "main.add: file index 4 out of range (module has 1 files)");
  }
  {
    auto m = makeSampleModule();
    m->funcs[1].recoverPc = 2;
    EXPECT_EQ(errorsOf(*m), "main.add: recover pc 2 out of range (function has 2 instructions)");
  }
  {
    auto m = makeSampleModule();
    m->funcs[3].code.push_back(ins(O::Ret));
    EXPECT_EQ(errorsOf(*m), "runtime.GC: native function has code");
  }
}

TEST(Verify, RuntimeErrorType) {
  auto m = makeSampleModule();
  m->runtimeErrorType = 1;  // string
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  m->runtimeErrorType = 8;
  EXPECT_EQ(errorsOf(*m), "runtime error type struct { X int; S string } is not exactly one string");
  m->runtimeErrorType = 30;
  EXPECT_EQ(errorsOf(*m), "runtime error type 30 out of range (module has 9 types)");
  m->runtimeErrorType = 1;
  m->plainErrorType = 8;
  EXPECT_EQ(errorsOf(*m), "plain error type struct { X int; S string } is not exactly one string");
  m->plainErrorType = -1;
  m->boundsErrorType = 8;
  EXPECT_EQ(errorsOf(*m),
            "bounds error type struct { X int; S string } is not struct {x int64; y int; signed bool; code uint8}");
  m->boundsErrorType = -1;
  m->typeAssertionErrorType = 8;
  EXPECT_EQ(errorsOf(*m), "type assertion error type struct { X int; S string } is not a pointer to struct "
                          "{_interface, concrete, asserted *struct {string; string}; string}");
}

TEST(Verify, Entry) {
  auto m = makeSampleModule();
  m->entry = 1;
  EXPECT_EQ(errorsOf(*m), "entry function main.add must be a bytecode function without params and results");
  m->entry = 9;
  EXPECT_EQ(errorsOf(*m), "entry function 9 out of range (module has 4 functions)");
}

TEST(Verify, TypeTable) {
  {
    auto m = makeSampleModule();
    m->types[1]->slots[1].offset = 12;
    // The structs holding a string disagree with it too.
    EXPECT_EQ(errorsOf(*m),
              "type 1 (string): slot 1: offset 12 + width 8 beyond size 16\n"
              "type 5 (globals): field main.s: struct slot 2 does not match the field's slot 1\n"
              "type 8 (struct { X int; S string }): field S: struct slot 2 does not match the field's slot 1");
  }
  {
    auto m = makeSampleModule();
    TypeDesc foreign;
    m->types[6]->elem = &foreign;
    EXPECT_EQ(errorsOf(*m), "type 6 (*int): elem type does not belong to the module");
  }
  {
    auto m = makeSampleModule();
    m->types[8]->slots[1].kind = SlotKind::Scalar;
    EXPECT_EQ(errorsOf(*m),
              "type 8 (struct { X int; S string }): field S: struct slot 1 does not match the field's slot 0");
  }
  {
    auto m = makeSampleModule();
    m->globalsType = m->types[0].get();
    EXPECT_EQ(errorsOf(*m), "globals type int is not a struct");
  }
  {
    auto m = makeSampleModule();
    m->types[1]->flags &= ~kTypeHasPointers;
    EXPECT_EQ(errorsOf(*m), "type 1 (string): has pointer slots but not the has-pointers flag");
  }
  {
    auto m = makeSampleModule();
    m->types[3]->key = nullptr;
    EXPECT_EQ(errorsOf(*m), "type 3 (map[string]int): key type missing");
  }
}

TEST(Verify, HugeTypesKeepNoSlots) {
  auto m = makeSampleModule();
  testing::ModuleBuilder b;
  // [1 << 20]int: too many slots for any frame, so its slot list stays empty (codegen's kMaxMaterialisedSlots).
  TypeDesc* huge = b.arrayOf(m->types[0].get(), 0);
  huge->len = 1 << 20;
  huge->size = 8u << 20;
  huge->name = "[1048576]int";
  auto owned = std::move(b.module().types.back());
  owned->index = static_cast<uint32_t>(m->types.size());
  m->types.push_back(std::move(owned));
  std::string error;
  EXPECT_TRUE(verifyModule(*m, error)) << error;
  m->types.back()->slots.push_back(m->types[0]->slots[0]);
  EXPECT_EQ(errorsOf(*m), "type 9 ([1048576]int): more than 65536 slots must not be materialised");
}

TEST(Verify, DeeplyNestedTypesAreRejectedWithoutExhaustingTheStack) {
  auto m = makeSampleModule();
  // types[9].elem = types[10], ..., the last one's elem is int: checking types[9] first walks the whole chain.
  const size_t first = m->types.size();
  const int n = 5000;
  for (int i = 0; i < n; ++i) {
    auto t = std::make_unique<TypeDesc>();
    t->index = static_cast<uint32_t>(m->types.size());
    t->kind = Kind::Array;
    t->name = "a" + std::to_string(i);
    t->len = 1;
    t->size = 8;
    t->align = 8;
    t->slots = m->types[0]->slots;
    m->types.push_back(std::move(t));
  }
  for (int i = 0; i < n; ++i) {
    m->types[first + i]->elem = i + 1 < n ? m->types[first + i + 1].get() : m->types[0].get();
  }
  std::vector<std::string> errors = verifyModuleErrors(*m);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("values nested more than 1000 types deep"), std::string::npos) << errors[0];
}

TEST(Verify, ErrorCountIsCapped) {
  auto m = makeSampleModule();
  for (Instr& in : m->funcs[kSampleMain].code) {
    if (in.op != O::Ret) in = ins(O::PrintNl, 1);
  }
  std::vector<std::string> errors = verifyModuleErrors(*m, 5);
  ASSERT_EQ(errors.size(), 6u);
  EXPECT_EQ(errors.back(), "(more errors omitted)");
}

}  // namespace
}  // namespace vo::rt

namespace vo::rt {
namespace {

// Every register operand of every opcode in opcodes.def gets a run from operands.cpp's rules, so an opcode added
// with a RegX or OptReg operand and no rule fails here rather than slipping past the verifier.
// A frame object's slots follow its Go layout word by word: packed small fields share a Scalar word, a string is
// {Ptr, Scalar}, an interface {IfaceType, IfaceData}, arrays repeat their element's words (the long-array pointer
// map too), a zero-size value still gets one slot.
TEST(Verify, FrameObjectSlotKindsFollowTheWords) {
  testing::ModuleBuilder b;
  const TypeDesc* i8 = b.basic(Kind::Int8, "int8");
  const TypeDesc* i32 = b.basic(Kind::Int32, "int32");
  const TypeDesc* f32 = b.basic(Kind::Float32, "float32");
  const TypeDesc* str = b.basic(Kind::String, "string");
  const TypeDesc* any = b.iface("interface {}");
  const TypeDesc* pint = b.pointerTo(b.basic(Kind::Int, "int"));
  const TypeDesc* t = b.structOf("T", {{"a", i8}, {"b", i32}, {"s", str}, {"i", any}, {"arr", b.arrayOf(pint, 6)},
                                       {"strs", b.arrayOf(str, 5)}, {"f", f32}});
  // a,b: word 0; s: 1-2; i: 3-4; arr: 5-10; strs: 11-20; f: 21.
  ASSERT_EQ(frameObjectSlots(t), 22u);
  std::string kinds;
  for (uint64_t w = 0; w < frameObjectSlots(t); ++w) kinds += slotKindLetter(frameObjectSlotKind(t, w));
  EXPECT_EQ(kinds, "SPSTDPPPPPPPSPSPSPSPSS");
  EXPECT_EQ(frameObjectSlots(b.structOf("empty", {})), 1u);
  EXPECT_EQ(frameObjectSlotKind(b.structOf("empty2", {}), 0), SlotKind::Scalar);
}

TEST(Verify, FrameObjects) {
  // A frame object's slots follow its type's words: a string is {Ptr, Scalar}, an interface {IfaceType, IfaceData}.
  {
    auto m = makeSampleModule();
    m->funcs[kSampleMain].code[2] = ins(O::FrameAddr, 8, 3, 0, 1);   // no call left: no window
    m->funcs[kSampleMain].code[14] = ins(O::FrameAddr, 10, 5, 0, 2);
    std::string error;
    EXPECT_TRUE(verifyModule(*m, error)) << error;
  }
  {
    auto m = makeSampleModule();
    m->funcs[kSampleMain].code[2] = ins(O::FrameAddr, 8, 3, 0, 8);  // struct { X int; S string }: S, P, S
    EXPECT_EQ(errorsOf(*m), "main.main pc 2 (faddr): operand b: slot 3 is Ptr, expected Scalar (frame object of type "
                            "struct { X int; S string })");
  }
  {
    auto m = makeSampleModule();
    m->funcs[kSampleMain].code[2] = ins(O::FrameAddr, 3, 9, 0, 1);  // r9 is Scalar, a string starts with Ptr
    EXPECT_EQ(errorsOf(*m), "main.main pc 2 (faddr): operand b: slot 9 is Scalar, expected Ptr (frame object of type "
                            "string)");
  }
  {
    auto m = makeSampleModule();
    m->funcs[kSampleMain].code[2] = ins(O::FrameAddr, 8, 15, 0, 1);
    EXPECT_EQ(errorsOf(*m), "main.main pc 2 (faddr): operand b: slots 15..16 out of range (frame has 16 slots)");
  }
  // Callee frames begin at their windows: a frame object must lie below every call window of its function.
  EXPECT_EQ(withMainInstr(14, ins(O::FrameAddr, 8, 3, 0, 1)),
            "main.main pc 2 (call): call window at slot 0 is below the end of a frame object (slot 5)");
}

TEST(Verify, EveryRegisterOperandOfEveryOpcodeHasARun) {
  auto m = makeSampleModule();
  for (size_t op = 0; op < kNumOpcodes; ++op) {
    Instr in;
    in.op = static_cast<Opcode>(op);
    const OpInfo& info = opInfo(in.op);
    for (int field = 0; field < 5; ++field) {
      int32_t v = 0;
      switch (info.operands[static_cast<size_t>(field)]) {
        case OperandKind::Type:
          v = in.op >= Opcode::MakeMap && in.op <= Opcode::MapNext ? 3
              : (field == 4 || in.op == Opcode::IfaceToIface || in.op == Opcode::AssertIface ||
                 in.op == Opcode::IfaceImpl)
                  ? 2
                  : 0;
          break;
        case OperandKind::Const:
          v = in.op == Opcode::LoadStr ? 2 : 0;
          break;
        case OperandKind::Func:
          v = 1;
          break;
        case OperandKind::Count:
          v = 1;
          break;
        default:
          break;
      }
      if (field == 0) in.a = static_cast<uint16_t>(v);
      if (field == 1) in.b = static_cast<uint16_t>(v);
      if (field == 2) in.c = static_cast<uint16_t>(v);
      if (field == 3) in.d = v;
      if (field == 4) in.e = v;
    }
    RegRuns runs;
    std::string error;
    ASSERT_TRUE(computeRegRuns(*m, in, runs, error)) << info.mnemonic << ": " << error;
    for (int field = 0; field < 5; ++field) {
      switch (info.operands[static_cast<size_t>(field)]) {
        case OperandKind::RegS:
        case OperandKind::RegF:
        case OperandKind::RegP:
        case OperandKind::RegI:
        case OperandKind::RegStr:
        case OperandKind::RegSlice:
        case OperandKind::RegX:
        case OperandKind::Window:
        case OperandKind::OptReg: {
          bool found = false;
          for (size_t r = 0; r < runs.size; ++r) found |= runs.runs[r].field == field;
          EXPECT_TRUE(found) << info.mnemonic << " operand " << operandFieldName(field) << " has no register run";
          break;
        }
        default:
          break;
      }
    }
  }
}

}  // namespace
}  // namespace vo::rt
