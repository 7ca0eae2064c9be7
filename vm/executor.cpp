// The interpreter's setup and everything around the loop: loading a Module (natives, constants, globals), the
// register and frame stacks, calls from C++ (NativeContext), GC roots, and runModule.
#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <new>
#include <set>

#include "vm/interp_impl.h"

namespace vo::vm {

namespace {

/// Reserves `bytes` of lazily committed, zeroed memory; halves the request when the system refuses.
void* reserve(size_t* bytes) {
  for (size_t n = std::max<size_t>(*bytes, 4096); n >= 4096; n /= 2) {
    void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) {
      *bytes = n;
      return p;
    }
  }
  throw rt::FatalError{"cannot reserve the goroutine stack"};
}

/// The method an rt::kFuncIfaceForward variant `w` forwards to, if its window fits the shortcut: the callee
/// takes w's results, a Ptr receiver in place of w's pair and w's params (slot kinds equal); else rt::kNoFunc.
uint32_t ifaceForwardTarget(const rt::Module& m, const rt::FuncInfo& w) {
  uint32_t target = rt::kNoFunc;
  for (const rt::Instr& in : w.code) {
    if (!rt::isCallOpcode(in.op)) continue;
    if (in.op != rt::Opcode::Call || target != rt::kNoFunc) return rt::kNoFunc;
    target = static_cast<uint32_t>(in.d);
  }
  if (target >= m.funcs.size()) return rt::kNoFunc;
  const rt::FuncInfo& t = m.funcs[target];
  const size_t nr = w.numResultSlots;
  if (t.isNative() || t.numResultSlots != nr || w.numParamSlots < 2 || t.numParamSlots + 1u != w.numParamSlots)
    return rt::kNoFunc;
  const auto& wk = w.slotKinds;
  const auto& tk = t.slotKinds;
  if (wk[nr] != rt::SlotKind::IfaceType || wk[nr + 1] != rt::SlotKind::IfaceData || tk[nr] != rt::SlotKind::Ptr)
    return rt::kNoFunc;
  for (size_t s = 0; s < nr; ++s)
    if (tk[s] != wk[s]) return rt::kNoFunc;
  for (size_t s = nr + 1; s < nr + t.numParamSlots; ++s)
    if (tk[s] != wk[s + 1]) return rt::kNoFunc;
  return target;
}

}  // namespace

Interpreter::Interpreter(const rt::Module& m, const RunOptions& opts) : m_(m), opts_(opts) {
  funcs_.resize(m.funcs.size());
  natives_.assign(m.funcs.size(), nullptr);
  for (size_t i = 0; i < m.funcs.size(); ++i) {
    const rt::FuncInfo& fi = m.funcs[i];
    FuncRt& f = funcs_[i];
    f.info = &fi;
    f.code = fi.code.data();
    f.numResultSlots = fi.numResultSlots;
    f.numParamSlots = fi.numParamSlots;
    f.frameSize = fi.frameSize;
    f.isNative = fi.isNative();
    if (f.isNative && opts_.resolveNative) natives_[i] = opts_.resolveNative(fi.name);
    // The zeroing bounds (FuncRt): pointer-kind slots, and frame objects (whatever their slots' kinds).
    size_t top = 0;
    for (size_t s = 0; s < fi.slotKinds.size(); ++s)
      if (fi.slotKinds[s] != rt::SlotKind::Scalar && fi.slotKinds[s] != rt::SlotKind::Float) top = s + 1;
    f.ptrTop = static_cast<uint16_t>(top);
    for (const rt::Instr& in : fi.code)
      if (in.op == rt::Opcode::FrameAddr && in.d >= 0 && static_cast<size_t>(in.d) < m.types.size())
        top = std::max<size_t>(top, in.b + rt::frameObjectSlots(m.types[static_cast<size_t>(in.d)].get()));
    f.zeroTop = static_cast<uint16_t>(std::min<size_t>(top, fi.frameSize));
  }
  for (size_t i = 0; i < m.funcs.size(); ++i)
    if (m.funcs[i].flags & rt::kFuncIfaceForward) funcs_[i].ifaceTarget = ifaceForwardTarget(m, m.funcs[i]);
  constBits_.resize(m.constants.size());
  constStrs_.resize(m.constants.size());
  for (size_t i = 0; i < m.constants.size(); ++i) {
    const rt::Constant& c = m.constants[i];
    switch (c.kind) {
      case rt::Constant::Kind::Int: constBits_[i] = static_cast<uint64_t>(c.i); break;
      case rt::Constant::Kind::Float: constBits_[i] = std::bit_cast<uint64_t>(c.f); break;
      case rt::Constant::Kind::String:
        constStrs_[i] = rt::String{reinterpret_cast<const uint8_t*>(c.s.data()), static_cast<int64_t>(c.s.size())};
        break;
    }
  }
  staticClosures_.assign(m.funcs.size(), nullptr);
  layout_.assign(m.types.size(), 0);
  for (size_t i = 0; i < m.types.size(); ++i) {
    const rt::TypeDesc& t = *m.types[i];
    bool plain = t.size == 8 * t.slots.size();
    for (size_t k = 0; plain && k < t.slots.size(); ++k) {
      const rt::SlotLayout& sl = t.slots[k];
      plain = sl.offset == 8 * k && sl.width == 8 && !sl.isFloat32;
    }
    if (plain) layout_[i] = t.hasPointers() ? kPlainSlots : (kPlainSlots | kPlainNoPointers);
  }
  for (size_t i = 0; i < m.types.size(); ++i) {  // after the loop above: reads the elements' bits
    const rt::TypeDesc& t = *m.types[i];
    if (t.kind != rt::Kind::Map || !t.key || !t.elem || t.elem->size != 8) continue;
    uint8_t e = layoutOf(t.elem);
    if (t.key->kind == rt::Kind::String) {
      if (e & kPlainSlots) layout_[i] |= kMapStrGet;
      if (e & kPlainNoPointers) layout_[i] |= kMapStrSet;
      continue;
    }
    if (!rt::mapKeyIsWord(t.key)) continue;
    if (!(layoutOf(t.key) & kPlainSlots)) continue;  // e.g. [8]byte: eight slots in registers
    if (e & kPlainSlots) layout_[i] |= kMapWordGet;
    if (e & kPlainNoPointers) layout_[i] |= kMapWordSet;
  }
  for (const auto& t : m.types) {
    if (t->kind == rt::Kind::String && t->name == "string") {
      stringType_ = t.get();
      break;
    }
  }
  if (!stringType_) {
    ownStringType_ = std::make_unique<rt::TypeDesc>();
    rt::TypeDesc& t = *ownStringType_;
    t.index = UINT32_MAX;
    t.kind = rt::Kind::String;
    t.align = 8;
    t.size = 16;
    t.flags = rt::kTypeHasPointers | rt::kTypeComparable;
    t.name = "string";
    t.slots = {rt::SlotLayout{0, rt::SlotKind::Ptr, 8, false, false}, rt::SlotLayout{8, rt::SlotKind::Scalar, 8, false, false}};
    stringType_ = &t;
  }
  size_t globalsSize = m.globalsType ? m.globalsType->size : 0;
  globals_ = static_cast<uint8_t*>(std::calloc(1, std::max<size_t>(globalsSize, 16)));

  size_t stackBytes = opts_.maxStackBytes;
  stackLo_ = static_cast<uint64_t*>(reserve(&stackBytes));
  stackLimit_ = stackLo_ + stackBytes / sizeof(uint64_t) - kStackSlack;
  size_t frameBytes = opts_.maxFrames * sizeof(Frame);
  framesLo_ = static_cast<Frame*>(reserve(&frameBytes));
  framesLimit_ = framesLo_ + frameBytes / sizeof(Frame);
  framesLo_[0] = Frame{&sentinelFn_, stackLo_, nullptr, nullptr, FrameKind::Root, nullptr};
  fp_ = framesLo_;
  homeStackLo_ = stackLo_;
  homeStackLimit_ = stackLimit_;
  homeFramesLo_ = framesLo_;
  homeFramesLimit_ = framesLimit_;
  waitForAll_ = opts_.waitForAll;
}

Interpreter::~Interpreter() {
  while (panics_) {
    PanicRecord* p = panics_;
    panics_ = p->link;
    delete p;
  }
  for (rt::Closure* c : staticClosures_) std::free(c);
  std::free(globals_);
  munmap(stackLo_, static_cast<size_t>(stackLimit_ + kStackSlack - stackLo_) * sizeof(uint64_t));
  munmap(framesLo_, static_cast<size_t>(framesLimit_ - framesLo_) * sizeof(Frame));
}

void Interpreter::initNativeVars() {
  if (!m_.globalsType || !opts_.resolveNativeVar) return;
  for (const rt::StructField& f : m_.globalsType->fields) {
    if (rt::NativeVarInit init = opts_.resolveNativeVar(f.name)) init(*this, globals_ + f.offset);
  }
}

int Interpreter::run() {
  int status = 0;
  // The native stack nested runs may use (natives calling back into Vo recurse on it): the main thread's
  // limit, less a margin for the natives themselves.
  nativeStackBase_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  rlimit rl{};
  size_t limit = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = rl.rlim_cur;
  limit = std::min<size_t>(limit, 256u << 20);
  nativeStackLimit_ = limit > (2u << 20) ? limit - (1u << 20) : limit / 2;
  rt::gcAddRoots(this);
  try {
    try {
      runMain();
    } catch (const rt::RuntimeError& e) {
      // Only code outside the loop gets here (native variable initialisers).
      beginPanic(runtimeErrorValue(e), false, framesLo_ + 1);
    } catch (const rt::PanicException& e) {
      beginPanic(e.value, false, framesLo_ + 1);
    }
  } catch (const ProgramExit& e) {
    status = e.code;
  } catch (const rt::ExitException& e) {
    status = e.code;
  } catch (const rt::FatalError& e) {
    rt::flushStdout();
    std::string out = "fatal error: " + e.message + "\n";
    if (e.message == "all goroutines are asleep - deadlock!") {
      appendAllTraces(out);
    } else {
      out += "\n";
      printTrace(out, false);
    }
    rt::writeStderr(out);
    status = 2;
  } catch (const std::bad_alloc&) {
    rt::flushStdout();
    std::string out = "fatal error: runtime: out of memory\n\n";
    printTrace(out, false);
    rt::writeStderr(out);
    status = 2;
  }
  rt::flushStdout();
  rt::gcRemoveRoots(this);
  stackLo_ = homeStackLo_;  // the destructor unmaps goroutine 1's stacks
  stackLimit_ = homeStackLimit_;
  framesLo_ = homeFramesLo_;
  framesLimit_ = homeFramesLimit_;
  fp_ = framesLo_;
  return status;
}

void Interpreter::pushFrame(uint32_t func, uint64_t* base, const rt::Closure* closure, FrameKind kind) {
  const FuncRt& f = funcs_[func];
  Frame* nf = enterFrame(f, base, closure, kind);
  nf->pc = f.code;
  nf->panic = nullptr;
}

void Interpreter::callNative(uint32_t func, uint64_t* window) {
  rt::NativeFn fn = natives_[func];
  if (!fn) [[unlikely]] {
    rt::flushStdout();
    rt::writeStderr("vo: " + m_.funcs[func].name + " is not implemented (native)\n");
    throw ProgramExit{2};
  }
  fn(*this, window);
  if (inFlight_.tab || inFlight_.data) [[unlikely]] {
    inFlight_ = rt::Iface{};
    inFlightTrace_.clear();
  }
}

void Interpreter::callIn(uint32_t func, const rt::Closure* closure, uint64_t* window, size_t windowSlots) {
  const FuncRt& f = funcs_[func];
  if (f.isNative) {
    callNative(func, window);
    return;
  }
  uint64_t* nb = stackTop();
  if (nb + std::max<size_t>(windowSlots, f.frameSize) > stackLimit_) stackOverflow();
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (nativeStackBase_ - here > nativeStackLimit_) [[unlikely]]
    stackOverflow();  // Vo -> native -> Vo recursion exhausts the native stack first
  std::memcpy(nb, window, windowSlots * sizeof(uint64_t));
  pushFrame(func, nb, closure, FrameKind::Root);
  interpret();
  std::memcpy(window, nb, f.numResultSlots * sizeof(uint64_t));
  // Ret zeroed the callee's slots above its results; the results must go too. These slots lie above the calling
  // native's frame, possibly inside dead slots of a frame below it (a caller's frame extends past its call
  // window), which the GC scans by that frame's slot kinds: a result word left there could be read as, say, an
  // interface type word.
  std::memset(nb, 0, f.numResultSlots * sizeof(uint64_t));
}

void Interpreter::callFunc(uint32_t func, uint64_t* window, size_t windowSlots) {
  callIn(func, nullptr, window, windowSlots);
}

void Interpreter::callClosure(const rt::Closure* fn, uint64_t* window, size_t windowSlots) {
  if (!fn) panicNilDeref();
  callIn(fn->func, fn, window, windowSlots);
}

void Interpreter::scanRoots(rt::GcMarker& m) {
  for (Frame* f = framesLo_ + 1; f <= fp_; ++f) {
    size_t n = f->fn->frameSize;
    if (f < fp_) n = std::min<size_t>(n, static_cast<size_t>((f + 1)->base - f->base));
    m.markSlots(f->fn->slotKinds.data(), f->base, n);
    if (f->closure) m.markPointer(f->closure);
  }
  if (m_.globalsType) m.markValue(m_.globalsType, globals_);
  for (const DeferRecord& d : defers_) m.markPointer(d.fn);
  for (PanicRecord* p = panics_; p; p = p->link) m.markPointer(p->value.data);
  for (const void* p : tempRoots_) m.markPointer(p);
  m.markPointer(inFlight_.data);
}

const rt::Closure* Interpreter::staticClosure(uint32_t f) {
  rt::Closure*& c = staticClosures_[f];
  if (!c) {
    c = static_cast<rt::Closure*>(std::calloc(1, sizeof(rt::Closure)));
    c->func = f;
  }
  return c;
}

const rt::Itab* Interpreter::itabFor(const rt::TypeDesc* inter, const rt::TypeDesc* t) {
  std::string missing;
  const rt::Itab* tab = rt::getItab(inter, t, &missing);
  if (!tab) [[unlikely]]
    panicTypeAssertion(nullptr, t, inter, missing);
  return tab;
}

bool Interpreter::ifaceEqual(const uint64_t* a, const uint64_t* b) {
  const void* ta = reinterpret_cast<const void*>(a[0]);
  const void* tb = reinterpret_cast<const void*>(b[0]);
  if (!ta || !tb) return ta == tb;
  const rt::TypeDesc* t = dynType(ta);
  if (ta != tb && t != dynType(tb)) return false;
  if (!t->comparable()) throw rt::RuntimeError{"comparing uncomparable type " + t->name};
  if (t->direct()) return rt::valuesEqual(t, &a[1], &b[1]);
  return rt::valuesEqual(t, reinterpret_cast<const void*>(a[1]), reinterpret_cast<const void*>(b[1]));
}

std::vector<std::string> unresolvedNatives(const rt::Module& module, const NativeResolver& resolve) {
  // Reachability from the entry through static calls, func values and the methods of types made into interfaces.
  std::vector<bool> seen(module.funcs.size(), false);
  std::vector<uint32_t> work;
  auto add = [&](int64_t f) {
    if (f >= 0 && static_cast<size_t>(f) < seen.size() && !seen[static_cast<size_t>(f)]) {
      seen[static_cast<size_t>(f)] = true;
      work.push_back(static_cast<uint32_t>(f));
    }
  };
  std::vector<bool> typeSeen(module.types.size(), false);
  auto addType = [&](int64_t t) {
    if (t < 0 || static_cast<size_t>(t) >= typeSeen.size() || typeSeen[static_cast<size_t>(t)]) return;
    typeSeen[static_cast<size_t>(t)] = true;
    for (const rt::Method& m : module.types[static_cast<size_t>(t)]->methods) {
      if (m.ifaceFunc != rt::kNoFunc) add(m.ifaceFunc);
    }
  };
  add(module.entry);
  for (int32_t t : {module.runtimeErrorType, module.plainErrorType, module.boundsErrorType,
                    module.typeAssertionErrorType})
    addType(t);
  std::set<std::string> missing;
  while (!work.empty()) {
    uint32_t f = work.back();
    work.pop_back();
    const rt::FuncInfo& fi = module.funcs[f];
    if (fi.isNative()) {
      if (!resolve || !resolve(fi.name)) missing.insert(fi.name);
      continue;
    }
    for (const rt::Instr& in : fi.code) {
      switch (in.op) {
        case rt::Opcode::Call:
        case rt::Opcode::LoadFunc:
        case rt::Opcode::MakeClosure: add(in.d); break;
        case rt::Opcode::MakeIface: addType(in.d); break;
        default: break;
      }
    }
  }
  return {missing.begin(), missing.end()};
}

int runModule(const rt::Module& module, const RunOptions& options) {
  std::vector<std::string> missing = unresolvedNatives(module, options.resolveNative);
  if (!missing.empty()) {
    std::string out;
    for (const std::string& name : missing) out += "vo: " + name + " is not implemented (native)\n";
    rt::flushStdout();
    rt::writeStderr(out);
    return 2;
  }
  Interpreter interp(module, options);
  return interp.run();
}

}  // namespace vo::vm
