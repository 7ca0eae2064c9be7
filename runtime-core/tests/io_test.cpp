// Process output: stdout is buffered, stderr is not, and stdout is flushed before every stderr write, so output
// sent to one file through both keeps program order (as Go's unbuffered os.Stdout/os.Stderr would).
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <string>

#include "runtime-core/native.h"

namespace vo::rt {
namespace {

TEST(IoTest, StderrWritesFlushStdoutFirst) {
  char path[] = "/tmp/vo_io_test_XXXXXX";  // a file, not a pipe: the big write must not block on a reader
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  unlink(path);
  flushStdout();
  int savedOut = dup(1), savedErr = dup(2);
  dup2(fd, 1);
  dup2(fd, 2);
  writeStdout("a");
  writeStdout("b");
  writeStderr("C");
  writeStdout("d");
  std::string big(70000, 'x');  // larger than the buffer: written through at once, in order
  writeStdout(big);
  writeStdout("e");
  flushStdout();
  dup2(savedOut, 1);
  dup2(savedErr, 2);
  close(savedOut);
  close(savedErr);
  std::string got;
  char buf[4096];
  ssize_t n;
  lseek(fd, 0, SEEK_SET);
  while ((n = read(fd, buf, sizeof buf)) > 0) got.append(buf, static_cast<size_t>(n));
  close(fd);
  EXPECT_EQ(got, "abCd" + big + "e");
}

}  // namespace
}  // namespace vo::rt
