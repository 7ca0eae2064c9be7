// Loading programs as verified bytecode, `vo compile` and `vo disasm` (program.h).
#include "compiler/driver/program.h"

#include <filesystem>
#include <sstream>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/codegen/compile.h"
#include "compiler/driver/build_cache.h"
#include "runtime-core/disasm.h"
#include "runtime-core/serialize.h"
#include "runtime-core/verify.h"

namespace vo::driver {

namespace fs = std::filesystem;

namespace {

std::string joinLines(const std::vector<std::string>& lines) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) s += (i ? "\n" : "") + lines[i];
  return s;
}

// Compiles the files of `list` without verifying; diagnostics go to `err`.
Program compileFiles(const SourceList& list, std::ostream& err) {
  Program p;
  // Unreadable files get the driver's own message (`open x.go: no such file or directory`, as vo check says).
  for (const std::string& file : list.paths) {
    SourceManager probe;
    std::string error;
    if (!probe.loadFile(file, error)) {
      p.outcome = Outcome::failure(error);
      return p;
    }
  }
  SourceManager sources;
  DiagnosticEngine diags(sources);
  p.module = codegen::compileProgram(list.paths, sources, diags);
  diags.print(err);
  if (p.module == nullptr || diags.hasErrors()) {
    p.module.reset();
    p.outcome = Outcome::compileErrors();
  }
  return p;
}

// Compiles sources without verifying; diagnostics go to `err`.
Program compileUnverified(const std::string& path, std::ostream& err) {
  SourceList list = listSourceFiles(path);
  if (!list.error.empty()) {
    Program p;
    p.outcome = Outcome::failure(list.error);
    return p;
  }
  return compileFiles(list, err);
}

// A verified module for `p`, or a Failure naming the verifier's complaints (a compiler bug).
void verifyCompiled(Program& p) {
  std::vector<std::string> errors = rt::verifyModuleErrors(*p.module);
  if (!errors.empty()) {
    p.module.reset();
    p.outcome = Outcome::failure("internal compiler error: invalid bytecode:\n" + joinLines(errors));
  }
}

}  // namespace

bool isBytecodePath(std::string_view path) { return path.size() >= 4 && path.substr(path.size() - 4) == ".voc"; }

Program loadProgram(const std::string& path, std::ostream& err) {
  Program p;
  if (isBytecodePath(path)) {
    std::string error;
    p.module = rt::loadModuleFile(path, error);
    if (p.module == nullptr) p.outcome = Outcome::failure(error);
    return p;
  }
  p = compileUnverified(path, err);
  if (p.module != nullptr) verifyCompiled(p);
  return p;
}

Program loadProgramCached(const std::string& path, const std::string& cacheDir, std::ostream& err) {
  if (cacheDir.empty() || isBytecodePath(path)) return loadProgram(path, err);
  SourceList list = listSourceFiles(path);
  if (!list.error.empty()) return loadProgram(path, err);
  const std::string key = buildCacheKey(list.paths);
  if (key.empty()) return loadProgram(path, err);  // an unreadable file: the compiler reports it
  if (std::optional<CachedProgram> hit = buildCacheGet(cacheDir, key)) {
    err << hit->diagnostics;
    Program p;
    p.module = std::move(hit->module);
    return p;
  }
  std::ostringstream diagnostics;
  Program p = compileFiles(list, diagnostics);
  err << diagnostics.str();
  if (p.module == nullptr) return p;
  verifyCompiled(p);
  if (p.module != nullptr) buildCachePut(cacheDir, key, *p.module, diagnostics.str());
  return p;
}

std::string defaultBytecodePath(const std::string& path) {
  fs::path p = fs::path(path).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();  // "dir/" → "dir"
  std::string base = p.filename().string();
  if (base.empty() || base == "." || base == "..") base = fs::current_path().filename().string();
  const size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0 && (base.substr(dot) == ".go" || base.substr(dot) == ".vo")) {
    base = base.substr(0, dot);
  }
  return base + ".voc";
}

Outcome runCompile(const CompileOptions& options, std::ostream& err) {
  if (isBytecodePath(options.path)) return Outcome::failure("named files must be .go or .vo files: " + options.path);
  Program p = loadProgram(options.path, err);
  if (p.module == nullptr) return p.outcome;
  const std::string output = options.output.empty() ? defaultBytecodePath(options.path) : options.output;
  std::string error;
  if (!rt::writeModuleFile(*p.module, output, error)) return Outcome::failure(error);
  return Outcome::success();
}

Outcome runDisasm(const std::string& path, std::ostream& out, std::ostream& err) {
  Program p;
  if (isBytecodePath(path)) {
    std::string error;
    p.module = rt::readModuleFile(path, error);
    if (p.module == nullptr) return Outcome::failure(error);
  } else {
    p = compileUnverified(path, err);
    if (p.module == nullptr) return p.outcome;
  }
  out << rt::disassembleModule(*p.module);
  std::vector<std::string> errors = rt::verifyModuleErrors(*p.module);
  if (!errors.empty()) {
    out.flush();
    return Outcome::failure((isBytecodePath(path) ? path + ": invalid bytecode:\n"
                                                  : std::string("internal compiler error: invalid bytecode:\n")) +
                            joinLines(errors));
  }
  return Outcome::success();
}

}  // namespace vo::driver
