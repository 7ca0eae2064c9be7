// `vo run`: loadProgram (program.h) then the interpreter (vm/), with the stdlib natives bound by name.
#include "compiler/driver/run.h"

#include "compiler/driver/program.h"
#include "stdlib/natives.h"
#include "vm/interpreter.h"

namespace vo::driver {

int runRun(const RunCommandOptions& options, std::ostream& err) {
  if (options.mode != "vm") {
    err << "vo run: unknown mode " << options.mode << " (available: vm)\n";
    return 2;
  }
  Program program = loadProgram(options.path, err);
  if (program.outcome.kind != OutcomeKind::Success) {
    if (program.outcome.kind == OutcomeKind::Failure) err << program.outcome.message << '\n';
    err.flush();
    return exitStatus(program.outcome);
  }
  err.flush();
  vm::RunOptions run;
  run.args.reserve(options.args.size() + 1);
  run.args.push_back(options.path);
  run.args.insert(run.args.end(), options.args.begin(), options.args.end());
  run.resolveNative = [](std::string_view name) { return stdlib::findNative(name); };
  run.resolveNativeVar = [](std::string_view name) { return stdlib::findNativeVar(name); };
  // .vo programs wait for every goroutine; .go programs end when main.main returns.
  const std::string& path = options.path;
  run.waitForAll = path.size() >= 3 && path.compare(path.size() - 3, 3, ".vo") == 0;
  return vm::runModule(*program.module, run);
}

}  // namespace vo::driver
