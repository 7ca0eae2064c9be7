// Calls, arguments and selectors (types2 call.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::callExpr(Operand& x, const syntax::CallExpr*) { x.mode = OperandMode::Invalid; }
void Checker::selector(Operand& x, const syntax::SelectorExpr*) { x.mode = OperandMode::Invalid; }

}  // namespace vo::types
