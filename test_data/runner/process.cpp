// Child processes with a time limit (process.h).
#include "test_data/runner/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace vo::testrun {

ProcessResult runProcess(const ProcessSpec& spec) {
  ProcessResult r;
  if (spec.argv.empty()) {
    r.error = "empty command";
    return r;
  }
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    r.error = std::string("pipe: ") + std::strerror(errno);
    return r;
  }
  // Prepare everything the child needs before fork: only async-signal-safe calls after it.
  std::vector<char*> argv;
  for (const std::string& a : spec.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> envStrings;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string_view kv(*e);
    bool replaced = false;
    for (const auto& [k, v] : spec.env) {
      if (kv.size() > k.size() && kv.substr(0, k.size()) == k && kv[k.size()] == '=') replaced = true;
    }
    if (!replaced) envStrings.emplace_back(kv);
  }
  for (const auto& [k, v] : spec.env) envStrings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (std::string& s : envStrings) envp.push_back(s.data());
  envp.push_back(nullptr);

  pid_t pid = fork();
  if (pid < 0) {
    r.error = std::string("fork: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return r;
  }
  if (pid == 0) {
    setpgid(0, 0);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    if (!spec.cwd.empty() && chdir(spec.cwd.c_str()) != 0) _exit(127);
    if (spec.cpuLimitSeconds > 0) {
      rlimit lim{spec.cpuLimitSeconds, spec.cpuLimitSeconds + 1};  // SIGXCPU at the soft limit, SIGKILL 1 s later
      setrlimit(RLIMIT_CPU, &lim);
    }
    if (spec.argv[0].find('/') == std::string::npos) {
      environ = envp.data();
      execvp(argv[0], argv.data());
    } else {
      execve(argv[0], argv.data(), envp.data());
    }
    const char msg[] = "exec failed\n";
    (void)!write(2, msg, sizeof msg - 1);
    _exit(127);
  }
  setpgid(pid, pid);  // also in the parent, so that the kill below finds the group whoever runs first
  close(fds[1]);

  auto deadline = std::chrono::steady_clock::now() + spec.timeout;
  char buf[65536];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      r.timedOut = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int n = poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) continue;
    ssize_t got = read(fds[0], buf, sizeof buf);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;  // every writer closed the pipe
    size_t room = spec.outputLimit > r.output.size() ? spec.outputLimit - r.output.size() : 0;
    if (static_cast<size_t>(got) > room) r.truncated = true;
    r.output.append(buf, std::min(room, static_cast<size_t>(got)));
  }
  close(fds[0]);
  if (r.timedOut) kill(-pid, SIGKILL);
  // The pipe closed, but the child may still be exiting: wait (without reaping, so that the group id stays ours)
  // for the rest of the limit, kill whatever is left of the group, then reap.
  for (;;) {
    siginfo_t info{};
    int w = waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT | (r.timedOut ? 0 : WNOHANG));
    if (w == 0 && info.si_pid == pid) break;
    if (w < 0 && errno != EINTR) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      r.timedOut = true;
      kill(-pid, SIGKILL);
      continue;
    }
    usleep(2000);
  }
  kill(-pid, SIGKILL);  // leftovers of the group (grandchildren), if any
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) r.exitStatus = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    r.exitStatus = 128 + WTERMSIG(status);
    if (spec.cpuLimitSeconds > 0 && !r.timedOut && (WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL)) {
      r.cpuExceeded = true;
    }
  }
  return r;
}

std::string describeEnd(const ProcessResult& r, const ProcessSpec& spec) {
  if (!r.error.empty()) return "could not run: " + r.error;
  if (r.timedOut) return "timed out after " + std::to_string(spec.timeout.count() / 1000) + " s";
  if (r.cpuExceeded) return "timed out after " + std::to_string(spec.cpuLimitSeconds) + " s of CPU time";
  if (r.exitStatus > 128) return "killed by signal " + std::to_string(r.exitStatus - 128);
  return "exit status " + std::to_string(r.exitStatus);
}

}  // namespace vo::testrun
