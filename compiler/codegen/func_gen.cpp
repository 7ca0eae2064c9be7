// The function builder (slots, code, labels, lines) and the parts of FuncGen every construct uses: prologue and
// epilogue, variables, and loads/stores through places.
#include <cassert>

#include "compiler/codegen/gen.h"

namespace vo::codegen {

// ---- helpers -----------------------------------------------------------------------------------------------------

const ty::Type* under(const ty::Type* t) { return t ? ty::underlying(t) : nullptr; }

const ty::Type* concreteType(const ty::Type* t) {
  if (t && ty::isUntyped(t)) return ty::defaultType(const_cast<ty::Type*>(t));
  return t;
}

bool isIface(const ty::Type* t) { return t && ty::isInterface(t); }

int64_t constIntBits(const constant::Value& v, const ty::Type* u) {
  constant::Value iv = constant::toInt(v);
  if (ty::isUnsigned(u)) {
    auto [ux, ok] = constant::uint64Val(iv);
    if (ok) return static_cast<int64_t>(ux);
  }
  return constant::int64Val(iv).first;
}

bool isEmptyIface(const ty::Type* t) {
  const auto* i = ty::dyn_cast<ty::Interface>(under(t));
  return i && i->isEmpty();
}

const sx::Expr* unparen(const sx::Expr* e) {
  while (const auto* p = sx::dyn_cast<sx::ParenExpr>(e)) e = p->x;
  return e;
}

int sizedIntBits(const ty::Type* t) {
  switch (ty::basicKindOf(t)) {
    case ty::BasicKind::Int8:
    case ty::BasicKind::Uint8:
      return 8;
    case ty::BasicKind::Int16:
    case ty::BasicKind::Uint16:
      return 16;
    case ty::BasicKind::Int32:
    case ty::BasicKind::Uint32:
      return 32;
    default:
      return 0;
  }
}

// ---- FuncBuilder -------------------------------------------------------------------------------------------------

namespace {
constexpr int kMaxSlots = 65000;
}

bool FuncBuilder::fitsAt(int base, const std::vector<SlotKind>& kinds, bool needFree) const {
  const int size = static_cast<int>(fi.slotKinds.size());
  for (int i = 0; i < static_cast<int>(kinds.size()); ++i) {
    const int s = base + i;
    if (s >= size) return true;
    if ((needFree && live[s]) || fi.slotKinds[s] != kinds[i]) return false;
  }
  return true;
}

int FuncBuilder::claim(int base, const std::vector<SlotKind>& kinds) {
  for (int i = 0; i < static_cast<int>(kinds.size()); ++i) {
    const int s = base + i;
    if (s >= static_cast<int>(fi.slotKinds.size())) {
      fi.slotKinds.push_back(kinds[i]);
      live.push_back(0);
    }
    live[s] = 1;
  }
  if (static_cast<int>(fi.slotKinds.size()) > kMaxSlots) {
    tooManySlots = true;
    fi.slotKinds.resize(kMaxSlots);
    live.resize(kMaxSlots);
    return 0;
  }
  return base;
}

int FuncBuilder::alloc(const std::vector<SlotKind>& kinds) {
  if (kinds.empty()) return 0;
  int base = 0;
  while (!fitsAt(base, kinds, /*needFree=*/true)) ++base;
  return claim(base, kinds);
}

int FuncBuilder::allocWindow(const std::vector<SlotKind>& kinds) {
  // A window must be the highest live part of the frame: search upwards from just above the last live slot.
  int base = static_cast<int>(live.size());
  while (base > 0 && !live[base - 1]) --base;
  while (!fitsAt(base, kinds, /*needFree=*/false)) ++base;
  return claim(base, kinds);
}

void FuncBuilder::release(int base, int n) {
  for (int i = 0; i < n; ++i)
    if (base + i < static_cast<int>(live.size())) live[base + i] = 0;
}

size_t FuncBuilder::emit(Opcode op, int a, int b, int c, int32_t d, int32_t e) {
  if (fi.lines.empty() || fi.lines.back().line != curLine) {
    if (!fi.lines.empty() && fi.lines.back().pc == fi.code.size())
      fi.lines.back().line = curLine;
    else
      fi.lines.push_back(rt::LineEntry{static_cast<uint32_t>(fi.code.size()), curLine});
  }
  rt::Instr in;
  in.op = op;
  in.a = static_cast<uint16_t>(a);
  in.b = static_cast<uint16_t>(b);
  in.c = static_cast<uint16_t>(c);
  in.d = d;
  in.e = e;
  fi.code.push_back(in);
  return fi.code.size() - 1;
}

int FuncBuilder::newLabel() {
  labelPc_.push_back(-1);
  return static_cast<int>(labelPc_.size()) - 1;
}

void FuncBuilder::bind(int label) { labelPc_[label] = pc(); }

void FuncBuilder::jump(Opcode op, int label, int a, int b, int32_t e) {
  size_t at = emit(op, a, b, 0, 0, e);
  fixups_.emplace_back(at, label);
}

bool FuncBuilder::retOfLastMov1() {
  if (fi.code.empty()) return false;
  rt::Instr& last = fi.code.back();
  if (last.op != Opcode::Mov1 || last.a != 0) return false;
  // A jump to the position after the mov1 would skip it: then it stays.
  for (int l : labelPc_)
    if (l == pc()) return false;
  last = rt::Instr{Opcode::Ret1, last.b, 0, 0, 0, 0};
  return true;
}

void FuncBuilder::jump3(Opcode op, int label, int a, int b, int c) {
  size_t at = emit(op, a, b, c);
  fixups_.emplace_back(at, label);
}

bool FuncBuilder::finish() {
  bool ok = true;
  for (auto [at, label] : fixups_) {
    int target = labelPc_[label];
    if (target < 0) {
      ok = false;
      target = static_cast<int>(at);
    }
    fi.code[at].d = target - static_cast<int>(at);
  }
  fixups_.clear();
  return ok;
}

// ---- FuncGen: basics ---------------------------------------------------------------------------------------------

FuncGen::FuncGen(Generator& g, PkgInfo* pkg, std::string name) : g(g), pkg(pkg), name(std::move(name)) {}

void FuncGen::line(Pos p) {
  if (p.isValid()) b.setLine(g.lineOf(p));
}

void FuncGen::error(Pos p, const std::string& msg) { g.diags.error(p, msg); }

Val FuncGen::temp(const ty::Type* t) {
  if (g.tt.numSlots(concreteType(t)) > 60000) {
    b.tooManySlots = true;
    return Val{0, 0, false};
  }
  auto kinds = g.tt.slotKinds(concreteType(t));
  Val v;
  v.n = static_cast<int>(kinds.size());
  v.slot = b.alloc(kinds);
  v.temp = true;
  return v;
}

void FuncGen::mov(int dst, int src, int n) {
  if (dst == src || n == 0) return;
  if (n == 1)
    b.emit(Opcode::Mov1, dst, src);
  else
    b.emit(Opcode::Mov, dst, src, n);
}

void FuncGen::zero(int dst, int n) {
  if (n > 0) b.emit(Opcode::Zero, dst, 0, n);
}

int FuncGen::newBox(const ty::Type* t, int src) {
  int p = b.alloc1(SlotKind::Ptr);
  b.emit(Opcode::New, p, 0, 0, g.typeIndex(t));
  if (src >= 0) storeMem(t, p, 0, src);
  return p;
}

bool FuncGen::isHeapVar(const ty::Var* v) const {
  if (inlineRegVars.count(v)) return false;  // addressed only by inlined calls' derefOnly parameters (gen_inline.cpp)
  if (frameVarPtr.count(v)) return true;  // a frame object, reached through a pointer like a box (gen_frame.cpp)
  if (pkg && pkg->heapVars.count(v)) return true;
  if (pkg && pkg->esc.onHeap(v)) return true;
  return g.tt.numSlots(v->type) > escape::kMaxFrameSlots;
}

// The box of heap variable `v` at its declaration. A box no closure or pointer can keep (the variable is boxed for
// an interface conversion or its size only) is allocated by the first execution of the declaration and reused by
// the later ones (loops): its slot is fresh, so zero until then, and stays reserved. `needZero`: the caller does
// not store a whole value, so a reused box must be cleared.
//
// The box's slot is above every window emitted so far. A call emitted earlier in the same loop (or after a label a
// goto can return to) runs again while the box is kept: its callee frame would cover the slot, so the frame scan
// of the caller (which stops at the callee's window) would not see the box, a collection could free it, and the
// next execution would reuse the freed box. Such declarations get a new box each time instead.
//
// A frame variable (gen_frame.cpp) has no box: its storage in the frame is reused, zeroed again when needed.
int FuncGen::varBox(const ty::Var* v, bool needZero) {
  if (int ptr = frameVar(v); ptr >= 0) {
    if (needZero) rezeroFrameObject(ptr, v->type);
    return ptr;
  }
  if (!pkg || pkg->heapVars.count(v)) return newBox(v->type);
  size_t region = std::min(loopStarts.empty() ? SIZE_MAX : loopStarts.front(), firstLabelPc);
  for (size_t pc = region; pc < b.fi.code.size(); ++pc) {
    Opcode op = b.fi.code[pc].op;
    if (rt::isCallOpcode(op)) return newBox(v->type);
  }
  auto fresh = [&] {
    int s = static_cast<int>(b.fi.slotKinds.size());
    b.fi.slotKinds.push_back(SlotKind::Ptr);
    b.live.push_back(1);
    if (s >= 65000) b.tooManySlots = true;
    return s;
  };
  int box = fresh();
  int c = b.alloc1(SlotKind::Scalar);
  b.emit(Opcode::EqP, c, box, nilSlot());
  int reuse = b.newLabel(), done = b.newLabel();
  b.jump(Opcode::JmpIfNot, reuse, c);
  b.release(c, 1);
  b.emit(Opcode::New, box, 0, 0, g.typeIndex(v->type));
  b.jump(Opcode::Jmp, done);
  b.bind(reuse);
  if (needZero) b.emit(Opcode::MemZero, box, 0, 0, g.typeIndex(v->type));
  b.bind(done);
  keptBoxes.insert(box);
  return box;
}

int FuncGen::nilSlot() {
  if (zeroPtr < 0) {
    // A fresh slot at the frame's end, live for the whole function and never written: the VM zeroes pointer-kind
    // locals on entry and a caller's pointer-kind slots above a call's results on return, so it reads nil
    // whenever this function runs (opcodes.def "Calls").
    zeroPtr = static_cast<int>(b.fi.slotKinds.size());
    b.fi.slotKinds.push_back(SlotKind::Ptr);
    b.live.push_back(1);
    if (zeroPtr >= 65000) b.tooManySlots = true;
  }
  return zeroPtr;
}

VarLoc FuncGen::declareVar(const ty::Var* v, bool zeroInit) {
  VarLoc loc;
  if (isHeapVar(v)) {
    loc.kind = VarLoc::Kind::Heap;
    loc.slot = varBox(v, true);
  } else {
    auto kinds = g.tt.slotKinds(v->type);
    loc.kind = VarLoc::Kind::Reg;
    loc.slot = b.alloc(kinds);
    if (zeroInit) zero(loc.slot, static_cast<int>(kinds.size()));
  }
  vars[v] = loc;
  if (!scopes.empty()) scopes.back().push_back(v);
  return loc;
}

void FuncGen::releaseVar(const ty::Var* v) {
  auto it = vars.find(v);
  if (it == vars.end()) return;
  if (it->second.kind == VarLoc::Kind::Reg)
    b.release(it->second.slot, g.tt.numSlots(v->type));
  else if (it->second.kind == VarLoc::Kind::Heap && !keptBoxes.count(it->second.slot))
    b.release(it->second.slot, 1);
  vars.erase(it);
}

void FuncGen::popScope() {
  for (const ty::Var* v : scopes.back()) releaseVar(v);
  scopes.pop_back();
}

const ty::Var* FuncGen::defVar(const sx::Ident* id) const {
  auto it = pkg->info->defs.find(id);
  if (it == pkg->info->defs.end()) return nullptr;
  return ty::dyn_cast<ty::Var>(it->second);
}

Place FuncGen::varPlace(const ty::Var* v) {
  Place p;
  p.type = v->type;
  auto it = vars.find(v);
  if (it == vars.end()) {
    auto git = g.globals.find(v);
    if (git != g.globals.end()) {
      int ptr = b.alloc1(SlotKind::Ptr);
      b.emit(Opcode::GlobalAddr, ptr, 0, 0, static_cast<int32_t>(git->second));
      p.kind = Place::Kind::Mem;
      p.slot = ptr;
      p.off = 0;
      p.owned.push_back(Val{ptr, 1, true});
      return p;
    }
    // A variable not declared in this function (should not happen for checked code): a fresh zero value.
    Val t = temp(v->type);
    zero(t.slot, t.n);
    p.kind = Place::Kind::Reg;
    p.slot = t.slot;
    p.owned.push_back(t);
    return p;
  }
  if (it->second.kind == VarLoc::Kind::Reg) {
    p.kind = Place::Kind::Reg;
    p.slot = it->second.slot;
  } else {
    p.kind = Place::Kind::Mem;
    p.slot = it->second.slot;
    p.off = 0;
  }
  return p;
}

void FuncGen::releasePlace(Place& p) {
  for (Val& v : p.owned) b.release(v);
  p.owned.clear();
  if (p.kind == Place::Kind::MapEntry) b.release(p.key);
}

// ---- loads and stores --------------------------------------------------------------------------------------------

void FuncGen::loadMem(const ty::Type* t, int dst, int ptr, uint64_t off) {
  off = checkedOffset(off);
  t = concreteType(t);
  int n = g.tt.numSlots(t);
  if (n == 0) {
    b.emit(Opcode::NilCheck, ptr);
    return;
  }
  const ty::Type* u = under(t);
  if (n == 1) {
    if (const auto* bt = ty::dyn_cast<ty::Basic>(u)) {
      Opcode op = Opcode::Ld64;
      switch (bt->basicKind) {
        case ty::BasicKind::Bool:
        case ty::BasicKind::Uint8: op = Opcode::LdU8; break;
        case ty::BasicKind::Int8: op = Opcode::LdI8; break;
        case ty::BasicKind::Int16: op = Opcode::LdI16; break;
        case ty::BasicKind::Uint16: op = Opcode::LdU16; break;
        case ty::BasicKind::Int32: op = Opcode::LdI32; break;
        case ty::BasicKind::Uint32: op = Opcode::LdU32; break;
        case ty::BasicKind::Float32: op = Opcode::LdF32; break;
        case ty::BasicKind::Float64: op = Opcode::LdF64; break;
        case ty::BasicKind::UnsafePointer: op = Opcode::LdP; break;
        default: op = Opcode::Ld64; break;
      }
      b.emit(op, dst, ptr, 0, static_cast<int32_t>(off));
      return;
    }
    if (ty::isa<ty::Pointer>(u) || ty::isa<ty::Map>(u) || ty::isa<ty::Chan>(u) || ty::isa<ty::Signature>(u)) {
      b.emit(Opcode::LdP, dst, ptr, 0, static_cast<int32_t>(off));
      return;
    }
  }
  b.emit(Opcode::LdVal, dst, ptr, 0, static_cast<int32_t>(off), g.typeIndex(t));
}

void FuncGen::storeMem(const ty::Type* t, int ptr, uint64_t off, int src) {
  off = checkedOffset(off);
  t = concreteType(t);
  int n = g.tt.numSlots(t);
  if (n == 0) {
    b.emit(Opcode::NilCheck, ptr);
    return;
  }
  const ty::Type* u = under(t);
  if (n == 1) {
    if (const auto* bt = ty::dyn_cast<ty::Basic>(u)) {
      Opcode op = Opcode::St64;
      switch (bt->basicKind) {
        case ty::BasicKind::Bool:
        case ty::BasicKind::Uint8:
        case ty::BasicKind::Int8: op = Opcode::St8; break;
        case ty::BasicKind::Int16:
        case ty::BasicKind::Uint16: op = Opcode::St16; break;
        case ty::BasicKind::Int32:
        case ty::BasicKind::Uint32: op = Opcode::St32; break;
        case ty::BasicKind::Float32: op = Opcode::StF32; break;
        case ty::BasicKind::Float64: op = Opcode::StF64; break;
        case ty::BasicKind::UnsafePointer: op = Opcode::StP; break;
        default: op = Opcode::St64; break;
      }
      b.emit(op, ptr, src, 0, static_cast<int32_t>(off));
      return;
    }
    if (ty::isa<ty::Pointer>(u) || ty::isa<ty::Map>(u) || ty::isa<ty::Chan>(u) || ty::isa<ty::Signature>(u)) {
      b.emit(Opcode::StP, ptr, src, 0, static_cast<int32_t>(off));
      return;
    }
  }
  b.emit(Opcode::StVal, ptr, src, 0, static_cast<int32_t>(off), g.typeIndex(t));
}

Place FuncGen::resolveSliceElem(const Place& p) {
  line(p.pos);
  int ptr = b.alloc1(SlotKind::Ptr);
  b.emit(Opcode::IndexAddr, ptr, p.slot, p.idx, static_cast<int32_t>(p.elemSize), p.idxUnsigned ? 1 : 0);
  Place m;
  m.kind = Place::Kind::Mem;
  m.type = p.type;
  m.slot = ptr;
  m.off = p.off;
  m.owned.push_back(Val{ptr, 1, true});
  return m;
}

namespace {
/// The fused slice-element load (store) for a place of type `t` (concrete) that is a whole element of
/// `elemSize` bytes (not a field of a larger one), or Nop: 8-byte integers, bool and uint8 (zero-extended),
/// float64.
Opcode indexedAccess(const ty::Type* t, uint32_t elemSize, bool store) {
  const auto* bt = ty::dyn_cast<ty::Basic>(under(t));
  if (!bt) return Opcode::Nop;
  bool isByte = bt->basicKind == ty::BasicKind::Bool || bt->basicKind == ty::BasicKind::Uint8 ||
                bt->basicKind == ty::BasicKind::Int8;
  if (elemSize != (isByte ? 1u : 8u)) return Opcode::Nop;
  switch (bt->basicKind) {
    case ty::BasicKind::Bool:
    case ty::BasicKind::Uint8: return store ? Opcode::StIdx8 : Opcode::LdIdxU8;
    case ty::BasicKind::Int8: return store ? Opcode::StIdx8 : Opcode::Nop;
    case ty::BasicKind::Int:
    case ty::BasicKind::Int64:
    case ty::BasicKind::Uint:
    case ty::BasicKind::Uint64:
    case ty::BasicKind::Uintptr: return store ? Opcode::StIdx64 : Opcode::LdIdx64;
    case ty::BasicKind::Float64: return store ? Opcode::StIdxF64 : Opcode::LdIdxF64;
    default: return Opcode::Nop;
  }
}
}  // namespace

void FuncGen::load(const Place& p, int dst) {
  if (p.kind == Place::Kind::SliceElem) {
    if (Opcode op = indexedAccess(concreteType(p.type), p.elemSize, false); op != Opcode::Nop && p.off == 0) {
      line(p.pos);
      b.emit(op, dst, p.slot, p.idx, 0, p.idxUnsigned ? 1 : 0);
      return;
    }
    Place m = resolveSliceElem(p);
    load(m, dst);
    releasePlace(m);
    return;
  }
  int n = g.tt.numSlots(concreteType(p.type));
  switch (p.kind) {
    case Place::Kind::Blank:
      zero(dst, n);
      return;
    case Place::Kind::Reg:
      mov(dst, p.slot, n);
      return;
    case Place::Kind::Mem:
      loadMem(p.type, dst, p.slot, p.off);
      return;
    case Place::Kind::RegIdx: {
      line(p.pos);
      if (p.off == 0 && n == p.elemSlots) {
        b.emit(Opcode::LdSlotIdx, dst, p.slot, p.idx, p.elemSlots, static_cast<int32_t>(p.len));
        return;
      }
      int tmp = b.alloc(g.tt.slotKinds(p.elemType));
      b.emit(Opcode::LdSlotIdx, tmp, p.slot, p.idx, p.elemSlots, static_cast<int32_t>(p.len));
      mov(dst, tmp + static_cast<int>(p.off), n);
      b.release(tmp, p.elemSlots);
      return;
    }
    case Place::Kind::MapEntry:
      b.emit(Opcode::MapGet, dst, p.slot, p.key.slot, g.typeIndex(p.mapType), rt::kNoReg32);
      return;
    case Place::Kind::SliceElem:
      return;
  }
}

Val FuncGen::loadVal(const Place& p) {
  if (p.kind == Place::Kind::Reg) return Val{p.slot, g.tt.numSlots(concreteType(p.type)), false};
  Val v = temp(p.type);
  load(p, v.slot);
  return v;
}

void FuncGen::store(const Place& p, int src) {
  if (p.kind == Place::Kind::Blank) return;  // a blank place has no type
  if (p.kind == Place::Kind::SliceElem) {
    if (Opcode op = indexedAccess(concreteType(p.type), p.elemSize, true); op != Opcode::Nop && p.off == 0) {
      line(p.pos);
      b.emit(op, p.slot, p.idx, src, 0, p.idxUnsigned ? 1 : 0);
      return;
    }
    Place m = resolveSliceElem(p);
    store(m, src);
    releasePlace(m);
    return;
  }
  int n = g.tt.numSlots(concreteType(p.type));
  switch (p.kind) {
    case Place::Kind::Blank:
      return;
    case Place::Kind::Reg:
      mov(p.slot, src, n);
      return;
    case Place::Kind::Mem:
      storeMem(p.type, p.slot, p.off, src);
      return;
    case Place::Kind::RegIdx: {
      line(p.pos);
      if (p.off == 0 && n == p.elemSlots) {
        b.emit(Opcode::StSlotIdx, p.slot, src, p.idx, p.elemSlots, static_cast<int32_t>(p.len));
        return;
      }
      int tmp = b.alloc(g.tt.slotKinds(p.elemType));
      b.emit(Opcode::LdSlotIdx, tmp, p.slot, p.idx, p.elemSlots, static_cast<int32_t>(p.len));
      mov(tmp + static_cast<int>(p.off), src, n);
      b.emit(Opcode::StSlotIdx, p.slot, tmp, p.idx, p.elemSlots, static_cast<int32_t>(p.len));
      b.release(tmp, p.elemSlots);
      return;
    }
    case Place::Kind::MapEntry:
      b.emit(Opcode::MapSet, p.slot, p.key.slot, src, g.typeIndex(p.mapType));
      return;
    case Place::Kind::SliceElem:
      return;
  }
}

// ---- prologue and epilogue ---------------------------------------------------------------------------------------

void FuncGen::setupSignature(const ty::Signature* s, bool withReceiver,
                             const std::vector<const ty::Var*>& captures) {
  sig = s;
  std::vector<SlotKind> kinds;
  // Results.
  int off = 0;
  for (const ty::Var* r : s->results->vars) {
    resultOffsets.push_back(off);
    auto k = g.tt.slotKinds(r->type);
    kinds.insert(kinds.end(), k.begin(), k.end());
    off += static_cast<int>(k.size());
  }
  numResultSlots = off;
  std::vector<std::pair<const ty::Var*, int>> params;
  if (withReceiver && s->recv) {
    params.emplace_back(s->recv, static_cast<int>(kinds.size()));
    auto k = g.tt.slotKinds(s->recv->type);
    kinds.insert(kinds.end(), k.begin(), k.end());
  }
  for (const ty::Var* p : s->params->vars) {
    params.emplace_back(p, static_cast<int>(kinds.size()));
    auto k = g.tt.slotKinds(p->type);
    kinds.insert(kinds.end(), k.begin(), k.end());
  }
  int base = b.alloc(kinds);
  (void)base;
  b.fi.numResultSlots = static_cast<uint16_t>(numResultSlots);
  b.fi.numParamSlots = static_cast<uint16_t>(kinds.size() - numResultSlots);
  // Captures first (closures): boxes of captured variables.
  for (size_t i = 0; i < captures.size(); ++i) {
    int slot = b.alloc1(SlotKind::Ptr);
    b.emit(Opcode::LoadCapture, slot, 0, 0, static_cast<int32_t>(i));
    vars[captures[i]] = VarLoc{VarLoc::Kind::Heap, slot, 0};
  }
  for (auto [v, slot] : params) {
    if (v->name.empty() || v->name == "_") continue;
    reserveFrameVar(v);
    if (int ptr = frameVar(v); ptr >= 0) {
      storeMem(v->type, ptr, 0, slot);
      vars[v] = VarLoc{VarLoc::Kind::Heap, ptr, 0};
    } else if (isHeapVar(v)) {
      int box = newBox(v->type, slot);
      vars[v] = VarLoc{VarLoc::Kind::Heap, box, 0};
    } else {
      vars[v] = VarLoc{VarLoc::Kind::Reg, slot, 0};
    }
  }
  for (size_t i = 0; i < s->results->vars.size(); ++i) {
    const ty::Var* r = s->results->vars[i];
    if (r->name.empty()) continue;
    resultVars.push_back(r);
    if (r->name == "_") continue;
    reserveFrameVar(r);
    if (int ptr = frameVar(r); ptr >= 0) {
      vars[r] = VarLoc{VarLoc::Kind::Heap, ptr, 0};  // zero: the VM zeroes the frame on entry
    } else if (isHeapVar(r)) {
      int box = newBox(r->type);
      vars[r] = VarLoc{VarLoc::Kind::Heap, box, 0};
    } else {
      vars[r] = VarLoc{VarLoc::Kind::Reg, resultOffsets[i], 0};
    }
  }
}

namespace {
bool containsDefer(const sx::Node* n);

bool anyDefer(std::span<sx::Stmt* const> stmts) {
  for (const sx::Stmt* s : stmts)
    if (containsDefer(s)) return true;
  return false;
}

bool containsDefer(const sx::Node* n) {
  if (!n) return false;
  switch (n->kind()) {
    case sx::NodeKind::DeferStmt: return true;
    case sx::NodeKind::BlockStmt: return anyDefer(sx::cast<sx::BlockStmt>(n)->stmts);
    case sx::NodeKind::LabeledStmt: return containsDefer(sx::cast<sx::LabeledStmt>(n)->stmt);
    case sx::NodeKind::IfStmt: {
      const auto* s = sx::cast<sx::IfStmt>(n);
      return containsDefer(s->then) || containsDefer(s->els);
    }
    case sx::NodeKind::ForStmt: return containsDefer(sx::cast<sx::ForStmt>(n)->body);
    case sx::NodeKind::RangeStmt: return containsDefer(sx::cast<sx::RangeStmt>(n)->body);
    case sx::NodeKind::SwitchStmt:
      for (const sx::CaseClause* c : sx::cast<sx::SwitchStmt>(n)->clauses)
        if (anyDefer(c->body)) return true;
      return false;
    case sx::NodeKind::TypeSwitchStmt:
      for (const sx::CaseClause* c : sx::cast<sx::TypeSwitchStmt>(n)->clauses)
        if (anyDefer(c->body)) return true;
      return false;
    case sx::NodeKind::SelectStmt:
      for (const sx::CommClause* c : sx::cast<sx::SelectStmt>(n)->clauses)
        if (anyDefer(c->body)) return true;
      return false;
    default: return false;
  }
}
}  // namespace

void FuncGen::genBody(const sx::BlockStmt* body) {
  hasDefer = body && anyDefer(body->stmts);
  epilogue = b.newLabel();
  computeInlineRegVars(body);  // gen_inline.cpp; before the frame objects are reserved
  reserveFrameObjects(body);  // before any call window (gen_frame.cpp)
  if (body) {
    genBlock(body->stmts);
    line(body->rbrace);
  }
  // Falling off the end: only possible without results (the checker requires terminating statements).
  b.bind(epilogue);
  emitReturn();
  if (hasDefer) b.fi.flags |= rt::kFuncHasDefer;
}

void FuncGen::emitReturn() {
  // The epilogue: run deferred calls, copy heap-allocated named results into the result slots, return.
  if (hasDefer) {
    if (b.fi.recoverPc < 0) b.fi.recoverPc = b.pc();  // recovery resumes here (a Nop first does no harm)
    emitRunDefers();
  }
  if (sig) {
    for (size_t i = 0; i < sig->results->vars.size(); ++i) {
      const ty::Var* r = sig->results->vars[i];
      auto it = vars.find(r);
      if (it != vars.end() && it->second.kind == VarLoc::Kind::Heap)
        loadMem(r->type, resultOffsets[i], it->second.slot, 0);
    }
  }
  if (b.fi.numResultSlots == 1 && b.retOfLastMov1()) return;  // `mov1 r0, x; ret` became `ret1 x`
  b.emit(Opcode::Ret);
}

void FuncGen::finishFunc(uint32_t index, Pos pos, uint8_t flags) {
  if (!b.finish()) error(pos, "internal error: unbound label in " + name);
  if (b.tooManySlots) error(pos, "function " + name + " needs more than 65000 register slots");
  if (tooLarge) error(pos, "function " + name + " uses a value or offset too large for vo (over 2 GiB)");
  b.fi.name = name;
  b.fi.flags |= flags;
  if (pos.isValid()) {
    b.fi.file = g.file(pos);
    b.fi.line = g.lineOf(pos);
  }
  b.fi.frameSize = static_cast<uint16_t>(b.fi.slotKinds.size());
  if (b.fi.lines.empty() || b.fi.lines.front().pc != 0) b.fi.lines.insert(b.fi.lines.begin(), rt::LineEntry{0, b.fi.line});
  g.mod.funcs[index] = std::move(b.fi);
}

}  // namespace vo::codegen
