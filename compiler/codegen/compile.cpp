// compileProgram: parse → check → escape → generate (compile.h).
#include "compiler/codegen/compile.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <filesystem>

#include "compiler/codegen/gen.h"
#include "compiler/syntax/parser.h"

namespace vo::codegen {

namespace fs = std::filesystem;

namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// True when the checked package contains a dynamic access expression (every checked expression is in
/// info.types).
bool usesDynAccess(const types::Info& info) {
  for (const auto& [e, tv] : info.types)
    if (e && sx::isa<sx::DynAccessExpr>(e)) return true;
  return false;
}

std::unique_ptr<rt::Module> compileFiles(const std::vector<FileId>& ids, SourceManager& sources,
                                         DiagnosticEngine& diags, const CompileOptions& options = {}) {
  syntax::AstContext ast;
  std::vector<const syntax::File*> files;
  for (FileId id : ids) {
    const std::string& path = sources.path(id);
    if (const syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::dialectOfPath(path)))
      files.push_back(f);
  }
  if (diags.hasErrors() || files.empty()) return nullptr;
  for (size_t i = 1; i < files.size(); ++i) {
    if (files[i]->packageName->name != files[0]->packageName->name) {
      diags.error(files[i]->packageName->pos(),
                  "found packages " + std::string(files[0]->packageName->name) + " and " +
                      std::string(files[i]->packageName->name));
      return nullptr;
    }
  }
  types::CheckContext ctx;
  types::StdlibImporter importer(ctx, sources, diags);
  types::Info info;
  types::Package* mainPkg = types::checkPackage(ctx, importer, "main", files, diags, info);
  if (diags.hasErrors()) return nullptr;
  if (files[0]->packageName->name != "main" && !options.anyPackage) {
    diags.error(files[0]->packageName->pos(), "package " + std::string(files[0]->packageName->name) +
                                                  " is not a main package");
    return nullptr;
  }
  // The run-time error type lives in package runtime (Module::runtimeErrorType): load it even when the program
  // does not import it.
  {
    std::string err;
    importer.import("runtime", err);
    if (diags.hasErrors()) return nullptr;
  }
  // Vo's dynamic access `a~>x` calls package dyn's functions (gen_dyn.cpp): load it (and its imports) when the
  // program uses `~>` without importing dyn.
  if (usesDynAccess(info)) {
    std::string err;
    if (!importer.import("dyn", err)) {
      diags.error(Pos{}, "dynamic access (~>) needs package dyn: " + (err.empty() ? "not found" : err));
      return nullptr;
    }
    if (diags.hasErrors()) return nullptr;
  }
  std::vector<PkgInfo> pkgs;
  for (const auto& cp : importer.checkedPackages()) {
    PkgInfo p;
    p.pkg = cp.pkg;
    p.files = cp.files;
    p.info = cp.info;
    pkgs.push_back(std::move(p));
  }
  {
    PkgInfo p;
    p.pkg = mainPkg;
    p.files = files;
    p.info = &info;
    pkgs.push_back(std::move(p));
  }
  // Escape analysis in dependency order: each package's calls into its imports use their summaries.
  escape::Summaries summaries;
  for (PkgInfo& p : pkgs) {
    std::span<const syntax::File* const> fs(p.files.data(), p.files.size());
    p.esc = escape::analyze(p.pkg, fs, *p.info, &summaries);
  }
  auto mod = std::make_unique<rt::Module>();
  {
    Generator g(*mod, sources, diags, pkgs);
    g.allFunctions = options.allFunctions;
    const char* inl = std::getenv("VO_INLINE");
    g.inlining = options.inlining && !(inl && std::string_view(inl) == "off");
    if (options.adjustEscape)
      g.escapeHook = [&options](PkgInfo& p) {
        options.adjustEscape(*p.pkg, std::span<const syntax::File* const>(p.files.data(), p.files.size()), *p.info,
                             p.esc);
      };
    g.generate();
  }
  if (diags.hasErrors()) return nullptr;
  return mod;
}

}  // namespace

std::unique_ptr<rt::Module> compileProgram(const std::vector<std::string>& paths, SourceManager& sources,
                                           DiagnosticEngine& diags) {
  return compileProgramWith(paths, sources, diags, {});
}

std::unique_ptr<rt::Module> compileProgramWith(const std::vector<std::string>& paths, SourceManager& sources,
                                               DiagnosticEngine& diags, const CompileOptions& options) {
  std::vector<std::string> list;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> names;
      for (const auto& entry : fs::directory_iterator(p, ec)) {
        std::string name = entry.path().filename().string();
        if ((!endsWith(name, ".go") && !endsWith(name, ".vo")) || endsWith(name, "_test.go")) continue;
        if (!entry.is_regular_file(ec)) continue;
        names.push_back(name);
      }
      std::sort(names.begin(), names.end());
      if (names.empty()) {
        diags.error(Pos{}, "no Go or Vo files in " + p);
        return nullptr;
      }
      for (const std::string& n : names) list.push_back((fs::path(p) / n).string());
    } else {
      list.push_back(p);
    }
  }
  std::vector<FileId> ids;
  for (const std::string& path : list) {
    std::string error;
    std::optional<FileId> id = sources.loadFile(path, error);
    if (!id) {
      diags.error(Pos{}, error);
      return nullptr;
    }
    ids.push_back(*id);
  }
  return compileFiles(ids, sources, diags, options);
}

std::unique_ptr<rt::Module> compileSources(const std::vector<std::pair<std::string, std::string>>& files,
                                           SourceManager& sources, DiagnosticEngine& diags) {
  return compileSourcesWith(files, sources, diags, {});
}

std::unique_ptr<rt::Module> compileSourcesWith(const std::vector<std::pair<std::string, std::string>>& files,
                                               SourceManager& sources, DiagnosticEngine& diags,
                                               const CompileOptions& options) {
  std::vector<FileId> ids;
  for (const auto& [path, contents] : files) ids.push_back(sources.addFile(path, contents));
  return compileFiles(ids, sources, diags, options);
}

}  // namespace vo::codegen
