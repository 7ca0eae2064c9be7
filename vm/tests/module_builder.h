// Hand-assembled Modules for the interpreter's tests, and a way to run one in a child process and capture its
// standard output, standard error and exit status.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "runtime-core/module.h"
#include "vm/interpreter.h"

namespace vo::vm::test {

using rt::Opcode;
using rt::SlotKind;

/// One instruction (operands not given are 0).
inline rt::Instr I(Opcode op, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0, int32_t d = 0, int32_t e = 0) {
  return rt::Instr{op, a, b, c, d, e};
}

/// Builds a Module step by step. Types `int`, `string`, `interface {}` and a runtime error type exist from the
/// start (intType, stringType, anyType, errType).
class ModuleBuilder {
 public:
  ModuleBuilder();

  /// Adds a type; returns its index.
  int32_t addType(std::unique_ptr<rt::TypeDesc> t);
  /// Adds a bytecode function; `line0` is the line of its first instruction, each next instruction one line
  /// further (so traces name distinct lines). Returns its index.
  uint32_t addFunc(std::string name, uint16_t results, uint16_t params, std::vector<SlotKind> kinds,
                   std::vector<rt::Instr> code, uint32_t line0 = 10, uint8_t flags = 0, int32_t recoverPc = -1);
  /// Adds a native declaration (kFuncNative) bound by `name`.
  uint32_t addNative(std::string name, uint16_t results, uint16_t params);
  const rt::TypeDesc* type(int32_t i) const { return m_->types[static_cast<size_t>(i)].get(); }
  int32_t addInt(int64_t v);
  int32_t addFloat(double v);
  int32_t addString(std::string s);
  /// Sets the entry; the module is then ready.
  std::unique_ptr<rt::Module> finish(uint32_t entry);

  int32_t intType = 0, stringType = 0, anyType = 0, errType = 0, float64Type = 0, boolType = 0;

 private:
  std::unique_ptr<rt::Module> m_;
};

/// What a child process running a module did.
struct Outcome {
  int status = -1;
  std::string out;
  std::string err;
};

/// Runs `m` with runModule in a forked child (so os.Exit and fatal errors end only the child).
Outcome runInChild(const rt::Module& m, const RunOptions& opts = {});

}  // namespace vo::vm::test
