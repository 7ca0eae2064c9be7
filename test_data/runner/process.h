// Running a program under test as a child process: combined standard output and standard error through one pipe
// (so their interleaving is the program's), a time limit that kills the child's whole process group, and the exit
// status as a shell reports it. POSIX only; it does not interpret the output.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace vo::testrun {

/// How to run one command.
struct ProcessSpec {
  std::vector<std::string> argv;                            ///< argv[0] is looked up on PATH when it has no '/'
  std::string cwd;                                          ///< working directory; empty keeps ours
  std::vector<std::pair<std::string, std::string>> env;     ///< variables added to (or replacing in) our environment
  std::chrono::milliseconds timeout{10000};                 ///< wall-clock limit
  /// CPU-time limit in seconds (RLIMIT_CPU of the child; 0 = none). On a loaded machine a CPU limit judges a
  /// program's own work, so a generous wall-clock `timeout` can sit beside it for programs that block.
  unsigned cpuLimitSeconds = 0;
  size_t outputLimit = size_t{8} << 20;                     ///< bytes kept; more is read and dropped
};

/// How it ended.
struct ProcessResult {
  std::string output;       ///< stdout and stderr interleaved, at most ProcessSpec::outputLimit bytes
  int exitStatus = -1;      ///< the exit code, or 128 + signal number when a signal ended it (as sh reports)
  bool timedOut = false;    ///< the wall-clock limit passed and the process group was killed (SIGKILL)
  bool cpuExceeded = false; ///< the CPU-time limit passed (the child got SIGXCPU or SIGKILL from the kernel)
  bool truncated = false;   ///< output passed the limit
  std::string error;        ///< non-empty when the command could not be started (fork/exec failure)
};

/// Runs `spec` in a new process group with standard input from /dev/null and waits for it (and at most the time
/// limit). On time-out the whole group gets SIGKILL. Thread-safe (callers may run several at once).
ProcessResult runProcess(const ProcessSpec& spec);

/// A one-line description of how a process ended: `exit status 2`, `timed out after 10 s`,
/// `timed out after 10 s of CPU time`, `killed by signal 11`, `could not run: ...`.
std::string describeEnd(const ProcessResult& r, const ProcessSpec& spec);

}  // namespace vo::testrun
