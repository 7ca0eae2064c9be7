// Methods beyond plain static calls: the interface-pair variants that itabs and natives call (Method::ifaceFunc),
// method values (closures over a receiver box, Go's "-fm" wrappers) and method expressions.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

namespace {

std::vector<SlotKind> tupleKinds(TypeTable& tt, const ty::Tuple* t) {
  std::vector<SlotKind> k;
  for (const ty::Var* v : t->vars) {
    auto x = tt.slotKinds(v->type);
    k.insert(k.end(), x.begin(), x.end());
  }
  return k;
}

int ifaceIndex(TypeTable& tt, const ty::Type* iface, const ty::Func* m) {
  const rt::TypeDesc* td = tt.get(iface);
  for (size_t i = 0; i < td->imethods.size(); ++i) {
    if (td->imethods[i].name != m->name) continue;
    if (!td->imethods[i].pkgPath.empty() && m->pkg && td->imethods[i].pkgPath != m->pkg->path) continue;
    return static_cast<int>(i);
  }
  return 0;
}

}  // namespace

// A value converted to an interface can be taken apart at run time (fmt prints a []Color element by element and
// calls each element's String method, as Go's reflect-based fmt does), so every type reachable from `t` through
// pointer targets, array/slice elements, map keys and elements and struct fields needs its interface-pair
// variants too, not only `t`'s own.
void Generator::needIfaceMethods(const ty::Type* t) {
  if (!t || isIface(t)) return;
  t = concreteType(t);
  rt::TypeDesc* td = tt.get(t);
  if (!ifaceReachDone.insert(td).second) return;
  if (!td->methods.empty() && ifaceMethodsDone.insert(td).second) ifaceTypes.push_back(t);
  const ty::Type* u = under(t);
  if (const auto* p = ty::dyn_cast<ty::Pointer>(u)) {
    needIfaceMethods(p->elem);
  } else if (const auto* a = ty::dyn_cast<ty::Array>(u)) {
    needIfaceMethods(a->elem);
  } else if (const auto* sl = ty::dyn_cast<ty::Slice>(u)) {
    needIfaceMethods(sl->elem);
  } else if (const auto* m = ty::dyn_cast<ty::Map>(u)) {
    needIfaceMethods(m->key);
    needIfaceMethods(m->elem);
  } else if (const auto* st = ty::dyn_cast<ty::Struct>(u)) {
    for (const ty::Var* f : st->fields) needIfaceMethods(f->type);
  } else if (const auto* sig = ty::dyn_cast<ty::Signature>(u); sig && allExportedIfaceMethods) {
    // dyn.Call puts a func value's results into interfaces (`f~>()~>M()` then calls a method of one)
    for (const ty::Var* r : sig->results->vars) needIfaceMethods(r->type);
  }
}

// Generates the interface-pair variants still missing for every type converted to an interface, for the method
// names some interface type of the Module declares (only those can be reached through an itab or a native's
// dispatch), and for every exported method when the program contains package dyn (dyn.CallMethod calls methods
// by name). Returns true when it generated anything.
bool Generator::generateIfaceMethods() {
  for (const auto& td : mod.types)
    if (td->kind == rt::Kind::Interface)
      for (const rt::IMethod& m : td->imethods) ifaceMethodNames.insert(m.name);
  bool changed = false;
  for (size_t k = 0; k < ifaceTypes.size(); ++k) {
    const ty::Type* t = ifaceTypes[k];
    const std::vector<MethodRef>& ms = tt.methodSet(t);
    for (size_t i = 0; i < ms.size() && i < tt.get(t)->methods.size(); ++i) {
      if (tt.get(t)->methods[i].ifaceFunc != rt::kNoFunc) continue;
      if (!ifaceMethodNames.count(std::string(ms[i].method->name)) &&
          !(allExportedIfaceMethods && ty::isExportedName(ms[i].method->name)))
        continue;
      uint32_t f = ifaceWrapper(t, ms[i]);
      tt.get(t)->methods[i].ifaceFunc = f;
      changed = true;
      // dyn.CallMethod puts the method's results into interfaces: their methods are reachable by name too.
      if (allExportedIfaceMethods)
        for (const ty::Var* r : ms[i].method->signature()->results->vars) needIfaceMethods(r->type);
    }
  }
  return changed;
}

// Calls method `m` with the receiver found by following `path` from the place `recv`, passing the caller's own
// parameters (slots starting at `params`) and copying the results to slots [0, nr).
static void emitForwardCall(FuncGen& fg, Place recv, const std::vector<int>& path, const ty::Func* m, int params,
                            Pos pos) {
  Generator& g = fg.g;
  const ty::Signature* s = m->signature();
  auto rk = tupleKinds(g.tt, s->results);
  auto pk = tupleKinds(g.tt, s->params);
  int nr = static_cast<int>(rk.size());
  Place cur = fg.fieldPlace(std::move(recv), path, path.size(), pos);
  const ty::Type* ct = cur.type;
  const ty::Type* mrt = s->recv->type;
  if (isIface(mrt) || isIface(ct)) {
    std::vector<SlotKind> wk = rk;
    wk.push_back(SlotKind::IfaceType);
    wk.push_back(SlotKind::IfaceData);
    wk.insert(wk.end(), pk.begin(), pk.end());
    int win = fg.b.allocWindow(wk);
    fg.load(cur, win + nr);
    fg.mov(win + nr + 2, params, static_cast<int>(pk.size()));
    fg.b.emit(Opcode::CallIface, win, win + nr, ifaceIndex(g.tt, ct, m));
    fg.mov(0, win, nr);
  } else {
    auto recvK = g.tt.slotKinds(mrt);
    std::vector<SlotKind> wk = rk;
    wk.insert(wk.end(), recvK.begin(), recvK.end());
    wk.insert(wk.end(), pk.begin(), pk.end());
    int win = fg.b.allocWindow(wk);
    bool wantPtr = ty::isa<ty::Pointer>(mrt);
    bool havePtr = ty::isa<ty::Pointer>(under(ct));
    if (wantPtr == havePtr) {
      fg.load(cur, win + nr);
    } else if (wantPtr) {
      fg.addrOfPlace(cur, win + nr, pos);
    } else {
      int p = fg.b.alloc1(SlotKind::Ptr);
      fg.load(cur, p);
      fg.loadMem(mrt, win + nr, p, 0);
      fg.b.release(p, 1);
    }
    fg.mov(win + nr + static_cast<int>(recvK.size()), params, static_cast<int>(pk.size()));
    fg.b.emit(Opcode::Call, win, 0, 0, static_cast<int32_t>(g.funcIndex(m)));
    fg.mov(0, win, nr);
  }
  fg.releasePlace(cur);
  fg.b.emit(Opcode::Ret);
}

uint32_t Generator::ifaceWrapper(const ty::Type* t, const MethodRef& ref) {
  const ty::Func* m = ref.method;
  std::string name = reflectTypeString(t) + "." + std::string(m->name) + "-iface";
  uint32_t idx = newFunc(name);
  FuncGen fg(*this, pkgOf.count(m->pkg) ? pkgOf[m->pkg] : (pkgs.empty() ? nullptr : &pkgs.back()), name);
  const ty::Signature* s = m->signature();
  auto rk = tupleKinds(tt, s->results);
  auto pk = tupleKinds(tt, s->params);
  std::vector<SlotKind> kinds = rk;
  kinds.push_back(SlotKind::IfaceType);
  kinds.push_back(SlotKind::IfaceData);
  kinds.insert(kinds.end(), pk.begin(), pk.end());
  fg.b.alloc(kinds);
  fg.b.fi.numResultSlots = static_cast<uint16_t>(rk.size());
  fg.b.fi.numParamSlots = static_cast<uint16_t>(kinds.size() - rk.size());
  int pair = static_cast<int>(rk.size());
  const rt::TypeDesc* td = tt.get(t);
  const ty::Type* u = under(t);
  Place recv;
  recv.type = t;
  bool ptrShaped = ty::isa<ty::Pointer>(u) || ty::isa<ty::Map>(u) || ty::isa<ty::Chan>(u) || ty::isa<ty::Signature>(u);
  if (ptrShaped) {
    int r = fg.b.alloc1(SlotKind::Ptr);
    fg.b.emit(Opcode::IfaceData, r, pair);
    recv.kind = Place::Kind::Reg;
    recv.slot = r;
    const auto* pt = ty::dyn_cast<ty::Pointer>(u);
    const auto* named = pt ? ty::dyn_cast<ty::Named>(pt->elem) : nullptr;
    const ty::TypeName* errT = nullptr;
    for (PkgInfo& p : pkgs)
      if (p.pkg->path == "runtime") errT = ty::dyn_cast<ty::TypeName>(p.pkg->scope->lookup("plainError"));
    if (named && !ref.ptrRecv && ref.path.empty() && errT) {
      // Go's runtime.panicwrap: a value method called through a nil pointer panics with a plainError.
      int nil = fg.b.alloc1(SlotKind::Ptr);
      int c = fg.b.alloc1(SlotKind::Scalar);
      fg.zero(nil, 1);
      fg.b.emit(Opcode::EqP, c, r, nil);
      int ok = fg.b.newLabel();
      fg.b.jump(Opcode::JmpIfNot, ok, c);
      std::string tn(named->obj->name);
      std::string msg = "value method " + pkgPrefix(named->obj->pkg) + "." + tn + "." + std::string(m->name) +
                        " called using nil *" + tn + " pointer";
      int str = fg.b.alloc({SlotKind::Ptr, SlotKind::Scalar});
      fg.b.emit(Opcode::LoadStr, str, 0, 0, static_cast<int32_t>(constStr(msg)));
      int v = fg.b.alloc({SlotKind::IfaceType, SlotKind::IfaceData});
      fg.b.emit(Opcode::MakeIface, v, str, 0, typeIndex(errT->type), typeIndex(ty::Universe::get().anyType()));
      fg.b.emit(Opcode::Panic, v);
      fg.b.bind(ok);
    }
  } else if (!td->direct()) {
    int r = fg.b.alloc1(SlotKind::Ptr);
    fg.b.emit(Opcode::IfaceData, r, pair);
    recv.kind = Place::Kind::Mem;
    recv.slot = r;
    recv.off = 0;
  } else {
    int r = fg.b.alloc1(SlotKind::Scalar);
    fg.b.emit(Opcode::IfaceData, r, pair);
    const ty::Type* bu = under(t);
    if (tt.numSlots(t) == 1 && (ty::isInteger(bu) || ty::isBoolean(bu))) {
      fg.normalize(t, r);
      recv.kind = Place::Kind::Reg;
      recv.slot = r;
    } else if (tt.numSlots(t) == 0) {
      recv.kind = Place::Kind::Reg;
      recv.slot = r;
    } else {
      // The data word holds the value's memory image: spill it to a frame object of the type (its address stays
      // in this wrapper; no call window is emitted yet) and reload it with the type's layout.
      int box = fg.reserveFrameObject(t);
      if (box < 0) {
        box = fg.b.alloc1(SlotKind::Ptr);
        fg.b.emit(Opcode::New, box, 0, 0, typeIndex(ty::Universe::get().basic(ty::BasicKind::Uint64)));
      }
      fg.b.emit(Opcode::St64, box, r, 0, 0);
      recv.kind = Place::Kind::Mem;
      recv.slot = box;
      recv.off = 0;
    }
  }
  Pos pos = m->pos;
  // t's own method on t itself (no embedding path, no dereference): the variant only forwards the data word, and
  // executors may call the method directly (rt::kFuncIfaceForward).
  bool forward = ptrShaped && ref.path.empty() && ty::identical(m->signature()->recv->type, t);
  emitForwardCall(fg, std::move(recv), ref.path, m, pair + 2, pos);
  fg.finishFunc(idx, pos, static_cast<uint8_t>(rt::kFuncHidden | (forward ? rt::kFuncIfaceForward : 0)));
  return idx;
}

uint32_t Generator::methodValueWrapper(const ty::Type* recvType, const ty::Selection& sel, const ty::Func* m) {
  (void)sel;
  std::string name = funcName(m) + "-fm";
  std::string key = name + "|" + reflectTypeString(recvType);
  if (auto it = wrappers.find(key); it != wrappers.end()) return it->second;
  uint32_t idx = newFunc(name);
  wrappers[key] = idx;
  FuncGen fg(*this, pkgOf.count(m->pkg) ? pkgOf[m->pkg] : &pkgs.back(), name);
  fg.isClosure = true;
  const ty::Signature* s = m->signature();
  auto rk = tupleKinds(tt, s->results);
  auto pk = tupleKinds(tt, s->params);
  std::vector<SlotKind> kinds = rk;
  kinds.insert(kinds.end(), pk.begin(), pk.end());
  fg.b.alloc(kinds);
  fg.b.fi.numResultSlots = static_cast<uint16_t>(rk.size());
  fg.b.fi.numParamSlots = static_cast<uint16_t>(pk.size());
  int p = fg.b.alloc1(SlotKind::Ptr);
  fg.b.emit(Opcode::LoadCapture, p, 0, 0, 0);
  Place recv;
  recv.kind = Place::Kind::Mem;
  recv.type = recvType;
  recv.slot = p;
  emitForwardCall(fg, std::move(recv), {}, m, static_cast<int>(rk.size()), m->pos);
  fg.finishFunc(idx, m->pos, rt::kFuncHidden);
  return idx;
}

uint32_t Generator::methodExprWrapper(const ty::Type* recvType, const ty::Selection& sel, const ty::Func* m) {
  std::string name = funcName(m) + "-fm";
  std::string key = name + "|expr|" + reflectTypeString(recvType);
  if (auto it = wrappers.find(key); it != wrappers.end()) return it->second;
  uint32_t idx = newFunc(name);
  wrappers[key] = idx;
  FuncGen fg(*this, pkgOf.count(m->pkg) ? pkgOf[m->pkg] : &pkgs.back(), name);
  const ty::Signature* s = m->signature();
  auto rk = tupleKinds(tt, s->results);
  auto pk = tupleKinds(tt, s->params);
  auto recvK = tt.slotKinds(recvType);
  std::vector<SlotKind> kinds = rk;
  kinds.insert(kinds.end(), recvK.begin(), recvK.end());
  kinds.insert(kinds.end(), pk.begin(), pk.end());
  fg.b.alloc(kinds);
  fg.b.fi.numResultSlots = static_cast<uint16_t>(rk.size());
  fg.b.fi.numParamSlots = static_cast<uint16_t>(kinds.size() - rk.size());
  Place recv;
  recv.kind = Place::Kind::Reg;
  recv.type = recvType;
  recv.slot = static_cast<int>(rk.size());
  std::vector<int> path(sel.index.begin(), sel.index.end() - 1);
  emitForwardCall(fg, std::move(recv), path, m, static_cast<int>(rk.size() + recvK.size()), m->pos);
  fg.finishFunc(idx, m->pos, rt::kFuncHidden);
  return idx;
}

void FuncGen::genMethodValue(const sx::SelectorExpr* e, const ty::Selection& s, int dst) {
  const auto* m = ty::cast<ty::Func>(s.obj);
  // The receiver as the method (or interface) takes it, evaluated now (Go spec "Method values").
  Place base = place(e->x);
  Place cur = fieldPlace(std::move(base), s.index, s.index.size() - 1, e->pos());
  const ty::Type* ct = cur.type;
  const ty::Type* mrt = m->signature()->recv->type;
  const ty::Type* rtype;
  Val rv;
  if (isIface(ct)) {
    rtype = ct;
    rv = temp(ct);
    load(cur, rv.slot);
    // x.M on a nil interface panics (nil dereference) when evaluated.
    int isNil = b.alloc1(SlotKind::Scalar);
    b.emit(Opcode::IfaceIs, isNil, rv.slot, 0, -1);
    int ok = b.newLabel();
    b.jump(Opcode::JmpIfNot, ok, isNil);
    int np = b.alloc1(SlotKind::Ptr);
    zero(np, 1);
    b.emit(Opcode::NilCheck, np);
    b.release(np, 1);
    b.bind(ok);
    b.release(isNil, 1);
  } else {
    rtype = mrt;
    rv = temp(mrt);
    bool wantPtr = ty::isa<ty::Pointer>(mrt);
    bool havePtr = ty::isa<ty::Pointer>(under(ct));
    if (wantPtr == havePtr) {
      load(cur, rv.slot);
    } else if (wantPtr) {
      addrOfPlace(cur, rv.slot, e->pos());
    } else {
      int p = b.alloc1(SlotKind::Ptr);
      load(cur, p);
      loadMem(mrt, rv.slot, p, 0);
      b.release(p, 1);
    }
  }
  releasePlace(cur);
  uint32_t w = g.methodValueWrapper(rtype, s, m);
  // The closure and the receiver's box in the frame when escape analysis allows (gen_frame.cpp).
  if (const FrameAlloc* fa = frameAlloc(e); fa && fa->byValueBoxes.size() == 1 && ty::identical(under(fa->type), under(rtype))) {
    storeMem(rtype, fa->byValueBoxes[0], 0, rv.slot);
    b.release(rv);
    frameClosure(fa->ptr, w, {fa->byValueBoxes[0]}, dst);
    return;
  }
  int box = newBox(rtype, rv.slot);
  b.release(rv);
  makeClosure(w, {box}, dst);
  b.release(box, 1);
}

void FuncGen::genMethodExpr(const sx::SelectorExpr* e, const ty::Selection& s, int dst) {
  const auto* m = ty::cast<ty::Func>(s.obj);
  const ty::Type* recvType = typeOf(unparen(e->x));
  const ty::Type* mrt = m->signature()->recv->type;
  if (s.index.size() == 1 && !isIface(recvType) && ty::identical(recvType, mrt)) {
    b.emit(Opcode::LoadFunc, dst, 0, 0, static_cast<int32_t>(g.funcIndex(m)));
    return;
  }
  b.emit(Opcode::LoadFunc, dst, 0, 0, static_cast<int32_t>(g.methodExprWrapper(recvType, s, m)));
}

}  // namespace vo::codegen
