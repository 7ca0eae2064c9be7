// The interface between executors and C++ natives (stdlib/ bodies written in C++), the same for every mode.
//
// A native is called with its call window (opcodes.def "Calls"): `slots[0, numResultSlots)` receive results,
// then the parameters follow, flattened as register slots (TypeDesc::slots). A native raises a Go panic by
// throwing (panic.h). Natives are bound by name (FuncInfo::name, e.g. "fmt.Println", "strings.(*Builder).WriteString")
// through the registry in stdlib/natives.h.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "runtime-core/module.h"
#include "runtime-core/value.h"

namespace vo::rt {

class NativeContext;

/// A native function body.
using NativeFn = void (*)(NativeContext& ctx, uint64_t* slots);
/// Initialises a native package variable in place (e.g. `os.Args`) before packages are initialised; `addr` is
/// the variable's memory in the globals block.
using NativeVarInit = void (*)(NativeContext& ctx, void* addr);

/// What an executor offers natives.
class NativeContext {
 public:
  virtual ~NativeContext() = default;
  /// The running program.
  virtual const Module& module() const = 0;
  /// Calls funcs[func] with `window` (results then params, `windowSlots` long) and returns when it has returned;
  /// results are written back into `window`. A panic the call does not recover propagates as PanicException /
  /// RuntimeError out of this function.
  virtual void callFunc(uint32_t func, uint64_t* window, size_t windowSlots) = 0;
  /// Same for a func value (a Closure*; nil panics).
  virtual void callClosure(const Closure* fn, uint64_t* window, size_t windowSlots) = 0;
  /// The command-line arguments as os.Args sees them (program name first).
  virtual const std::vector<std::string>& programArgs() const = 0;
};

// ---- finalizers (finalizer.cpp; the collector side is gcSetFinalizer & co. in runtime.h) -----------------------

/// The body of runtime.SetFinalizer(obj, finalizer any) (Go runtime/mfinal.go): checks the arguments with Go's
/// fatal errors ("runtime.SetFinalizer: first argument is T, not pointer", "... second argument is T, not a
/// function", "... cannot pass T to finalizer F", "... pointer not at beginning of allocated block", thrown as
/// FatalError), ignores zero-size and non-heap objects, clears on a nil finalizer, else registers it.
void setFinalizer(Iface obj, Iface finalizer);
/// Calls every finalizer the collector has queued, oldest first, through `ctx` (fn(object), the object passed as
/// the finalizer's parameter type: the pointer, or an interface holding it). Call it where Go's finalizer
/// goroutine would get to run: after runtime.GC, at runtime.Gosched, time.Sleep. A panicking finalizer propagates.
void runFinalizers(NativeContext& ctx);

// ---- process output: stdout is buffered, stderr is not; stdout is flushed before every stderr write and at
// exit so combined output keeps Go's order (io.cpp).
void writeStdout(std::string_view bytes);
void writeStderr(std::string_view bytes);
void flushStdout();

}  // namespace vo::rt
