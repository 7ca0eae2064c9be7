// os's natives: Exit, the descriptor I/O behind file_impl.vo, and the initialiser of os.Args.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
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
      if (n < 0) {
        slots[0] = static_cast<uint64_t>(static_cast<int64_t>(-errno));
        return;
      }
      done += static_cast<size_t>(n);
    }
  }
  slots[0] = static_cast<uint64_t>(b.len);
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

// func pathOp(op int, a, b string, perm uint32) int: 0 mkdir(a, perm), 1 remove(a) (file or empty directory),
// 2 rename(a, b), 3 chdir(a), 4 chmod(a, perm), 5 rmdir(a), 6 unlink(a); the errno or 0
void pathOp(rt::NativeContext&, uint64_t* s) {
  std::string a = cstr(s + 2), b = cstr(s + 4);
  auto perm = static_cast<mode_t>(s[6]);
  int r = -1;
  switch (s[1]) {
    case 0: r = ::mkdir(a.c_str(), perm); break;
    case 1:
      r = ::unlink(a.c_str());
      if (r != 0) {
        int e = errno;
        r = ::rmdir(a.c_str());
        if (r != 0 && errno == ENOTDIR) errno = e;
      }
      break;
    case 2: r = ::rename(a.c_str(), b.c_str()); break;
    case 3: r = ::chdir(a.c_str()); break;
    case 4: r = ::chmod(a.c_str(), perm); break;
    case 5: r = ::rmdir(a.c_str()); break;
    case 6: r = ::unlink(a.c_str()); break;
    default: errno = EINVAL;
  }
  s[0] = errnoResult(r);
}

// func statPath(name string, lstat bool) (size int64, mode uint32, sec int64, nsec int64, errno int):
// slots size, mode, sec, nsec, errno, name(2), lstat
void statPath(rt::NativeContext&, uint64_t* s) {
  std::string name = cstr(s + 5);
  struct stat st {};
  int r = s[7] ? ::lstat(name.c_str(), &st) : ::stat(name.c_str(), &st);
  if (r != 0) {
    s[0] = s[1] = s[2] = s[3] = 0;
    s[4] = static_cast<uint64_t>(errno);
    return;
  }
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(st.st_size));
  s[1] = st.st_mode;
  s[2] = static_cast<uint64_t>(static_cast<int64_t>(st.st_mtim.tv_sec));
  s[3] = static_cast<uint64_t>(static_cast<int64_t>(st.st_mtim.tv_nsec));
  s[4] = 0;
}

// func readDirNames(name string) (names string, errno int): the entry names (without . and ..) joined by NUL
void readDirNames(rt::NativeContext&, uint64_t* s) {
  std::string name = cstr(s + 3);
  DIR* d = ::opendir(name.c_str());
  if (d == nullptr) {
    setString(s, rt::String{});
    s[2] = static_cast<uint64_t>(errno);
    return;
  }
  std::string out;
  while (dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    out += e->d_name;
    out += '\0';
  }
  ::closedir(d);
  setString(s, newString(out));
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
    {"os.clearenv", clearenv},
    {"os.closeFd", closeFd},
    {"os.environAt", environAt},
    {"os.environCount", environCount},
    {"os.errnoString", errnoString},
    {"os.getenv", getenv},
    {"os.getwd", getwd},
    {"os.hostname", hostname},
    {"os.openFd", openFd},
    {"os.pathOp", pathOp},
    {"os.readDirNames", readDirNames},
    {"os.readFd", readFd},
    {"os.setenv", setenv},
    {"os.statPath", statPath},
    {"os.unsetenv", unsetenv},
    {"os.writeFd", writeFd},
};

const NativeVarEntry kOsVars[] = {
    {"os.Args", initArgs},
};

}  // namespace

std::span<const NativeEntry> osNatives() { return kOsNatives; }
std::span<const NativeVarEntry> osNativeVars() { return kOsVars; }

}  // namespace vo::stdlib
