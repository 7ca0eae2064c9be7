// Handler bodies kept out of the interpreter loop (they call into the runtime, need buffers, or are rare), so the
// loop's own frame stays small and its hot state stays in registers. Each takes the instruction and the current
// frame's slots; MapNext returns false when the iteration is done.
#pragma once

#include <cstdint>

#include "runtime-core/bytecode.h"

namespace vo::vm {
class Interpreter;
namespace ops {

void Concat(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void LtS(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void LeS(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void DecodeRune(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void RuneToS(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void BytesToS(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void SToBytes(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void RunesToS(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void SToRunes(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MakeSlice(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void Append(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void AppendSlice(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void AppendStr(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void Copy(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void CopyStr(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void ClearSlice(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MakeMap(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MapGet(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MapSet(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MapAddr(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MapDelete(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MapClear(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MapIter(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
bool MapNext(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void MakeIface(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void IfaceToIface(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void AssertType(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void AssertIface(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void IfaceImpl(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void EqIface(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void NeIface(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void EqVal(Interpreter& in, const rt::Instr* pc, uint64_t* regs);
void Print(Interpreter& in, const rt::Instr* pc, uint64_t* regs);

}  // namespace ops
}  // namespace vo::vm
