// Helpers for the code generator's tests: compile a program from memory and look at the Module.
#pragma once

#include <memory>
#include <sstream>
#include <string>

#include "compiler/basic/diagnostics.h"
#include "compiler/codegen/compile.h"
#include "runtime-core/module.h"

namespace vo::codegen::testing {

/// A compiled program (or the diagnostics that prevented it).
struct Compiled {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  std::unique_ptr<rt::Module> mod;
  std::string errors() const {
    std::ostringstream os;
    diags.print(os);
    return os.str();
  }
  /// The function named `name`, or nullptr.
  const rt::FuncInfo* func(std::string_view name) const {
    if (!mod) return nullptr;
    for (const rt::FuncInfo& f : mod->funcs)
      if (f.name == name) return &f;
    return nullptr;
  }
  /// Number of instructions with opcode `op` in function `name`.
  int count(std::string_view name, rt::Opcode op) const {
    const rt::FuncInfo* f = func(name);
    int n = 0;
    if (f)
      for (const rt::Instr& in : f->code) n += in.op == op;
    return n;
  }
};

/// Compiles `src`. Inlining is off by default: these tests look at the code of the functions they declare, which
/// inlining would fold into their callers (gen_inline.cpp has its own tests).
inline std::unique_ptr<Compiled> compile(const std::string& src, const std::string& path = "prog.go",
                                         bool inlining = false) {
  auto c = std::make_unique<Compiled>();
  CompileOptions options;
  options.inlining = inlining;
  c->mod = compileSourcesWith({{path, src}}, c->sources, c->diags, options);
  return c;
}

/// A readable listing of one function (mnemonics and raw operands), for failure messages.
inline std::string listing(const rt::FuncInfo& f) {
  std::ostringstream os;
  os << f.name << " results=" << f.numResultSlots << " params=" << f.numParamSlots << " frame=" << f.frameSize
     << " kinds=";
  for (rt::SlotKind k : f.slotKinds) os << "SFPTD"[static_cast<int>(k)];
  os << "\n";
  for (size_t pc = 0; pc < f.code.size(); ++pc) {
    const rt::Instr& in = f.code[pc];
    os << "  " << pc << ": " << rt::opInfo(in.op).mnemonic << " " << in.a << " " << in.b << " " << in.c << " " << in.d
       << " " << in.e << "  ; line " << f.lineAt(static_cast<uint32_t>(pc)) << "\n";
  }
  return os.str();
}

inline std::string listing(const rt::Module& m) {
  std::string s;
  for (const rt::FuncInfo& f : m.funcs) s += listing(f);
  return s;
}

}  // namespace vo::codegen::testing
