// Function literals (closures capture the boxes of the variables they use) and defer statements (the deferred
// call and its evaluated arguments become a closure without parameters and results).
#include "compiler/codegen/analysis.h"
#include "compiler/codegen/gen.h"

namespace vo::codegen {

void FuncGen::makeClosure(uint32_t func, const std::vector<int>& boxes, int dst) {
  if (boxes.empty()) {
    b.emit(Opcode::LoadFunc, dst, 0, 0, static_cast<int32_t>(func));
    return;
  }
  int run = b.alloc(std::vector<SlotKind>(boxes.size(), SlotKind::Ptr));
  for (size_t i = 0; i < boxes.size(); ++i) mov(run + static_cast<int>(i), boxes[i], 1);
  b.emit(Opcode::MakeClosure, dst, run, static_cast<int>(boxes.size()), static_cast<int32_t>(func));
  b.release(run, static_cast<int>(boxes.size()));
}

void FuncGen::genFuncLit(const sx::FuncLit* e, int dst) {
  std::vector<const ty::Var*> caps = freeVars(e, *pkg->info);
  std::string cname = isClosure ? name + "." + std::to_string(++litCounter)
                                : name + ".func" + std::to_string(++litCounter);
  uint32_t idx = g.newFunc(cname);
  {
    FuncGen fg(g, pkg, cname);
    fg.isClosure = true;
    const auto* sig = ty::cast<ty::Signature>(under(typeOf(e)));
    fg.setupSignature(sig, false, caps);
    fg.genBody(e->body);
    fg.finishFunc(idx, e->pos(), 0);
  }
  // A closure object escape analysis keeps in the frame (gen_frame.cpp), with the boxes of its by-value captures.
  const FrameAlloc* fa = frameAlloc(e);
  std::vector<int> boxes;
  std::vector<int> tmpBoxes;
  for (size_t i = 0; i < caps.size(); ++i) {
    const ty::Var* v = caps[i];
    auto it = vars.find(v);
    if (it != vars.end() && it->second.kind == VarLoc::Kind::Heap) {
      boxes.push_back(it->second.slot);
    } else {
      // Captured by value (escape::Result::capturedByValue; the variable is in registers): a box with a copy.
      Place p = varPlace(v);
      Val val = loadVal(p);
      int frameBox = fa && i < fa->byValueBoxes.size() ? fa->byValueBoxes[i] : -1;
      if (frameBox >= 0) {
        storeMem(v->type, frameBox, 0, val.slot);
        boxes.push_back(frameBox);
      } else {
        int box = newBox(v->type, val.slot);
        boxes.push_back(box);
        tmpBoxes.push_back(box);
      }
      b.release(val);
      releasePlace(p);
    }
  }
  line(e->pos());
  if (fa) {
    frameClosure(fa->ptr, idx, boxes, dst);
  } else {
    makeClosure(idx, boxes, dst);
  }
  for (int bx : tmpBoxes) b.release(bx, 1);
}

namespace {
const ty::Struct* synthStruct(Generator& g, const std::vector<const ty::Type*>& types) {
  std::vector<ty::Var*> fields;
  for (size_t i = 0; i < types.size(); ++i) {
    g.names.push_back("f" + std::to_string(i));
    auto* v = g.synthObjects.makeObject<ty::Var>(g.names.back(), const_cast<ty::Type*>(types[i]), nullptr, Pos{});
    v->isField = true;
    fields.push_back(v);
  }
  return g.synthTypes.make<ty::Struct>(std::move(fields), std::vector<std::string>{});
}

std::vector<SlotKind> kindsOf(TypeTable& tt, const std::vector<const ty::Type*>& ts) {
  std::vector<SlotKind> k;
  for (const ty::Type* t : ts) {
    auto x = tt.slotKinds(t);
    k.insert(k.end(), x.begin(), x.end());
  }
  return k;
}
}  // namespace

void FuncGen::genDefer(const sx::DeferStmt* s) {
  errdeferMode = s->errdefer;
  genDeferCall(s->call, s);
  errdeferMode = false;
}

// Vo's errdefer: the record carries where the error result lives (the last result's slots, or the box or frame
// object of a named error result), so RunDefers can test it when it reaches the record: deferred calls run before
// it may have changed a named result.
void FuncGen::emitDeferOp(int fn) {
  if (goMode) {
    b.emit(Opcode::Go, fn);
    return;
  }
  if (!errdeferMode) {
    b.emit(Opcode::Defer, fn);
    return;
  }
  if (!sig || sig->results->vars.empty()) {
    error(Pos{}, "internal error: errdefer in a function without an error result");
    return;
  }
  const ty::Var* errVar = sig->results->vars.back();
  auto it = vars.find(errVar);
  if (!resultVars.empty() && errVar->name != "_" && it != vars.end() && it->second.kind == VarLoc::Kind::Heap)
    b.emit(Opcode::ErrDeferP, fn, it->second.slot);
  else
    b.emit(Opcode::ErrDefer, fn, resultOffsets.back());
}

// The deferred (or, with goMode, started) call `callExpr` of statement `s`: a func value of type func() is deferred
// as is; anything else through a thunk closure over the evaluated function and arguments.
void FuncGen::genDeferCall(const sx::Expr* callExpr, const sx::Stmt* s) {
  const auto* call = sx::dyn_cast<sx::CallExpr>(unparen(callExpr));
  if (!goMode) hasDefer = true;
  if (!call) {
    if (const auto* d = sx::dyn_cast<sx::DynAccessExpr>(unparen(callExpr))) genDeferDyn(d);  // gen_dyn.cpp
    return;
  }
  const sx::Expr* fun = unparen(call->fun);
  const ty::TypeAndValue* ft = tv(fun);
  if (ft && ft->mode == ty::OperandMode::Builtin) {
    const sx::Ident* id = sx::dyn_cast<sx::Ident>(fun);
    auto it = id ? pkg->info->uses.find(id) : pkg->info->uses.end();
    if (it != pkg->info->uses.end())
      if (auto* bi = ty::dyn_cast<ty::Builtin>(it->second)) genDeferBuiltin(call, bi->id);
    return;
  }
  const auto* sig = ty::dyn_cast<ty::Signature>(under(typeOf(fun)));
  if (!sig) return;
  const auto* se = sx::dyn_cast<sx::SelectorExpr>(fun);
  const ty::Selection* sel = nullptr;
  if (se) {
    auto sit = pkg->info->selections.find(se);
    if (sit != pkg->info->selections.end()) sel = &sit->second;
  }
  bool isMethod = sel && sel->kind == ty::SelectionKind::MethodVal;
  if (!isMethod && call->args.empty() && sig->params->vars.empty() && sig->results->vars.empty()) {
    Val fv = eval(fun);
    line(s->pos());
    emitDeferOp(fv.slot);
    b.release(fv);
    return;
  }
  // What the thunk needs: a prefix (closure value, receiver or interface pair), then the parameters.
  enum class Callee { Static, Method, Iface, Closure } kind = Callee::Closure;
  const ty::Func* fn = nullptr;
  const ty::Type* prefix = nullptr;
  if (isMethod) {
    fn = ty::cast<ty::Func>(sel->obj);
    const ty::Type* mrt = fn->signature()->recv->type;
    if (isIface(mrt)) {
      kind = Callee::Iface;
      prefix = mrt;  // a non-empty interface: the pair's type word is an itab, as the GC must know
    } else {
      kind = Callee::Method;
      prefix = mrt;
    }
  } else {
    const ty::Object* obj = nullptr;
    if (const auto* id = sx::dyn_cast<sx::Ident>(fun)) {
      auto it = pkg->info->uses.find(id);
      if (it != pkg->info->uses.end()) obj = it->second;
    } else if (se && !sel) {
      auto it = pkg->info->uses.find(se->sel);
      if (it != pkg->info->uses.end()) obj = it->second;
    }
    if (obj && ty::isa<ty::Func>(obj)) {
      kind = Callee::Static;
      fn = ty::cast<ty::Func>(obj);
    } else {
      kind = Callee::Closure;
      prefix = typeOf(fun);
    }
  }
  std::vector<const ty::Type*> fieldTypes;
  if (prefix) fieldTypes.push_back(prefix);
  for (const ty::Var* p : sig->params->vars) fieldTypes.push_back(p->type);
  auto kinds = kindsOf(g.tt, fieldTypes);
  int region = b.alloc(kinds);
  int prefixSlots = prefix ? g.tt.numSlots(prefix) : 0;
  int methodIdx = 0;
  if (kind == Callee::Method || kind == Callee::Iface) {
    methodIdx = recvArg(se, *sel, fn, region);
    if (methodIdx < 0) methodIdx = 0;
    if (kind == Callee::Iface) {
      // defer x.M() with a nil interface x panics at the defer statement.
      int isNil = b.alloc1(SlotKind::Scalar);
      b.emit(Opcode::IfaceIs, isNil, region, 0, -1);
      int ok = b.newLabel();
      b.jump(Opcode::JmpIfNot, ok, isNil);
      int np = b.alloc1(SlotKind::Ptr);
      zero(np, 1);
      b.emit(Opcode::NilCheck, np);
      b.release(np, 1);
      b.bind(ok);
      b.release(isNil, 1);
    }
  } else if (kind == Callee::Closure) {
    gen(fun, region);
  }
  deferredArgs = true;
  genArgs(call, sig, region + prefixSlots, 0);
  deferredArgs = false;
  line(s->pos());
  deferThunk(fieldTypes, region, s->pos(), [&](FuncGen& tg, int p, const ty::Struct* st) {
    std::vector<const ty::Type*> rts;
    for (const ty::Var* r : sig->results->vars) rts.push_back(r->type);
    auto rk = kindsOf(g.tt, rts);
    int nr = static_cast<int>(rk.size());
    int fslot = -1;
    size_t firstField = 0;
    std::vector<SlotKind> wk = rk;
    if (kind == Callee::Closure) {
      fslot = tg.b.alloc1(SlotKind::Ptr);
      tg.b.emit(Opcode::LdP, fslot, p, 0, static_cast<int32_t>(g.tt.fieldOffset(st, 0)));
      firstField = 1;
    }
    for (size_t i = firstField; i < fieldTypes.size(); ++i) {
      auto k = g.tt.slotKinds(fieldTypes[i]);
      wk.insert(wk.end(), k.begin(), k.end());
    }
    // The arguments go from the box straight into the call window.
    int win = tg.b.allocWindow(wk);
    int off = win + nr;
    for (size_t i = firstField; i < fieldTypes.size(); ++i) {
      tg.loadMem(fieldTypes[i], off, p, static_cast<uint32_t>(g.tt.fieldOffset(st, static_cast<int>(i))));
      off += g.tt.numSlots(fieldTypes[i]);
    }
    switch (kind) {
      case Callee::Static:
      case Callee::Method:
        tg.b.emit(Opcode::Call, win, 0, 0, static_cast<int32_t>(g.funcIndex(fn)));
        break;
      case Callee::Iface:
        tg.b.emit(Opcode::CallIface, win, win + nr, methodIdx);
        break;
      case Callee::Closure:
        tg.b.emit(Opcode::CallClosure, win, fslot);
        break;
    }
  });
}

void FuncGen::genDeferBuiltin(const sx::CallExpr* call, ty::BuiltinId id) {
  std::vector<const ty::Type*> fieldTypes;
  switch (id) {
    case ty::BuiltinId::Panic:
      fieldTypes.push_back(ty::Universe::get().anyType());
      break;
    case ty::BuiltinId::Print:
    case ty::BuiltinId::Println:
      for (const sx::Expr* a : call->args) {
        const ty::Type* t = concreteType(typeOf(unparen(a)));
        if (ty::basicKindOf(t) == ty::BasicKind::UntypedNil) t = ty::Universe::get().basic(ty::BasicKind::UnsafePointer);
        fieldTypes.push_back(t);
      }
      break;
    case ty::BuiltinId::Delete: {
      const ty::Type* mt = typeOf(unparen(call->args[0]));
      fieldTypes.push_back(mt);
      fieldTypes.push_back(ty::cast<ty::Map>(under(mt))->key);
      break;
    }
    case ty::BuiltinId::Close:
    case ty::BuiltinId::Clear:
      fieldTypes.push_back(typeOf(unparen(call->args[0])));
      break;
    case ty::BuiltinId::Copy:
      fieldTypes.push_back(typeOf(unparen(call->args[0])));
      fieldTypes.push_back(typeOf(unparen(call->args[1])));
      break;
    case ty::BuiltinId::Recover:
      // `defer recover()` recovers when the deferring function's own return runs it and that function was called
      // by the panic machinery; when the machinery runs it, it recovers nothing (the VM's recover rule).
      break;
    case ty::BuiltinId::Assert:
      // The condition, then the arguments as `any` values, evaluated now only when the condition is false (as
      // for an assert statement); the wrapper panics when the recorded condition is false.
      if (call->args.size() == 1 && ty::isa<ty::Tuple>(typeOf(unparen(call->args[0])))) {
        error(call->pos(), "go or defer of assert with a multi-value argument is not supported");
        return;
      }
      fieldTypes.push_back(ty::Universe::get().basic(ty::BasicKind::Bool));
      for (size_t i = 1; i < call->args.size(); ++i) fieldTypes.push_back(ty::Universe::get().anyType());
      break;
    default:
      error(call->pos(), "deferring this built-in function is not supported yet");
      return;
  }
  auto kinds = kindsOf(g.tt, fieldTypes);
  int region = b.alloc(kinds);
  int off = region;
  int argsDone = -1;  // assert: where the evaluation of its arguments ends
  for (size_t i = 0; i < fieldTypes.size(); ++i) {
    if (i == 1 && id == ty::BuiltinId::Assert) {
      int failing = b.newLabel();
      argsDone = b.newLabel();
      b.jump(Opcode::JmpIfNot, failing, region);
      zero(off, region + static_cast<int>(kinds.size()) - off);
      b.jump(Opcode::Jmp, argsDone);
      b.bind(failing);
    }
    genAs(call->args[i], fieldTypes[i], off);
    off += g.tt.numSlots(fieldTypes[i]);
  }
  if (argsDone >= 0) b.bind(argsDone);
  deferThunk(fieldTypes, region, call->pos(), [&](FuncGen& tg, int p, const ty::Struct* st) {
    int vals = tg.loadBox(p, st);
    int o = vals;
    switch (id) {
      case ty::BuiltinId::Panic:
        tg.b.emit(Opcode::Panic, vals);
        break;
      case ty::BuiltinId::Print:
      case ty::BuiltinId::Println:
        for (size_t i = 0; i < fieldTypes.size(); ++i) {
          if (id == ty::BuiltinId::Println && i > 0) tg.b.emit(Opcode::PrintSp);
          tg.b.emit(Opcode::Print, o, 0, 0, g.typeIndex(fieldTypes[i]));
          o += g.tt.numSlots(fieldTypes[i]);
        }
        if (id == ty::BuiltinId::Println) tg.b.emit(Opcode::PrintNl);
        break;
      case ty::BuiltinId::Delete:
        tg.b.emit(Opcode::MapDelete, vals, vals + 1, 0, g.typeIndex(fieldTypes[0]));
        break;
      case ty::BuiltinId::Close:
        tg.b.emit(Opcode::ChanClose, vals);
        break;
      case ty::BuiltinId::Clear:
        if (const auto* sl = ty::dyn_cast<ty::Slice>(under(fieldTypes[0])))
          tg.b.emit(Opcode::ClearSlice, vals, 0, 0, g.typeIndex(sl->elem));
        else
          tg.b.emit(Opcode::MapClear, vals, 0, 0, g.typeIndex(fieldTypes[0]));
        break;
      case ty::BuiltinId::Copy: {
        int n = tg.b.alloc1(SlotKind::Scalar);
        int src = vals + static_cast<int>(g.tt.numSlots(fieldTypes[0]));
        if (ty::isString(fieldTypes[1]))
          tg.b.emit(Opcode::CopyStr, n, vals, src);
        else
          tg.b.emit(Opcode::Copy, n, vals, src, g.typeIndex(ty::cast<ty::Slice>(under(fieldTypes[0]))->elem));
        break;
      }
      case ty::BuiltinId::Recover:
        tg.b.emit(Opcode::Recover, tg.b.alloc({SlotKind::IfaceType, SlotKind::IfaceData}));
        break;
      case ty::BuiltinId::Assert: {
        int ok = tg.b.newLabel();
        tg.b.jump(Opcode::JmpIf, ok, vals);
        tg.genAssertFailure(static_cast<int>(fieldTypes.size()) - 1,
                            [&](int i, int dst) { tg.mov(dst, vals + 1 + 2 * i, 2); }, call->lparen);
        tg.b.bind(ok);
        break;
      }
      default:
        break;
    }
  });
}

// Boxes the values in `region` (laid out as fieldTypes) and defers, or with goMode starts, a hidden thunk closure
// over the box; `body(tg, box, st)` emits the thunk's work, reading the values from the box (struct type st).
void FuncGen::deferThunk(const std::vector<const ty::Type*>& fieldTypes, int region, Pos pos,
                         const std::function<void(FuncGen& tg, int box, const ty::Struct* st)>& body) {
  const ty::Struct* st = synthStruct(g, fieldTypes);
  auto kinds = kindsOf(g.tt, fieldTypes);
  int box = b.alloc1(SlotKind::Ptr);
  b.emit(Opcode::New, box, 0, 0, g.typeIndex(st));
  if (!kinds.empty()) b.emit(Opcode::StVal, box, region, 0, 0, g.typeIndex(st));
  b.release(region, static_cast<int>(kinds.size()));
  std::string tname = name + ".deferwrap" + std::to_string(++litCounter);
  uint32_t thunk = g.newFunc(tname);
  {
    FuncGen tg(g, pkg, tname);
    tg.isClosure = true;
    tg.b.curLine = b.curLine;
    int p = tg.b.alloc1(SlotKind::Ptr);
    tg.b.emit(Opcode::LoadCapture, p, 0, 0, 0);
    body(tg, p, st);
    tg.b.emit(Opcode::Ret);
    tg.finishFunc(thunk, pos, rt::kFuncHidden);
  }
  int clo = b.alloc1(SlotKind::Ptr);
  makeClosure(thunk, {box}, clo);
  emitDeferOp(clo);
  b.release(clo, 1);
  b.release(box, 1);
}

int FuncGen::loadBox(int box, const ty::Struct* st) {
  auto kinds = g.tt.slotKinds(st);
  int vals = b.alloc(kinds);
  if (!kinds.empty()) b.emit(Opcode::LdVal, vals, box, 0, 0, g.typeIndex(st));
  return vals;
}

}  // namespace vo::codegen
