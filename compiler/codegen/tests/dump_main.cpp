// vo-codegen-dump FILE|DIR...: compiles a program and prints every function's listing (a debugging aid).
#include <iostream>

#include "compiler/codegen/tests/codegen_test_util.h"

int main(int argc, char** argv) {
  using namespace vo;
  SourceManager sources;
  DiagnosticEngine diags(sources);
  std::vector<std::string> paths(argv + 1, argv + argc);
  auto mod = codegen::compileProgram(paths, sources, diags);
  diags.print(std::cerr);
  if (!mod) return 1;
  std::cout << codegen::testing::listing(*mod);
  std::cout << "types: " << mod->types.size() << " constants: " << mod->constants.size() << " entry: " << mod->entry
            << "\n";
  return 0;
}
