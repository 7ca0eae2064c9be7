// Operands: printing, assignability, untyped conversion (types2 operand.go, assignments.go). Placeholder.
#include "compiler/types/checker_impl.h"

namespace vo::types {

std::string Checker::operandString(const Operand&) const { return ""; }
bool Checker::assignableTo(Operand&, Type*, std::string&) { return false; }
void Checker::assignment(Operand& x, Type*, std::string_view) { x.mode = OperandMode::Invalid; }
void Checker::convertUntyped(Operand&, Type*) {}
void Checker::updateExprType(const syntax::Expr*, Type*, bool) {}
void Checker::representable(Operand&, Basic*) {}

}  // namespace vo::types
