// A pre-order visit of every node under an AST node (the escape analysis' pre-scans: captured variables, looping
// labels, the call graph's references). Type expressions are visited too; callers filter by kind.
#pragma once

#include <functional>

#include "compiler/syntax/ast.h"

namespace vo::escape {

/// Calls `f(n)` for `root` and every node below it in source order. When `f` returns false the node's children
/// are skipped.
void visitNodes(const syntax::Node* root, const std::function<bool(const syntax::Node*)>& f);

}  // namespace vo::escape
