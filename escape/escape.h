// Escape analysis: decides for every local variable whether it lives in the frame (registers in the VM, the native
// stack later) or on the heap, and explains the decisions for `vo check -m` in Go's words.
//
// This is the interface the full analysis (Go's cmd/compile/internal/escape) will implement; for now the
// implementation is the conservative per-variable rule (escape.cpp): a variable goes to the heap when its address
// is taken (`&x`, a pointer-receiver method call or field address on it, slicing it when it is an array), when a
// closure captures it, or when it is converted to an interface; every other variable, struct and array included,
// lives in the frame. Values too large to flatten into registers (more than kMaxFrameSlots slots) go to the heap
// as well.
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
