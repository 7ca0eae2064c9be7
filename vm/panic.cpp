// Go's panic machinery in the interpreter, modelled on Go 1.19's runtime/panic.go: gopanic (beginPanic,
// continuePanic), the recovery path (finishPanicDefer), gorecover (recover), printpanics and printpanicval
// (fatalPanic), and the goroutine trace (printTrace).
//
// Deferred calls started by a panic run as ordinary frames (FrameKind::PanicDefer) pushed above the top frame, so
// the panicking frames stay on the stack while they run, as in Go; when such a call returns, the panic either was
// recovered (the deferring frame resumes at FuncInfo::recoverPc) or continues with the next deferred call.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "vm/interp_impl.h"

namespace vo::vm {

namespace {

/// Resume point of a recovering frame whose function has no recoverPc: run its remaining defers, then return
/// with its current results (what Go does after a recover).
const rt::Instr kRecoverEpilogue[2] = {rt::Instr{rt::Opcode::RunDefers, 0, 0, 0, 0, 0},
                                       rt::Instr{rt::Opcode::Ret, 0, 0, 0, 0, 0}};

}  // namespace

bool Interpreter::beginPanic(rt::Iface value, bool nilDeref, Frame* root) {
  auto* p = new PanicRecord;
  p->value = value;
  p->link = panics_;
  p->nilDeref = nilDeref;
  panics_ = p;
  return continuePanic(root);
}

bool Interpreter::continuePanic(Frame* root) {
  PanicRecord* p = panics_;
  const uint32_t rootIndex = static_cast<uint32_t>(root - framesLo_);
  for (;;) {
    if (defers_.empty() || defers_.back().frame < rootIndex) {
      if (root == framesLo_ + 1) fatalPanic();
      return false;  // the rest belongs to the runs below this one: propagatePanic
    }
    DeferRecord& d = defers_.back();
    if (d.started) {
      // Started by an earlier panic whose deferred call panicked again (gopanic: "d.started"): that panic will
      // not continue.
      if (d.panic) d.panic->aborted = true;
      defers_.pop_back();
      continue;
    }
    d.started = true;
    d.panic = p;
    const rt::Closure* c = d.fn;
    if (!c) {
      defers_.pop_back();
      return beginPanic(runtimeErrorValue(rt::RuntimeError{"invalid memory address or nil pointer dereference"}),
                        true, root);
    }
    uint64_t* nb = stackTop();
    if (funcs_[c->func].isNative) {
      const FuncRt& f = funcs_[c->func];
      if (nb + f.numResultSlots + f.numParamSlots > stackLimit_) stackOverflow();
      for (uint32_t i = 0; i < f.numResultSlots; ++i) nb[i] = 0;
      try {
        callNative(c->func, nb);
      } catch (const rt::RuntimeError& e) {
        defers_.pop_back();
        return beginPanic(runtimeErrorValue(e), e.message == "invalid memory address or nil pointer dereference",
                          root);
      } catch (const rt::PanicException& e) {
        defers_.pop_back();
        return beginPanic(e.value, false, root);
      }
      defers_.pop_back();
      continue;
    }
    pushFrame(c->func, nb, c, FrameKind::PanicDefer);
    fp_->panic = p;
    return true;
  }
}

bool Interpreter::finishPanicDefer(PanicRecord* p, Frame* root) {
  // The deferred call's record is the newest: the call consumed every record it pushed itself.
  DeferRecord d = defers_.back();
  defers_.pop_back();
  if (!p->recovered) return continuePanic(root);

  // Recovered (gopanic's "if p.recovered" path): drop the panic and the aborted ones behind it, discard the frames
  // above the deferring frame and resume it at its recovery point.
  panics_ = p->link;
  delete p;
  while (panics_ && panics_->aborted) {
    PanicRecord* q = panics_;
    panics_ = q->link;
    delete q;
  }
  // Vo: a recover discards the errdefers of the deferring frame that have not run yet.
  std::erase_if(defers_, [&](const DeferRecord& r) { return r.frame == d.frame && r.isErrDefer(); });
  Frame* target = framesLo_ + d.frame;
  unwindTo(target);
  const rt::FuncInfo* fn = target->fn;
  target->pc = fn->recoverPc >= 0 ? fn->code.data() + fn->recoverPc : kRecoverEpilogue;
  return true;
}

void Interpreter::propagatePanic(Frame* root) {
  // No deferred call of this (nested) run is left: leave it and let the run below continue the panic.
  PanicRecord* p = panics_;
  rt::Iface v = p->value;
  // Should the program end with this panic, its trace shows the frames where it started (the innermost run).
  if (inFlight_.tab != v.tab || inFlight_.data != v.data) {
    inFlightTrace_.clear();
    printTrace(inFlightTrace_, false);
  }
  panics_ = p->link;
  delete p;
  unwindTo(root - 1);
  inFlight_ = v;  // rooted while natives between the runs handle the exception
  throw rt::PanicException{v};
}

rt::Iface Interpreter::recover() {
  PanicRecord* p = panics_;
  if (!p || p->recovered) return {};
  // gorecover: only a function called directly by the panic machinery as a deferred call may recover. Hidden
  // functions (defer thunks, interface-pair and method-value wrappers) do not count as frames, as Go's wrappers
  // do not: the first visible function above the machinery's call may recover. A hidden function that executes
  // recover itself (`defer recover()`) acts for its caller when that caller's deferreturn runs it, and recovers
  // nothing when the machinery runs it (recover1.go test5-test7).
  Frame* g = fp_;
  if (g->fn->flags & rt::kFuncHidden) {
    if (g->kind != FrameKind::Normal || g - 1 <= framesLo_) return {};
    g = g - 1;
  }
  while (g->kind != FrameKind::PanicDefer) {
    if (g->kind != FrameKind::Normal) return {};
    Frame* below = g - 1;
    if (below <= framesLo_ || !(below->fn->flags & rt::kFuncHidden)) return {};
    g = below;
  }
  bool direct = g->panic == p;
  if (!direct) return {};
  p->recovered = true;
  return p->value;
}

void Interpreter::unwindTo(Frame* target) {
  if (fp_ <= target) return;
  uint64_t* lo = (target + 1)->base;
  uint64_t* hi = lo;
  for (Frame* f = target + 1; f <= fp_; ++f) hi = std::max(hi, f->base + f->fn->frameSize);
  std::memset(lo, 0, static_cast<size_t>(hi - lo) * sizeof(uint64_t));
  fp_ = target;
}

rt::Iface Interpreter::runtimeErrorValue(const rt::RuntimeError& e) {
  if (e.isBounds && m_.boundsErrorType >= 0) {
    // runtime.boundsError {x int64; y int; signed bool; code uint8} (verified shape).
    const rt::TypeDesc* t = type(m_.boundsErrorType);
    auto* box = static_cast<uint8_t*>(rt::gcAlloc(t));
    std::memcpy(box, &e.bounds.x, 8);
    std::memcpy(box + 8, &e.bounds.y, 8);
    box[16] = e.bounds.isSigned ? 1 : 0;
    box[17] = e.bounds.code;
    return rt::Iface{t, box};
  }
  bool plain = rt::isPlainError(e);
  int32_t index = plain ? m_.plainErrorType : m_.runtimeErrorType;
  if (index < 0) return stringValue(stringType_, rt::runtimeErrorText(e));
  // errorString holds the text after "runtime error: ", plainError the whole text: both are e.message.
  return stringValue(type(index), e.message);
}

rt::Iface Interpreter::stringValue(const rt::TypeDesc* t, const std::string& text) {
  void* box = rt::gcAlloc(t);
  tempRoots_.push_back(box);
  rt::String s = rt::makeString(text);
  tempRoots_.pop_back();
  std::memcpy(box, &s, sizeof s);
  return rt::Iface{t, box};
}

rt::Iface Interpreter::typeAssertionErrorValue(const rt::TypeDesc* iface, const rt::TypeDesc* concrete,
                                               const rt::TypeDesc* asserted, const std::string& missingMethod) {
  if (m_.typeAssertionErrorType < 0)
    return stringValue(stringType_, assertionMessage(iface, concrete, asserted, missingMethod));
  // *runtime.TypeAssertionError: a pointer to struct {_interface, concrete, asserted *_type; missingMethod
  // string}, _type = struct {str, pkgPath string} (verified shape).
  const rt::TypeDesc* pt = type(m_.typeAssertionErrorType);
  const rt::TypeDesc* st = pt->elem;
  const rt::TypeDesc* rtype = st->fields[0].type->elem;
  auto* obj = static_cast<uint8_t*>(rt::gcAlloc(st));
  tempRoots_.push_back(obj);
  auto setString = [&](uint8_t* at, const std::string& text) {
    rt::String s = rt::makeString(text);
    rt::writeBarrier(reinterpret_cast<void**>(at), const_cast<uint8_t*>(s.ptr));
    std::memcpy(at + 8, &s.len, 8);
  };
  const rt::TypeDesc* types[3] = {iface, concrete, asserted};
  for (size_t i = 0; i < 3; ++i) {
    if (types[i] == nullptr) continue;
    auto* r = static_cast<uint8_t*>(rt::gcAlloc(rtype));
    rt::writeBarrier(reinterpret_cast<void**>(obj + 8 * i), r);
    setString(r, types[i]->name);
    setString(r + 16, types[i]->pkgPath);
  }
  setString(obj + 24, missingMethod);
  tempRoots_.pop_back();
  return rt::Iface{pt, obj};
}

void Interpreter::panicTypeAssertion(const rt::TypeDesc* iface, const rt::TypeDesc* concrete,
                                     const rt::TypeDesc* asserted, const std::string& missingMethod) {
  throw rt::PanicException{typeAssertionErrorValue(iface, concrete, asserted, missingMethod)};
}

bool Interpreter::callStringMethod(rt::Iface v, const char* name, std::string* out) {
  const rt::TypeDesc* t = static_cast<const rt::TypeDesc*>(v.tab);
  for (const rt::Method& meth : t->methods) {
    if (meth.name != name || !meth.pkgPath.empty() || meth.signature != "func() string" ||
        meth.ifaceFunc == rt::kNoFunc)
      continue;
    uint64_t window[4] = {0, 0, reinterpret_cast<uint64_t>(v.tab), reinterpret_cast<uint64_t>(v.data)};
    try {
      callFunc(meth.ifaceFunc, window, 4);
    } catch (const rt::RuntimeError&) {
      return false;
    } catch (const rt::PanicException&) {
      return false;
    }
    out->assign(reinterpret_cast<const char*>(window[0]), static_cast<size_t>(window[1]));
    return true;
  }
  return false;
}

// runtime/error.go printpanicval / printanycustomtype, after preprintpanics turned errors and Stringers into
// their texts.
void Interpreter::appendPanicValue(std::string& out, rt::Iface v) {
  const rt::TypeDesc* t = static_cast<const rt::TypeDesc*>(v.tab);
  if (!t) {
    out += "nil";
    return;
  }
  std::string text;
  if ((m_.runtimeErrorType >= 0 && t == type(m_.runtimeErrorType)) ||
      (m_.plainErrorType >= 0 && t == type(m_.plainErrorType)) || t == stringType_) {
    const rt::String* s = static_cast<const rt::String*>(v.data);
    if (m_.runtimeErrorType >= 0 && t == type(m_.runtimeErrorType)) out += "runtime error: ";  // errorString.Error
    out.append(s->view());
    return;
  }
  if (callStringMethod(v, "Error", &text) || callStringMethod(v, "String", &text)) {
    out += text;
    return;
  }
  const void* mem = t->direct() ? static_cast<const void*>(&v.data) : v.data;
  // printanycustomtype: defined types other than the predeclared ones print with their type name.
  bool named = (t->flags & rt::kTypeNamed) && !t->pkgPath.empty();
  std::string value;
  using rt::Kind;
  switch (t->kind) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Float32:
    case Kind::Float64:
    case Kind::String: {
      uint64_t slots[2] = {0, 0};
      rt::loadSlots(t, mem, slots);
      appendPrinted(value, t, slots);
      if (!named) {
        out += value;
      } else if (t->kind == Kind::String) {
        out += t->name + "(\"" + value + "\")";
      } else {
        out += t->name + "(" + value + ")";
      }
      return;
    }
    default:
      out += "(" + t->name + ") ";
      appendHex(out, reinterpret_cast<uint64_t>(v.data));
      return;
  }
}

void Interpreter::fatalPanic() {
  rt::flushStdout();
  std::vector<PanicRecord*> chain;
  for (PanicRecord* p = panics_; p; p = p->link) chain.push_back(p);
  std::string out;
  for (size_t i = chain.size(); i-- > 0;) {
    if (i + 1 != chain.size()) out += "\t";
    out += "panic: ";
    appendPanicValue(out, chain[i]->value);
    if (chain[i]->recovered) out += " [recovered]";
    out += "\n";
  }
  if (!chain.empty() && chain.front()->nilDeref)
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += "\n";
  if (!chain.empty() && !inFlightTrace_.empty() && chain.front()->value.tab == inFlight_.tab &&
      chain.front()->value.data == inFlight_.data)
    out += inFlightTrace_;
  else
    printTrace(out, false);
  rt::writeStderr(out);
  throw ProgramExit{2};
}

int64_t Interpreter::framePcIndex(const Frame* f, bool topIsCalling) const {
  const rt::FuncInfo* fn = f->fn;
  const rt::Instr* code = fn->code.data();
  const rt::Instr* pc = f->pc;
  bool atCall = f == fp_ ? topIsCalling : (f + 1)->kind == FrameKind::Normal;
  if (atCall && pc > code && pc <= code + fn->code.size() && rt::isCallOpcode((pc - 1)->op)) --pc;
  if (pc < code || pc >= code + fn->code.size()) return -1;
  return pc - code;
}

void Interpreter::printTrace(std::string& out, bool topIsCalling) const {
  out += "goroutine " + std::to_string(goid_) + " [" + traceStatus_ + "]:\n";
  constexpr int kMaxTraceFrames = 100;  // Go's _TracebackMaxFrames
  int printed = 0;
  for (const Frame* f = fp_; f > framesLo_; --f) {
    const rt::FuncInfo* fn = f->fn;
    if (fn->flags & rt::kFuncHidden) continue;
    if (printed == kMaxTraceFrames) {
      out += "...additional frames elided...\n";
      break;
    }
    ++printed;
    int64_t pcIndex = framePcIndex(f, topIsCalling);
    uint32_t line = pcIndex >= 0 ? fn->lineAt(static_cast<uint32_t>(pcIndex)) : fn->line;
    if (const rt::InlinedCall* ic = pcIndex >= 0 ? fn->inlinedAt(static_cast<uint32_t>(pcIndex)) : nullptr) {
      // Go prints an inlined frame as `name(...)` and its file:line without an offset, then the enclosing function
      // at the call site (runtime/traceback.go).
      out += ic->name + "(...)\n\t";
      out += ic->file < m_.files.size() ? m_.files[ic->file] : std::string("?");
      out += ":" + std::to_string(line) + "\n";
      line = ic->callLine;
      if (printed == kMaxTraceFrames) {
        out += "...additional frames elided...\n";
        break;
      }
      ++printed;
    }
    out += fn->name;
    out += fn->numParamSlots ? "(...)" : "()";
    out += "\n\t";
    out += fn->file < m_.files.size() ? m_.files[fn->file] : std::string("?");
    out += ":" + std::to_string(line) + " +0x0\n";
    if (f->kind == FrameKind::PanicDefer && f->panic) {
      out += "panic({";
      appendHex(out, reinterpret_cast<uint64_t>(f->panic->value.tab));
      out += ", ";
      appendHex(out, reinterpret_cast<uint64_t>(f->panic->value.data));
      out += "})\n\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x0\n";
    }
  }
  if (const rt::FuncInfo* fn = createdBy_.fn) {
    int64_t i = createdBy_.pcIndex;
    uint32_t line = i >= 0 ? fn->lineAt(static_cast<uint32_t>(i)) : fn->line;
    out += "created by " + fn->name + "\n\t";
    out += fn->file < m_.files.size() ? m_.files[fn->file] : std::string("?");
    out += ":" + std::to_string(line) + " +0x0\n";
  }
}

// pc encoding for natives: (func index + 1) << 32 | (instruction index + 1); kGopanicPC names the runtime's
// gopanic frame that Go shows between a deferred call run by a panic and the panicking function. A pc inside an
// inlined body (FuncInfo::inlined) stands for the inlined frame; the enclosing function's frame at that call site
// is (func index + 1) << 32 | kInlineCallerBit | inlined call index (Go gives each inlined frame its own pc too).
namespace {
constexpr uint64_t kGopanicPC = 0xFFFFFFFFull << 32 | 1;
constexpr uint64_t kInlineCallerBit = 0x80000000u;
}  // namespace

uint64_t Interpreter::callerPC(size_t skip) const {
  for (const Frame* f = fp_; f > framesLo_; --f) {
    if (!(f->fn->flags & rt::kFuncHidden)) {
      int64_t idx = std::max<int64_t>(framePcIndex(f, false), 0);
      uint64_t func = static_cast<uint64_t>(f->fn - m_.funcs.data());
      if (const rt::InlinedCall* ic = f->fn->inlinedAt(static_cast<uint32_t>(idx))) {
        if (skip == 0) return ((func + 1) << 32) | static_cast<uint64_t>(idx + 1);
        --skip;
        if (skip == 0)
          return ((func + 1) << 32) | kInlineCallerBit | static_cast<uint64_t>(ic - f->fn->inlined.data());
        --skip;
      } else {
        if (skip == 0) return ((func + 1) << 32) | static_cast<uint64_t>(idx + 1);
        --skip;
      }
    }
    if (f->kind == FrameKind::PanicDefer) {
      if (skip == 0) return kGopanicPC;
      --skip;
    }
  }
  return 0;
}

bool Interpreter::describePC(uint64_t pc, std::string* function, std::string* file, int* line) const {
  if (pc == kGopanicPC) {
    if (function) *function = "runtime.gopanic";
    if (file) *file = "/usr/lib/go-1.19/src/runtime/panic.go";
    if (line) *line = 884;
    return true;
  }
  uint64_t func = (pc >> 32) - 1;
  uint64_t idx = (pc & 0xFFFFFFFFu);
  if ((pc >> 32) == 0 || func >= m_.funcs.size()) return false;
  const rt::FuncInfo& fn = m_.funcs[func];
  if (idx & kInlineCallerBit) {  // the enclosing function at an inlined call site
    idx &= ~kInlineCallerBit;
    if (idx >= fn.inlined.size()) return false;
    if (function) *function = fn.name;
    if (file) *file = fn.file < m_.files.size() ? m_.files[fn.file] : std::string();
    if (line) *line = static_cast<int>(fn.inlined[idx].callLine);
    return true;
  }
  if (idx == 0 || idx > fn.code.size()) return false;  // past the function's code (FuncForPC(pc + i))
  const rt::InlinedCall* ic = fn.inlinedAt(static_cast<uint32_t>(idx - 1));
  if (function) *function = ic ? ic->name : fn.name;
  uint32_t fileIndex = ic ? ic->file : fn.file;
  if (file) *file = fileIndex < m_.files.size() ? m_.files[fileIndex] : std::string();
  if (line) *line = static_cast<int>(fn.lineAt(static_cast<uint32_t>(idx - 1)));
  return true;
}

std::string Interpreter::goroutineTrace() const {
  std::string out;
  printTrace(out, false);
  return out;
}

void Interpreter::stackOverflow() {
  rt::flushStdout();
  std::string out =
      "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n";
  printTrace(out, true);
  rt::writeStderr(out);
  throw ProgramExit{2};
}

}  // namespace vo::vm
