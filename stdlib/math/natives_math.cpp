// math's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> mathNatives() { return {}; }

}  // namespace vo::stdlib
