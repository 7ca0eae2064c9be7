// vo-codegen-run FILE|DIR [args...]: compile, verify and run a program on the VM (a development aid for the code
// generator until `vo run` is the way; prints verifier errors with the function listing).
//
// VO_GO_ESCAPE=FILE: package main's frame decisions come from Go's own `go tool compile -m -l` output in FILE
// (-m=2; scripts/frame-stress): every variable the conservative rule moves to the heap that Go does not move ("moved to
// heap: x" absent at its declaration) lives in the frame (or is captured by value: "capturing by value: x"), and every `&T{...}`, `new`, `make`, slice literal, func
// literal and `...` argument Go reports as "does not escape" is a frame object. It exercises the frame code paths
// with realistic decisions on whole programs, independently of our analysis.
#include <fstream>
#include <functional>
#include <iostream>
#include <regex>
#include <set>
#include <string>
#include <utility>

#include "compiler/codegen/analysis.h"
#include "compiler/codegen/tests/codegen_test_util.h"
#include "runtime-core/verify.h"
#include "stdlib/natives.h"
#include "vm/interpreter.h"

namespace {

// Go's -m decisions by (line, column) of package main's file(s).
struct GoDecisions {
  std::set<std::pair<uint32_t, uint32_t>> movedToHeap;
  std::set<std::pair<uint32_t, uint32_t>> doesNotEscape;
  std::set<std::pair<uint32_t, uint32_t>> byValue;  ///< "f capturing by value: x" (-m=2), at x's declaration
};

GoDecisions readGoDecisions(const char* path) {
  GoDecisions d;
  std::ifstream in(path);
  std::string line;
  const std::regex re(R"(^[^:]*:(\d+):(\d+): (.*)$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (!std::regex_match(line, m, re)) continue;
    auto at = std::make_pair(static_cast<uint32_t>(std::stoul(m[1])), static_cast<uint32_t>(std::stoul(m[2])));
    const std::string msg = m[3];
    if (msg.rfind("moved to heap: ", 0) == 0) d.movedToHeap.insert(at);
    if (msg.find(" capturing by value: ") != std::string::npos) d.byValue.insert(at);
    if (msg.size() > 16 && msg.compare(msg.size() - 16, 16, " does not escape") == 0 && msg.find(' ') != 0)
      d.doesNotEscape.insert(at);
  }
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace vo;
  if (argc < 2) return 1;
  SourceManager sources;
  DiagnosticEngine diags(sources);
  codegen::CompileOptions copts;
  copts.anyPackage = copts.allFunctions = getenv("VO_ALLFUNCS") != nullptr;
  GoDecisions goDecisions;
  if (const char* path = getenv("VO_GO_ESCAPE")) {
    goDecisions = readGoDecisions(path);
    copts.adjustEscape = [&](const types::Package& pkg, std::span<const syntax::File* const> files,
                             const types::Info& info, escape::Result& r) {
      if (pkg.path != "main") return;
      // Go's decisions replace ours: start from the conservative rule's heap variables.
      r = escape::analyzeConservative(&pkg, files, info);
      auto at = [&](Pos p) {
        LineColumn lc = sources.lineColumn(p);
        return std::make_pair(lc.line, lc.column);
      };
      std::vector<const types::Var*> frame;
      for (const types::Var* v : r.heapVars)
        if (!goDecisions.movedToHeap.count(at(v->pos))) frame.push_back(v);
      for (const types::Var* v : frame) {
        r.heapVars.erase(v);
        if (goDecisions.byValue.count(at(v->pos)))
          r.capturedByValue.insert(v);
        else
          r.frameVars.insert(v);
      }
      std::function<void(const syntax::Node*)> walk = [&](const syntax::Node* n) {
        if (const auto* sel = syntax::dyn_cast<syntax::SelectorExpr>(n)) {
          // A method value: Go reports it at the '.'.
          auto [line, col] = at(sel->sel->pos());
          if (col > 1 && goDecisions.doesNotEscape.count({line, col - 1})) r.frameAllocs.insert(n);
        }
        if (syntax::isa<syntax::UnaryExpr>(n) || syntax::isa<syntax::CompositeLit>(n) ||
            syntax::isa<syntax::CallExpr>(n) || syntax::isa<syntax::FuncLit>(n)) {
          Pos p = n->pos();
          // Go reports a composite literal at its '{' (a `&T{...}` at the '&').
          if (const auto* cl = syntax::dyn_cast<syntax::CompositeLit>(n); cl && !goDecisions.doesNotEscape.count(at(p)))
            p = cl->lbrace;
          // Go reports a `...` argument at the call's parenthesis, new and make at the call's start.
          if (const auto* c = syntax::dyn_cast<syntax::CallExpr>(n); c && !goDecisions.doesNotEscape.count(at(p)))
            p = c->lparen;
          if (goDecisions.doesNotEscape.count(at(p))) r.frameAllocs.insert(n);
        }
        codegen::forEachChild(n, walk);
      };
      for (const syntax::File* f : files)
        for (const syntax::Decl* d : f->decls)
          if (const auto* fd = syntax::dyn_cast<syntax::FuncDecl>(d); fd && fd->body) walk(fd->body);
    };
  }
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
