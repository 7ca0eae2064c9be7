// The bytecode disassembler (`vo disasm`): readable text of a Module, generated from opcodes.def's operand kinds.
//
// Operands print by kind: registers `r3`, multi-slot runs `r3..r4` (strings, interfaces, slices, flattened
// values, call windows of known callees; `r3..` for a window of an unknown callee), constants with their value
// `k1("hi")`, functions and types by name, jump targets as absolute pcs `->12`, byte offsets `+8`, globals as
// name+offset `main.x+8`, method indices `m2`, absent optional registers `-`. Every index is range-checked, so an
// unverified Module (even a hostile one read from a `.voc` file) prints without crashing.
#pragma once

#include <cstddef>
#include <string>

#include "runtime-core/module.h"

namespace vo::rt {

/// The whole module: a summary line, the file list, the constant pool, the type table, the globals layout, then
/// every function (disassembleFunction), separated by blank lines. Ends with a newline.
std::string disassembleModule(const Module& m);

/// One function: `func NAME  FILE:LINE  [flags]`, its frame layout (results, params, slot kinds), its recover pc,
/// then one line per instruction: pc, source line, mnemonic, operands. Natives print only the header.
/// `func` must be < m.funcs.size().
std::string disassembleFunction(const Module& m, size_t func);

/// The mnemonic and operands of instruction `pc` of `f` (no pc, no line, no newline): `add r3, r1, r2`. For
/// tracing in executors and for error messages.
std::string formatInstr(const Module& m, const FuncInfo& f, size_t pc);

}  // namespace vo::rt
