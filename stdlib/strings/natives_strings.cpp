// strings's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> stringsNatives() { return {}; }

}  // namespace vo::stdlib
