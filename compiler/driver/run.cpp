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
  // .vo programs wait for every goroutine; .go programs end when main.main returns. The file of main.main decides
  // (so a .voc file or a directory behaves as its source).
  auto isVo = [](const std::string& p) { return p.size() >= 3 && p.compare(p.size() - 3, 3, ".vo") == 0; };
  const rt::Module& mod = *program.module;
  run.waitForAll = isVo(options.path);
  for (const rt::FuncInfo& fi : mod.funcs) {
    if (fi.name == "main.main") {
      run.waitForAll = fi.file < mod.files.size() && isVo(mod.files[fi.file]);
      break;
    }
  }
  const rt::GcStats before = rt::gcStats();
  const int status = vm::runModule(*program.module, run);
  if (options.stats) err << statsLine(before, rt::gcStats()) << std::flush;
  return status;
}

std::string statsLine(const rt::GcStats& before, const rt::GcStats& after) {
  return "vo: stats: " + std::to_string(after.allocCount - before.allocCount) + " heap allocations (" +
         std::to_string(after.allocBytes - before.allocBytes) + " bytes), " +
         std::to_string(after.collections - before.collections) + " GC cycles\n";
}

}  // namespace vo::driver
