// math/bits's natives: the two run-time panics of Div32/Div64 (Go's bits_errors.go links runtime.overflowError
// and runtime.divideError; here the executor boxes an rt::RuntimeError into the same runtime.Error value).
#include "runtime-core/panic.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// func panicOverflow()
void panicOverflow(rt::NativeContext&, uint64_t*) { throw rt::RuntimeError{"integer overflow"}; }

// func panicDivide()
void panicDivide(rt::NativeContext&, uint64_t*) { throw rt::RuntimeError{"integer divide by zero"}; }

const NativeEntry kBitsNatives[] = {
    {"math/bits.panicDivide", panicDivide},
    {"math/bits.panicOverflow", panicOverflow},
};

}  // namespace

std::span<const NativeEntry> mathBitsNatives() { return kBitsNatives; }

}  // namespace vo::stdlib
