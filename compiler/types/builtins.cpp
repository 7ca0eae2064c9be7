// Built-in functions, including Vo's assert (types2 builtins.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::builtin(Operand& x, const syntax::CallExpr*, BuiltinId) { x.mode = OperandMode::Invalid; }

}  // namespace vo::types
