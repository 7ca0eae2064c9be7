// Facts about function bodies the generator needs besides escape analysis (analysis.cpp).
#pragma once

#include <functional>
#include <span>
#include <unordered_set>
#include <vector>

#include "compiler/codegen/gen.h"

namespace vo::codegen {

/// Calls `f` on every direct child node of `n` (expressions and statements; type expressions are skipped).
void forEachChild(const sx::Node* n, const std::function<void(const sx::Node*)>& f);

/// The local variables declared outside `lit` and used inside it (in first-use order): the captures.
std::vector<const types::Var*> freeVars(const sx::FuncLit* lit, const types::Info& info);

/// Removes named results from `byValue`: every `return x` assigns them (Go's Assigned), so a closure capturing one
/// (a deferred closure reading the result after the return) must share it. A guard on the analysis' decisions.
void dropResultsCapturedByValue(std::span<const sx::File* const> files, const types::Info& info,
                                std::unordered_set<const types::Var*>& byValue);

/// Adds to `heap` the variables whose address the generated code needs: captured by a function literal (except
/// those in `byValue`: the closure gets a copy), operand of `&`, receiver of a pointer method, sliced arrays, and
/// arrays indexed dynamically twice.
void computeAddressedVars(std::span<const sx::File* const> files, const types::Info& info,
                          const std::unordered_set<const types::Var*>& byValue,
                          std::unordered_set<const types::Var*>& heap);

}  // namespace vo::codegen
