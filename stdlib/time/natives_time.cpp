// time's natives: the clocks behind Go's time.go (now, runtimeNano) and Sleep. Sleep blocks the thread until the
// scheduler has timers (DESIGN.md invariant 6); standard output is flushed first so a sleeping program's output
// appears on time.
#include <time.h>

#include <cerrno>

#include "runtime-core/native.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

int64_t clockNanos(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// func now() (sec int64, nsec int32, mono int64): slots sec, nsec, mono
void now(rt::NativeContext&, uint64_t* s) {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(ts.tv_sec));
  s[1] = static_cast<uint64_t>(static_cast<int64_t>(ts.tv_nsec));
  s[2] = static_cast<uint64_t>(clockNanos(CLOCK_MONOTONIC));
}

// func runtimeNano() int64: slots ns
void runtimeNano(rt::NativeContext&, uint64_t* s) { s[0] = static_cast<uint64_t>(clockNanos(CLOCK_MONOTONIC)); }

// func Sleep(d Duration): slots d
void sleep(rt::NativeContext& ctx, uint64_t* s) {
  rt::runFinalizers(ctx);  // a sleeping goroutine lets the finalizer goroutine run
  auto d = static_cast<int64_t>(s[0]);
  if (d <= 0) return;
  rt::flushStdout();
  timespec req{static_cast<time_t>(d / 1000000000), static_cast<long>(d % 1000000000)};
  timespec rem{};
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}

const NativeEntry kTimeNatives[] = {
    {"time.Sleep", sleep},
    {"time.now", now},
    {"time.runtimeNano", runtimeNano},
};

}  // namespace

std::span<const NativeEntry> timeNatives() { return kTimeNatives; }

}  // namespace vo::stdlib
