// Entry point of the `vo` command: declares the subcommands with CLI11, runs the chosen one, and turns its
// Outcome into the exit status. The command logic lives in driver.cpp.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string_view>

#include "compiler/driver/driver.h"
#include "compiler/driver/program.h"
#include "compiler/driver/run.h"

namespace {

// Go's commands exit with status 2 on a usage error (`go: unknown subcommand`).
constexpr int kUsageExitStatus = 2;

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"vo: a toolchain for the Vo language and for Go programs", "vo"};
  app.require_subcommand(1);

  vo::driver::CheckOptions check;
  CLI::App* checkCmd = app.add_subcommand("check", "parse and check a package: a .go or .vo FILE, or a DIR");
  checkCmd->add_flag("-m", check.explainEscapes, "print the escape analysis decisions (moved to heap: x)");
  checkCmd->add_flag("--dump-ast", check.dumpAst, "print the syntax tree of each file to standard output");
  bool syntaxOnly = false;
  checkCmd->add_flag("--syntax-only", syntaxOnly, "stop after parsing (no type checking)");
  checkCmd->add_option("path", check.path, "FILE (.go or .vo) or DIR")->required();

  vo::driver::CompileOptions compile;
  CLI::App* compileCmd = app.add_subcommand("compile", "compile a program to a bytecode file (.voc)");
  compileCmd->add_option("-o", compile.output, "output file (default: the FILE's or DIR's base name + .voc)");
  compileCmd->add_option("path", compile.path, "FILE (.go or .vo) or DIR")->required();

  std::string disasmPath;
  CLI::App* disasmCmd = app.add_subcommand("disasm", "print the bytecode of a program or of a .voc file");
  disasmCmd->add_option("path", disasmPath, "FILE (.go, .vo or .voc) or DIR")->required();

  vo::driver::RunCommandOptions run;
  CLI::App* runCmd = app.add_subcommand("run", "run a program: FILE (.go, .vo or .voc) or DIR, then its arguments");
  runCmd->add_option("--mode", run.mode, "executor (vm)");
  runCmd->add_flag("--stats", run.stats,
                   "print the heap allocations (count, bytes) after and in package initialisation and the GC cycles "
                   "to standard error at exit");
  runCmd->add_option("path", run.path, "FILE (.go, .vo or .voc) or DIR")->required();
  runCmd->prefix_command();  // everything after the path belongs to the program

  CLI::App* versionCmd = app.add_subcommand("version", "print the vo version");

  // Go's wording for an unknown subcommand; CLI11 would only say that a subcommand is required.
  const bool knownCommand =
      argc > 1 && !app.get_subcommands([&](CLI::App* c) { return c->get_name() == argv[1]; }).empty();
  if (argc > 1 && argv[1][0] != '-' && !knownCommand) {
    std::cerr << "vo " << argv[1] << ": unknown command\nRun 'vo --help' for usage.\n";
    return kUsageExitStatus;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);  // prints help (status 0) or the error and a hint
    return status == 0 ? 0 : kUsageExitStatus;
  }

  if (*runCmd) {
    run.args = runCmd->remaining();
    return vo::driver::runRun(run, std::cerr);
  }

  vo::driver::Outcome outcome;
  if (*checkCmd) {
    check.typeCheck = !syntaxOnly;
    outcome = vo::driver::runCheck(check, std::cout, std::cerr);
  } else if (*compileCmd) {
    outcome = vo::driver::runCompile(compile, std::cerr);
  } else if (*disasmCmd) {
    outcome = vo::driver::runDisasm(disasmPath, std::cout, std::cerr);
  } else if (*versionCmd) {
    std::cout << vo::driver::versionLine() << '\n';
  }
  std::cout.flush();
  if (outcome.kind == vo::driver::OutcomeKind::Failure) std::cerr << outcome.message << '\n';
  return vo::driver::exitStatus(outcome);
}
