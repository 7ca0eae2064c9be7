// `vo run`: load a program (sources compiled, or a .voc file) and execute it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "runtime-core/runtime.h"

namespace vo::driver {

/// Options of `vo run [--mode=vm] FILE|DIR|FILE.voc [args...]`.
struct RunCommandOptions {
  std::string path;               ///< FILE (.go, .vo or .voc) or DIR
  std::vector<std::string> args;  ///< the program's arguments (os.Args[1:])
  std::string mode = "vm";        ///< executor; only "vm" exists so far
  /// `--stats`: after the run, one line on `err` with the GC heap's work during it (runtime-core/runtime.h
  /// GcStats, counted from the start of the run: package initialisation included, compilation not):
  /// `vo: stats: N heap allocations (B bytes), C GC cycles`.
  bool stats = false;
};

/// Runs the program and returns the process exit status as `go run` would: 1 when it does not compile (the
/// diagnostics are printed to `err`) or cannot be loaded (one line on `err`), otherwise the program's status
/// (0; 2 after a panic or fatal error, with Go's message and trace on standard error; n after os.Exit(n)).
int runRun(const RunCommandOptions& options, std::ostream& err);

/// The `--stats` line for the heap work between two GcStats snapshots (runtime-core/runtime.h), newline included.
std::string statsLine(const rt::GcStats& before, const rt::GcStats& after);

}  // namespace vo::driver
