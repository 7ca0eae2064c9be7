// vo-codegen-run FILE|DIR [args...]: compile, verify and run a program on the VM (a development aid for the code
// generator until `vo run` is the way; prints verifier errors with the function listing).
#include <iostream>

#include "compiler/codegen/tests/codegen_test_util.h"
#include "runtime-core/verify.h"
#include "stdlib/natives.h"
#include "vm/interpreter.h"

int main(int argc, char** argv) {
  using namespace vo;
  if (argc < 2) return 1;
  SourceManager sources;
  DiagnosticEngine diags(sources);
  codegen::CompileOptions copts;
  copts.anyPackage = copts.allFunctions = getenv("VO_ALLFUNCS") != nullptr;
  auto mod = codegen::compileProgramWith({argv[1]}, sources, diags, copts);
  diags.print(std::cerr);
  if (!mod) return 1;
  auto errors = rt::verifyModuleErrors(*mod);
  if (!errors.empty()) {
    for (const std::string& e : errors) std::cerr << "verify: " << e << "\n";
    if (getenv("VO_DUMP")) std::cerr << codegen::testing::listing(*mod);
    return 3;
  }
  if (getenv("VO_DUMP")) std::cerr << codegen::testing::listing(*mod);
  if (getenv("VO_NORUN")) return 0;
  vm::RunOptions opts;
  opts.args.assign(argv + 1, argv + argc);
  opts.resolveNative = [](std::string_view n) { return stdlib::findNative(n); };
  opts.resolveNativeVar = [](std::string_view n) { return stdlib::findNativeVar(n); };
  return vm::runModule(*mod, opts);
}
