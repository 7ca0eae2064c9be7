// The registry of C++ natives: bodies of the stdlib functions declared without a body in stdlib/**.vo, and
// initialisers of package variables set by the runtime (os.Args). One registry for every execution mode.
#pragma once

#include <string_view>

#include "runtime-core/native.h"

namespace vo::stdlib {

/// The native registered under `name` (FuncInfo::name: "fmt.Sprintln", "strings.(*Builder).WriteString"), or
/// nullptr when there is none.
rt::NativeFn findNative(std::string_view name);

/// The initialiser of the package variable `name` ("os.Args"), or nullptr.
rt::NativeVarInit findNativeVar(std::string_view name);

}  // namespace vo::stdlib
