// os's natives: Exit, the descriptor I/O behind file_impl.vo, the path calls behind path_impl.vo, and the
// initialiser of os.Args. Results that can fail carry the errno (0 for success) as Go's syscall package would.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/sched.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// func Exit(code int): slots code
void exit(rt::NativeContext&, uint64_t* slots) {
  rt::flushStdout();
  throw rt::ExitException{static_cast<int>(static_cast<int64_t>(slots[0]))};
}

// func writeFd(fd int, b []byte) int: slots n, fd, b(3)
void writeFd(rt::NativeContext&, uint64_t* slots) {
  auto fd = static_cast<int64_t>(slots[1]);
  rt::Slice b = slotSlice(slots + 2);
  std::string_view bytes(static_cast<const char*>(b.ptr), static_cast<size_t>(b.len));
  if (fd == 1) {
    rt::writeStdout(bytes);
  } else if (fd == 2) {
    rt::writeStderr(bytes);
  } else {
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(static_cast<int>(fd), bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {  // report the bytes written so far; the next call reports the error
        slots[0] = done > 0 ? static_cast<uint64_t>(done) : static_cast<uint64_t>(static_cast<int64_t>(-errno));
        return;
      }
      done += static_cast<size_t>(n);
    }
  }
  slots[0] = static_cast<uint64_t>(b.len);
}

// func writePipeFd(fd int, b []byte) int: write(2) to a pipe end of os.Pipe with SIGPIPE blocked, so that a
// closed reader gives EPIPE (Go ignores SIGPIPE for descriptors other than 1 and 2); the count, or -errno.
// Slots n, fd, b(3)
void writePipeFd(rt::NativeContext&, uint64_t* slots) {
  rt::Slice b = slotSlice(slots + 2);
  sigset_t pipeSet, old;
  sigemptyset(&pipeSet);
  sigaddset(&pipeSet, SIGPIPE);
  sigset_t pending;
  sigpending(&pending);
  bool wasPending = sigismember(&pending, SIGPIPE) == 1;
  pthread_sigmask(SIG_BLOCK, &pipeSet, &old);
  ssize_t n;
  do {
    n = ::write(static_cast<int>(slots[1]), b.ptr, static_cast<size_t>(b.len));
  } while (n < 0 && errno == EINTR);
  int e = errno;
  if (n < 0 && e == EPIPE && !wasPending) {
    struct timespec zero {};
    while (sigtimedwait(&pipeSet, nullptr, &zero) < 0 && errno == EINTR) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  slots[0] = static_cast<uint64_t>(static_cast<int64_t>(n < 0 ? -e : n));
}

// func pollFd(fd int, write bool, timeout int64): poll(2) until fd is readable (writable), has an error or is hung
// up, or timeout nanoseconds (rounded up to milliseconds; negative: no limit) have passed. Slots fd, write, timeout
void pollFd(rt::NativeContext&, uint64_t* slots) {
  rt::flushStdout();
  struct pollfd p {};
  p.fd = static_cast<int>(slots[0]);
  p.events = slots[1] ? POLLOUT : POLLIN;
  auto timeout = static_cast<int64_t>(slots[2]);
  int ms = timeout < 0 ? -1 : static_cast<int>(std::min<int64_t>((timeout + 999999) / 1000000, INT32_MAX));
  while (::poll(&p, 1, ms) < 0 && errno == EINTR) {
  }
}

// func fdReady(fd int, wait bool) bool: poll(2) for POLLIN with a timeout of 0 (1 ms with wait). Slots ready, fd, wait
void fdReady(rt::NativeContext&, uint64_t* slots) {
  struct pollfd p {};
  p.fd = static_cast<int>(slots[1]);
  p.events = POLLIN;
  int r;
  do {
    r = ::poll(&p, 1, slots[2] ? 1 : 0);
  } while (r < 0 && errno == EINTR);
  slots[0] = r != 0;  // readable, hung up, in error, or poll failed: let read(2) tell
}

// func readFd(fd int, b []byte) int: slots n, fd, b(3)
void readFd(rt::NativeContext&, uint64_t* slots) {
  auto fd = static_cast<int64_t>(slots[1]);
  rt::Slice b = slotSlice(slots + 2);
  if (fd == 0) rt::flushStdout();  // an interactive prompt shows before the program waits for input
  ssize_t n;
  do {
    n = ::read(static_cast<int>(fd), b.ptr, static_cast<size_t>(b.len));
  } while (n < 0 && errno == EINTR);
  slots[0] = static_cast<uint64_t>(static_cast<int64_t>(n < 0 ? -errno : n));
}

std::string cstr(const uint64_t* s) { return std::string(slotString(s).view()); }
uint64_t errnoResult(int r) { return r == 0 ? 0 : static_cast<uint64_t>(static_cast<int64_t>(errno)); }

// func openFd(name string, flag int, perm uint32) (fd int, errno int): slots fd, errno, name(2), flag, perm
void openFd(rt::NativeContext&, uint64_t* s) {
  std::string name = cstr(s + 2);
  int fd;
  do {
    fd = ::open(name.c_str(), static_cast<int>(s[4]) | O_CLOEXEC, static_cast<mode_t>(s[5]));
  } while (fd < 0 && errno == EINTR);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(fd));
  s[1] = fd < 0 ? static_cast<uint64_t>(errno) : 0;
}

// func closeFd(fd int) int: slots errno, fd
void closeFd(rt::NativeContext&, uint64_t* s) { s[0] = errnoResult(::close(static_cast<int>(s[1]))); }

// func errnoString(e int) string: Go's syscall.Errno text (strerror with a lowercase first letter)
void errnoString(rt::NativeContext&, uint64_t* s) {
  auto e = static_cast<int>(s[2]);
  std::string text = e > 0 && e < 4096 ? std::strerror(e) : "errno " + std::to_string(e);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  setString(s, newString(text));
}

// func getenv(key string) (value string, ok bool): slots value(2), ok, key(2)
void getenv(rt::NativeContext&, uint64_t* s) {
  const char* v = std::getenv(cstr(s + 3).c_str());
  setString(s, v ? newString(v) : rt::String{});
  s[2] = v != nullptr;
}

// func setenv(key, value string) int: slots errno, key(2), value(2)
void setenv(rt::NativeContext&, uint64_t* s) { s[0] = errnoResult(::setenv(cstr(s + 1).c_str(), cstr(s + 3).c_str(), 1)); }
// func unsetenv(key string) int: slots errno, key(2)
void unsetenv(rt::NativeContext&, uint64_t* s) { s[0] = errnoResult(::unsetenv(cstr(s + 1).c_str())); }
// func clearenv()
void clearenv(rt::NativeContext&, uint64_t*) { ::clearenv(); }
// func environCount() int; func environAt(i int) string
void environCount(rt::NativeContext&, uint64_t* s) {
  int64_t n = 0;
  while (environ != nullptr && environ[n] != nullptr) ++n;
  s[0] = static_cast<uint64_t>(n);
}
void environAt(rt::NativeContext&, uint64_t* s) {
  auto i = static_cast<int64_t>(s[2]);
  int64_t n = 0;
  while (environ != nullptr && environ[n] != nullptr) ++n;
  setString(s, i >= 0 && i < n ? newString(environ[i]) : rt::String{});
}

template <pid_t (*Fn)()>
void pidLike(rt::NativeContext&, uint64_t* s) {
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(Fn()));
}
template <uid_t (*Fn)()>
void uidLike(rt::NativeContext&, uint64_t* s) {
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(Fn()));
}
void getpagesize(rt::NativeContext&, uint64_t* s) { s[0] = static_cast<uint64_t>(sysconf(_SC_PAGESIZE)); }

// func getwd() (dir string, errno int): slots dir(2), errno
void getwd(rt::NativeContext&, uint64_t* s) {
  char buf[4096];
  if (::getcwd(buf, sizeof buf) == nullptr) {
    setString(s, rt::String{});
    s[2] = static_cast<uint64_t>(errno);
    return;
  }
  setString(s, newString(buf));
  s[2] = 0;
}

// func hostname() (name string, errno int)
void hostname(rt::NativeContext&, uint64_t* s) {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0) {
    setString(s, rt::String{});
    s[2] = static_cast<uint64_t>(errno);
    return;
  }
  setString(s, newString(buf));
  s[2] = 0;
}

// func pathOp(op int, a, b string, x, y int64) int: 0 mkdir(a, x), 1 remove(a) (file or empty directory),
// 2 rename(a, b), 3 chdir(a), 4 chmod(a, x), 5 rmdir(a), 6 unlink(a), 7 symlink(a, b), 8 link(a, b),
// 9 truncate(a, x), 10 chown(a, x, y), 11 lchown(a, x, y); the errno or 0. Slots errno, op, a(2), b(2), x, y
void pathOp(rt::NativeContext&, uint64_t* s) {
  std::string a = cstr(s + 2), b = cstr(s + 4);
  auto x = static_cast<int64_t>(s[6]), y = static_cast<int64_t>(s[7]);
  int r = -1;
  do {
    switch (s[1]) {
      case 0: r = ::mkdir(a.c_str(), static_cast<mode_t>(x)); break;
      case 1:
        r = ::unlink(a.c_str());
        if (r != 0) {  // Go's Remove: the rmdir error unless it is ENOTDIR
          int e = errno;
          r = ::rmdir(a.c_str());
          if (r != 0 && errno == ENOTDIR) errno = e;
        }
        break;
      case 2: r = ::rename(a.c_str(), b.c_str()); break;
      case 3: r = ::chdir(a.c_str()); break;
      case 4: r = ::chmod(a.c_str(), static_cast<mode_t>(x)); break;
      case 5: r = ::rmdir(a.c_str()); break;
      case 6: r = ::unlink(a.c_str()); break;
      case 7: r = ::symlink(a.c_str(), b.c_str()); break;
      case 8: r = ::link(a.c_str(), b.c_str()); break;
      case 9: r = ::truncate(a.c_str(), static_cast<off_t>(x)); break;
      case 10: r = ::chown(a.c_str(), static_cast<uid_t>(x), static_cast<gid_t>(y)); break;
      case 11: r = ::lchown(a.c_str(), static_cast<uid_t>(x), static_cast<gid_t>(y)); break;
      default: errno = EINVAL;
    }
  } while (r != 0 && errno == EINTR);
  s[0] = errnoResult(r);
}

/// Stores a struct stat into the results size, mode, sec, nsec, dev, ino, errno (slots 0..6).
void statResults(uint64_t* s, int r, const struct stat& st) {
  if (r != 0) {
    for (int i = 0; i < 6; ++i) s[i] = 0;
    s[6] = static_cast<uint64_t>(errno);
    return;
  }
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(st.st_size));
  s[1] = st.st_mode;
  s[2] = static_cast<uint64_t>(static_cast<int64_t>(st.st_mtim.tv_sec));
  s[3] = static_cast<uint64_t>(static_cast<int64_t>(st.st_mtim.tv_nsec));
  s[4] = static_cast<uint64_t>(st.st_dev);
  s[5] = static_cast<uint64_t>(st.st_ino);
  s[6] = 0;
}

// func statPath(name string, lstat bool) (size int64, mode uint32, sec, nsec int64, dev, ino uint64, errno int):
// slots size, mode, sec, nsec, dev, ino, errno, name(2), lstat
void statPath(rt::NativeContext&, uint64_t* s) {
  std::string name = cstr(s + 7);
  struct stat st {};
  int r;
  do {
    r = s[9] ? ::lstat(name.c_str(), &st) : ::stat(name.c_str(), &st);
  } while (r != 0 && errno == EINTR);
  statResults(s, r, st);
}

// func fstatFd(fd int) (size int64, mode uint32, sec, nsec int64, dev, ino uint64, errno int): slots ..., fd
void fstatFd(rt::NativeContext&, uint64_t* s) {
  struct stat st {};
  int r;
  do {
    r = ::fstat(static_cast<int>(s[7]), &st);
  } while (r != 0 && errno == EINTR);
  statResults(s, r, st);
}

// func fdOp(op int, fd int, x, y int64) int: 0 fchmod(x), 1 fchown(x, y), 2 ftruncate(x), 3 fsync, 4 fchdir;
// slots errno, op, fd, x, y
void fdOp(rt::NativeContext&, uint64_t* s) {
  auto fd = static_cast<int>(s[2]);
  auto x = static_cast<int64_t>(s[3]), y = static_cast<int64_t>(s[4]);
  int r = -1;
  do {
    switch (s[1]) {
      case 0: r = ::fchmod(fd, static_cast<mode_t>(x)); break;
      case 1: r = ::fchown(fd, static_cast<uid_t>(x), static_cast<gid_t>(y)); break;
      case 2: r = ::ftruncate(fd, static_cast<off_t>(x)); break;
      case 3: r = ::fsync(fd); break;
      case 4: r = ::fchdir(fd); break;
      default: errno = EINVAL;
    }
  } while (r != 0 && errno == EINTR);
  s[0] = errnoResult(r);
}

// func seekFd(fd int, offset int64, whence int) (ret int64, errno int): slots ret, errno, fd, offset, whence
void seekFd(rt::NativeContext&, uint64_t* s) {
  off_t r = ::lseek(static_cast<int>(s[2]), static_cast<off_t>(static_cast<int64_t>(s[3])), static_cast<int>(s[4]));
  s[0] = r < 0 ? 0 : static_cast<uint64_t>(static_cast<int64_t>(r));
  s[1] = r < 0 ? static_cast<uint64_t>(errno) : 0;
}

// func preadFd(fd int, b []byte, off int64) int: slots n, fd, b(3), off; the count or -errno
void preadFd(rt::NativeContext&, uint64_t* s) {
  rt::Slice b = slotSlice(s + 2);
  ssize_t n;
  do {
    n = ::pread(static_cast<int>(s[1]), b.ptr, static_cast<size_t>(b.len), static_cast<off_t>(static_cast<int64_t>(s[5])));
  } while (n < 0 && errno == EINTR);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(n < 0 ? -errno : n));
}

// func pwriteFd(fd int, b []byte, off int64) int: slots n, fd, b(3), off; the count or -errno
void pwriteFd(rt::NativeContext&, uint64_t* s) {
  rt::Slice b = slotSlice(s + 2);
  ssize_t n;
  do {
    n = ::pwrite(static_cast<int>(s[1]), b.ptr, static_cast<size_t>(b.len), static_cast<off_t>(static_cast<int64_t>(s[5])));
  } while (n < 0 && errno == EINTR);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(n < 0 ? -errno : n));
}

/// The entry names of an open directory stream without "." and "..", each followed by a NUL byte; closes it.
std::string readNames(DIR* d) {
  std::string out;
  while (dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    out += e->d_name;
    out += '\0';
  }
  ::closedir(d);
  return out;
}

// func readDirFd(fd int) (names string, errno int): slots names(2), errno, fd. Reads through a duplicate of fd
// (fdopendir takes the descriptor it is given), from the start of the directory.
void readDirFd(rt::NativeContext&, uint64_t* s) {
  int dup = ::fcntl(static_cast<int>(s[3]), F_DUPFD_CLOEXEC, 0);
  DIR* d = dup < 0 ? nullptr : ::fdopendir(dup);
  if (d == nullptr) {
    int e = errno;
    if (dup >= 0) ::close(dup);
    setString(s, rt::String{});
    s[2] = static_cast<uint64_t>(e);
    return;
  }
  ::rewinddir(d);
  setString(s, newString(readNames(d)));
  s[2] = 0;
}

/// readlink(2) of `path` into `out`, growing the buffer until the target fits; 0 or the errno.
int readlinkAll(const std::string& path, std::string& out) {
  for (size_t len = 128;; len *= 2) {
    std::string buf(len, '\0');
    ssize_t n;
    do {
      n = ::readlink(path.c_str(), buf.data(), len);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return errno;
    if (static_cast<size_t>(n) < len) {
      out.assign(buf.data(), static_cast<size_t>(n));
      return 0;
    }
  }
}

// func readlink(name string) (target string, errno int): slots target(2), errno, name(2)
void readlink(rt::NativeContext&, uint64_t* s) {
  std::string target;
  int e = readlinkAll(cstr(s + 3), target);
  setString(s, e == 0 ? newString(target) : rt::String{});
  s[2] = static_cast<uint64_t>(e);
}

// func executable() (path string, errno int): slots path(2), errno
void executable(rt::NativeContext&, uint64_t* s) {
  std::string target;
  int e = readlinkAll("/proc/self/exe", target);
  setString(s, e == 0 ? newString(target) : rt::String{});
  s[2] = static_cast<uint64_t>(e);
}

// func chtimes(name string, asec, ansec, msec, mnsec int64) int: slots errno, name(2), asec, ansec, msec, mnsec
void chtimes(rt::NativeContext&, uint64_t* s) {
  std::string name = cstr(s + 1);
  struct timespec ts[2];
  ts[0].tv_sec = static_cast<time_t>(static_cast<int64_t>(s[3]));
  ts[0].tv_nsec = static_cast<long>(static_cast<int64_t>(s[4]));
  ts[1].tv_sec = static_cast<time_t>(static_cast<int64_t>(s[5]));
  ts[1].tv_nsec = static_cast<long>(static_cast<int64_t>(s[6]));
  s[0] = errnoResult(::utimensat(AT_FDCWD, name.c_str(), ts, 0));
}

// func getgroupsCount() int: the number of supplementary groups, or -errno
void getgroupsCount(rt::NativeContext&, uint64_t* s) {
  int n = ::getgroups(0, nullptr);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(n < 0 ? -errno : n));
}

// func getgroupAt(i int) int: the i-th supplementary group (0 when out of range)
void getgroupAt(rt::NativeContext&, uint64_t* s) {
  int n = ::getgroups(0, nullptr);
  auto i = static_cast<int64_t>(s[1]);
  if (n <= 0 || i < 0 || i >= n) {
    s[0] = 0;
    return;
  }
  std::string buf(static_cast<size_t>(n) * sizeof(gid_t), '\0');
  auto* gids = reinterpret_cast<gid_t*>(buf.data());
  n = ::getgroups(n, gids);
  s[0] = i < n ? static_cast<uint64_t>(gids[i]) : 0;
}

// func pipeFds() (r int, w int, errno int): pipe2(2) with O_CLOEXEC|O_NONBLOCK
void pipeFds(rt::NativeContext&, uint64_t* s) {
  int fds[2] = {-1, -1};
  int r = ::pipe2(fds, O_CLOEXEC | O_NONBLOCK);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(fds[0]));
  s[1] = static_cast<uint64_t>(static_cast<int64_t>(fds[1]));
  s[2] = errnoResult(r);
}

// func kill(pid int, sig int) int: kill(2); slots errno, pid, sig
void kill(rt::NativeContext&, uint64_t* s) {
  s[0] = errnoResult(::kill(static_cast<pid_t>(static_cast<int64_t>(s[1])), static_cast<int>(s[2])));
}

// func waitid(pid int) int: waitid(P_PID, pid, WEXITED|WNOWAIT), retried on EINTR; slots errno, pid
void waitid(rt::NativeContext&, uint64_t* s) {
  siginfo_t info {};
  int r;
  do {
    r = ::waitid(P_PID, static_cast<id_t>(static_cast<int64_t>(s[1])), &info, WEXITED | WNOWAIT);
  } while (r != 0 && errno == EINTR);
  s[0] = errnoResult(r);
}

// func wait4(pid int) (pid1 int, status uint32, utime, stime time.Duration, errno int): slots pid1, status, utime,
// stime, errno, pid
void wait4(rt::NativeContext&, uint64_t* s) {
  int status = 0;
  struct rusage ru {};
  pid_t r;
  do {
    r = ::wait4(static_cast<pid_t>(static_cast<int64_t>(s[5])), &status, 0, &ru);
  } while (r < 0 && errno == EINTR);
  auto nanos = [](const timeval& tv) { return static_cast<int64_t>(tv.tv_sec) * 1000000000 + tv.tv_usec * 1000; };
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(r < 0 ? 0 : r));
  s[1] = static_cast<uint32_t>(status);
  s[2] = static_cast<uint64_t>(nanos(ru.ru_utime));
  s[3] = static_cast<uint64_t>(nanos(ru.ru_stime));
  s[4] = r < 0 ? static_cast<uint64_t>(errno) : 0;
}

// func fastrand() uint32: the runtime's fastrand (temporary file names)
void fastrand(rt::NativeContext&, uint64_t* s) { s[0] = rt::fastrand(); }

// func readDirNames(name string) (names string, errno int): the entry names (without . and ..) joined by NUL
void readDirNames(rt::NativeContext&, uint64_t* s) {
  std::string name = cstr(s + 3);
  DIR* d = ::opendir(name.c_str());
  if (d == nullptr) {
    setString(s, rt::String{});
    s[2] = static_cast<uint64_t>(errno);
    return;
  }
  setString(s, newString(readNames(d)));
  s[2] = 0;
}

/// The string TypeDesc of the running Module (the element type of os.Args's []string), or nullptr.
const rt::TypeDesc* stringType(const rt::Module& m) {
  for (const auto& t : m.types) {
    if (t->kind == rt::Kind::Slice && t->elem != nullptr && t->elem->kind == rt::Kind::String && t->name == "[]string")
      return t->elem;
  }
  for (const auto& t : m.types) {
    if (t->kind == rt::Kind::String && t->name == "string") return t.get();
  }
  return nullptr;
}

// var Args []string
void initArgs(rt::NativeContext& ctx, void* addr) {
  const auto& args = ctx.programArgs();
  const rt::TypeDesc* str = stringType(ctx.module());
  if (str == nullptr || args.empty()) return;
  auto n = static_cast<int64_t>(args.size());
  rt::Slice s = rt::makeSlice(str, n, n);
  rt::GcRoot pin(&s.ptr);
  for (int64_t i = 0; i < n; ++i) {
    rt::String v = newString(args[static_cast<size_t>(i)]);
    auto* elem = static_cast<rt::String*>(s.ptr) + i;
    rt::writeBarrier(reinterpret_cast<void**>(const_cast<uint8_t**>(&elem->ptr)), const_cast<uint8_t*>(v.ptr));
    elem->len = v.len;
  }
  auto* dst = static_cast<rt::Slice*>(addr);
  rt::writeBarrier(&dst->ptr, s.ptr);
  dst->len = s.len;
  dst->cap = s.cap;
}

const NativeEntry kOsNatives[] = {
    {"os.Exit", exit},
    {"os.Getegid", uidLike<getegid>},
    {"os.Geteuid", uidLike<geteuid>},
    {"os.Getgid", uidLike<getgid>},
    {"os.Getpagesize", getpagesize},
    {"os.Getpid", pidLike<getpid>},
    {"os.Getppid", pidLike<getppid>},
    {"os.Getuid", uidLike<getuid>},
    {"os.chtimes", chtimes},
    {"os.clearenv", clearenv},
    {"os.closeFd", closeFd},
    {"os.environAt", environAt},
    {"os.environCount", environCount},
    {"os.errnoString", errnoString},
    {"os.executable", executable},
    {"os.fastrand", fastrand},
    {"os.fdReady", fdReady},
    {"os.fdOp", fdOp},
    {"os.fstatFd", fstatFd},
    {"os.getenv", getenv},
    {"os.getgroupAt", getgroupAt},
    {"os.getgroupsCount", getgroupsCount},
    {"os.getwd", getwd},
    {"os.hostname", hostname},
    {"os.kill", kill},
    {"os.openFd", openFd},
    {"os.pathOp", pathOp},
    {"os.pipeFds", pipeFds},
    {"os.pollFd", pollFd},
    {"os.preadFd", preadFd},
    {"os.pwriteFd", pwriteFd},
    {"os.readDirFd", readDirFd},
    {"os.readDirNames", readDirNames},
    {"os.readFd", readFd},
    {"os.readlink", readlink},
    {"os.seekFd", seekFd},
    {"os.setenv", setenv},
    {"os.statPath", statPath},
    {"os.unsetenv", unsetenv},
    {"os.wait4", wait4},
    {"os.waitid", waitid},
    {"os.writeFd", writeFd},
    {"os.writePipeFd", writePipeFd},
};

const NativeVarEntry kOsVars[] = {
    {"os.Args", initArgs},
};

}  // namespace

std::span<const NativeEntry> osNatives() { return kOsNatives; }
std::span<const NativeVarEntry> osNativeVars() { return kOsVars; }

}  // namespace vo::stdlib
