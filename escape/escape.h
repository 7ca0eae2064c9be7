// Escape analysis: decides for every local variable and every allocation site whether it lives in the frame
// (registers or Go-layout frame storage in the VM, the native stack later) or on the heap, and explains the
// decisions for `vo check -m` in Go's words.
//
// The data-flow analysis in the style of Go's cmd/compile/internal/escape replaces the conservative per-variable
// rule (conservative.cpp), which stays selectable (`VO_ESCAPE=conservative`) as the baseline benchmarks compare with.
//
// The contract with code generation (Result):
//  - A local variable lives in registers unless it is in heapVars or frameVars. heapVars and frameVars are
//    disjoint. A variable codegen needs in memory (its address is taken, it is captured by reference, it is too
//    large to flatten) that is in neither set goes to the heap: the safe default.
//  - frameVars: variables that need an address but whose address never outlives the frame: Go-layout storage in
//    the frame, reached through a pointer like a heap box, reused by every execution of the declaration (a
//    reference that could outlive one loop iteration makes the variable escape, as in Go's loop-depth rule).
//  - capturedByValue: captured variables a closure copies at its creation (Go's byval capture: never reassigned
//    after capture, address never taken, at most 128 bytes); every other captured variable is captured by reference.
//  - frameAllocs: allocation sites whose object does not escape (Go: "... does not escape"); every other
//    allocation site allocates on the heap.

#pragma once

#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"
#include "compiler/types/check.h"

namespace vo::escape {

/// Values flattened into more register slots than this are kept on the heap.
inline constexpr int kMaxFrameSlots = 64;

/// One `-m` line: "moved to heap: x" at the variable's declaration.
struct Explanation {
  Pos pos;  ///< the variable's declaring identifier
  std::string message;
};

/// The decisions for one package (the contract with codegen: see the file comment).
struct Result {
  std::unordered_set<const types::Var*> heapVars;         ///< "moved to heap": boxed on the heap at the declaration
  std::unordered_set<const types::Var*> frameVars;        ///< need an address that never outlives the frame
  std::unordered_set<const types::Var*> capturedByValue;  ///< copied into the closures that capture them
  /// Allocation sites whose object stays in the frame: `&T{...}` (the UnaryExpr), `new(T)` and `make(...)` (the
  /// CallExpr), slice composite literals (the CompositeLit: its backing array), func literals (the FuncLit: the
  /// closure object), method values (the SelectorExpr), the implicit `...` slice of a variadic call (the
  /// CallExpr of the call), conversions to interface that box their operand and string conversions (the
  /// conversion CallExpr, or the operand Expr for an implicit conversion).
  std::unordered_set<const syntax::Node*> frameAllocs;
  std::vector<Explanation> explanations;                  ///< sorted by position
  bool onHeap(const types::Var* v) const { return heapVars.count(v) != 0; }
  bool inFrame(const types::Var* v) const { return frameVars.count(v) != 0; }
};

/// Analyses the function bodies of one checked package. With the environment variable `VO_ESCAPE=conservative`
/// set, applies analyzeConservative instead (the baseline of bench/escape).
Result analyze(const types::Package* pkg, std::span<const syntax::File* const> files, const types::Info& info);

/// The conservative per-variable rule (conservative.cpp): heap for every variable whose address is taken, that is
/// captured, converted to an interface or too large for registers; frameVars, capturedByValue and frameAllocs empty.
Result analyzeConservative(const types::Package* pkg, std::span<const syntax::File* const> files,
                           const types::Info& info);

}  // namespace vo::escape
