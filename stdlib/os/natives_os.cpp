// os's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> osNatives() { return {}; }

}  // namespace vo::stdlib
namespace vo::stdlib {
std::span<const NativeVarEntry> osNativeVars() { return {}; }
}  // namespace vo::stdlib
