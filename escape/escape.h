// Escape analysis: decides for every local variable whether it lives in the frame (registers in the VM, the native
// stack later) or on the heap, and explains the decisions for `vo check -m` in Go's words.
//
// This is the interface the full analysis (Go's cmd/compile/internal/escape) will implement; for now the
// implementation is the conservative per-variable rule (escape.cpp): a variable goes to the heap when its address
// is taken (`&x`, a pointer-receiver method call or field address on it, slicing it when it is an array), when a
// closure captures it, or when it is converted to an interface; every other variable, struct and array included,
// lives in the frame. Values too large to flatten into registers (more than kMaxFrameSlots slots) go to the heap
// as well.
//
// Invariants
//  - A variable is "local" when it is declared inside a function body or closure, or is a parameter, receiver or
//    named result; package-level variables always live in the globals block and are never reported.
//  - The decision is per variable (types::Var), not per use: codegen boxes a heap variable once, at its
//    declaration (a fresh box per execution of the declaration), and reaches every use through the box. The
//    variables of a for clause or range clause are fresh in each iteration (Go 1.22 semantics, LANGUAGE.md): a
//    heap loop variable gets a new box per iteration, initialised from the previous iteration's value.
//  - Every heap variable has exactly one Explanation, at its declaring identifier; explanations are sorted by
//    position (Go's -m prints them in that order).
//
// Algorithm (escape.cpp): one pre-order walk over each FuncDecl body and each FuncLit (package-level initialisers
// included). Each function being walked is a `Function` record (the unit Go's escape.batch analyses); a variable
// is owned by the Function that declares it. The walk marks a variable with a reason bit at:
//  - address-taking sites: `&e`, and the implicit `&x` of `x.M` / `x.M()` with a pointer-receiver M on an
//    addressable non-pointer x, and `a[i:j]` on an array; `e` is followed through field selections that do not
//    dereference a pointer and through array indexing, down to the variable whose storage it is;
//  - uses of a variable inside a Function other than its owner (a closure capture);
//  - implicit and explicit conversions to an interface type of an operand that is the variable itself:
//    assignments and var declarations, call arguments (the `...` part of variadic calls included), returns,
//    composite literal elements, channel sends, map keys, mixed ==/!= comparisons, switch cases against an
//    interface tag, append elements, panic and assert arguments, conversions T(x), and Vo's dynamic access arguments;
//  - declarations of variables whose type flattens into more than kMaxFrameSlots slots.
//
// Worked example:
//     func f() func() int {
//         x := 1           // moved to heap: x  (captured)
//         y := 2           // stays: only copied
//         var t T; t.M()   // moved to heap: t  (M has a pointer receiver: t.M() is (&t).M())
//         fmt.Println(y)   // moved to heap: y  (converted to any by the call)
//         return func() int { return x }
//     }
//
// Rejected alternatives: deciding per use site (codegen would need to copy values in and out of boxes around
// each escaping use, and `&x` must alias every other use of x); running Go's full data-flow graph now (Go's
// escape.go: locations, flows with dereference counts, a walk from each root) — it is the planned replacement
// and the Function records are where its per-function graphs will hang, but it needs callee summaries for
// every stdlib native and is not required for correctness, only for fewer heap allocations.
//
// References: Go cmd/compile/internal/escape/escape.go (design and the -m wording), test/escape2.go (the
// `// ERROR "moved to heap: x$"` test convention used by test_data/escape/).
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

/// The decisions for one package.
struct Result {
  std::unordered_set<const types::Var*> heapVars;  ///< variables that live on the heap (boxed)
  std::vector<Explanation> explanations;           ///< sorted by position
  bool onHeap(const types::Var* v) const { return heapVars.count(v) != 0; }
};

/// Analyses the function bodies of one checked package.
Result analyze(const types::Package* pkg, std::span<const syntax::File* const> files, const types::Info& info);

}  // namespace vo::escape
