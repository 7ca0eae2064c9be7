// The bytecode Module: everything one compiled program needs to run, produced by compiler/codegen, written to and
// read from `.voc` files (serialize.h), checked by the verifier (verify.h) before any executor sees it.
//
// Ownership: a Module owns its functions, code, constants and type descriptors. It is immutable once verified;
// executors keep their own mutable state (globals block, itab cache, static closures) beside it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime-core/bytecode.h"
#include "runtime-core/type_desc.h"

namespace vo::rt {

/// A constant-pool entry (LoadConst, LoadStr).
struct Constant {
  enum class Kind : uint8_t { Int, Float, String };
  Kind kind = Kind::Int;
  int64_t i = 0;      ///< Int
  double f = 0;       ///< Float
  std::string s;      ///< String (bytes, not necessarily UTF-8)
};

/// Maps instruction positions to source lines: entry k covers pcs [pc_k, pc_{k+1}).
struct LineEntry {
  uint32_t pc = 0;
  uint32_t line = 0;
};

/// One call the code generator inlined (Go's inlinedCall, cmd/internal/obj InlTree): the instructions
/// [startPc, endPc) run the body of `name`, and their LineEntry lines are lines of `file`. Traces and
/// runtime.Callers show such a pc as two frames, as Go does: `name(...)` at the instruction's line in `file`, then the
/// enclosing function at `callLine` (the call site, in the enclosing function's file). Only leaf functions are
/// inlined (codegen/gen_inline.cpp), so the ranges of one function never nest or overlap.
struct InlinedCall {
  std::string name;       ///< the callee's Go symbol name ("main.dist2", "main.Point.Add", "main.(*Point).Scale")
  uint32_t file = 0;      ///< Module::files index of the callee's source file
  uint32_t callLine = 0;  ///< line of the call site in the enclosing function's file
  uint32_t startPc = 0;   ///< first instruction of the inlined body
  uint32_t endPc = 0;     ///< one past its last instruction (startPc < endPc <= code.size())
};

/// FuncInfo::flags bits.
enum FuncFlags : uint8_t {
  kFuncNative = 1 << 0,    ///< implemented in C++: `name` is the native registry key, `code` is empty
  kFuncHidden = 1 << 1,    ///< not shown in goroutine traces (the synthesized program entry, wrappers)
  kFuncHasDefer = 1 << 2,  ///< executes Defer
  /// An interface-pair variant (Method::ifaceFunc) of a pointer-shaped type's own method: it only passes the
  /// pair's data word (a pointer) as the receiver, with its own params, to the one Call in its code and returns
  /// that call's results. Executors may call the callee directly, the data word in place of the pair (as Go's
  /// itabs hold pointer methods themselves).
  kFuncIfaceForward = 1 << 3,
};

/// One function: bytecode plus the metadata executors and the GC need.
struct FuncInfo {
  std::string name;            ///< Go's symbol name: "main.main", "main.(*T).M", "main.T.M", "main.main.func1",
                               ///< "fmt.Println" (natives: the registry key)
  uint32_t file = 0;           ///< index into Module::files
  uint32_t line = 0;           ///< line of the declaration
  uint8_t flags = 0;           ///< FuncFlags
  uint16_t numResultSlots = 0; ///< slots [0, numResultSlots) hold results
  uint16_t numParamSlots = 0;  ///< slots [numResultSlots, numResultSlots + numParamSlots) hold parameters
  uint16_t frameSize = 0;      ///< total slots, >= numResultSlots + numParamSlots
  int32_t recoverPc = -1;      ///< where a frame resumes after one of its deferred calls recovered a panic
                               ///< (an epilogue that runs the remaining defers and returns); -1 when none
  std::vector<SlotKind> slotKinds;  ///< frameSize entries
  std::vector<Instr> code;
  std::vector<LineEntry> lines;     ///< sorted by pc; first entry at pc 0 when code is non-empty
  std::vector<InlinedCall> inlined; ///< sorted by startPc, disjoint ranges (the inline tree: one level)

  bool isNative() const { return flags & kFuncNative; }
  /// Source line of instruction `pc` (0 when unknown); inside an inlined body, a line of the callee's file.
  uint32_t lineAt(uint32_t pc) const;
  /// The inlined call whose body contains instruction `pc`, or nullptr.
  const InlinedCall* inlinedAt(uint32_t pc) const;
};

/// A compiled program.
struct Module {
  /// Bumped whenever the encoding of any part changes (opcodes.def included); `.voc` files of another version are
  /// rejected.
  static constexpr uint32_t kFormatVersion = 16;

  std::vector<std::string> files;                  ///< source file paths, as given to the compiler
  std::vector<FuncInfo> funcs;
  std::vector<std::unique_ptr<TypeDesc>> types;    ///< types[i]->index == i; pointers between them stay valid
  std::vector<Constant> constants;
  /// The globals block: a struct whose fields are all package-level variables of all packages ("pkg.name"), in
  /// Go layout. Executors allocate one zeroed block of this type; it is a GC root.
  const TypeDesc* globalsType = nullptr;
  /// The program entry: a hidden function without params and results that initialises every package in
  /// dependency order and then calls main.main.
  uint32_t entry = 0;
  // The types of run-time error values (runtime/error.go), indices into `types` or -1 when the program has none
  // (then executors panic with the full error text as a plain `string`). Executors box a run-time error
  // (rt::RuntimeError, panic.h) into the value of the type Go uses, so that recover() results print, compare and
  // assert (`r.(runtime.Error)`) as in Go; each type's Error method returns Go's text.
  /// runtime.errorString: memory exactly one string, the text after "runtime error: " ("integer divide by
  /// zero", "invalid memory address or nil pointer dereference", "hash of unhashable type []int").
  int32_t runtimeErrorType = -1;
  /// runtime.plainError: memory exactly one string, the whole text ("send on closed channel", "assignment to
  /// entry in nil map", "value method main.T.M called using nil *T pointer").
  int32_t plainErrorType = -1;
  /// runtime.boundsError: a struct {x int64; y int; signed bool; code uint8} (offsets 0, 8, 16, 17), Go's
  /// fields of rt::BoundsError.
  int32_t boundsErrorType = -1;
  /// *runtime.TypeAssertionError: a pointer to struct {_interface, concrete, asserted *_type; missingMethod
  /// string} where _type is struct {str, pkgPath string} (reflect's String() and PkgPath() of the type; a nil
  /// *_type for an absent type).
  int32_t typeAssertionErrorType = -1;
};

}  // namespace vo::rt
