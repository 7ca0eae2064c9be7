// Declarations, cycles and initialisation order (types2 decl.go, initorder.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::objDecl(Object*) {}
void Checker::constDecl(Const*, const syntax::Expr*, const syntax::Expr*) {}
void Checker::varDecl(Var*, std::span<Var* const>, const syntax::Expr*, const syntax::Expr*) {}
void Checker::typeDecl(TypeName*, const syntax::TypeSpec*) {}
void Checker::funcDecl(Func*, const DeclInfo&) {}
void Checker::declStmt(const syntax::GenDecl*) {}
void Checker::funcBody(const std::string&, Signature*, const syntax::BlockStmt*, Func*, bool) {}
void Checker::initOrder() {}

}  // namespace vo::types
