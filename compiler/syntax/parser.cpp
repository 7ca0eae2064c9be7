// placeholder until the parser lands
#include "compiler/syntax/parser.h"
namespace vo::syntax {
File* parseFile(AstContext&, const SourceManager&, FileId, DiagnosticEngine&, DialectKind, const ParseLimits&) {
  return nullptr;
}
}  // namespace vo::syntax
