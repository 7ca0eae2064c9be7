// sync's natives: fatal errors (deadlock, unlock of an unlocked mutex) of the single-goroutine sync package.
#include "runtime-core/panic.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// func fatal(msg string): slots msg(2)
void fatal(rt::NativeContext&, uint64_t* s) { throw rt::FatalError{std::string(slotString(s).view())}; }

const NativeEntry kSyncNatives[] = {
    {"sync.fatal", fatal},
};

}  // namespace

std::span<const NativeEntry> syncNatives() { return kSyncNatives; }

}  // namespace vo::stdlib
