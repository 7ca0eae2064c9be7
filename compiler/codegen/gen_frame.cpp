// Frame objects: the variables and allocations escape analysis keeps in the frame (escape.h: frameVars,
// frameAllocs) get Go-layout storage in the function's own register slots instead of a heap object.
//
// Invariants
//  - A frame object of type T occupies rt::frameObjectSlots(T) consecutive slots whose kinds follow T's words
//    (rt::frameObjectSlotKind: Ptr, IfaceType/IfaceData, Scalar), so the GC's frame scan marks the heap pointers
//    it holds precisely. A Ptr slot holds its address (FrameAddr). Code reaches the object only through that
//    pointer, exactly as it reaches a heap box: places, closures capturing boxes, named results copied back by
//    the epilogue, pointer-method receivers all work unchanged, and nothing but that pointer touches the slots.
//  - Objects are reserved in the prologue (setupSignature for parameters and results, genBody's pre-scan of the
//    body for declarations and allocation sites; function literals are other functions and are not entered) and
//    stay live for the whole function. Every call window is therefore allocated above them: no callee frame
//    overwrites them, and the caller's GC scan (which stops at the callee's window) covers them. The verifier
//    rejects a function with a frame object that is not below every call window.
//  - One object per variable and per allocation site, reused by every execution of the declaration or site
//    (escape.h: a reference that could outlive one loop iteration makes the variable or the allocation escape).
//    The VM zeroes a frame on entry; an execution that may not be the first of the activation (inside a loop, or
//    after a label a goto can jump back to) zeroes the object again, unless the code that follows writes all of it.
//  - What is placed: frameVars; `&T{...}` (also elided in a literal), `new(T)`, `make([]T, n, m)` with constant
//    sizes, slice literals (their backing arrays), func literals with captures (rt::Closure's layout: a header word
//    and the capture pointers, plus frame boxes for the by-value captures), method values (closure and receiver
//    box), the implicit `...` slice of a variadic call (except in go and defer statements, whose arguments outlive
//    the statement), and the value buffers of select cases (gen_chan.cpp: reserveSelectBuffers; live only while
//    the statement runs). Interface boxes, string conversions and non-constant make stay on the heap, as does
//    every site escape analysis does not list.
//  - Budget: at most kFrameObjectBudget slots of frame objects per function (deep recursion must not exhaust the
//    register stack much sooner than with heap objects; goroutines have 4 MiB register stacks). Objects beyond it
//    use the heap: the safe default.
//
// Example: `p := Point{i, i}; p.Scale(2); sum += p.x` in a loop, p in frameVars: the prologue emits
// `faddr r9 r7..r8 Point`; the declaration stores both fields through r9 (`st.64 r9 ...`), the call passes r9 as
// the receiver, and `p.x` is `ld.64 ... r9 0` — no `new`.
#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"
#include "runtime-core/runtime.h"

namespace vo::codegen {

using sx::TokenKind;

namespace {

/// Slots of frame objects one function may hold (32 KiB).
constexpr uint64_t kFrameObjectBudget = 4096;

int64_t constInt64(const ty::TypeAndValue* t) {
  if (!t || t->mode != ty::OperandMode::Constant || t->value.isUnknown()) return -1;
  auto [v, exact] = constant::int64Val(constant::toInt(t->value));
  return exact ? v : -1;
}

}  // namespace

// An inlined body's frame objects serve every call site of the callee (gen_inline.cpp): never "once".
bool FuncGen::runsOnce() const { return loopStarts.empty() && firstLabelPc == SIZE_MAX && !inl; }

int FuncGen::reserveFrameObject(const ty::Type* t) {
  t = concreteType(t);
  if (!t || g.tt.sizeOf(t) > kFrameObjectBudget * 8) return -1;
  const int32_t ti = g.typeIndex(t);
  const rt::TypeDesc* td = g.mod.types[static_cast<size_t>(ti)].get();
  const uint64_t n = rt::frameObjectSlots(td);
  if (n > kFrameObjectBudget - frameObjectSlots) return -1;
  std::vector<SlotKind> kinds(n);
  for (uint64_t i = 0; i < n; ++i) kinds[i] = rt::frameObjectSlotKind(td, i);
  int base = b.alloc(kinds);
  int ptr = b.alloc1(SlotKind::Ptr);
  if (b.tooManySlots) return -1;
  b.emit(Opcode::FrameAddr, ptr, base, 0, ti);
  keptBoxes.insert(ptr);
  frameObjectSlots += n;
  return ptr;
}

void FuncGen::reserveFrameVar(const ty::Var* v) {
  if (!pkg || !pkg->esc.inFrame(v) || frameVarPtr.count(v) || inlineRegVars.count(v)) return;
  int ptr = reserveFrameObject(v->type);
  if (ptr >= 0) frameVarPtr[v] = ptr;
}

int FuncGen::frameVar(const ty::Var* v) const {
  auto it = frameVarPtr.find(v);
  return it == frameVarPtr.end() ? -1 : it->second;
}

const ty::Type* FuncGen::closureLayout(size_t n) {
  auto& u = ty::Universe::get();
  std::vector<ty::Var*> fields;
  for (size_t i = 0; i <= n; ++i) {
    g.names.push_back(i == 0 ? "header" : "c" + std::to_string(i - 1));
    auto* v = g.synthObjects.makeObject<ty::Var>(
        g.names.back(), static_cast<ty::Type*>(u.basic(i == 0 ? ty::BasicKind::Uint64 : ty::BasicKind::UnsafePointer)),
        nullptr, Pos{});
    v->isField = true;
    fields.push_back(v);
  }
  return g.synthTypes.make<ty::Struct>(std::move(fields), std::vector<std::string>{});
}

int64_t FuncGen::variadicCount(const sx::CallExpr* call) {
  if (call->hasEllipsis()) return -1;
  const ty::TypeAndValue* ft = tv(unparen(call->fun));
  if (!ft || ft->mode == ty::OperandMode::TypeExpr || ft->mode == ty::OperandMode::Builtin) return -1;
  const auto* sig = ty::dyn_cast<ty::Signature>(under(ft->type));
  if (!sig || !sig->variadic) return -1;
  int64_t nargs = static_cast<int64_t>(call->args.size());
  if (nargs == 1)
    if (const auto* tup = ty::dyn_cast<ty::Tuple>(typeOf(unparen(call->args[0]))))
      nargs = static_cast<int64_t>(tup->size());
  const int64_t nfixed = static_cast<int64_t>(sig->params->vars.size()) - 1;
  return nargs > nfixed ? nargs - nfixed : -1;
}

const ty::Type* FuncGen::frameAllocType(const sx::Node* n) {
  if (const auto* u = sx::dyn_cast<sx::UnaryExpr>(n)) {
    if (u->op != TokenKind::And) return nullptr;
    const auto* cl = sx::dyn_cast<sx::CompositeLit>(unparen(u->x));
    return cl ? typeOf(cl) : nullptr;
  }
  if (const auto* cl = sx::dyn_cast<sx::CompositeLit>(n)) {
    const ty::Type* u = under(typeOf(cl));
    if (const auto* pt = ty::dyn_cast<ty::Pointer>(u)) return pt->elem;  // an elided &T{...}
    if (const auto* sl = ty::dyn_cast<ty::Slice>(u)) return g.arrayOf(sl->elem, sliceLitLen(cl));
    return nullptr;
  }
  if (const auto* lit = sx::dyn_cast<sx::FuncLit>(n)) {
    size_t caps = freeVars(lit, *pkg->info).size();
    return caps == 0 ? nullptr : closureLayout(caps);  // without captures a func literal allocates nothing
  }
  const auto* call = sx::dyn_cast<sx::CallExpr>(n);
  if (!call || call->args.empty()) return nullptr;
  if (int64_t nv = variadicCount(call); nv > 0) {
    const auto* sig = ty::cast<ty::Signature>(under(typeOf(unparen(call->fun))));
    return g.arrayOf(ty::cast<ty::Slice>(under(sig->params->vars.back()->type))->elem, nv);
  }
  if (call->hasEllipsis()) return nullptr;
  const auto* id = sx::dyn_cast<sx::Ident>(unparen(call->fun));
  auto it = id ? pkg->info->uses.find(id) : pkg->info->uses.end();
  const auto* bi = it == pkg->info->uses.end() ? nullptr : ty::dyn_cast<ty::Builtin>(it->second);
  if (!bi) return nullptr;
  const ty::Type* t = typeOf(unparen(call->args[0]));
  if (bi->id == ty::BuiltinId::New) return t;
  if (bi->id != ty::BuiltinId::Make || call->args.size() < 2) return nullptr;
  const auto* sl = ty::dyn_cast<ty::Slice>(under(t));
  if (!sl) return nullptr;
  int64_t len = constInt64(tv(unparen(call->args[1])));
  int64_t cap = call->args.size() > 2 ? constInt64(tv(unparen(call->args[2]))) : len;
  if (len < 0 || cap < len) return nullptr;
  return g.arrayOf(sl->elem, cap);
}

void FuncGen::reserveFrameObjects(const sx::Node* root) {
  if (!pkg || !root || (pkg->esc.frameVars.empty() && pkg->esc.frameAllocs.empty() && !g.inlining)) return;
  std::function<void(const sx::Node*)> walk = [&](const sx::Node* n) {
    if (const auto* lit = sx::dyn_cast<sx::FuncLit>(n)) {
      // The literal's body is another function; a closure object kept in this frame, and the boxes of its
      // by-value captures with it, are reserved here.
      if (!pkg->esc.frameAllocs.count(n) || frameAllocPtr.count(n)) return;
      const ty::Type* t = frameAllocType(n);
      if (!t) return;
      FrameAlloc fa{-1, t, {}};
      for (const ty::Var* v : freeVars(lit, *pkg->info)) {
        int box = -1;
        if (pkg->esc.capturedByValue.count(v) && !frameVarPtr.count(v)) {
          box = reserveFrameObject(v->type);
          if (box < 0) return;  // over the budget: a heap closure (the boxes reserved so far stay unused)
        }
        fa.byValueBoxes.push_back(box);
      }
      fa.ptr = reserveFrameObject(t);
      if (fa.ptr >= 0) frameAllocPtr[n] = std::move(fa);
      return;
    }
    if (const auto* id = sx::dyn_cast<sx::Ident>(n)) {
      if (const ty::Var* v = defVar(id)) reserveFrameVar(v);
      return;
    }
    if (sx::isa<sx::CaseClause>(n)) {  // a type switch clause's own variable
      auto it = pkg->info->implicits.find(n);
      if (it != pkg->info->implicits.end())
        if (const auto* v = ty::dyn_cast<ty::Var>(it->second)) reserveFrameVar(v);
    }
    if (const auto* sel = sx::dyn_cast<sx::SelectorExpr>(n); sel && pkg->esc.frameAllocs.count(n)) {
      // A method value: its closure (one capture) and the box holding the receiver (genMethodValue).
      auto it = pkg->info->selections.find(sel);
      if (it != pkg->info->selections.end() && it->second.kind == ty::SelectionKind::MethodVal &&
          !frameAllocPtr.count(n)) {
        const ty::Type* recv = ty::cast<ty::Func>(it->second.obj)->signature()->recv->type;
        int box = reserveFrameObject(recv);
        int ptr = box >= 0 ? reserveFrameObject(closureLayout(1)) : -1;
        if (ptr >= 0) frameAllocPtr[n] = FrameAlloc{ptr, concreteType(recv), {box}};
      }
    }
    if (pkg->esc.frameAllocs.count(n) && !frameAllocPtr.count(n))
      if (const ty::Type* t = frameAllocType(n)) {
        int ptr = reserveFrameObject(t);
        if (ptr >= 0) frameAllocPtr[n] = FrameAlloc{ptr, concreteType(t), {}};
      }
    if (const auto* call = sx::dyn_cast<sx::CallExpr>(n)) reserveInlineFrameObjects(call);  // gen_inline.cpp
    if (const auto* sel = sx::dyn_cast<sx::SelectStmt>(n)) reserveSelectBuffers(sel);      // gen_chan.cpp
    forEachChild(n, walk);
  };
  walk(root);
}

const FuncGen::FrameAlloc* FuncGen::frameAlloc(const sx::Node* site) const {
  auto it = frameAllocPtr.find(site);
  return it == frameAllocPtr.end() ? nullptr : &it->second;
}

void FuncGen::frameClosure(int ptr, uint32_t func, const std::vector<int>& boxes, int dst) {
  // rt::Closure: {func uint32, numCaptures uint32}, then the capture pointers.
  const uint64_t header = func | (static_cast<uint64_t>(boxes.size()) << 32);
  int h = b.alloc1(SlotKind::Scalar);
  b.emit(Opcode::LoadConst, h, 0, 0, static_cast<int32_t>(g.constInt(static_cast<int64_t>(header))));
  b.emit(Opcode::St64, ptr, h, 0, 0);
  b.release(h, 1);
  for (size_t i = 0; i < boxes.size(); ++i) b.emit(Opcode::StP, ptr, boxes[i], 0, static_cast<int32_t>(8 + 8 * i));
  mov(dst, ptr, 1);
}

void FuncGen::rezeroFrameObject(int ptr, const ty::Type* t) {
  if (!runsOnce()) b.emit(Opcode::MemZero, ptr, 0, 0, g.typeIndex(t));
}

bool FuncGen::initialisesAll(const sx::CompositeLit* e, const ty::Type* t) {
  const ty::Type* u = under(t);
  auto whole = [&](const sx::Expr* el, const ty::Type* et) {
    const auto* lit = sx::dyn_cast<sx::CompositeLit>(unparen(el));
    const ty::Type* eu = under(et);
    // genCompositeInto writes a nested struct or array literal in place, field by field.
    if (lit && (ty::isa<ty::Struct>(eu) || ty::isa<ty::Array>(eu))) return initialisesAll(lit, et);
    return true;
  };
  if (const auto* st = ty::dyn_cast<ty::Struct>(u)) {
    if (e->elts.size() != st->fields.size()) return false;
    for (size_t i = 0; i < e->elts.size(); ++i) {
      const sx::Expr* el = e->elts[i];
      const ty::Type* ft = st->fields[i]->type;
      if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
        const auto* key = sx::dyn_cast<sx::Ident>(kv->key);
        ft = nullptr;
        for (const ty::Var* f : st->fields)
          if (key && f->name == key->name) ft = f->type;
        if (!ft) return false;
        el = kv->value;
      }
      if (!whole(el, ft)) return false;
    }
    return true;
  }
  if (const auto* at = ty::dyn_cast<ty::Array>(u)) {
    if (static_cast<int64_t>(e->elts.size()) != at->len) return false;
    for (const sx::Expr* el : e->elts)
      if (sx::isa<sx::KeyValueExpr>(el) || !whole(el, at->elem)) return false;
    return true;
  }
  return false;
}

bool FuncGen::genFrameCompositeAddr(const sx::Node* site, const sx::CompositeLit* cl, const ty::Type* t, int dst) {
  const FrameAlloc* fa = frameAlloc(site);
  if (!fa) return false;
  const bool full = initialisesAll(cl, t);
  if (!full) rezeroFrameObject(fa->ptr, t);
  genCompositeInto(cl, t, fa->ptr, 0, /*zeroed=*/!full);
  mov(dst, fa->ptr, 1);
  return true;
}

int64_t FuncGen::sliceLitLen(const sx::CompositeLit* e) const {
  int64_t idx = 0, n = 0;
  for (const sx::Expr* el : e->elts) {
    if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
      const ty::TypeAndValue* kt = tv(unparen(kv->key));
      if (kt && kt->mode == ty::OperandMode::Constant) idx = constant::int64Val(constant::toInt(kt->value)).first;
    }
    ++idx;
    n = std::max(n, idx);
  }
  return n;
}

const ty::Type* Generator::arrayOf(const ty::Type* elem, int64_t len) {
  return synthTypes.make<ty::Array>(const_cast<ty::Type*>(elem), len);
}

}  // namespace vo::codegen
