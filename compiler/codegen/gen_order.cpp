// gc's order of evaluation inside a statement.
//
// The Go specification fixes the order of the calls, method calls, receives and && / || of a statement (lexical
// left-to-right) but not when the other operands are read against them (§Order of evaluation: in `y[f()], ok =
// g(z || h(), i()+x[j()], <-c), k()` "the order of those events compared to the evaluation and indexing of x and
// the evaluation of y and z is not specified"). gc's order pass (cmd/compile/internal/walk/order.go) evaluates
// every call, receive and && / || of the statement first, in that order, each into a temporary, and reads the
// variables, fields, elements and dereferences afterwards: in `x.f + g()` the call g runs before x.f is read.
// vo follows gc, so that programs print what `go run` prints.
//
// Code generation evaluates operands left to right. This pass finds, for one statement, whether some operand that a
// call could change or that could panic is read before a call; only then are the statement's calls, receives and
// && / || evaluated ahead into temporaries (FuncGen::ordered), which the generators then use in place of the
// expressions. Operands nothing can change (constants, variables in registers, which no call can reach) need no
// reordering, so common statements compile as before.
//
// Not covered, as in gc: `go` and `defer` evaluate their arguments strictly left to right, and so does a `var`
// declaration of several variables (each value separately).
//
// Only `.go` files follow gc. `.vo` files keep LANGUAGE.md's plain rule: operands and arguments left to right.
#include "compiler/codegen/gen.h"

namespace vo::codegen {

using sx::TokenKind;

/// What the walk over a statement's expressions learned.
struct FuncGen::OrderWalk {
  bool pending = false;    ///< an operand read in place precedes the current point
  bool reorder = false;    ///< some call, receive or && / || follows such an operand
  bool unknown = false;    ///< an expression the walk does not model: leave the statement as it is
  int effects = 0;         ///< calls and receives seen so far
  std::vector<const sx::Expr*> units;  ///< the calls, receives and && / || in evaluation order
};

bool FuncGen::orderQuietVar(const ty::Var* v) const {
  auto it = vars.find(v);
  return it != vars.end() && it->second.kind == VarLoc::Kind::Reg;
}

// An expression gc evaluates where it stands, into a temporary, at the current point: a call or receive
// (`effect`), an && / ||, or an operator gc copies (len, a slice expression, a type assertion, ...). `inner` walks
// its operands, which it evaluates itself (their reads happen before it in both orders). The statement is
// reordered when a unit with a call or receive in it follows an operand read in place; then every unit is
// evaluated ahead, in order.
template <typename F>
void FuncGen::orderUnit(const sx::Expr* e, OrderWalk& w, bool hoistInner, bool effect, F inner) {
  const bool before = w.pending;
  const size_t n0 = w.units.size();
  const bool r0 = w.reorder;
  const int e0 = w.effects;
  inner();
  if (!hoistInner) {  // && / ||: their operands are ordered on their own (genOrdered) when generated
    w.units.resize(n0);
    w.reorder = r0;
  }
  if (effect) ++w.effects;
  if (before && w.effects > e0) w.reorder = true;
  w.pending = before;
  const ty::Type* t = typeOf(e);
  if (t && !ty::isa<ty::Tuple>(t) && (w.units.empty() || w.units.back() != e)) w.units.push_back(e);
}

// The address of `e` (an implicit & for a pointer method, or the target of an assignment): variables are quiet;
// elements and fields through pointers are reads that may panic.
void FuncGen::orderWalkAddr(const sx::Expr* e, OrderWalk& w) {
  e = unparen(e);
  if (sx::isa<sx::Ident>(e)) return;
  if (const auto* se = sx::dyn_cast<sx::SelectorExpr>(e)) {
    auto it = pkg->info->selections.find(se);
    if (it == pkg->info->selections.end()) return;  // a package-level variable
    if (it->second.kind == ty::SelectionKind::FieldVal && !it->second.indirect &&
        !ty::isa<ty::Pointer>(under(typeOf(unparen(se->x))))) {
      orderWalkAddr(se->x, w);
      return;
    }
  }
  if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e); ie && ty::isa<ty::Array>(under(typeOf(unparen(ie->x))))) {
    orderWalkAddr(ie->x, w);
    orderWalk(ie->index, w);
    const ty::TypeAndValue* iv = tv(unparen(ie->index));
    if (!iv || iv->mode != ty::OperandMode::Constant) w.pending = true;  // a bounds check
    return;
  }
  if (const auto* ie = sx::dyn_cast<sx::IndexExpr>(e); ie && ty::isa<ty::Map>(under(typeOf(unparen(ie->x))))) {
    orderWalk(ie->x, w);  // a map entry as an assignment target: the map and the key
    orderWalk(ie->index, w);
    return;
  }
  orderWalk(e, w);
}

// Whether gc's order pass copies `e`, converted to an interface, into a temporary where it stands (addrTemp): when
// the conversion passes the value's address (walk/convert.go dataWordFuncName: a value that is not 2 bytes with
// 2-byte alignment, 4 with 4 or 8 with 8, nor a string or slice alone) and `e` is not addressable. Such a value is
// read in order with the calls, not after them: `fmt.Println(x.f, b == c, g())` compares b and c before g runs.
bool FuncGen::orderCopiedForIface(const sx::Expr* e) {
  e = unparen(e);
  const ty::TypeAndValue* t = tv(e);
  if (!t || !t->type || t->mode == ty::OperandMode::Constant || isIface(concreteType(t->type))) return false;
  const ty::Type* ct = concreteType(t->type);
  if (ty::isa<ty::Signature>(under(ct))) return false;
  if (t->mode == ty::OperandMode::Variable) return false;  // addressable: gc passes its address
  const uint64_t size = g.tt.sizeOf(ct), align = g.tt.alignOf(ct);
  if ((size == 2 && align == 2) || (size == 4 && align == 4) || (size == 8 && align == 8)) return false;
  const ty::Type* sole = under(ct);  // the sole component of single-field structs and one-element arrays
  for (;;) {
    if (const auto* st = ty::dyn_cast<ty::Struct>(sole); st && st->fields.size() == 1) {
      sole = under(st->fields[0]->type);
    } else if (const auto* at = ty::dyn_cast<ty::Array>(sole); at && at->len == 1) {
      sole = under(at->elem);
    } else {
      break;
    }
  }
  return !(ty::isa<ty::Slice>(sole) || ty::basicKindOf(sole) == ty::BasicKind::String);
}

// An operand passed where a value of type `target` is expected.
void FuncGen::orderWalkAs(const sx::Expr* e, const ty::Type* target, OrderWalk& w) {
  if (target && isIface(target) && orderCopiedForIface(e)) {
    orderUnit(unparen(e), w, true, false, [&] { orderWalk(e, w); });
    return;
  }
  orderWalk(e, w);
}

void FuncGen::orderWalk(const sx::Expr* e, OrderWalk& w) {
  if (!e || w.unknown) return;
  e = unparen(e);
  const ty::TypeAndValue* t = tv(e);
  if (t && (t->mode == ty::OperandMode::Constant || t->mode == ty::OperandMode::TypeExpr)) return;
  switch (e->kind()) {
    case sx::NodeKind::Ident: {
      auto it = pkg->info->uses.find(sx::cast<sx::Ident>(e));
      if (it == pkg->info->uses.end()) return;
      if (const auto* v = ty::dyn_cast<ty::Var>(it->second); v && !orderQuietVar(v)) w.pending = true;
      return;
    }
    case sx::NodeKind::BasicLit:
    case sx::NodeKind::FuncLit:
      return;
    case sx::NodeKind::CompositeLit:
      for (const sx::Expr* el : sx::cast<sx::CompositeLit>(e)->elts) {
        if (const auto* kv = sx::dyn_cast<sx::KeyValueExpr>(el)) {
          if (ty::isa<ty::Map>(under(concreteType(typeOf(e))))) orderWalk(kv->key, w);  // struct keys are names
          orderWalk(kv->value, w);
        } else {
          orderWalk(el, w);
        }
      }
      return;
    case sx::NodeKind::SelectorExpr: {
      const auto* se = sx::cast<sx::SelectorExpr>(e);
      auto it = pkg->info->selections.find(se);
      if (it == pkg->info->selections.end()) {  // a qualified identifier
        auto u = pkg->info->uses.find(se->sel);
        if (u != pkg->info->uses.end() && ty::isa<ty::Var>(u->second)) w.pending = true;
        return;
      }
      if (it->second.kind == ty::SelectionKind::MethodExpr) return;
      if (it->second.kind == ty::SelectionKind::MethodVal) orderWalkAddr(se->x, w);  // a bound method value
      else orderWalk(se->x, w);
      if (it->second.indirect || ty::isa<ty::Pointer>(under(typeOf(unparen(se->x))))) w.pending = true;
      return;
    }
    case sx::NodeKind::IndexExpr: {
      const auto* ie = sx::cast<sx::IndexExpr>(e);
      const ty::Type* xu = under(typeOf(unparen(ie->x)));
      orderWalk(ie->x, w);
      orderWalk(ie->index, w);
      const ty::TypeAndValue* iv = tv(unparen(ie->index));
      if (!ty::isa<ty::Array>(xu) || !iv || iv->mode != ty::OperandMode::Constant) w.pending = true;
      return;
    }
    case sx::NodeKind::SliceExpr: {  // copied where it stands (order.go OSLICE)
      const auto* se = sx::cast<sx::SliceExpr>(e);
      orderUnit(e, w, true, false, [&] {
        if (ty::isa<ty::Array>(under(typeOf(unparen(se->x))))) orderWalkAddr(se->x, w);
        else orderWalk(se->x, w);
        orderWalk(se->low, w);
        orderWalk(se->high, w);
        orderWalk(se->max, w);
      });
      return;
    }
    case sx::NodeKind::StarExpr:
      orderWalk(sx::cast<sx::StarExpr>(e)->x, w);
      w.pending = true;
      return;
    case sx::NodeKind::TypeAssertExpr:  // copied where it stands unless to a pointer-shaped type (ODOTTYPE)
      if (!g.tt.pointerShaped(concreteType(typeOf(e)))) {
        orderUnit(e, w, true, false, [&] { orderWalk(sx::cast<sx::TypeAssertExpr>(e)->x, w); });
        return;
      }
      orderWalk(sx::cast<sx::TypeAssertExpr>(e)->x, w);
      w.pending = true;
      return;
    case sx::NodeKind::UnaryExpr: {
      const auto* u = sx::cast<sx::UnaryExpr>(e);
      if (u->op == TokenKind::Arrow) {
        orderUnit(e, w, true, true, [&] { orderWalk(u->x, w); });
        return;
      }
      if (u->op == TokenKind::And && !sx::isa<sx::CompositeLit>(unparen(u->x))) orderWalkAddr(u->x, w);
      else orderWalk(u->x, w);
      return;
    }
    case sx::NodeKind::BinaryExpr: {
      const auto* be = sx::cast<sx::BinaryExpr>(e);
      if (be->op == TokenKind::LAnd || be->op == TokenKind::LOr) {
        orderUnit(e, w, false, false, [&] {
          orderWalk(be->x, w);
          orderWalk(be->y, w);
        });
        return;
      }
      orderWalk(be->x, w);
      orderWalk(be->y, w);
      const ty::TypeAndValue* yv = tv(unparen(be->y));
      const bool yConst = yv && yv->mode == ty::OperandMode::Constant;
      const ty::Type* xt = concreteType(typeOf(unparen(be->x)));
      switch (be->op) {
        case TokenKind::Quo:
        case TokenKind::Rem:
          if (ty::isInteger(under(xt)) && !yConst) w.pending = true;  // division by zero
          break;
        case TokenKind::Shl:
        case TokenKind::Shr:
          if (!yConst) w.pending = true;  // a negative shift count
          break;
        case TokenKind::Eql:
        case TokenKind::Neq: {
          const ty::Type* yt = concreteType(typeOf(unparen(be->y)));
          if (!ty::isa<ty::Basic>(under(xt)) || !ty::isa<ty::Basic>(under(yt))) w.pending = true;  // may panic
          break;
        }
        default:
          break;
      }
      return;
    }
    case sx::NodeKind::CallExpr: {
      const auto* call = sx::cast<sx::CallExpr>(e);
      const ty::TypeAndValue* ft = tv(unparen(call->fun));
      if (ft && ft->mode == ty::OperandMode::TypeExpr) {  // a conversion: string(b) reads b's elements
        for (const sx::Expr* a : call->args) orderWalkAs(a, ft->type, w);
        const ty::Type* from = call->args.empty() ? nullptr : typeOf(unparen(call->args[0]));
        if (from && !ty::isa<ty::Basic>(under(concreteType(from))) && !isIface(concreteType(from)))
          w.pending = true;
        return;
      }
      if (ft && ft->mode == ty::OperandMode::Builtin) {
        const sx::Ident* id = sx::dyn_cast<sx::Ident>(unparen(call->fun));
        auto it = id ? pkg->info->uses.find(id) : pkg->info->uses.end();
        const auto* bi = it != pkg->info->uses.end() ? ty::dyn_cast<ty::Builtin>(it->second) : nullptr;
        switch (bi ? bi->id : ty::BuiltinId::Min) {
          case ty::BuiltinId::Append:  // copied where they stand (order.go OAPPEND, OLEN, ...)
          case ty::BuiltinId::Cap:
          case ty::BuiltinId::Complex:
          case ty::BuiltinId::Copy:
          case ty::BuiltinId::Imag:
          case ty::BuiltinId::Len:
          case ty::BuiltinId::Make:
          case ty::BuiltinId::New:
          case ty::BuiltinId::Real:
          case ty::BuiltinId::Recover:
            orderUnit(e, w, true, false, [&] {
              for (const sx::Expr* a : call->args) orderWalk(a, w);
            });
            break;
          default:  // min, max; the statements (panic, print, close, ...) are a statement's whole expression
            for (const sx::Expr* a : call->args) orderWalk(a, w);
            break;
        }
        return;
      }
      orderUnit(e, w, true, true, [&] {
        const auto* se = sx::dyn_cast<sx::SelectorExpr>(unparen(call->fun));
        auto it = se ? pkg->info->selections.find(se) : pkg->info->selections.end();
        if (se && it != pkg->info->selections.end() && it->second.kind == ty::SelectionKind::MethodVal) {
          orderWalkAddr(se->x, w);  // the receiver, read as part of the call
        } else {
          orderWalk(call->fun, w);
        }
        const auto* sig = ty::dyn_cast<ty::Signature>(under(typeOf(unparen(call->fun))));
        const size_t np = sig && sig->params ? sig->params->size() : 0;
        for (size_t i = 0; i < call->args.size(); ++i) {
          const ty::Type* pt = nullptr;  // the parameter's type (a variadic one's element), if known
          if (sig && np > 0 && (call->args.size() > 1 || !isMultiValue(unparen(call->args[0])))) {
            if (sig->variadic && i + 1 >= np) {
              if (!call->ellipsis.isValid())
                if (const auto* sl = ty::dyn_cast<ty::Slice>(under(sig->params->vars[np - 1]->type))) pt = sl->elem;
            } else if (i < np) {
              pt = sig->params->vars[i]->type;
            }
          }
          orderWalkAs(call->args[i], pt, w);
        }
      });
      return;
    }
    case sx::NodeKind::TryExpr:
      orderUnit(e, w, true, true, [&] { orderWalk(sx::cast<sx::TryExpr>(e)->x, w); });
      return;
    default:  // `~>` and anything new: generated as written
      w.unknown = true;
      return;
  }
}

bool FuncGen::followsGcOrder(Pos p) {
  if (p.file == orderFile) return orderGc;
  orderFile = p.file;
  orderGc = true;
  for (const sx::File* f : pkg->files)
    if (f->pos().file == p.file) orderGc = f->dialect != sx::DialectKind::Vo;
  return orderGc;
}

void FuncGen::OrderScope::init(std::span<const OrderRoot> roots) {
  if (roots.empty() || !roots[0].e || !fg.followsGcOrder(roots[0].e->pos())) return;
  OrderWalk w;
  for (const OrderRoot& r : roots) {
    if (!r.e) continue;
    if (r.how == OrderRoot::How::Value) fg.orderWalk(r.e, w);
    else fg.orderWalkAddr(r.e, w);
  }
  if (!w.reorder || w.unknown) return;
  // A single expression's own unit is evaluated last anyway.
  if (roots.size() == 1 && !w.units.empty() && w.units.back() == unparen(roots[0].e)) w.units.pop_back();
  for (const sx::Expr* u : w.units) {
    if (fg.ordered.count(u)) continue;  // (an enclosing scope's: not expected)
    Val v;
    const auto* call = sx::dyn_cast<sx::CallExpr>(u);
    if (call) {
      const ty::TypeAndValue* ft = fg.tv(unparen(call->fun));
      if (ft && ft->mode == ty::OperandMode::TypeExpr) call = nullptr;  // a conversion, copied for an interface
    }
    if (call) v = fg.genCall(call);
    if (!call || !v.temp) {  // a result in a variable's register: copy it, later calls may not see it change
      Val t = fg.temp(fg.typeOf(u));
      if (call) fg.mov(t.slot, v.slot, t.n);
      else fg.gen(u, t.slot);
      v = t;
    }
    fg.ordered.emplace(u, v);
    hoisted.push_back(u);
  }
}

FuncGen::OrderScope::~OrderScope() {
  for (const sx::Expr* u : hoisted) {
    auto it = fg.ordered.find(u);
    fg.b.release(it->second);
    fg.ordered.erase(it);
  }
}

const Val* FuncGen::orderedVal(const sx::Expr* e) const {
  if (ordered.empty()) return nullptr;
  auto it = ordered.find(e);
  return it == ordered.end() ? nullptr : &it->second;
}

void FuncGen::genOrdered(const sx::Expr* e, int dst) {
  OrderScope os(*this, e);
  gen(e, dst);
}

void FuncGen::genCondOrdered(const sx::Expr* e, bool jumpIfTrue, int label) {
  OrderScope os(*this, e);
  genCond(e, jumpIfTrue, label);
}

std::vector<FuncGen::OrderRoot> FuncGen::orderRoots(const sx::Stmt* s) const {
  std::vector<OrderRoot> r;
  using How = OrderRoot::How;
  switch (s->kind()) {
    case sx::NodeKind::ExprStmt:
      r.push_back({sx::cast<sx::ExprStmt>(s)->x});
      break;
    case sx::NodeKind::AssignStmt: {
      const auto* a = sx::cast<sx::AssignStmt>(s);
      if (a->tok != TokenKind::Define)  // `:=` declares its identifiers (or assigns them: nothing to evaluate)
        for (const sx::Expr* l : a->lhs) r.push_back({l, a->tok == TokenKind::Assign ? How::Target : How::Value});
      for (const sx::Expr* v : a->rhs) r.push_back({v});
      break;
    }
    case sx::NodeKind::IncDecStmt:
      r.push_back({sx::cast<sx::IncDecStmt>(s)->x});
      break;
    case sx::NodeKind::ReturnStmt:
      for (const sx::Expr* v : sx::cast<sx::ReturnStmt>(s)->results) r.push_back({v});
      break;
    case sx::NodeKind::SendStmt:
      r.push_back({sx::cast<sx::SendStmt>(s)->chan});
      r.push_back({sx::cast<sx::SendStmt>(s)->value});
      break;
    case sx::NodeKind::DeclStmt: {  // `var x = v`; several values are evaluated one by one, as gc does
      const auto* d = sx::cast<sx::DeclStmt>(s);
      if (d->decl->tok == TokenKind::KwVar && d->decl->specs.size() == 1)
        if (const auto* vs = sx::dyn_cast<sx::ValueSpec>(d->decl->specs[0]); vs && vs->values.size() == 1)
          r.push_back({vs->values[0]});
      break;
    }
    default:
      break;
  }
  return r;
}

}  // namespace vo::codegen
