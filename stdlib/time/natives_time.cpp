// time's natives: the clocks behind Go's time.go (now, runtimeNano) and Sleep; the system calls reading the time
// zone database (zoneinfo_read_impl.vo: lookupEnv, sysOpen, sysRead, sysClose, sysSeek, errnoText). Sleep blocks the thread until the
// scheduler has timers (DESIGN.md invariant 6); standard output is flushed first so a sleeping program's output
// appears on time.
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime-core/chan.h"
#include "runtime-core/native.h"
#include "runtime-core/panic.h"
#include "runtime-core/sched.h"
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
  if (rt::getg()) {  // on a goroutine: the scheduler's timers (other goroutines run meanwhile)
    rt::sleepNs(d);
    return;
  }
  timespec req{static_cast<time_t>(d / 1000000000), static_cast<long>(d % 1000000000)};
  timespec rem{};
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}

// ---- the time zone database (zoneinfo_read_impl.vo) ------------------------------------------------------------

// func lookupEnv(key string) (value string, found bool): slots value(2), found, key(2)
void lookupEnv(rt::NativeContext&, uint64_t* s) {
  std::string key(slotString(s + 3).view());
  const char* v = key.find('\0') == std::string::npos ? std::getenv(key.c_str()) : nullptr;
  setString(s, v ? newString(v) : rt::String{});
  s[2] = v ? 1 : 0;
}
// func sysOpen(name string) (fd int, errno int): slots fd, errno, name(2)
void sysOpen(rt::NativeContext&, uint64_t* s) {
  std::string name(slotString(s + 2).view());
  if (name.find('\0') != std::string::npos) {
    s[0] = 0;
    s[1] = EINVAL;
    return;
  }
  int fd;
  do fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  s[0] = static_cast<uint64_t>(fd < 0 ? 0 : fd);
  s[1] = fd < 0 ? static_cast<uint64_t>(errno) : 0;
}
// func sysRead(fd int, buf []byte) (n int, errno int): slots n, errno, fd, buf(3)
void sysRead(rt::NativeContext&, uint64_t* s) {
  rt::Slice b = slotSlice(s + 3);
  ssize_t n;
  do n = ::read(static_cast<int>(s[2]), b.ptr, static_cast<size_t>(b.len));
  while (n < 0 && errno == EINTR);
  s[0] = static_cast<uint64_t>(n < 0 ? 0 : n);
  s[1] = n < 0 ? static_cast<uint64_t>(errno) : 0;
}
// func sysClose(fd int): slots fd
void sysClose(rt::NativeContext&, uint64_t* s) { ::close(static_cast<int>(s[0])); }
// func sysSeek(fd int, off int64, whence int) (errno int): slots errno, fd, off, whence
void sysSeek(rt::NativeContext&, uint64_t* s) {
  off_t r = ::lseek(static_cast<int>(s[1]), static_cast<off_t>(static_cast<int64_t>(s[2])),
                    s[3] == 2 ? SEEK_END : SEEK_SET);
  s[0] = r < 0 ? static_cast<uint64_t>(errno) : 0;
}
// func errnoText(errno int) string: slots text(2), errno. Go's syscall errors table is strerror's text with a
// lower-case first letter ("no such file or directory", "is a directory").
void errnoText(rt::NativeContext&, uint64_t* s) {
  std::string text = std::strerror(static_cast<int>(s[2]));
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  setString(s, newString(text));
}

// ---- timers (runtime-core/sched.h): a Timer's and a Ticker's runtime timer is a TimerRec in the C++ heap whose
// address is kept in the `r.pp` field; it is never freed while the time.Timer may still use it (After's is freed
// when it has fired). The channel is the timer's gcRef while it is pending.

struct TimerRec {
  rt::Timer t;
  rt::Chan* c = nullptr;
  bool ownedByTimer = true;  ///< false for time.After: freed after firing
};

/// time.Time, found by name in the running Module (channels of Time need its TypeDesc).
const rt::TypeDesc* findType(rt::NativeContext& ctx, std::string_view name) {
  for (const auto& t : ctx.module().types)
    if (t && t->name == name) return t.get();
  throw rt::FatalError{"time: type " + std::string(name) + " not in the program"};
}

/// Go's Time{wall, ext, loc} for the current wall clock, without a monotonic reading; loc nil (UTC).
struct GoTime {
  uint64_t wall;
  int64_t ext;
  void* loc;
};
constexpr int64_t kUnixToInternal = int64_t{719162} * 86400;

void sendTime(rt::Timer* t, int64_t) {
  auto* rec = static_cast<TimerRec*>(t->arg);
  int64_t ns = rt::walltime();
  GoTime v{static_cast<uint64_t>(ns % 1000000000), ns / 1000000000 + kUnixToInternal, nullptr};
  rt::chansend(rec->c, &v, false);
  if (!rec->ownedByTimer && t->period == 0) delete rec;
}

TimerRec* startTimer(rt::NativeContext& ctx, int64_t d, int64_t period, bool owned) {
  auto* rec = new TimerRec;
  rec->ownedByTimer = owned;
  rec->c = rt::makechan(findType(ctx, "time.Time"), 1);
  rec->t.when = rt::nanotime() + (d > 0 ? d : 0);
  rec->t.period = period;
  rec->t.f = sendTime;
  rec->t.arg = rec;
  rec->t.gcRef = rec->c;
  rt::addTimer(&rec->t);
  return rec;
}

// func After(d Duration) <-chan Time: slots c, d
void after(rt::NativeContext& ctx, uint64_t* s) {
  TimerRec* rec = startTimer(ctx, static_cast<int64_t>(s[1]), 0, false);
  s[0] = reinterpret_cast<uint64_t>(rec->c);
}

/// A new time.Timer / time.Ticker object {C, r{pp, ...}} for `rec`.
void* newTimerObject(rt::NativeContext& ctx, std::string_view type, TimerRec* rec) {
  const rt::TypeDesc* td = findType(ctx, type);
  rt::GcRoot keep(&rec->c);
  auto* obj = static_cast<uint8_t*>(rt::gcAlloc(td));
  rt::writeBarrier(reinterpret_cast<void**>(obj), rec->c);
  uint64_t pp = reinterpret_cast<uint64_t>(rec);
  std::memcpy(obj + 8, &pp, 8);
  return obj;
}

TimerRec* recOf(uint64_t obj) {
  if (obj == 0) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  uint64_t pp;
  std::memcpy(&pp, reinterpret_cast<uint8_t*>(obj) + 8, 8);
  if (pp == 0) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  return reinterpret_cast<TimerRec*>(pp);
}

// func NewTimer(d Duration) *Timer: slots t, d
void newTimer(rt::NativeContext& ctx, uint64_t* s) {
  TimerRec* rec = startTimer(ctx, static_cast<int64_t>(s[1]), 0, true);
  s[0] = reinterpret_cast<uint64_t>(newTimerObject(ctx, "time.Timer", rec));
}
// func timerStop(t *Timer) bool: slots ok, t
void timerStop(rt::NativeContext&, uint64_t* s) { s[0] = rt::delTimer(&recOf(s[1])->t) ? 1 : 0; }
// func timerReset(t *Timer, d Duration) bool: slots ok, t, d
void timerReset(rt::NativeContext&, uint64_t* s) {
  TimerRec* rec = recOf(s[1]);
  s[0] = rt::modTimer(&rec->t, rt::nanotime() + static_cast<int64_t>(s[2]), 0) ? 1 : 0;
}
// func newTicker(d Duration) *Ticker: slots t, d (d > 0, checked by NewTicker)
void newTicker(rt::NativeContext& ctx, uint64_t* s) {
  auto d = static_cast<int64_t>(s[1]);
  TimerRec* rec = startTimer(ctx, d, d, true);
  s[0] = reinterpret_cast<uint64_t>(newTimerObject(ctx, "time.Ticker", rec));
}
// func Tick(d Duration) <-chan Time: slots c, d
void tick(rt::NativeContext& ctx, uint64_t* s) {
  auto d = static_cast<int64_t>(s[1]);
  if (d <= 0) {
    s[0] = 0;
    return;
  }
  s[0] = reinterpret_cast<uint64_t>(startTimer(ctx, d, d, true)->c);
}
// func tickerStop(t *Ticker): slots t
void tickerStop(rt::NativeContext&, uint64_t* s) { rt::delTimer(&recOf(s[0])->t); }
// func tickerReset(t *Ticker, d Duration): slots t, d (d > 0, checked by Ticker.Reset)
void tickerReset(rt::NativeContext&, uint64_t* s) {
  auto d = static_cast<int64_t>(s[1]);
  rt::modTimer(&recOf(s[0])->t, rt::nanotime() + d, d);
}

// AfterFunc's timer: starts a goroutine calling the func value (kept alive as the timer's gcRef while pending).
struct FuncTimerRec : TimerRec {
  rt::NativeContext* ctx = nullptr;
};
void goFuncTimer(rt::Timer* t, int64_t) {
  auto* rec = static_cast<FuncTimerRec*>(t->arg);
  rec->ctx->goFunc(static_cast<const rt::Closure*>(t->gcRef));
}
// func AfterFunc(d Duration, f func()) *Timer: slots t, d, f
void afterFunc(rt::NativeContext& ctx, uint64_t* s) {
  auto* rec = new FuncTimerRec;
  rec->ctx = &ctx;
  auto d = static_cast<int64_t>(s[1]);
  rec->t.when = rt::nanotime() + (d > 0 ? d : 0);
  rec->t.f = goFuncTimer;
  rec->t.arg = rec;
  rec->t.gcRef = reinterpret_cast<void*>(s[2]);
  rt::addTimer(&rec->t);
  s[0] = reinterpret_cast<uint64_t>(newTimerObject(ctx, "time.Timer", rec));
}

const NativeEntry kTimeNatives[] = {
    {"time.AfterFunc", afterFunc},
    {"time.After", after},
    {"time.NewTimer", newTimer},
    {"time.timerStop", timerStop},
    {"time.timerReset", timerReset},
    {"time.newTicker", newTicker},
    {"time.Tick", tick},
    {"time.tickerStop", tickerStop},
    {"time.tickerReset", tickerReset},
    {"time.Sleep", sleep},
    {"time.now", now},
    {"time.errnoText", errnoText},
    {"time.lookupEnv", lookupEnv},
    {"time.sysClose", sysClose},
    {"time.sysOpen", sysOpen},
    {"time.sysRead", sysRead},
    {"time.sysSeek", sysSeek},
    {"time.runtimeNano", runtimeNano},
};

}  // namespace

std::span<const NativeEntry> timeNatives() { return kTimeNatives; }

}  // namespace vo::stdlib
