// strconv's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> strconvNatives() { return {}; }

}  // namespace vo::stdlib
