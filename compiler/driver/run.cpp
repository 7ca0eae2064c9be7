// `vo run`: loadProgram (program.h) then the interpreter (vm/), with the stdlib natives bound by name.
#include "compiler/driver/run.h"

#include "compiler/driver/build_cache.h"
#include "compiler/driver/program.h"
#include "runtime-core/native.h"
#include "runtime-core/verify.h"
#include "stdlib/natives.h"
#include "vm/interpreter.h"

namespace vo::driver {

namespace {

// The heap statistics when the entry called kInitDoneNative (main.main about to start) during the current run;
// `vo run` runs one program per process, tests run them one after another.
rt::GcStats initDoneStats;
bool initDoneSeen = false;

void initDoneNative(rt::NativeContext&, uint64_t*) {
  initDoneStats = rt::gcStats();
  initDoneSeen = true;
}

}  // namespace

bool insertInitDoneCall(rt::Module& module) {
  if (module.entry >= module.funcs.size()) return false;
  const rt::FuncInfo& entry = module.funcs[module.entry];
  size_t mainCall = entry.code.size();
  for (size_t pc = 0; pc < entry.code.size(); ++pc) {
    const rt::Instr& in = entry.code[pc];
    if (in.op == rt::Opcode::Ret) continue;
    if (in.op != rt::Opcode::Call) return false;
    if (in.d >= 0 && static_cast<size_t>(in.d) < module.funcs.size() && module.funcs[in.d].name == "main.main")
      mainCall = pc;
  }
  if (mainCall == entry.code.size()) return false;
  rt::FuncInfo native;
  native.name = std::string(kInitDoneNative);
  native.file = entry.file;
  native.flags = rt::kFuncNative | rt::kFuncHidden;
  const auto index = static_cast<int32_t>(module.funcs.size());
  module.funcs.push_back(std::move(native));
  rt::FuncInfo& e = module.funcs[module.entry];  // push_back may have moved it
  rt::Instr call;
  call.op = rt::Opcode::Call;
  call.d = index;
  e.code.insert(e.code.begin() + static_cast<std::ptrdiff_t>(mainCall), call);
  for (rt::LineEntry& l : e.lines)
    if (l.pc > mainCall) ++l.pc;
  return true;
}

int runRun(const RunCommandOptions& options, std::ostream& err) {
  if (options.mode != "vm") {
    err << "vo run: unknown mode " << options.mode << " (available: vm)\n";
    return 2;
  }
  Program program = loadProgramCached(options.path, buildCacheDir(), err);
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
  if (options.stats && insertInitDoneCall(*program.module)) {
    std::string error;
    if (!rt::verifyModule(*program.module, error)) {
      err << "vo run: internal error: --stats made the entry invalid:\n" << error << '\n' << std::flush;
      return 2;
    }
    run.resolveNative = [](std::string_view name) {
      return name == kInitDoneNative ? &initDoneNative : stdlib::findNative(name);
    };
  }
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
  initDoneSeen = false;
  const rt::GcStats start = rt::gcStats();
  const int status = vm::runModule(*program.module, run);
  if (options.stats) {
    const rt::GcStats end = rt::gcStats();
    // main.main never started (a panic or os.Exit during initialisation): everything was initialisation.
    err << statsLine(start, initDoneSeen ? initDoneStats : end, end) << std::flush;
  }
  return status;
}

std::string statsLine(const rt::GcStats& start, const rt::GcStats& initDone, const rt::GcStats& end) {
  return "vo: stats: " + std::to_string(end.allocCount - initDone.allocCount) + " heap allocations (" +
         std::to_string(end.allocBytes - initDone.allocBytes) + " bytes) after init, " +
         std::to_string(initDone.allocCount - start.allocCount) + " (" +
         std::to_string(initDone.allocBytes - start.allocBytes) + " bytes) in package init, " +
         std::to_string(end.collections - start.collections) + " GC cycles\n";
}

}  // namespace vo::driver
