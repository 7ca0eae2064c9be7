// libFuzzer target for the front end: runs the lexer and the parser (and the AST dump and diagnostic printing)
// over arbitrary bytes, as a `.go` and as a `.vo` file, and type-checks every input that parses without errors
// (with the standard-library importer, as `vo check` does). Built only with VO_FUZZ=ON (scripts/fuzz).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <streambuf>
#include <string>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/ast_dump.h"
#include "compiler/syntax/lexer.h"
#include "compiler/syntax/parser.h"
#include "compiler/syntax/token.h"
#include "compiler/types/check.h"

namespace {

// A stream buffer that accepts and discards everything, so that formatting code runs in full.
class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

// Lexes the whole file. Every token but an inserted semicolon consumes at least one byte, so more than
// 2 * size + 16 tokens before Eof means the lexer stopped making progress: that is a bug, reported as a crash.
void lexAll(const vo::SourceManager& sources, vo::FileId file, vo::syntax::DialectKind dialect, size_t size) {
  vo::DiagnosticEngine diags(sources);
  vo::syntax::Lexer lexer(sources, file, diags, dialect);
  const size_t limit = 2 * size + 16;
  for (size_t count = 0; lexer.next().kind != vo::syntax::TokenKind::Eof; ++count) {
    if (count > limit) {
      std::fprintf(stderr, "lexer made no progress: more than %zu tokens from %zu bytes\n", limit, size);
      std::abort();
    }
  }
}

// Parses the file and dumps its AST; when the parser reported no error, type-checks it as a package of its own
// (so that checker crashes on well-formed input are found), then prints every diagnostic.
void parseDumpAndCheck(vo::SourceManager& sources, vo::FileId file, vo::syntax::DialectKind dialect,
                       std::ostream& sink) {
  vo::DiagnosticEngine diags(sources);
  vo::syntax::AstContext ctx;
  vo::syntax::File* ast = vo::syntax::parseFile(ctx, sources, file, diags, dialect);
  if (ast != nullptr) vo::syntax::dumpAst(*ast, sources, sink);
  if (ast != nullptr && !diags.hasErrors()) {
    vo::types::CheckContext checkContext;
    vo::types::StdlibImporter importer(checkContext, sources, diags);
    vo::types::Info info;
    const vo::syntax::File* files[] = {ast};
    vo::types::checkPackage(checkContext, importer, std::string(ast->packageName->name), files, diags, info);
  }
  diags.print(sink);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static NullBuffer nullBuffer;
  static std::ostream sink(&nullBuffer);
  const std::string text(reinterpret_cast<const char*>(data), size);
  vo::SourceManager sources;
  const vo::FileId goFile = sources.addFile("fuzz.go", text);
  const vo::FileId voFile = sources.addFile("fuzz.vo", text);
  lexAll(sources, goFile, vo::syntax::DialectKind::Go, size);
  lexAll(sources, voFile, vo::syntax::DialectKind::Vo, size);
  parseDumpAndCheck(sources, goFile, vo::syntax::DialectKind::Go, sink);
  parseDumpAndCheck(sources, voFile, vo::syntax::DialectKind::Vo, sink);
  return 0;
}
