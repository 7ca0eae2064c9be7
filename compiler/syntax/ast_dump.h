// Prints an AST as an indented tree, one node a line with its kind, position and attributes (`vo check --dump-ast`).
#pragma once

#include <ostream>

#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"

namespace vo::syntax {

/// Writes `file` as an indented tree to `out`: each node as `Kind line:col attrs`, children indented by two
/// spaces, absent optional children omitted. For debugging; the format is not stable.
void dumpAst(const File& file, const SourceManager& sources, std::ostream& out);

}  // namespace vo::syntax
