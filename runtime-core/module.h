// The bytecode Module: everything one compiled program needs to run, produced by compiler/codegen, written to and
// read from `.voc` files (serialize.h), checked by the verifier (verify.h) before any executor sees it.
//
// Ownership: a Module owns its functions, code, constants and type descriptors. It is immutable once verified;
// executors keep their own mutable state (globals block, itab cache, static closures) beside it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime-core/bytecode.h"
#include "runtime-core/type_desc.h"

namespace vo::rt {

/// A constant-pool entry (LoadConst, LoadStr).
struct Constant {
  enum class Kind : uint8_t { Int, Float, String };
  Kind kind = Kind::Int;
  int64_t i = 0;      ///< Int
  double f = 0;       ///< Float
  std::string s;      ///< String (bytes, not necessarily UTF-8)
};

/// Maps instruction positions to source lines: entry k covers pcs [pc_k, pc_{k+1}).
struct LineEntry {
  uint32_t pc = 0;
  uint32_t line = 0;
};

/// FuncInfo::flags bits.
enum FuncFlags : uint8_t {
  kFuncNative = 1 << 0,    ///< implemented in C++: `name` is the native registry key, `code` is empty
  kFuncHidden = 1 << 1,    ///< not shown in goroutine traces (the synthesized program entry, wrappers)
  kFuncHasDefer = 1 << 2,  ///< executes Defer
};

/// One function: bytecode plus the metadata executors and the GC need.
struct FuncInfo {
  std::string name;            ///< Go's symbol name: "main.main", "main.(*T).M", "main.T.M", "main.main.func1",
                               ///< "fmt.Println" (natives: the registry key)
  uint32_t file = 0;           ///< index into Module::files
  uint32_t line = 0;           ///< line of the declaration
  uint8_t flags = 0;           ///< FuncFlags
  uint16_t numResultSlots = 0; ///< slots [0, numResultSlots) hold results
  uint16_t numParamSlots = 0;  ///< slots [numResultSlots, numResultSlots + numParamSlots) hold parameters
  uint16_t frameSize = 0;      ///< total slots, >= numResultSlots + numParamSlots
  int32_t recoverPc = -1;      ///< where a frame resumes after one of its deferred calls recovered a panic
                               ///< (an epilogue that runs the remaining defers and returns); -1 when none
  std::vector<SlotKind> slotKinds;  ///< frameSize entries
  std::vector<Instr> code;
  std::vector<LineEntry> lines;     ///< sorted by pc; first entry at pc 0 when code is non-empty

  bool isNative() const { return flags & kFuncNative; }
  /// Source line of instruction `pc` (0 when unknown).
  uint32_t lineAt(uint32_t pc) const;
};

/// A compiled program.
struct Module {
  /// Bumped whenever the encoding of any part changes (opcodes.def included); `.voc` files of another version are
  /// rejected.
  static constexpr uint32_t kFormatVersion = 3;

  std::vector<std::string> files;                  ///< source file paths, as given to the compiler
  std::vector<FuncInfo> funcs;
  std::vector<std::unique_ptr<TypeDesc>> types;    ///< types[i]->index == i; pointers between them stay valid
  std::vector<Constant> constants;
  /// The globals block: a struct whose fields are all package-level variables of all packages ("pkg.name"), in
  /// Go layout. Executors allocate one zeroed block of this type; it is a GC root.
  const TypeDesc* globalsType = nullptr;
  /// The program entry: a hidden function without params and results that initialises every package in
  /// dependency order and then calls main.main.
  uint32_t entry = 0;
  /// Index into `types` of the type of run-time error values (a type of package runtime implementing
  /// runtime.Error), or -1 when the program has none. Its memory must be exactly one string (a struct with one
  /// string field, or a defined string type) holding the FULL error text, as Go's Error() prints it:
  /// "runtime error: index out of range [5] with length 3", "interface conversion: interface {} is string, not
  /// int"; its Error method returns that string unchanged. Executors box the text into a value of this type when
  /// an instruction or runtime function fails (rt::RuntimeError); with -1 they panic with the text as a string.
  int32_t runtimeErrorType = -1;
};

}  // namespace vo::rt
