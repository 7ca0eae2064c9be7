// Statements (types2 stmt.go, assignments.go, labels.go, return.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::stmtList(std::span<syntax::Stmt* const>) {}
void Checker::stmt(const syntax::Stmt*) {}
void Checker::assignStmt(const syntax::AssignStmt*) {}
void Checker::shortVarDecl(const syntax::AssignStmt*) {}
void Checker::rangeStmt(const syntax::RangeStmt*) {}
void Checker::switchStmt(const syntax::SwitchStmt*) {}
void Checker::typeSwitchStmt(const syntax::TypeSwitchStmt*) {}
void Checker::selectStmt(const syntax::SelectStmt*) {}
void Checker::returnStmt(const syntax::ReturnStmt*) {}
void Checker::labels(const syntax::BlockStmt*) {}
bool Checker::isTerminating(const syntax::Stmt*, std::string_view) { return false; }
void Checker::usage(Scope*) {}

}  // namespace vo::types
