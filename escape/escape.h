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

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"
#include "compiler/types/check.h"

namespace vo::escape {

/// Values flattened into more register slots than this are kept on the heap.
inline constexpr int kMaxFrameSlots = 64;

/// Go's MaxStackVarSize: a variable larger than this many bytes (Go's sizes, sizes.h) is moved to the heap.
inline constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;
/// Go's MaxImplicitStackVarSize: `new(T)`, `&T{...}`, `make([]T, n)` larger than this many bytes use the heap.
inline constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;

/// Go's numEscResults: leaks to results beyond the 7th are recorded as leaks to the heap.
inline constexpr int kNumEscResults = 7;

/// Go's leaks (escape/leaks.go), the summary of one parameter: the minimum number of dereferences with which its
/// value reaches the heap (element 0) and each of the first kNumEscResults results (elements 1..7), stored as
/// derefs+1 (0: no leak). `leaking param: p` is a heap leak with 0 derefs, `leaking param content: p` one with
/// more, `leaking param: p to result ~r0 level=1` a result leak with 1.
struct Leaks {
  std::array<uint8_t, 1 + kNumEscResults> v{};

  bool empty() const {
    for (uint8_t x : v)
      if (x) return false;
    return true;
  }
  /// Derefs of the leak to the heap, -1 when none.
  int heap() const { return get(0); }
  /// Derefs of the leak to result `i`, -1 when none.
  int result(int i) const { return get(1 + i); }
  void addHeap(int derefs) { add(0, derefs); }
  void addResult(int i, int derefs) { add(1 + i, derefs); }
  /// Go's leaks.Optimize: a leak to a result with at least the heap leak's derefs is implied by the heap leak.
  void optimize() {
    int h = heap();
    if (h < 0) return;
    for (int i = 0; i < kNumEscResults; ++i)
      if (result(i) >= h) v[static_cast<size_t>(1 + i)] = 0;
  }
  bool operator==(const Leaks&) const = default;

 private:
  int get(int i) const { return int(v[static_cast<size_t>(i)]) - 1; }
  void add(int i, int derefs) {
    int old = get(i);
    if (old < 0 || derefs < old) v[static_cast<size_t>(i)] = static_cast<uint8_t>(std::min(derefs + 1, 255));
  }
};

/// The parameter summaries of every function analysed so far in one compilation (Go's escape tags on parameters),
/// so that calls into packages analysed earlier (the standard library first, in import order) use them. Parameter
/// index 0 is the receiver of a method, then the parameters in order. Functions without an entry (natives, bodies
/// not analysed) are assumed to leak every argument to the heap.
class Summaries {
 public:
  /// The summary of parameter `param` of `fn`, or nullptr when `fn` was not analysed.
  const Leaks* find(const types::Func* fn, int param) const {
    auto it = leaks_.find(fn);
    if (it == leaks_.end() || param < 0 || static_cast<size_t>(param) >= it->second.size()) return nullptr;
    return &it->second[static_cast<size_t>(param)];
  }
  /// Records the summaries of `fn`'s receiver (for methods) and parameters.
  void set(const types::Func* fn, std::vector<Leaks> leaks) { leaks_[fn] = std::move(leaks); }
  size_t size() const { return leaks_.size(); }

 private:
  std::unordered_map<const types::Func*, std::vector<Leaks>> leaks_;
};

/// One `-m` line in Go's words (`moved to heap: x`, `&T{...} escapes to heap`, `leaking param: p`, ...) at the
/// position Go reports it: the variable's or parameter's declaring identifier, or the allocation site.
struct Explanation {
  Pos pos;
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

/// Analyses the function bodies of one checked package (the data-flow analysis: escape.cpp's design comment).
/// Calls into other packages use `summaries` (the packages this one imports must have been analysed with the same
/// object first; without one, or for functions it lacks, calls leak their arguments to the heap); the summaries of
/// this package's functions are added to it. With the environment variable `VO_ESCAPE=conservative` set, applies
/// analyzeConservative instead (the baseline of bench/escape).
Result analyze(const types::Package* pkg, std::span<const syntax::File* const> files, const types::Info& info,
               Summaries* summaries = nullptr);

/// Analyses every package `importer` has checked so far, in dependency order, only for their summaries (their
/// decisions are dropped): what `vo check -m` and tests do before analysing the package they explain.
void summarizeImports(const types::StdlibImporter& importer, Summaries& summaries);

/// The conservative per-variable rule (conservative.cpp): heap for every variable whose address is taken, that is
/// captured, converted to an interface or too large for registers; frameVars, capturedByValue and frameAllocs empty.
Result analyzeConservative(const types::Package* pkg, std::span<const syntax::File* const> files,
                           const types::Info& info);

}  // namespace vo::escape
