// The Vo extensions: `?`, `fail`, `errdefer`, `~>` (LANGUAGE.md). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::tryExpr(Operand& x, const syntax::TryExpr*) { x.mode = OperandMode::Invalid; }
void Checker::dynAccess(Operand& x, const syntax::DynAccessExpr*) { x.mode = OperandMode::Invalid; }
void Checker::failStmt(const syntax::FailStmt*) {}

}  // namespace vo::types
