// The register runs an instruction reads or writes, derived from opcodes.def's operand kinds plus the per-opcode
// rules for RegX runs (their length comes from a Count or Type operand). Shared by the verifier (which checks each
// run against the frame) and the disassembler (which prints `r3..r5`), so both read the table the same way.
//
// Not a public executor API: the VM trusts verified code and never needs this.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime-core/module.h"

namespace vo::rt {

/// "Scalar", "Float", "Ptr", "IfaceType", "IfaceData" ("?" for an invalid value).
std::string_view slotKindName(SlotKind k);
/// One-letter slot kind for frame layouts: S, F, P, T (IfaceType), D (IfaceData).
char slotKindLetter(SlotKind k);
/// reflect.Kind's name of `k` ("int", "struct", "unsafe.Pointer"; "?" for an invalid value).
std::string_view kindName(Kind k);
/// True when `k` is one of the five SlotKinds (hostile modules may hold any byte).
inline bool isValidSlotKind(SlotKind k) { return static_cast<uint8_t>(k) <= static_cast<uint8_t>(SlotKind::IfaceData); }

/// Name of operand field `field` (0..4): "a", "b", "c", "d", "e".
inline char operandFieldName(int field) { return static_cast<char>('a' + field); }

/// The raw value of operand field `field` (0..4) of `in`: a, b, c zero-extended, d, e sign-extended.
int64_t operandValue(const Instr& in, int field);

/// What the slots of a register run must hold.
enum class RunKindRule : uint8_t {
  Exact,        ///< slot i has kind `kinds[i]`; runs longer than kMaxExactKinds use `type` (its TypeDesc::slots)
  Any,          ///< any kinds
  PtrOrScalar,  ///< each slot Ptr or Scalar (IfaceData's destination)
  SameAs,       ///< slot i has the kind of slot (i % other.count) of run `other`
  AllPtr,       ///< every slot Ptr (closure captures)
  FrameObject,  ///< slot i has frameObjectSlotKind(type, i) (a frame object's Go-layout words, FrameAddr)
};

/// Short exact kind lists are stored inline.
inline constexpr size_t kMaxExactKinds = 3;

/// One run of register slots used by an instruction.
struct RegRun {
  int field = 0;      ///< operand field 0..4
  int64_t base = 0;   ///< first slot
  int64_t count = 0;  ///< slots in the run (>= 0)
  RunKindRule rule = RunKindRule::Any;
  std::array<SlotKind, kMaxExactKinds> kinds{};  ///< Exact with `type == nullptr`: the first `count` kinds
  const TypeDesc* type = nullptr;                ///< Exact: the run holds a value of this type (kinds from its slots)
  const FuncInfo* callee = nullptr;              ///< Exact: a call window of this callee (kinds from its slotKinds)
  int other = -1;                                ///< SameAs: index of the other run in the same RegRuns
  bool window = false;  ///< a call window (count is the known callee's results + params, 0 when unknown)
};

/// At most this many runs per instruction (five fields; no opcode has more register operands).
inline constexpr size_t kMaxRuns = 5;

/// The runs of one instruction.
struct RegRuns {
  std::array<RegRun, kMaxRuns> runs;
  size_t size = 0;
};

/// The expected kind of slot `i` (0-based within the run) for an Exact run.
SlotKind expectedKind(const RegRun& run, int64_t i);

/// Computes the register runs of `in` in `f` of `m`. Requires that `in.op` is a valid opcode and that the index
/// operands the rules read (Const, Func, Type) are in range; otherwise returns false and sets `error` (one phrase
/// such as "operand e: type index 99 out of range (module has 12 types)") without reading anything out of range.
/// Never reads slot kinds: the caller checks the runs against the frame.
bool computeRegRuns(const Module& m, const Instr& in, RegRuns& out, std::string& error);

}  // namespace vo::rt
