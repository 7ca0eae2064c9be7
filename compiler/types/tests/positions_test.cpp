// Where errors are reported (columns, which the `// ERROR` programs cannot pin): small function bodies checked as
// a package, their diagnostics compared as gc prints them, `p.go:line:col: message`.
#include <gtest/gtest.h>

#include "compiler/types/tests/no_imports.h"

#include <sstream>

#include "compiler/syntax/parser.h"
#include "compiler/types/checker_impl.h"

namespace vo::types {
namespace {

// The diagnostics of `program` (package p, one file p.go), printed one per line.
std::string diagnosticsOf(std::string_view program) {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  CheckContext ctx;
  Info info;
  NoImports importer;
  FileId id = sources.addFile("p.go", std::string(program));
  const syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
  if (!f || diags.hasErrors()) return "parse failed";
  std::vector<const syntax::File*> files{f};
  checkPackage(ctx, importer, "p", files, diags, info);
  std::ostringstream out;
  diags.print(out);
  return out.str();
}

TEST(PositionsTest, NoNewVariablesIsReportedAtTheDefineOperator) {
  EXPECT_EQ(diagnosticsOf("package p\n\nfunc f() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n"),
            "p.go:5:4: no new variables on left side of :=\n");
}

TEST(PositionsTest, PreviousCaseIsWhereGcsSyntaxTreePutsTheValue) {
  // a call at its `(`, a binary expression at its operator (types2 operand.Pos, not the start)
  EXPECT_EQ(diagnosticsOf("package p\n\nfunc f(x int64) {\n\tswitch x {\n\tcase int64(1):\n\tcase 1:\n"
                          "\tcase 1 + 1:\n\tcase 2:\n\t}\n}\n"),
            "p.go:6:7: duplicate case 1 (constant of type int64) in expression switch\n\tp.go:5:12: previous case\n"
            "p.go:8:7: duplicate case 2 (constant of type int64) in expression switch\n\tp.go:7:9: previous case\n");
}

TEST(PositionsTest, KeyValueElementsAreReportedAtTheirColon) {
  EXPECT_EQ(diagnosticsOf("package p\n\ntype S struct{ X, Y int }\n\nvar x = 1\nvar a1 = S{0, X: 1}\n"
                          "var a2 = S{Y: 3, X: 2, Y: 3}\nvar a3 = []byte{x: 2}\nvar a4 = []int{1: 1, 1: 2}\n"
                          "var a5 = S{S.X: 1}\n"),
            "p.go:6:16: mixture of field:value and value elements in struct literal\n"
            "p.go:7:25: duplicate field name Y in struct literal\n"
            "p.go:8:18: index x must be integer constant\n"
            "p.go:9:23: duplicate index 1 in array or slice literal\n"
            "p.go:10:15: invalid field name S.X in struct literal\n");
}

}  // namespace
}  // namespace vo::types
