// The compilation pipeline's entry point: source files → checked packages → escape decisions → bytecode Module.
//
// Used by the driver (`vo run`, `vo compile`, `vo disasm`) and by tests. Everything the front end creates (ASTs,
// types, Infos) lives only during the call; the returned Module is self-contained (runtime-core/module.h).
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "escape/escape.h"
#include "runtime-core/module.h"

namespace vo::codegen {

/// Compiles one program. `paths` is a directory (its .go/.vo files except _test.go, as `go run DIR`) or one or
/// more source files of package main. Parses, type-checks (standard library imports through
/// types::StdlibImporter), runs escape analysis per package and generates bytecode. Every error (syntax, type,
/// unsupported construct such as goroutines) goes to `diags` as `file:line:col: message`; returns nullptr when
/// there was any error (including "cannot read file"). The Module is not verified here.
std::unique_ptr<rt::Module> compileProgram(const std::vector<std::string>& paths, SourceManager& sources,
                                           DiagnosticEngine& diags);

/// What compileProgramWith may do beyond compileProgram (tests and fuzzing).
struct CompileOptions {
  bool anyPackage = false;    ///< accept a package not named main (no entry call of main.main then)
  bool allFunctions = false;  ///< generate every function and method of every package, reachable or not
  /// Inline calls of small leaf functions (codegen/gen_inline.cpp); the environment variable VO_INLINE=off turns
  /// it off too (benchmarks). Tests of exact bytecode switch it off.
  bool inlining = true;
  /// Edits a package's escape decisions after the analysis (tests of frame placement: decisions the analysis
  /// would make, forced onto chosen variables and sites). Called once per package, in import order, main last.
  std::function<void(const types::Package& pkg, std::span<const syntax::File* const> files, const types::Info& info,
                     escape::Result& result)>
      adjustEscape;
};

/// compileProgram with options.
std::unique_ptr<rt::Module> compileProgramWith(const std::vector<std::string>& paths, SourceManager& sources,
                                               DiagnosticEngine& diags, const CompileOptions& options);

/// The same for sources already in memory: `files` are (path, contents) pairs of package main (tests).
std::unique_ptr<rt::Module> compileSources(const std::vector<std::pair<std::string, std::string>>& files,
                                           SourceManager& sources, DiagnosticEngine& diags);
/// compileSources with options.
std::unique_ptr<rt::Module> compileSourcesWith(const std::vector<std::pair<std::string, std::string>>& files,
                                               SourceManager& sources, DiagnosticEngine& diags,
                                               const CompileOptions& options);

}  // namespace vo::codegen
