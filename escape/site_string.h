// How an allocation site is named in `-m` messages (`&T{...} escapes to heap`, `func literal does not escape`,
// `... argument does not escape`): expressions as Go 1.19's ir/fmt.go prints them (expr_string.h's goExprString).
#pragma once

#include <string>

#include "compiler/syntax/ast.h"
#include "compiler/types/check.h"
#include "escape/graph.h"

namespace vo::escape {

/// The text Go prints for the allocation site `n` of kind `site` in package `pkg` (types of `pkg` unqualified).
std::string siteString(const syntax::Node* n, SiteKind site, const types::Info& info, const types::Package* pkg);

}  // namespace vo::escape
