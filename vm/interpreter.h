// The bytecode interpreter (DESIGN.md "vm/"): runs a verified rt::Module on one goroutine's register stack.
//
// Design
//  - Dispatch: one handler body per opcode (vm/handlers_*.inc), reached by computed goto through a label table
//    generated from runtime-core/opcodes.def, so an opcode without a handler does not compile. The hot state lives
//    in locals of the loop: `pc` (an Instr*) and `regs` (the current frame's slot 0).
//  - Frames: a register stack of 8-byte slots and a parallel array of Frame records (function, slot base, resume
//    pc, closure). Both are reserved once as large lazily committed mappings, so they never move: slot pointers
//    handed to natives stay valid across nested calls, and the loop never re-derives pointers after a call.
//    A Vo-to-Vo call pushes a Frame whose base is the caller's call window (opcodes.def "Calls": arguments are
//    passed in place) and continues in the same loop: no native recursion. Natives that call back into Vo
//    (NativeContext::callFunc) run a nested loop on the same stacks above the current top frame.
//  - Slots are kept kind-correct for the precise GC: a callee's result slots and locals are zeroed on entry and
//    its slots above the results on return; the root scanner marks each frame's slots by FuncInfo::slotKinds.
//  - Panics are C++ exceptions (runtime-core/panic.h) caught by the loop and turned into Go's panic machinery:
//    a per-goroutine defer stack and panic list modelled on Go 1.19's runtime/panic.go (gopanic, gorecover,
//    printpanics). Deferred calls run as ordinary frames on the register stack; recovery resumes the deferring
//    frame at FuncInfo::recoverPc.
//  - Limits: the register stack holds kMaxStackBytes of slots; exceeding it (or the frame count) ends the program
//    with Go's "goroutine stack exceeds 1000000000-byte limit" / "fatal error: stack overflow", exit status 2.
//
//  - Goroutines: each runs this loop on its own fiber (runtime-core/sched.h); the interpreter's per-goroutine
//    members are swapped at every fiber switch (vm/goroutines.cpp, vm/README.md "Goroutines").
//
// Not here (yet): tier-up counters.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime-core/module.h"
#include "runtime-core/native.h"

namespace vo::vm {

/// Finds the C++ body of a native function by its registry name (FuncInfo::name); nullptr when there is none.
using NativeResolver = std::function<rt::NativeFn(std::string_view)>;
/// Finds the initialiser of a native package variable by its globals-field name ("os.Args"); nullptr if none.
using NativeVarResolver = std::function<rt::NativeVarInit(std::string_view)>;

/// Go's default maximum goroutine stack (runtime/debug.SetMaxStack): the register stack holds at most this many
/// bytes of slots. The memory is reserved, not committed: pages are touched only when used.
inline constexpr size_t kMaxStackBytes = 1000000000;
/// Frame records a goroutine may hold (each call needs one, even for functions without slots).
inline constexpr size_t kMaxFrames = 8u << 20;

/// How to run a program.
struct RunOptions {
  /// os.Args: the program name first, then its arguments.
  std::vector<std::string> args;
  /// Binds natives; empty means "no natives available" (calls to natives fail at load).
  NativeResolver resolveNative;
  /// Binds native package variables; empty means none.
  NativeVarResolver resolveNativeVar;
  /// Stack limits (tests lower them); exceeding one is Go's "stack overflow" fatal error.
  size_t maxStackBytes = kMaxStackBytes;
  size_t maxFrames = kMaxFrames;
  /// A .vo program: the run ends when every goroutine has ended (a .go program ends when main.main returns).
  bool waitForAll = false;
};

class Interpreter;

/// Runs `module` (already verified) from Module::entry to completion and returns the process exit status, as Go:
/// 0 when the entry returns, 2 after an uncaught panic or a fatal error (Go's message and goroutine trace on
/// standard error), n after os.Exit(n). A program that references natives `resolveNative` does not know is
/// not started: "vo: NAME is not implemented (native)" per missing native on standard error, status 2. Program
/// output goes through rt::writeStdout / rt::writeStderr; standard output is flushed before returning.
int runModule(const rt::Module& module, const RunOptions& options);

/// The natives of `module` reachable from its entry (through static calls, func values, closures and the
/// methods of its types) that `resolve` does not know, sorted and without duplicates.
std::vector<std::string> unresolvedNatives(const rt::Module& module, const NativeResolver& resolve);

}  // namespace vo::vm
