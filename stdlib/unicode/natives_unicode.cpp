// unicode's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> unicodeNatives() { return {}; }

}  // namespace vo::stdlib
