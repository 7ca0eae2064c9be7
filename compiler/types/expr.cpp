// Expressions (types2 expr.go, index.go, conversions.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::expr(Operand& x, const syntax::Expr* e, Type*) {
  x.mode = OperandMode::Invalid;
  x.expr = e;
}
void Checker::multiExpr(Operand& x, const syntax::Expr* e) { expr(x, e); }
void Checker::exprOrType(Operand& x, const syntax::Expr* e) { expr(x, e); }
void Checker::rawExpr(Operand& x, const syntax::Expr* e, Type*, bool) { expr(x, e); }
void Checker::unary(Operand& x, const syntax::UnaryExpr*) { x.mode = OperandMode::Invalid; }
void Checker::binary(Operand& x, const syntax::Expr*, const syntax::Expr*, const syntax::Expr*, syntax::TokenKind,
                     Pos) {
  x.mode = OperandMode::Invalid;
}
void Checker::conversion(Operand& x, Type*) { x.mode = OperandMode::Invalid; }
void Checker::compositeLit(Operand& x, const syntax::CompositeLit*, Type*) { x.mode = OperandMode::Invalid; }
void Checker::indexExpr(Operand& x, const syntax::IndexExpr*) { x.mode = OperandMode::Invalid; }
void Checker::sliceExpr(Operand& x, const syntax::SliceExpr*) { x.mode = OperandMode::Invalid; }
void Checker::typeAssertion(Operand& x, const syntax::TypeAssertExpr*) { x.mode = OperandMode::Invalid; }
void Checker::funcLit(Operand& x, const syntax::FuncLit*) { x.mode = OperandMode::Invalid; }
void Checker::ident(Operand& x, const syntax::Ident*, bool) { x.mode = OperandMode::Invalid; }

}  // namespace vo::types
