// os's natives: Exit, the descriptor I/O behind file_impl.vo, and the initialiser of os.Args.
#include <unistd.h>

#include <cerrno>

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
        slots[0] = static_cast<uint64_t>(int64_t{-1});
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
  slots[0] = static_cast<uint64_t>(static_cast<int64_t>(n < 0 ? -1 : n));
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
    {"os.readFd", readFd},
    {"os.writeFd", writeFd},
};

const NativeVarEntry kOsVars[] = {
    {"os.Args", initArgs},
};

}  // namespace

std::span<const NativeEntry> osNatives() { return kOsNatives; }
std::span<const NativeVarEntry> osNativeVars() { return kOsVars; }

}  // namespace vo::stdlib
