// `vo run`: load a program (sources compiled, or a .voc file) and execute it.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "runtime-core/module.h"
#include "runtime-core/runtime.h"

namespace vo::driver {

/// Options of `vo run [--mode=vm] FILE|DIR|FILE.voc [args...]`.
struct RunCommandOptions {
  std::string path;               ///< FILE (.go, .vo or .voc) or DIR
  std::vector<std::string> args;  ///< the program's arguments (os.Args[1:])
  std::string mode = "vm";        ///< executor; only "vm" exists so far
  /// `--stats`: after the run, one line on `err` with the GC heap's work (runtime-core/runtime.h GcStats; compilation
  /// not counted), the program's own (from main.main's start to the end of the run, every goroutine) apart from
  /// package initialisation's (statsLine): `vo: stats: N heap allocations (B bytes) after init, M (C bytes) in
  /// package init, G GC cycles`.
  bool stats = false;
};

/// Runs the program and returns the process exit status as `go run` would: 1 when it does not compile (the
/// diagnostics are printed to `err`) or cannot be loaded (one line on `err`), otherwise the program's status
/// (0; 2 after a panic or fatal error, with Go's message and trace on standard error; n after os.Exit(n)).
int runRun(const RunCommandOptions& options, std::ostream& err);

/// The `--stats` line, newline included, from three GcStats snapshots (runtime-core/runtime.h) taken in this order:
/// `start` before package initialisation, `initDone` when main.main is about to start, `end` after the run:
/// `vo: stats: N heap allocations (B bytes) after init, M (C bytes) in package init, G GC cycles` where N and B
/// count initDone → end, M and C start → initDone, and G the collections of the whole run.
std::string statsLine(const rt::GcStats& start, const rt::GcStats& initDone, const rt::GcStats& end);

/// The registry name of the hidden native insertInitDoneCall adds: no Go or Vo function can have it (a closure of
/// the synthesized `vo.entry` would be `vo.entry.func1`).
inline constexpr std::string_view kInitDoneNative = "vo.entry.initDone";

/// For `--stats`: makes package initialisation's end observable without any executor support. Appends to
/// `module` a hidden native function named kInitDoneNative (no params, no results, no slots) and inserts a call
/// of it into the entry (Module::entry: calls of the package initialisers, then of main.main, then ret) just
/// before the call of main.main, shifting the entry's line table. The caller binds the native and verifies the
/// module again. Returns false and leaves `module` unchanged when the entry is not of that shape (an instruction
/// other than call/ret, or no call of a function named `main.main`).
bool insertInitDoneCall(rt::Module& module);

}  // namespace vo::driver
