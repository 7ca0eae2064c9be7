// Process output (native.h): stdout through a 64 KiB buffer, stderr unbuffered; stdout is flushed before every
// stderr write, when the buffer fills, at flushStdout() and at process exit, so interleaved output keeps Go's order.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "runtime-core/native.h"

namespace vo::rt {

namespace {

constexpr size_t kStdoutBuffer = 64 * 1024;

struct StdoutBuffer {
  char data[kStdoutBuffer];
  size_t len = 0;
  bool atexitRegistered = false;
};

StdoutBuffer& out() {
  static StdoutBuffer b;
  return b;
}

void writeAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // EPIPE and friends: drop the output as Go does not retry either
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

}  // namespace

void writeStdout(std::string_view bytes) {
  StdoutBuffer& b = out();
  if (!b.atexitRegistered) {
    b.atexitRegistered = true;
    std::atexit([] { flushStdout(); });
  }
  if (b.len + bytes.size() > kStdoutBuffer) {
    flushStdout();
    if (bytes.size() >= kStdoutBuffer) {
      writeAll(1, bytes.data(), bytes.size());
      return;
    }
  }
  std::memcpy(b.data + b.len, bytes.data(), bytes.size());
  b.len += bytes.size();
}

void writeStderr(std::string_view bytes) {
  flushStdout();
  writeAll(2, bytes.data(), bytes.size());
}

void flushStdout() {
  StdoutBuffer& b = out();
  if (b.len == 0) return;
  size_t n = b.len;
  b.len = 0;
  writeAll(1, b.data, n);
}

}  // namespace vo::rt
