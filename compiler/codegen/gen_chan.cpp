// go statements, channel operations and select (Go spec "Go statements", "Send statements", "Receive operator",
// "Select statements"); runtime-core/opcodes.def "goroutines and channels".
#include "compiler/codegen/gen.h"

namespace vo::codegen {

namespace {
const ty::Type* chanElem(const ty::Type* t) {
  const auto* c = ty::dyn_cast<ty::Chan>(under(t));
  return c ? c->elem : nullptr;
}
}  // namespace

// The function value and the arguments are evaluated here; the new goroutine runs the call (through the same
// thunk closures as defer).
void FuncGen::genGo(const sx::GoStmt* s) {
  goMode = true;
  genDeferCall(s->call, s);
  goMode = false;
}

void FuncGen::genSend(const sx::SendStmt* s) {
  const ty::Type* ct = typeOf(unparen(s->chan));
  const ty::Type* elem = chanElem(ct);
  if (!elem) return;
  Val c = eval(s->chan);
  Val v = evalAs(s->value, elem);
  line(s->arrow);
  b.emit(Opcode::ChanSend, c.slot, v.slot, 0, g.typeIndex(elem));
  b.release(v);
  b.release(c);
}

void FuncGen::genRecv(const sx::UnaryExpr* e, int dst, int okSlot) {
  const ty::Type* elem = chanElem(typeOf(unparen(e->x)));
  if (!elem) return;
  if (e == selRecv) {
    loadMem(elem, dst, selBox, 0);
    if (okSlot >= 0) mov(okSlot, selOk, 1);
    return;
  }
  Val c = eval(e->x);
  line(e->pos());
  b.emit(Opcode::ChanRecv, dst, c.slot, 0, g.typeIndex(elem), okSlot >= 0 ? okSlot : -1);
  b.release(c);
}

namespace {
/// The receive expression of a select case's comm statement (`<-c`, `v := <-c`, `v, ok = <-c`), or nullptr.
const sx::UnaryExpr* recvOf(const sx::Stmt* comm) {
  const sx::Expr* x = nullptr;
  if (const auto* es = sx::dyn_cast<sx::ExprStmt>(comm)) x = es->x;
  if (const auto* as = sx::dyn_cast<sx::AssignStmt>(comm); as && as->rhs.size() == 1) x = as->rhs[0];
  const auto* ue = sx::dyn_cast<sx::UnaryExpr>(x ? unparen(x) : nullptr);
  return ue && ue->op == sx::TokenKind::Arrow ? ue : nullptr;
}
}  // namespace

// The value buffers of a select's cases (the value to send, or the received value of `v := <-c`): frame objects
// reserved by the prologue's pre-scan (gen_frame.cpp), one per case, keyed by its CommClause. A buffer is live
// only while its select statement runs (written before Select or by it, read right after), so one object serves
// every execution. A case without one (over the frame-object budget, or a package the pre-scan skips) gets a
// heap box.
void FuncGen::reserveSelectBuffers(const sx::SelectStmt* s) {
  size_t n = 0;
  bool def = false;
  for (const sx::CommClause* cc : s->clauses) {
    if (!cc->comm)
      def = true;
    else
      ++n;
  }
  if (n == 1 && !def) return;  // the plain channel operation (genSelect)
  for (const sx::CommClause* cc : s->clauses) {
    if (!cc->comm || frameAllocPtr.count(cc)) continue;
    const ty::Type* elem = nullptr;
    if (const auto* ss = sx::dyn_cast<sx::SendStmt>(cc->comm)) {
      elem = chanElem(typeOf(unparen(ss->chan)));
    } else if (const sx::UnaryExpr* ue = recvOf(cc->comm); ue && !sx::isa<sx::ExprStmt>(cc->comm)) {
      elem = chanElem(typeOf(unparen(ue->x)));
    }
    if (!elem) continue;
    int ptr = reserveFrameObject(elem);
    if (ptr >= 0) frameAllocPtr[cc] = FrameAlloc{ptr, concreteType(elem), {}};
  }
}

// All channel operands and send values are evaluated first, in source order; each case gets a buffer holding the
// value to send or receiving the value (reserveSelectBuffers, else a heap box); Select picks the case; the chosen
// receive's comm statement then reads the buffer (selRecv) and the case body runs.
void FuncGen::genSelect(const sx::SelectStmt* s, std::string_view label) {
  std::vector<const sx::CommClause*> cases;
  const sx::CommClause* def = nullptr;
  for (const sx::CommClause* cc : s->clauses) {
    if (!cc->comm)
      def = cc;
    else
      cases.push_back(cc);
  }
  if (cases.size() == 1 && !def) {
    // One case and no default: the plain channel operation (as gc compiles it; traces say "chan receive").
    int brk = b.newLabel();
    targets.push_back(BranchTarget{s, label, brk, -1});
    pushScope();
    genStmt(cases[0]->comm);
    genBlock(cases[0]->body);
    popScope();
    targets.pop_back();
    b.bind(brk);
    return;
  }
  std::vector<SlotKind> kinds;
  for (size_t i = 0; i < cases.size(); ++i) {
    kinds.push_back(SlotKind::Ptr);
    kinds.push_back(SlotKind::Ptr);
    kinds.push_back(SlotKind::Scalar);
  }
  int table = kinds.empty() ? 0 : b.alloc(kinds);
  for (size_t i = 0; i < cases.size(); ++i) {
    int slot = table + 3 * static_cast<int>(i);
    const sx::Stmt* comm = cases[i]->comm;
    if (const auto* ss = sx::dyn_cast<sx::SendStmt>(comm)) {
      const ty::Type* elem = chanElem(typeOf(unparen(ss->chan)));
      gen(ss->chan, slot);
      Val v = evalAs(ss->value, elem);
      if (const FrameAlloc* fa = frameAlloc(cases[i])) {
        storeMem(elem, fa->ptr, 0, v.slot);
        mov(slot + 1, fa->ptr, 1);
        b.release(v);
      } else {
        int box = newBox(elem, v.slot);
        b.release(v);
        mov(slot + 1, box, 1);
        b.release(box, 1);
      }
      b.emit(Opcode::LoadInt, slot + 2, 0, 0, 1);
    } else if (const sx::UnaryExpr* ue = recvOf(comm)) {
      const ty::Type* elem = chanElem(typeOf(unparen(ue->x)));
      gen(ue->x, slot);
      if (sx::isa<sx::ExprStmt>(comm)) {
        zero(slot + 1, 1);  // `case <-c:`: the value is discarded (no box)
      } else if (const FrameAlloc* fa = frameAlloc(cases[i])) {
        mov(slot + 1, fa->ptr, 1);
      } else {
        int box = newBox(elem);
        mov(slot + 1, box, 1);
        b.release(box, 1);
      }
      b.emit(Opcode::LoadInt, slot + 2, 0, 0, 0);
    } else {
      error(comm->pos(), "internal error: unexpected select case");
    }
  }
  int idx = b.alloc1(SlotKind::Scalar);
  int ok = b.alloc1(SlotKind::Scalar);
  line(s->pos());
  b.emit(Opcode::Select, idx, table, static_cast<int>(cases.size()), def ? 1 : 0, ok);

  int brk = b.newLabel();
  targets.push_back(BranchTarget{s, label, brk, -1});
  for (size_t i = 0; i < cases.size(); ++i) {
    int next = b.newLabel();
    b.jump(Opcode::JmpNeImm, next, idx, 0, static_cast<int32_t>(i));
    pushScope();
    if (const sx::UnaryExpr* ue = recvOf(cases[i]->comm)) {
      if (!sx::isa<sx::ExprStmt>(cases[i]->comm)) {
        selRecv = ue;
        selBox = table + 3 * static_cast<int>(i) + 1;
        selOk = ok;
        genStmt(cases[i]->comm);
        selRecv = nullptr;
      }
    }
    genBlock(cases[i]->body);
    popScope();
    b.jump(Opcode::Jmp, brk);
    b.bind(next);
  }
  if (def) {
    pushScope();
    genBlock(def->body);
    popScope();
  }
  targets.pop_back();
  b.bind(brk);
  b.release(ok, 1);
  b.release(idx, 1);
  if (!kinds.empty()) b.release(table, static_cast<int>(kinds.size()));
}

}  // namespace vo::codegen
