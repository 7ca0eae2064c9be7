// errors's natives.
#include "stdlib/native_table.h"

namespace vo::stdlib {

std::span<const NativeEntry> errorsNatives() { return {}; }

}  // namespace vo::stdlib
