// The bytecode verifier (DESIGN.md invariant 2): every Module is checked before anything executes it, including
// Modules read from `.voc` files, so executors may trust operand ranges, slot kinds, jump targets and indices.
//
// What is checked (driven by opcodes.def's operand kinds, see operands.h for the register-run rules):
//  - module: the type graph (every TypeDesc pointer points into the module, kinds have their parts, size and
//    alignment agree with the register flattening and the parts), the globals type is a struct, the entry is a
//    bytecode function without params and results, the runtime error type is one string, file indices, constant
//    kinds;
//  - functions: slotKinds has frameSize entries, results + params fit the frame, natives have no code, bytecode
//    functions end in ret/jmp/panic (execution cannot fall off the end), the line table is sorted, recoverPc is a pc;
//  - instructions: a valid opcode; unused fields zero; every register run (RegS..RegSlice, RegX runs whose length
//    follows from a Count or Type operand, call windows of known callees) inside the frame with the right slot
//    kinds; jumps land on an instruction of the function; Const/Func/Type/Global/MethodIndex operands in range and
//    of the right kind (lds needs a string constant, map instructions a map type, ...).
// What it does NOT prove (the code generator's responsibility; a hand-crafted `.voc` can still misbehave there):
// registers initialised before use, a call window being the top of the live frame, the shape of indirect calls
// (callc/calli windows: the callee is unknown statically), capture indices of ldcap against the running
// closure, method indices against the receiver's actual interface, and byte offsets (Offset operands) against the
// size of the object a pointer register points to (registers hold untyped pointers). Executors that take `.voc`
// files from untrusted sources must bound-check those at run time.
//
// The verifier reads only what it has checked: it never crashes or loops on a hostile Module whose containers are
// well formed (what deserializeModule produces). Work is linear in the module's size.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "runtime-core/module.h"

namespace vo::rt {

/// Checks `m`. Returns every problem found (at most `maxErrors`; then the last entry says that more were
/// omitted), each one line naming where and what: `main.f pc 12 (add): operand b: slot 40 out of range (frame has
/// 32 slots)`, `type 3 (main.T): field x: offset 24 beyond size 16`. Empty when the module is valid.
std::vector<std::string> verifyModuleErrors(const Module& m, size_t maxErrors = 20);

/// True when `m` is valid; otherwise false and `error` holds the problems of verifyModuleErrors, one per line
/// (no trailing newline).
bool verifyModule(const Module& m, std::string& error);

}  // namespace vo::rt
