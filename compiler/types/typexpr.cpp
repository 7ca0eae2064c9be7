// Type expressions (types2 typexpr.go, struct.go, interface.go, signature.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

Type* Checker::typ(const syntax::Expr*) { return invalidType(); }
Type* Checker::definedType(const syntax::Expr*, Named*) { return invalidType(); }
Type* Checker::varType(const syntax::Expr*) { return invalidType(); }
Signature* Checker::funcType(Var*, const syntax::FuncType*, Scope*, bool) { return nullptr; }
Struct* Checker::structType(const syntax::StructType*) { return nullptr; }
Interface* Checker::interfaceType(const syntax::InterfaceType*, Named*) { return nullptr; }
void Checker::completeInterface(Pos, Interface*) {}
int64_t Checker::arrayLength(const syntax::Expr*) { return -1; }

}  // namespace vo::types
