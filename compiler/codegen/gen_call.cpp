// Calls: static functions, methods (static and through interfaces), func values, argument passing (conversions,
// variadic packing, f(g()) spreading), and the built-in functions.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

namespace {

struct ArgSrc {
  const sx::Expr* expr = nullptr;  // evaluate this, or
  int slot = 0;                    // take the value from these slots
  const ty::Type* type = nullptr;
};

std::vector<SlotKind> concat(std::vector<SlotKind> a, const std::vector<SlotKind>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace

namespace {
std::vector<SlotKind> tupleKinds(TypeTable& tt, const ty::Tuple* t) {
  std::vector<SlotKind> k;
  for (const ty::Var* v : t->vars) {
    auto x = tt.slotKinds(v->type);
    k.insert(k.end(), x.begin(), x.end());
  }
  return k;
}

// The first slot of each value of a multi-value result `t` held from slot `base` on.
std::vector<int> tupleSlots(TypeTable& tt, const ty::Tuple* t, int base) {
  std::vector<int> at;
  for (const ty::Var* x : t->vars) {
    at.push_back(base);
    base += static_cast<int>(tt.numSlots(x->type));
  }
  return at;
}
}  // namespace

// Writes the arguments of `call` into the parameter slots starting at paramBase (after any receiver).
void FuncGen::genArgs(const sx::CallExpr* call, const ty::Signature* s, int paramBase, size_t firstArg) {
  std::vector<ArgSrc> srcs;
  Val spread;
  std::span<sx::Expr* const> args(call->args.data() + firstArg, call->args.size() - firstArg);
  if (args.size() == 1) {
    const ty::Type* at = typeOf(unparen(args[0]));
    if (const auto* tup = ty::dyn_cast<ty::Tuple>(at)) {
      spread = eval(args[0]);
      int off = 0;
      for (const ty::Var* v : tup->vars) {
        srcs.push_back(ArgSrc{nullptr, spread.slot + off, v->type});
        off += g.tt.numSlots(v->type);
      }
    }
  }
  if (srcs.empty())
    for (const sx::Expr* a : args) srcs.push_back(ArgSrc{a, 0, nullptr});

  const auto& params = s->params->vars;
  size_t nfixed = s->variadic ? params.size() - 1 : params.size();
  int off = paramBase;
  auto put = [&](const ArgSrc& src, const ty::Type* pt, int dst) {
    if (src.expr) {
      callDstHint = dst;  // an argument slot: a call's results may arrive in place (genCall)
      genAs(src.expr, pt, dst);
      callDstHint = -1;
    } else
      convertVal(src.slot, concreteType(src.type), pt, dst, call->pos());
  };
  for (size_t i = 0; i < nfixed && i < srcs.size(); ++i) {
    put(srcs[i], params[i]->type, off);
    off += g.tt.numSlots(params[i]->type);
  }
  if (s->variadic) {
    const ty::Type* st = params.back()->type;
    if (call->hasEllipsis()) {
      if (srcs.size() > nfixed) {
        const ty::Type* at = srcs[nfixed].expr ? typeOf(unparen(srcs[nfixed].expr)) : srcs[nfixed].type;
        if (ty::basicKindOf(at) == ty::BasicKind::UntypedNil)
          zero(off, 3);
        else
          put(srcs[nfixed], st, off);
      }
    } else if (srcs.size() <= nfixed) {
      zero(off, 3);
    } else {
      const ty::Type* elem = ty::cast<ty::Slice>(under(st))->elem;
      int n = static_cast<int>(srcs.size() - nfixed);
      const FrameAlloc* fa = deferredArgs ? nullptr : frameAlloc(call);
      if (fa && ty::cast<ty::Array>(fa->type)->len == n) {
        // The backing array in the frame (gen_frame.cpp); every element is stored below.
        mov(off, fa->ptr, 1);
        b.emit(Opcode::LoadInt, off + 1, 0, 0, n);
        b.emit(Opcode::LoadInt, off + 2, 0, 0, n);
      } else {
        int len = b.alloc1(SlotKind::Scalar);
        b.emit(Opcode::LoadInt, len, 0, 0, n);
        b.emit(Opcode::MakeSlice, off, len, rt::kNoReg16, g.typeIndex(elem));
        b.release(len, 1);
      }
      uint64_t size = g.tt.sizeOf(elem);
      for (int i = 0; i < n; ++i) {
        const ArgSrc& src = srcs[nfixed + i];
        Val v = temp(elem);
        put(src, elem, v.slot);
        storeMem(elem, off, size * i, v.slot);
        b.release(v);
      }
    }
  }
  b.release(spread);
}

Val FuncGen::callStatic(uint32_t func, const ty::Signature* s, const std::function<void(int)>& args) {
  auto rk = tupleKinds(g.tt, s->results);
  std::vector<SlotKind> pk;
  if (s->recv) pk = g.tt.slotKinds(s->recv->type);
  pk = concat(pk, tupleKinds(g.tt, s->params));
  int base = b.allocWindow(concat(rk, pk));
  args(base + static_cast<int>(rk.size()));
  b.emit(Opcode::Call, base, 0, 0, static_cast<int32_t>(func));
  b.release(base + static_cast<int>(rk.size()), static_cast<int>(pk.size()));
  return Val{base, static_cast<int>(rk.size()), true};
}

namespace {
int ifaceMethodIndex(TypeTable& tt, const ty::Type* iface, const ty::Func* m) {
  const rt::TypeDesc* td = tt.get(iface);
  for (size_t i = 0; i < td->imethods.size(); ++i) {
    if (td->imethods[i].name != m->name) continue;
    if (!td->imethods[i].pkgPath.empty() && m->pkg && td->imethods[i].pkgPath != m->pkg->path) continue;
    return static_cast<int>(i);
  }
  return 0;
}
}  // namespace

// Evaluates the receiver of a static method call `sel` into dst (as m's receiver type). Returns -1 on success; for
// a method of an embedded interface, writes the interface pair into dst and returns the method index.
int FuncGen::recvArg(const sx::SelectorExpr* sel, const ty::Selection& s, const ty::Func* m, int dst) {
  Place base = place(sel->x);
  Place cur = fieldPlace(std::move(base), s.index, s.index.size() - 1, sel->pos());
  const ty::Type* ct = cur.type;
  if (isIface(ct)) {
    load(cur, dst);
    releasePlace(cur);
    return ifaceMethodIndex(g.tt, ct, m);
  }
  const ty::Type* rt = m->signature()->recv->type;
  bool wantPtr = ty::isa<ty::Pointer>(rt);
  bool havePtr = ty::isa<ty::Pointer>(under(ct));
  if (wantPtr) {
    if (havePtr)
      load(cur, dst);
    else
      addrOfPlace(cur, dst, sel->pos());
  } else if (havePtr) {
    int p = b.alloc1(SlotKind::Ptr);
    load(cur, p);
    loadMem(rt, dst, p, 0);
    b.release(p, 1);
  } else {
    load(cur, dst);
  }
  releasePlace(cur);
  return -1;
}

int FuncGen::callWindow(int dst, const std::vector<SlotKind>& rk, const std::vector<SlotKind>& kinds) {
  const int nr = static_cast<int>(rk.size());
  if (dst < 0 || nr == 0) return b.allocWindow(kinds);
  for (int s = dst + nr; s < static_cast<int>(b.live.size()); ++s)
    if (b.live[s]) return b.allocWindow(kinds);
  if (!b.fitsAt(dst, kinds, /*needFree=*/false)) return b.allocWindow(kinds);
  for (int s = dst; s < dst + nr; ++s)
    if (s >= static_cast<int>(b.live.size()) || !b.live[s]) return b.allocWindow(kinds);
  return b.claim(dst, kinds);
}

Val FuncGen::genCall(const sx::CallExpr* call, int dst) {
  if (const Val* o = orderedVal(call)) return Val{o->slot, o->n, false};  // evaluated ahead (gen_order.cpp)
  const sx::Expr* fun = unparen(call->fun);
  line(call->lparen);
  const ty::TypeAndValue* ft = tv(fun);
  if (ft && ft->mode == ty::OperandMode::Builtin) {
    const sx::Ident* id = sx::dyn_cast<sx::Ident>(fun);
    if (!id)
      if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(fun)) id = se->sel;
    auto it = id ? pkg->info->uses.find(id) : pkg->info->uses.end();
    if (it != pkg->info->uses.end())
      if (auto* bi = ty::dyn_cast<ty::Builtin>(it->second)) return genBuiltin(call, bi->id);
    error(call->pos(), "internal error: unknown builtin");
    return Val{};
  }
  const ty::Type* funType = typeOf(fun);
  const auto* s = ty::dyn_cast<ty::Signature>(under(funType));
  if (!s) {
    error(call->pos(), "internal error: call of non-function");
    return Val{};
  }
  auto rk = tupleKinds(g.tt, s->results);
  auto pk = tupleKinds(g.tt, s->params);
  const int nr = static_cast<int>(rk.size());

  // Static function: f(...) or pkg.F(...).
  const ty::Func* staticFn = nullptr;
  if (const auto* id = sx::dyn_cast<sx::Ident>(fun)) {
    auto it = pkg->info->uses.find(id);
    if (it != pkg->info->uses.end()) staticFn = ty::dyn_cast<ty::Func>(it->second);
  } else if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(fun)) {
    auto sit = pkg->info->selections.find(se);
    if (sit == pkg->info->selections.end()) {
      auto it = pkg->info->uses.find(se->sel);
      if (it != pkg->info->uses.end()) staticFn = ty::dyn_cast<ty::Func>(it->second);
    } else if (sit->second.kind == ty::SelectionKind::MethodVal) {
      const ty::Selection& sel = sit->second;
      const auto* m = ty::cast<ty::Func>(sel.obj);
      // The receiver's static type at the end of the embedding path decides: interface or concrete.
      const ty::Type* mrt = m->signature()->recv ? m->signature()->recv->type : nullptr;
      if (mrt && isIface(mrt)) {
        // Interface method (possibly promoted through embedded fields).
        int base = callWindow(dst, rk, concat(concat(rk, {SlotKind::IfaceType, SlotKind::IfaceData}), pk));
        int idx = recvArg(se, sel, m, base + nr);
        if (idx < 0) idx = 0;
        genArgs(call, s, base + nr + 2, 0);
        line(call->lparen);
        b.emit(Opcode::CallIface, base, base + nr, idx);
        b.release(base + nr, 2 + static_cast<int>(pk.size()));
        return Val{base, nr, true};
      }
      if (Val r; genInline(call, r)) return r;  // gen_inline.cpp
      auto rkind = g.tt.slotKinds(mrt);
      int base = callWindow(dst, rk, concat(concat(rk, rkind), pk));
      recvArg(se, sel, m, base + nr);
      genArgs(call, s, base + nr + static_cast<int>(rkind.size()), 0);
      line(call->lparen);
      b.emit(Opcode::Call, base, 0, 0, static_cast<int32_t>(g.funcIndex(m)));
      b.release(base + nr, static_cast<int>(rkind.size() + pk.size()));
      return Val{base, nr, true};
    }
  }
  if (staticFn) {
    if (Val r; genIntrinsic(call, staticFn, r)) return r;
    if (Val r; genInline(call, r)) return r;  // gen_inline.cpp
    int base = callWindow(dst, rk, concat(rk, pk));
    genArgs(call, s, base + nr, 0);
    line(call->lparen);
    b.emit(Opcode::Call, base, 0, 0, static_cast<int32_t>(g.funcIndex(staticFn)));
    b.release(base + nr, static_cast<int>(pk.size()));
    return Val{base, nr, true};
  }
  // A func value. A variable's own slot serves as the operand (no copy): it lies below the window, and nothing
  // evaluating the arguments can assign a register variable (closures and pointers reach only boxed and frame
  // variables, which eval loads into a temporary).
  Val fv = eval(fun);
  int fslot = fv.slot;
  int base = callWindow(dst, rk, concat(rk, pk));
  genArgs(call, s, base + nr, 0);
  line(call->lparen);
  b.emit(Opcode::CallClosure, base, fslot);
  b.release(base + nr, static_cast<int>(pk.size()));
  b.release(fv);
  return Val{base, nr, true};
}

// Calls of standard functions that compile to one instruction, as Go's compiler treats them (ssagen intrinsics):
// math.Sqrt → SqrtF.
bool FuncGen::genIntrinsic(const sx::CallExpr* call, const ty::Func* f, Val& out) {
  if (!f->pkg || f->pkg->path != "math" || f->name != "Sqrt" || call->args.size() != 1 || call->hasEllipsis()) return false;
  const ty::Type* f64 = ty::Universe::get().basic(ty::BasicKind::Float64);
  Val x = evalAs(call->args[0], f64);
  b.release(x);
  int r = b.alloc1(SlotKind::Float);
  b.emit(Opcode::SqrtF, r, x.slot);
  out = Val{r, 1, true};
  return true;
}

// ---- built-in functions ------------------------------------------------------------------------------------------

Val FuncGen::genAppend(const sx::CallExpr* call) {
  const ty::Type* st = concreteType(typeOf(call));
  Val dst = temp(st);
  if (call->args.empty()) return dst;
  genAs(call->args[0], st, dst.slot);
  const ty::Type* elem = ty::cast<ty::Slice>(under(st))->elem;
  if (call->hasEllipsis() && call->args.size() == 2) {
    const ty::Type* at = typeOf(unparen(call->args[1]));
    Val v = eval(call->args[1]);
    line(call->lparen);
    if (ty::isString(at))
      b.emit(Opcode::AppendStr, dst.slot, dst.slot, v.slot);
    else if (ty::basicKindOf(at) != ty::BasicKind::UntypedNil)
      b.emit(Opcode::AppendSlice, dst.slot, dst.slot, v.slot, g.typeIndex(elem));
    b.release(v);
    return dst;
  }
  if (call->args.size() == 2) {
    Val v = evalAs(call->args[1], elem);
    line(call->lparen);
    b.emit(Opcode::Append, dst.slot, dst.slot, v.slot, g.typeIndex(elem));
    b.release(v);
    return dst;
  }
  // Several values: one growth for all of them (Go's growslice sees the final length), through a temporary slice.
  int n = static_cast<int>(call->args.size() - 1);
  int tmp = b.alloc({SlotKind::Ptr, SlotKind::Scalar, SlotKind::Scalar});
  int len = b.alloc1(SlotKind::Scalar);
  b.emit(Opcode::LoadInt, len, 0, 0, n);
  b.emit(Opcode::MakeSlice, tmp, len, rt::kNoReg16, g.typeIndex(elem));
  b.release(len, 1);
  uint64_t size = g.tt.sizeOf(elem);
  for (int i = 0; i < n; ++i) {
    Val v = evalAs(call->args[i + 1], elem);
    storeMem(elem, tmp, size * i, v.slot);
    b.release(v);
  }
  line(call->lparen);
  b.emit(Opcode::AppendSlice, dst.slot, dst.slot, tmp, g.typeIndex(elem));
  b.release(tmp, 3);
  return dst;
}

void FuncGen::genPrint(const sx::CallExpr* call, bool ln) {
  for (size_t i = 0; i < call->args.size(); ++i) {
    if (ln && i > 0) b.emit(Opcode::PrintSp);
    const ty::Type* t = concreteType(typeOf(unparen(call->args[i])));
    if (ty::basicKindOf(t) == ty::BasicKind::UntypedNil) t = ty::Universe::get().basic(ty::BasicKind::UnsafePointer);
    Val v = evalAs(call->args[i], t);
    b.emit(Opcode::Print, v.slot, 0, 0, g.typeIndex(t));
    b.release(v);
  }
  if (ln) b.emit(Opcode::PrintNl);
}

Val FuncGen::genBuiltin(const sx::CallExpr* call, ty::BuiltinId id) {
  const ty::Type* intT = ty::Universe::get().basic(ty::BasicKind::Int);
  if (id == ty::BuiltinId::Assert) {
    genAssert(call);  // with a multi-value argument too
    return Val{};
  }
  if (call->args.size() == 1 && ty::isa<ty::Tuple>(typeOf(unparen(call->args[0])))) {
    // f(g()) for a built-in: copy, delete, print, println, append, min, max with a multi-value argument.
    const auto* tup = ty::cast<ty::Tuple>(typeOf(unparen(call->args[0])));
    Val v = eval(call->args[0]);
    std::vector<int> at = tupleSlots(g.tt, tup, v.slot);
    Val r;
    auto ty0 = tup->vars[0]->type;
    switch (id) {
      case ty::BuiltinId::Copy: {
        r = temp(intT);
        if (ty::isString(tup->vars[1]->type))
          b.emit(Opcode::CopyStr, r.slot, at[0], at[1]);
        else
          b.emit(Opcode::Copy, r.slot, at[0], at[1], g.typeIndex(ty::cast<ty::Slice>(under(ty0))->elem));
        break;
      }
      case ty::BuiltinId::Delete: {
        const ty::Type* kt = ty::cast<ty::Map>(under(ty0))->key;
        Val k = temp(kt);
        convertVal(at[1], tup->vars[1]->type, kt, k.slot, call->pos());
        b.emit(Opcode::MapDelete, at[0], k.slot, 0, g.typeIndex(ty0));
        b.release(k);
        break;
      }
      case ty::BuiltinId::Print:
      case ty::BuiltinId::Println:
        for (size_t i = 0; i < at.size(); ++i) {
          if (id == ty::BuiltinId::Println && i > 0) b.emit(Opcode::PrintSp);
          b.emit(Opcode::Print, at[i], 0, 0, g.typeIndex(tup->vars[i]->type));
        }
        if (id == ty::BuiltinId::Println) b.emit(Opcode::PrintNl);
        break;
      case ty::BuiltinId::Append: {
        const ty::Type* st = concreteType(typeOf(call));
        const ty::Type* elem = ty::cast<ty::Slice>(under(st))->elem;
        r = temp(st);
        mov(r.slot, at[0], 3);
        for (size_t i = 1; i < at.size(); ++i) {
          Val e = temp(elem);
          convertVal(at[i], tup->vars[i]->type, elem, e.slot, call->pos());
          b.emit(Opcode::Append, r.slot, r.slot, e.slot, g.typeIndex(elem));
          b.release(e);
        }
        break;
      }
      case ty::BuiltinId::Complex: {
        r = temp(concreteType(typeOf(call)));
        mov(r.slot, at[0], 1);
        mov(r.slot + 1, at[1], 1);
        break;
      }
      default:
        error(call->pos(), "multi-value argument of this built-in function is not supported yet");
        break;
    }
    b.release(v);
    if (r.temp) {
      // Keep the result above the released tuple: copy it into a fresh temporary.
      return r;
    }
    return Val{};
  }
  const ty::Type* rtype = typeOf(call);
  auto arg = [&](size_t i) { return call->args[i]; };
  switch (id) {
    case ty::BuiltinId::Len:
    case ty::BuiltinId::Cap: {
      Val r = temp(intT);
      const ty::Type* at = concreteType(typeOf(unparen(arg(0))));
      const ty::Type* au = under(at);
      if (const auto* p = ty::dyn_cast<ty::Pointer>(au)) au = under(p->elem);
      if (const auto* arr = ty::dyn_cast<ty::Array>(au)) {
        Val v = eval(arg(0));  // evaluated for its side effects
        b.release(v);
        b.emit(Opcode::LoadInt, r.slot, 0, 0, static_cast<int32_t>(arr->len));
        return r;
      }
      if ((ty::isString(au) || ty::isa<ty::Slice>(au)) && sx::isa<sx::Ident>(unparen(arg(0)))) {
        // A variable in memory (a box or a frame object): read only its length or capacity word.
        Place p = place(arg(0));
        if (p.kind == Place::Kind::Mem) {
          line(call->lparen);
          uint64_t off = checkedOffset(p.off + (id == ty::BuiltinId::Cap ? 16 : 8));
          b.emit(Opcode::Ld64, r.slot, p.slot, 0, static_cast<int32_t>(off));
          releasePlace(p);
          return r;
        }
        releasePlace(p);
      }
      Val v = eval(arg(0));
      if (ty::isa<ty::Map>(au)) {
        b.emit(Opcode::MapLen, r.slot, v.slot);
      } else if (ty::isa<ty::Chan>(au)) {
        b.emit(id == ty::BuiltinId::Cap ? Opcode::ChanCap : Opcode::ChanLen, r.slot, v.slot);
      } else if (!v.temp) {
        // len/cap of a string or slice variable: its length word, read in place.
        b.release(r);
        return Val{v.slot + (id == ty::BuiltinId::Cap ? 2 : 1), 1, false};
      } else {
        mov(r.slot, v.slot + (id == ty::BuiltinId::Cap ? 2 : 1), 1);
      }
      b.release(v);
      return r;
    }
    case ty::BuiltinId::Append:
      return genAppend(call);
    case ty::BuiltinId::Copy: {
      Val r = temp(intT);
      Val d = eval(arg(0));
      Val s = eval(arg(1));
      const ty::Type* st = typeOf(unparen(arg(1)));
      line(call->lparen);
      if (ty::isString(st))
        b.emit(Opcode::CopyStr, r.slot, d.slot, s.slot);
      else
        b.emit(Opcode::Copy, r.slot, d.slot, s.slot,
               g.typeIndex(ty::cast<ty::Slice>(under(typeOf(unparen(arg(0)))))->elem));
      b.release(s);
      b.release(d);
      return r;
    }
    case ty::BuiltinId::Delete: {
      const ty::Type* mt = typeOf(unparen(arg(0)));
      Val m = eval(arg(0));
      Val k = evalAs(arg(1), ty::cast<ty::Map>(under(mt))->key);
      b.emit(Opcode::MapDelete, m.slot, k.slot, 0, g.typeIndex(mt));
      b.release(k);
      b.release(m);
      return Val{};
    }
    case ty::BuiltinId::Clear: {
      const ty::Type* t = typeOf(unparen(arg(0)));
      Val v = eval(arg(0));
      if (const auto* sl = ty::dyn_cast<ty::Slice>(under(t)))
        b.emit(Opcode::ClearSlice, v.slot, 0, 0, g.typeIndex(sl->elem));
      else
        b.emit(Opcode::MapClear, v.slot, 0, 0, g.typeIndex(t));
      b.release(v);
      return Val{};
    }
    case ty::BuiltinId::Make: {
      const ty::Type* t = typeOf(unparen(arg(0)));
      Val r = temp(t);
      const ty::Type* u = under(t);
      if (ty::isa<ty::Slice>(u) && frameAlloc(call)) {
        // Constant sizes, the backing array in the frame (gen_frame.cpp).
        const FrameAlloc* fa = frameAlloc(call);
        const auto* arr = ty::cast<ty::Array>(fa->type);
        const ty::TypeAndValue* lt = tv(unparen(arg(1)));
        int64_t len = constant::int64Val(constant::toInt(lt->value)).first;
        rezeroFrameObject(fa->ptr, fa->type);
        mov(r.slot, fa->ptr, 1);
        b.emit(Opcode::LoadInt, r.slot + 1, 0, 0, static_cast<int32_t>(len));
        b.emit(Opcode::LoadInt, r.slot + 2, 0, 0, static_cast<int32_t>(arr->len));
      } else if (const auto* sl = ty::dyn_cast<ty::Slice>(u)) {
        Val len = evalAs(arg(1), intT);
        Val cap;
        if (call->args.size() > 2) cap = evalAs(arg(2), intT);
        line(call->lparen);
        b.emit(Opcode::MakeSlice, r.slot, len.slot, call->args.size() > 2 ? cap.slot : rt::kNoReg16,
               g.typeIndex(sl->elem));
        b.release(cap);
        b.release(len);
      } else if (ty::isa<ty::Map>(u)) {
        Val hint;
        if (call->args.size() > 1) hint = evalAs(arg(1), intT);
        b.emit(Opcode::MakeMap, r.slot, call->args.size() > 1 ? hint.slot : rt::kNoReg16, 0, g.typeIndex(t));
        b.release(hint);
      } else if (const auto* ct = ty::dyn_cast<ty::Chan>(u)) {
        Val size;
        if (call->args.size() > 1) {
          size = evalAs(arg(1), intT);
        } else {
          size = temp(intT);
          b.emit(Opcode::LoadInt, size.slot, 0, 0, 0);
        }
        line(call->lparen);
        b.emit(Opcode::MakeChan, r.slot, size.slot, 0, g.typeIndex(ct->elem));
        b.release(size);
      }
      return r;
    }
    case ty::BuiltinId::New: {
      const ty::Type* t = typeOf(unparen(arg(0)));
      Val r = temp(rtype);
      if (const FrameAlloc* fa = frameAlloc(call)) {
        rezeroFrameObject(fa->ptr, fa->type);
        mov(r.slot, fa->ptr, 1);
        return r;
      }
      b.emit(Opcode::New, r.slot, 0, 0, g.typeIndex(t));
      return r;
    }
    case ty::BuiltinId::Panic: {
      Val v = evalAs(arg(0), ty::Universe::get().anyType());
      line(call->lparen);
      b.emit(Opcode::Panic, v.slot);
      b.release(v);
      return Val{};
    }
    case ty::BuiltinId::Recover: {
      Val r = temp(ty::Universe::get().anyType());
      b.emit(Opcode::Recover, r.slot);
      return r;
    }
    case ty::BuiltinId::Print:
    case ty::BuiltinId::Println:
      genPrint(call, id == ty::BuiltinId::Println);
      return Val{};
    case ty::BuiltinId::Min:
    case ty::BuiltinId::Max: {
      const ty::Type* t = concreteType(rtype);
      Val r = temp(t);
      genAs(arg(0), t, r.slot);
      bool isMin = id == ty::BuiltinId::Min;
      for (size_t i = 1; i < call->args.size(); ++i) {
        Val v = evalAs(arg(i), t);
        if (ty::isFloat(t)) {
          b.emit(isMin ? Opcode::MinF : Opcode::MaxF, r.slot, r.slot, v.slot);
        } else if (ty::isString(t)) {
          int c = b.alloc1(SlotKind::Scalar);
          b.emit(Opcode::LtS, c, isMin ? v.slot : r.slot, isMin ? r.slot : v.slot);
          int skip = b.newLabel();
          b.jump(Opcode::JmpIfNot, skip, c);
          mov(r.slot, v.slot, 2);
          b.bind(skip);
          b.release(c, 1);
        } else if (ty::isUnsigned(t)) {
          b.emit(isMin ? Opcode::MinU : Opcode::MaxU, r.slot, r.slot, v.slot);
        } else {
          b.emit(isMin ? Opcode::MinI : Opcode::MaxI, r.slot, r.slot, v.slot);
        }
        b.release(v);
      }
      return r;
    }
    case ty::BuiltinId::Close: {
      Val v = eval(arg(0));
      line(call->lparen);
      b.emit(Opcode::ChanClose, v.slot);
      b.release(v);
      return Val{};
    }
    case ty::BuiltinId::Complex: {
      const ty::Type* ct = concreteType(rtype);
      const ty::Type* ft = ty::Universe::get().basic(ty::basicKindOf(ct) == ty::BasicKind::Complex64
                                                          ? ty::BasicKind::Float32
                                                          : ty::BasicKind::Float64);
      Val r = temp(ct);
      genAs(arg(0), ft, r.slot);
      genAs(arg(1), ft, r.slot + 1);
      return r;
    }
    case ty::BuiltinId::Real:
    case ty::BuiltinId::Imag: {
      Val r = temp(concreteType(rtype));
      Val v = eval(arg(0));
      mov(r.slot, v.slot + (id == ty::BuiltinId::Imag ? 1 : 0), 1);
      b.release(v);
      return r;
    }
    case ty::BuiltinId::Assert:
      break;  // above
  }
  return Val{};
}

// ---- Vo's assert -------------------------------------------------------------------------------------------------

void FuncGen::genAssert(const sx::CallExpr* call) {
  const ty::Type* anyT = ty::Universe::get().anyType();
  int ok = b.newLabel();
  if (call->args.size() == 1 && ty::isa<ty::Tuple>(typeOf(unparen(call->args[0])))) {
    // assert(f()): the first value is the condition, the others the arguments.
    const auto* tup = ty::cast<ty::Tuple>(typeOf(unparen(call->args[0])));
    Val v = eval(call->args[0]);
    std::vector<int> at = tupleSlots(g.tt, tup, v.slot);
    b.jump(Opcode::JmpIf, ok, at[0]);
    genAssertFailure(static_cast<int>(at.size()) - 1, [&](int i, int dst) {
      convertVal(at[i + 1], tup->vars[i + 1]->type, anyT, dst, call->pos());
    }, call->lparen);
    b.bind(ok);
    b.release(v);
    return;
  }
  genCond(call->args[0], true, ok);
  genAssertFailure(static_cast<int>(call->args.size()) - 1,
                   [&](int i, int dst) { genAs(call->args[i + 1], anyT, dst); }, call->lparen);
  b.bind(ok);
}

void FuncGen::genAssertFailure(int n, const std::function<void(int, int)>& put, Pos pos) {
  const ty::Func* failed = nullptr;
  for (PkgInfo& p : g.pkgs)
    if (p.pkg->path == "runtime") failed = ty::dyn_cast<ty::Func>(p.pkg->scope->lookup("assertionFailed"));
  if (!failed) {
    error(pos, "internal error: runtime.assertionFailed is missing");
    return;
  }
  const ty::Type* anyT = ty::Universe::get().anyType();
  Val r = callStatic(g.funcIndex(failed), failed->signature(), [&](int params) {
    if (n == 0) {
      zero(params, 3);  // a nil []any: "assertion failed"
      return;
    }
    int len = b.alloc1(SlotKind::Scalar);
    b.emit(Opcode::LoadInt, len, 0, 0, n);
    b.emit(Opcode::MakeSlice, params, len, rt::kNoReg16, g.typeIndex(anyT));
    b.release(len, 1);
    for (int i = 0; i < n; ++i) {
      Val v = temp(anyT);
      put(i, v.slot);
      storeMem(anyT, params, g.tt.sizeOf(anyT) * static_cast<uint64_t>(i), v.slot);
      b.release(v);
    }
  });
  line(pos);
  b.emit(Opcode::Panic, r.slot);
  b.release(r);
}

}  // namespace vo::codegen
