// sync's natives: fatal errors (unlock of an unlocked mutex) and the scheduler's semaphores.
#include "runtime-core/panic.h"
#include "runtime-core/sched.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// func fatal(msg string): slots msg(2)
void fatal(rt::NativeContext&, uint64_t* s) { throw rt::FatalError{std::string(slotString(s).view())}; }

// func semacquire(addr *uint32, reason int): slots addr, reason
void semacquire(rt::NativeContext&, uint64_t* s) {
  rt::semacquire(reinterpret_cast<uint32_t*>(s[0]),
                 s[1] == 1 ? rt::WaitReason::SyncCondWait : rt::WaitReason::Semacquire);
}

// func semrelease(addr *uint32): slots addr
void semrelease(rt::NativeContext&, uint64_t* s) { rt::semrelease(reinterpret_cast<uint32_t*>(s[0])); }

const NativeEntry kSyncNatives[] = {
    {"sync.fatal", fatal},
    {"sync.semacquire", semacquire},
    {"sync.semrelease", semrelease},
};

}  // namespace

std::span<const NativeEntry> syncNatives() { return kSyncNatives; }

}  // namespace vo::stdlib
