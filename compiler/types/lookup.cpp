// Field and method lookup, method sets, implements (types2 lookup.go, methodset.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

Object* Checker::lookupFieldOrMethod(Type*, bool, Package*, std::string_view, std::vector<int>&, bool&, bool&) {
  return nullptr;
}
Func* Checker::missingMethod(Type*, Interface*, bool, Func*&, bool&) { return nullptr; }
bool Checker::implements(Type*, Type*, std::string&) { return false; }

}  // namespace vo::types
