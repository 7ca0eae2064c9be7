// The instruction encoding of vo's typed register bytecode (DESIGN.md invariant 1), generated from opcodes.def.
//
// Shapes: an instruction is 16 bytes (`Instr`): an opcode and five operand fields a, b, c (uint16) and d, e
// (int32). What each field means is given per opcode by its OperandKind in opcodes.def; `opInfo(op)` returns that
// metadata for the verifier, the disassembler and tests.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace vo::rt {

/// Every opcode, in opcodes.def order.
enum class Opcode : uint16_t {
#define OP(Name, mnem, A, B, C, D, E) Name,
#include "runtime-core/opcodes.def"
#undef OP
  NumOpcodes
};

/// Number of opcodes.
inline constexpr size_t kNumOpcodes = static_cast<size_t>(Opcode::NumOpcodes);

/// What an operand field holds (see the header of opcodes.def for each kind's meaning and checks).
enum class OperandKind : uint8_t {
  None, RegS, RegF, RegP, RegI, RegStr, RegSlice, RegX, Window, Count, Imm, Const, Func, Type, Jump, Offset,
  Global, MethodIndex, OptReg,
};

/// "absent" for an OptReg operand in the 16-bit fields a, b, c.
inline constexpr uint16_t kNoReg16 = 0xFFFF;
/// "absent" for an OptReg operand in the 32-bit fields d, e.
inline constexpr int32_t kNoReg32 = -1;

/// One instruction. Operands not used by the opcode are zero.
struct Instr {
  Opcode op = Opcode::Nop;
  uint16_t a = 0;
  uint16_t b = 0;
  uint16_t c = 0;
  int32_t d = 0;
  int32_t e = 0;
};
static_assert(sizeof(Instr) == 16);

/// Static description of an opcode: mnemonic and the kinds of its five operand fields (a, b, c, d, e).
struct OpInfo {
  std::string_view mnemonic;
  std::array<OperandKind, 5> operands;
};

namespace detail {
inline constexpr OpInfo kOpInfos[] = {
#define OP(Name, mnem, A, B, C, D, E) \
  OpInfo{mnem, {OperandKind::A, OperandKind::B, OperandKind::C, OperandKind::D, OperandKind::E}},
#include "runtime-core/opcodes.def"
#undef OP
};
}  // namespace detail

/// Metadata of `op`; `op` must be a valid opcode (< kNumOpcodes).
inline constexpr const OpInfo& opInfo(Opcode op) { return detail::kOpInfos[static_cast<size_t>(op)]; }

/// True for the instructions that call a Vo function or native and resume at the next instruction (Call,
/// CallClosure, CallIface): a frame that called out is described by the instruction before its resume pc.
inline constexpr bool isCallOpcode(Opcode op) {
  return op == Opcode::Call || op == Opcode::CallClosure || op == Opcode::CallIface;
}

/// Name of an OperandKind as written in opcodes.def.
std::string_view operandKindName(OperandKind k);

}  // namespace vo::rt
