// How the runtime raises Go panics from C++ (runtime functions, natives) so that every executor handles them the
// same way: C++ exceptions, caught by the VM's dispatch loop and (later) by native landing pads.
#pragma once

#include <string>

#include "runtime-core/value.h"

namespace vo::rt {

/// A Go run-time error (a runtime.Error value): `message` is the text after "runtime error: ", e.g.
/// "index out of range [5] with length 3". The executor turns it into the Module's runtime error value.
struct RuntimeError {
  std::string message;
  /// Go's plainError (runtime/error.go): still a runtime.Error for recover, but printed and returned by Error()
  /// without the "runtime error: " prefix ("send on closed channel", "close of nil channel", "close of closed
  /// channel", "makechan: size out of range"; thrown by chan.cpp).
  bool plain = false;
};

/// A panic with an arbitrary Go value, as an empty interface (`value.tab` is a TypeDesc* or null).
struct PanicException {
  Iface value;
};

/// A fatal error that ends the program without running deferred calls (Go's `fatal error: ...`, exit status 2),
/// e.g. "all goroutines are asleep - deadlock!" or "stack overflow".
struct FatalError {
  std::string message;
};

/// The program called os.Exit(code): unwinds everything and exits with `code` after flushing output.
struct ExitException {
  int code = 0;
};

/// runtime.Goexit was called: thrown through the executor's frames of the running goroutine (no `recover` sees
/// it); the executor runs the goroutine's pending deferred calls and ends the goroutine. When goroutine 1 exits
/// this way in a .go program, the program goes on until no goroutine is left, then ends with Go's fatal error
/// "no goroutines (main called runtime.Goexit) - deadlock!".
struct GoexitException {};

[[noreturn]] void throwRuntimeError(std::string message);

}  // namespace vo::rt
