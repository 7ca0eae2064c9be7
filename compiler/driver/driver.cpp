// The `vo` subcommands: resolving FILE|DIR arguments, `vo check` and `vo version`.
#include "compiler/driver/driver.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "compiler/basic/diagnostics.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/ast_dump.h"
#include "compiler/syntax/parser.h"
#include "compiler/syntax/token.h"
#include "compiler/types/check.h"
#include "escape/escape.h"

#ifndef VO_VERSION
#define VO_VERSION "devel"
#endif

namespace vo::driver {

namespace fs = std::filesystem;

namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isSourceName(std::string_view name) { return endsWith(name, ".go") || endsWith(name, ".vo"); }

std::string baseName(const std::string& path) { return fs::path(path).filename().string(); }

}  // namespace

int exitStatus(const Outcome& outcome) {
  switch (outcome.kind) {
    case OutcomeKind::Success:
      return 0;
    case OutcomeKind::CompileErrors:
    case OutcomeKind::Failure:
      return 1;
  }
  return 1;
}

SourceList listSourceFiles(const std::string& arg) {
  SourceList list;
  std::error_code ec;
  if (!fs::is_directory(arg, ec)) {
    if (!isSourceName(arg)) {
      list.error = "named files must be .go or .vo files: " + arg;
      return list;
    }
    list.paths.push_back(arg);
    return list;
  }
  std::vector<std::string> names;
  fs::directory_iterator it(arg, ec);
  if (ec) {
    list.error = "open " + arg + ": " + ec.message();
    return list;
  }
  for (const fs::directory_entry& entry : it) {
    std::string name = entry.path().filename().string();
    if (!isSourceName(name) || endsWith(name, "_test.go")) continue;
    std::error_code fileEc;
    if (!entry.is_regular_file(fileEc)) continue;
    names.push_back(std::move(name));
  }
  if (names.empty()) {
    list.error = "no Go or Vo files in " + arg;
    return list;
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) list.paths.push_back((fs::path(arg) / name).string());
  return list;
}

Outcome runCheck(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  SourceList list = listSourceFiles(options.path);
  if (!list.error.empty()) return Outcome::failure(list.error);

  SourceManager sources;
  DiagnosticEngine diags(sources);
  syntax::AstContext ast;
  std::vector<const syntax::File*> files;
  std::vector<std::string> filePaths;
  for (const std::string& path : list.paths) {
    std::string error;
    std::optional<FileId> id = sources.loadFile(path, error);
    if (!id) return Outcome::failure(error);
    const syntax::File* file = syntax::parseFile(ast, sources, *id, diags, syntax::dialectOfPath(path));
    if (file == nullptr) continue;
    files.push_back(file);
    filePaths.push_back(path);
  }

  // One package per directory, as go/build requires; it reports the first file that disagrees.
  for (size_t i = 1; i < files.size(); ++i) {
    const syntax::Ident* first = files[0]->packageName;
    const syntax::Ident* other = files[i]->packageName;
    if (first == nullptr || other == nullptr || first->name == other->name) continue;
    return Outcome::failure("found packages " + std::string(first->name) + " (" + baseName(filePaths[0]) + ") and " +
                            std::string(other->name) + " (" + baseName(filePaths[i]) + ") in " + options.path);
  }

  if (options.dumpAst) {
    for (size_t i = 0; i < files.size(); ++i) {
      if (list.paths.size() > 1) out << "# " << filePaths[i] << '\n';
      syntax::dumpAst(*files[i], sources, out);
    }
  }
  if (options.typeCheck && !diags.hasErrors() && !files.empty()) {
    types::CheckContext checkContext;
    types::StdlibImporter importer(checkContext, sources, diags);
    types::Info info;
    types::Package* pkg =
        types::checkPackage(checkContext, importer, std::string(files[0]->packageName->name), files, diags, info);
    if (options.explainEscapes && !diags.hasErrors()) {
      diags.print(err);
      // The imported packages are analysed first (dependency order) for their summaries; only the checked
      // package's decisions are printed.
      escape::Summaries summaries;
      escape::summarizeImports(importer, summaries);
      for (const escape::Explanation& e : escape::analyze(pkg, files, info, &summaries).explanations)
        err << sources.describe(e.pos) << ": " << e.message << '\n';
      return Outcome::success();
    }
  }
  diags.print(err);
  return diags.hasErrors() ? Outcome::compileErrors() : Outcome::success();
}

std::string versionLine() {
#if defined(__linux__)
  const char* os = "linux";
#elif defined(__APPLE__)
  const char* os = "darwin";
#else
  const char* os = "unknown";
#endif
#if defined(__x86_64__)
  const char* arch = "amd64";
#elif defined(__aarch64__)
  const char* arch = "arm64";
#else
  const char* arch = "unknown";
#endif
  return std::string("vo version ") + VO_VERSION + " " + os + "/" + arch;
}

}  // namespace vo::driver
