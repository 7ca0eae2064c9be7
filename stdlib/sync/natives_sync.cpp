// sync's natives: fatal errors (unlock of an unlocked mutex) and the scheduler's semaphores; sync/atomic's
// dynamic-type comparison for Value.
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

// func sameType(a, b any) bool: slots same, a(2), b(2). Whether a and b hold the same dynamic type (reflect's
// TypeOf(a) == TypeOf(b), as atomic.Value compares them); both nil counts as the same.
void sameType(rt::NativeContext&, uint64_t* s) {
  s[0] = rt::typeOfTypeWord(reinterpret_cast<const void*>(s[1])) ==
                 rt::typeOfTypeWord(reinterpret_cast<const void*>(s[3]))
             ? 1
             : 0;
}

const NativeEntry kSyncNatives[] = {
    {"sync/atomic.sameType", sameType},
    {"sync.fatal", fatal},
    {"sync.semacquire", semacquire},
    {"sync.semrelease", semrelease},
};

}  // namespace

std::span<const NativeEntry> syncNatives() { return kSyncNatives; }

}  // namespace vo::stdlib
