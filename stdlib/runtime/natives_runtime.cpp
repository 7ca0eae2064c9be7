// runtime's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> runtimeNatives() { return {}; }

}  // namespace vo::stdlib
