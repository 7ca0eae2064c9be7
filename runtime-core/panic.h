// How the runtime raises Go panics from C++ (runtime functions, natives) so that every executor handles them the
// same way: C++ exceptions, caught by the VM's dispatch loop and (later) by native landing pads.
#pragma once

#include <cstdint>
#include <string>

#include "runtime-core/value.h"

namespace vo::rt {

/// The fields of Go's runtime.boundsError (runtime/error.go): a failed index, slice or slice-to-array-pointer
/// bounds check. `code` is Go's boundsErrorCode: 0 boundsIndex (s[x], x against length y), 1 boundsSliceAlen and
/// 2 boundsSliceAcap (s[?:x], x against length / capacity y), 3 boundsSliceB (s[x:y], x > y), 4 boundsSlice3Alen
/// and 5 boundsSlice3Acap (s[?:?:x]), 6 boundsSlice3B (s[?:x:y]), 7 boundsSlice3C (s[x:y:?]), 8 boundsConvert
/// ((*[x]T)(s) with len(s) == y). `isSigned`: x was of a signed type (a negative x prints as such).
struct BoundsError {
  int64_t x = 0;
  int64_t y = 0;
  bool isSigned = true;
  uint8_t code = 0;
};

/// A Go run-time error (a runtime.Error value): `message` is the text after "runtime error: ", e.g.
/// "index out of range [5] with length 3". The executor turns it into the Module's run-time error value of the
/// matching Go type (module.h): runtime.boundsError when `isBounds`, runtime.plainError when plain, else
/// runtime.errorString.
struct RuntimeError {
  std::string message;
  /// Go's plainError (runtime/error.go): still a runtime.Error for recover, but printed and returned by Error()
  /// without the "runtime error: " prefix ("send on closed channel", "close of nil channel", "close of closed
  /// channel", "makechan: size out of range"; thrown by chan.cpp). See isPlainError for the full rule.
  bool plain = false;
  /// A boundsError: `bounds` holds Go's fields and `message` the text they format to (boundsErrorText).
  bool isBounds = false;
  BoundsError bounds = {};
};

/// Go's boundsError.Error() without the "runtime error: " prefix: "index out of range [5] with length 3".
std::string boundsErrorText(const BoundsError& e);
/// Throws the RuntimeError of a boundsError (message = boundsErrorText(e)).
[[noreturn]] void throwBoundsError(const BoundsError& e);
/// Whether `e` is one of Go 1.19's plainError values: `e.plain`, or a message Go raises as plainError wherever
/// it is thrown from ("assignment to entry in nil map", the channel errors, "runtime: allocation size out of
/// range").
bool isPlainError(const RuntimeError& e);
/// The full Error() text of `e` as Go prints it: the message alone for a plainError, else "runtime error: " +
/// message.
std::string runtimeErrorText(const RuntimeError& e);

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
