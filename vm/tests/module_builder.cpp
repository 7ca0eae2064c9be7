// Hand-assembled Modules and child-process runs for the interpreter's tests.
#include "vm/tests/module_builder.h"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "runtime-core/native.h"

namespace vo::vm::test {

namespace {

std::unique_ptr<rt::TypeDesc> basic(rt::Kind k, const char* name, uint64_t size, std::vector<rt::SlotLayout> slots,
                                    uint16_t flags) {
  auto t = std::make_unique<rt::TypeDesc>();
  t->kind = k;
  t->name = name;
  t->size = size;
  t->align = static_cast<uint8_t>(size >= 8 ? 8 : (size == 0 ? 1 : size));
  t->slots = std::move(slots);
  t->flags = flags;
  return t;
}

}  // namespace

ModuleBuilder::ModuleBuilder() : m_(std::make_unique<rt::Module>()) {
  m_->files.push_back("/tmp/prog.go");
  intType = addType(basic(rt::Kind::Int, "int", 8, {{0, SlotKind::Scalar, 8, true, false}},
                          rt::kTypeDirect | rt::kTypeComparable));
  stringType = addType(basic(rt::Kind::String, "string", 16,
                             {{0, SlotKind::Ptr, 8, false, false}, {8, SlotKind::Scalar, 8, false, false}},
                             rt::kTypeHasPointers | rt::kTypeComparable));
  anyType = addType(basic(rt::Kind::Interface, "interface {}", 16,
                          {{0, SlotKind::IfaceType, 8, false, false}, {8, SlotKind::IfaceData, 8, false, false}},
                          rt::kTypeHasPointers | rt::kTypeComparable));
  auto err = basic(rt::Kind::String, "runtime.errorString", 16,
                   {{0, SlotKind::Ptr, 8, false, false}, {8, SlotKind::Scalar, 8, false, false}},
                   rt::kTypeHasPointers | rt::kTypeComparable | rt::kTypeNamed);
  err->pkgPath = "runtime";
  errType = addType(std::move(err));
  m_->runtimeErrorType = errType;
  float64Type = addType(basic(rt::Kind::Float64, "float64", 8, {{0, SlotKind::Float, 8, false, false}},
                              rt::kTypeDirect | rt::kTypeComparable));
  boolType = addType(basic(rt::Kind::Bool, "bool", 1, {{0, SlotKind::Scalar, 1, false, false}},
                           rt::kTypeDirect | rt::kTypeComparable));
}

int32_t ModuleBuilder::addType(std::unique_ptr<rt::TypeDesc> t) {
  t->index = static_cast<uint32_t>(m_->types.size());
  m_->types.push_back(std::move(t));
  return static_cast<int32_t>(m_->types.size() - 1);
}

uint32_t ModuleBuilder::addFunc(std::string name, uint16_t results, uint16_t params, std::vector<SlotKind> kinds,
                                std::vector<rt::Instr> code, uint32_t line0, uint8_t flags, int32_t recoverPc) {
  rt::FuncInfo f;
  f.name = std::move(name);
  f.line = line0;
  f.flags = flags;
  f.numResultSlots = results;
  f.numParamSlots = params;
  f.frameSize = static_cast<uint16_t>(kinds.size());
  f.slotKinds = std::move(kinds);
  f.recoverPc = recoverPc;
  for (uint32_t pc = 0; pc < code.size(); ++pc) f.lines.push_back({pc, line0 + pc});
  f.code = std::move(code);
  m_->funcs.push_back(std::move(f));
  return static_cast<uint32_t>(m_->funcs.size() - 1);
}

uint32_t ModuleBuilder::addNative(std::string name, uint16_t results, uint16_t params) {
  rt::FuncInfo f;
  f.name = std::move(name);
  f.flags = rt::kFuncNative;
  f.numResultSlots = results;
  f.numParamSlots = params;
  f.frameSize = static_cast<uint16_t>(results + params);
  f.slotKinds.assign(f.frameSize, SlotKind::Scalar);
  m_->funcs.push_back(std::move(f));
  return static_cast<uint32_t>(m_->funcs.size() - 1);
}

int32_t ModuleBuilder::addInt(int64_t v) {
  rt::Constant c;
  c.kind = rt::Constant::Kind::Int;
  c.i = v;
  m_->constants.push_back(c);
  return static_cast<int32_t>(m_->constants.size() - 1);
}

int32_t ModuleBuilder::addFloat(double v) {
  rt::Constant c;
  c.kind = rt::Constant::Kind::Float;
  c.f = v;
  m_->constants.push_back(c);
  return static_cast<int32_t>(m_->constants.size() - 1);
}

int32_t ModuleBuilder::addString(std::string s) {
  rt::Constant c;
  c.kind = rt::Constant::Kind::String;
  c.s = std::move(s);
  m_->constants.push_back(c);
  return static_cast<int32_t>(m_->constants.size() - 1);
}

std::unique_ptr<rt::Module> ModuleBuilder::finish(uint32_t entry) {
  m_->entry = entry;
  return std::move(m_);
}

Outcome runInChild(const rt::Module& m, const RunOptions& opts) {
  int outPipe[2], errPipe[2];
  if (pipe(outPipe) != 0 || pipe(errPipe) != 0) std::abort();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(outPipe[1], 1);
    dup2(errPipe[1], 2);
    close(outPipe[0]);
    close(errPipe[0]);
    int status = runModule(m, opts);
    rt::flushStdout();
    _exit(status);
  }
  close(outPipe[1]);
  close(errPipe[1]);
  Outcome o;
  pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
  int open = 2;
  char buf[4096];
  while (open > 0) {
    if (poll(fds, 2, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open;
        continue;
      }
      (i == 0 ? o.out : o.err).append(buf, static_cast<size_t>(n));
    }
  }
  int ws = 0;
  waitpid(pid, &ws, 0);
  o.status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
  return o;
}

}  // namespace vo::vm::test
