// Collecting package-level objects and imports (types2 resolver.go). Placeholder until implemented.
#include "compiler/types/checker_impl.h"

namespace vo::types {

void Checker::collectObjects(std::span<const syntax::File* const>) {}
void Checker::packageObjects() {}
void Checker::unusedImports() {}

}  // namespace vo::types
