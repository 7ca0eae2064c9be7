// Hand-built Modules for the bytecode tools' tests (verifier, serialiser, disassembler), before the code generator
// produces real ones: type descriptors with Go's amd64 layout and register flattening, constants and functions.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime-core/module.h"

namespace vo::rt::testing {

/// Builds a Module piece by piece; every add returns the new index or object.
class ModuleBuilder {
 public:
  ModuleBuilder();

  /// Basic types (Kind::Int ... Kind::String, Kind::UnsafePointer) with their size and single slot(s).
  TypeDesc* basic(Kind kind, std::string name);
  /// `interface {}` when `methods` is empty; otherwise an interface with those method names.
  TypeDesc* iface(std::string name, std::vector<std::string> methods = {});
  TypeDesc* pointerTo(const TypeDesc* elem);
  TypeDesc* sliceOf(const TypeDesc* elem);
  TypeDesc* mapOf(const TypeDesc* key, const TypeDesc* elem);
  TypeDesc* arrayOf(const TypeDesc* elem, int64_t len);
  /// A struct with Go layout (offsets aligned), its slots the concatenation of the fields' slots.
  TypeDesc* structOf(std::string name, std::vector<std::pair<std::string, const TypeDesc*>> fields);

  uint32_t intConst(int64_t v);
  uint32_t floatConst(double v);
  uint32_t stringConst(std::string v);

  /// A bytecode function (add code with `code(...)` on the returned object).
  FuncInfo& func(std::string name, uint16_t results, uint16_t params, std::vector<SlotKind> kinds);
  FuncInfo& native(std::string name, uint16_t results, uint16_t params, std::vector<SlotKind> kinds);

  std::unique_ptr<Module> take() { return std::move(m_); }
  Module& module() { return *m_; }

 private:
  TypeDesc* add(Kind kind, std::string name, uint64_t size, uint8_t align, uint16_t flags);
  std::unique_ptr<Module> m_;
};

/// Appends one instruction.
Instr ins(Opcode op, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0, int32_t d = 0, int32_t e = 0);

/// A small valid module: entry -> main.main, which calls main.add, loads constants of every kind, builds an
/// interface, writes a global, uses a map and branches; plus a native. Type indices: 0 int, 1 string,
/// 2 interface {}, 3 map[string]int, 4 float64, 5 the globals struct, 6 *int, 7 []int, 8 struct{X int; S string}.
std::unique_ptr<Module> makeSampleModule();

/// A valid module with edge values: INT64_MIN, -0.0, a NaN with payload, +Inf, a string with NUL and non-UTF-8
/// bytes, a func type, a struct with tag, embedded field and method, an array of it, a send-only channel, a
/// non-empty interface, a function with defer flag, recover pc and a line above 65535, a runtime error type.
std::unique_ptr<Module> makeUnusualModule();

/// Index of main.main in makeSampleModule().
inline constexpr uint32_t kSampleMain = 2;

}  // namespace vo::rt::testing
