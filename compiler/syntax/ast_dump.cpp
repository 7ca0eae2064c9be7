// placeholder until the dumper lands
#include "compiler/syntax/ast_dump.h"
namespace vo::syntax {
void dumpAst(const File&, const SourceManager&, std::ostream&) {}
}  // namespace vo::syntax
