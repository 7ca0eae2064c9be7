// Statements (Go 1.19 escape/stmt.go, assign.go): assignments flow the right side into the hole of the left side
// (a variable's location, or the heap for anything stored through a pointer, into a slice, a map or a global);
// loops raise the loop depth (Vo's loop variables are per iteration, Go 1.22: they are declared at the body's
// depth); labels a later goto jumps back to raise it too; go statements send their call's values to the heap and
// defer statements outside loops keep them until the function returns.
#include <optional>

#include "compiler/constant/constant.h"
#include "compiler/types/object.h"
#include "escape/ast_visit.h"
#include "escape/site_string.h"
#include "escape/sizes.h"
#include "escape/walk.h"

namespace vo::escape {

using syntax::cast;
using syntax::dyn_cast;
using syntax::NodeKind;
using syntax::TokenKind;

void Walker::initFunc(FuncInfo* fn, const syntax::FuncDecl* decl) {
  curfn_ = fn;
  loopDepth_ = 1;
  const types::Signature* sig = fn->sig;
  if (!sig) return;
  auto param = [&](const types::Var* v, const syntax::Ident* id) {
    Location* l = declare(v);
    if (l) l->isParam = true;
    fn->params.push_back(l);
    fn->paramIdents.push_back(id);
  };
  if (sig->recv) param(sig->recv, decl->recv ? decl->recv->name : nullptr);
  for (size_t i = 0; i < sig->params->size(); ++i)
    param(sig->params->vars[i], i < decl->type->params.size() ? decl->type->params[i]->name : nullptr);
  for (size_t i = 0; i < sig->results->size(); ++i) {
    Location* l = declare(sig->results->vars[i]);
    if (!l) l = newLoc(false);
    l->resultIndex = static_cast<int>(i) + 1;
    fn->results.push_back(l);
  }
}

void Walker::walkFunc(FuncInfo* fn, const syntax::FuncDecl* decl) {
  curfn_ = fn;
  loopDepth_ = 1;
  labels_.clear();
  scanStaticDefs(decl->body);
  scanLabels(decl->body);
  block(decl->body->stmts);
}

void Walker::walkPackageInit(FuncInfo* fn, std::span<const syntax::File* const> files) {
  curfn_ = fn;
  loopDepth_ = 1;
  for (const syntax::File* f : files)
    for (const syntax::Decl* d : f->decls)
      if (auto* gd = dyn_cast<syntax::GenDecl>(d)) {
        scanStaticDefs(gd);
        if (gd->tok != TokenKind::KwVar) continue;
        for (const syntax::Spec* sp : gd->specs) {
          auto* vs = dyn_cast<syntax::ValueSpec>(sp);
          if (!vs) continue;
          size_t first = g_.locations().size();
          genValueSpec(vs, true);
          // Go's staticinit lays out composite literals of package variables (and &T{...} of them, and the
          // constants in them) as static data: only their dynamic parts are code with messages
          std::unordered_set<const syntax::Node*> staticNodes;
          for (const syntax::Expr* v : vs->values) staticData(v, staticNodes);
          for (size_t i = first; i < g_.locations().size(); ++i)
            if (g_.locations()[i].node && staticNodes.count(g_.locations()[i].node)) g_.locations()[i].silent = true;
        }
      }
}

void Walker::scanLabels(const syntax::Node* body) {
  // Go's walkFunc pre-pass: a label is looping when a goto after it jumps back to it. Closures have their own.
  visitNodes(body, [&](const syntax::Node* n) {
    if (n->kind() == NodeKind::FuncLit) return false;
    if (auto* ls = dyn_cast<syntax::LabeledStmt>(n)) {
      if (ls->label && ls->label->name != "_") labels_[ls->label->name] = false;
    } else if (auto* bs = dyn_cast<syntax::BranchStmt>(n)) {
      if (bs->tok == TokenKind::KwGoto && bs->label) {
        auto it = labels_.find(bs->label->name);
        if (it != labels_.end()) it->second = true;
      }
    }
    return true;
  });
}

void Walker::stmts(std::span<syntax::Stmt* const> list) {
  for (const syntax::Stmt* s : list) stmt(s);
}

void Walker::block(std::span<syntax::Stmt* const> list) {
  int old = loopDepth_;
  stmts(list);
  loopDepth_ = old;
}

void Walker::stmt(const syntax::Stmt* s) {
  if (!s) return;
  switch (s->kind()) {
    case NodeKind::DeclStmt: genDecl(cast<syntax::DeclStmt>(s)->decl, false); return;
    case NodeKind::LabeledStmt: {
      auto* ls = cast<syntax::LabeledStmt>(s);
      if (ls->label) {
        auto it = labels_.find(ls->label->name);
        if (it != labels_.end() && it->second) ++loopDepth_;  // until the end of the enclosing block
      }
      stmt(ls->stmt);
      return;
    }
    case NodeKind::ExprStmt: {
      auto* es = cast<syntax::ExprStmt>(s);
      if (auto* c = dyn_cast<syntax::CallExpr>(es->x))
        call({}, c);
      else
        discard(es->x);
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = cast<syntax::SendStmt>(s);
      discard(ss->chan);
      const types::Type* elem = nullptr;
      if (auto* ch = types::dyn_cast<types::Chan>(types::underlying(typeOf(ss->chan)))) elem = ch->elem;
      exprConv(g_.heapHole(), ss->value, elem);  // the channel's buffer (or the receiver) may keep it
      return;
    }
    case NodeKind::IncDecStmt: markReassigned({addr(cast<syntax::IncDecStmt>(s)->x)}); return;
    case NodeKind::AssignStmt: assignStmt(cast<syntax::AssignStmt>(s)); return;
    case NodeKind::GoStmt: goDefer(cast<syntax::GoStmt>(s)->call, true); return;
    case NodeKind::DeferStmt: goDefer(cast<syntax::DeferStmt>(s)->call, false); return;
    case NodeKind::FailStmt: {
      auto* fs = cast<syntax::FailStmt>(s);
      if (curfn_->results.empty() || !curfn_->sig) {
        expr(g_.heapHole(), fs->err);
        return;
      }
      exprConv(Hole{curfn_->results.back()}, fs->err, curfn_->sig->results->vars.back()->type);
      markReassigned({Hole{curfn_->results.back()}});  // `fail err` assigns the error result
      return;
    }
    case NodeKind::ReturnStmt: returnValues(cast<syntax::ReturnStmt>(s)->results); return;
    case NodeKind::BlockStmt: block(cast<syntax::BlockStmt>(s)->stmts); return;
    case NodeKind::IfStmt: {
      auto* is = cast<syntax::IfStmt>(s);
      int old = loopDepth_;
      stmt(is->init);
      discard(is->cond);
      // Go's deadcode pass removes the branch a constant condition never takes before escape analysis
      std::optional<bool> cv = constantBool(is->cond);
      if (!cv || *cv) block(is->then->stmts);
      if (is->els && (!cv || !*cv)) {
        if (auto* b = dyn_cast<syntax::BlockStmt>(is->els))
          block(b->stmts);
        else
          stmt(is->els);
      }
      loopDepth_ = old;
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* ss = cast<syntax::SwitchStmt>(s);
      int old = loopDepth_;
      stmt(ss->init);
      discard(ss->tag);
      for (const syntax::CaseClause* cc : ss->clauses) {
        for (const syntax::Expr* e : cc->list) discard(e);
        block(cc->body);
      }
      loopDepth_ = old;
      return;
    }
    case NodeKind::TypeSwitchStmt: typeSwitch(cast<syntax::TypeSwitchStmt>(s)); return;
    case NodeKind::SelectStmt:
      for (const syntax::CommClause* cc : cast<syntax::SelectStmt>(s)->clauses) {
        int old = loopDepth_;
        // `case i = <-c`: Go converts the received value after its escape analysis (no message): a temporary
        anonymousConversions_ = cc->comm && cc->comm->kind() == NodeKind::AssignStmt;
        stmt(cc->comm);
        anonymousConversions_ = false;
        block(cc->body);
        loopDepth_ = old;
      }
      return;
    case NodeKind::ForStmt: {
      auto* fs = cast<syntax::ForStmt>(s);
      int old = loopDepth_;
      // Vo's loop variables are fresh per iteration (Go 1.22): the init statement runs once, at the outer depth,
      // but the variables it declares belong to the body's depth. Each iteration's variables start as copies of
      // the previous iteration's, as if carried through a location declared outside the loop (Go 1.22 rewrites
      // the loop that way): an object allocated in one iteration (post statement or body) that a loop variable
      // still holds when the next iteration starts outlives its iteration and escapes. Without the carry, the
      // post statement `p = &T{a: p.a + 1}` would build the new object over the one p still points to.
      stmt(fs->init);
      ++loopDepth_;
      if (auto* as = dyn_cast<syntax::AssignStmt>(fs->init); as && as->tok == TokenKind::Define) {
        for (const syntax::Expr* e : as->lhs) {
          auto* id = dyn_cast<syntax::Ident>(e);
          auto it = id ? info_.defs.find(id) : info_.defs.end();
          if (it == info_.defs.end()) continue;  // redeclared or blank
          auto* v = types::dyn_cast<types::Var>(it->second);
          Location* l = v ? varLoc(v) : nullptr;
          if (!l) continue;
          l->loopDepth = loopDepth_;
          Location* carry = g_.newLoc(curfn_, old, false);
          flow(Hole{carry}, l);
          flow(Hole{l}, carry);
        }
      }
      discard(fs->cond);
      if (std::optional<bool> cv = constantBool(fs->cond); !cv || *cv) {  // `for false {}`: dead (Go's deadcode)
        stmt(fs->post);
        block(fs->body->stmts);
      }
      loopDepth_ = old;
      return;
    }
    case NodeKind::RangeStmt: rangeStmt(cast<syntax::RangeStmt>(s)); return;
    case NodeKind::CaseClause:
    case NodeKind::CommClause: return;  // walked by their statements
    default: return;  // empty, branch and bad statements
  }
}

void Walker::staticData(const syntax::Expr* e, std::unordered_set<const syntax::Node*>& out) const {
  while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  if (!e) return;
  if (isConstant(e) || e->kind() == NodeKind::FuncLit || e->kind() == NodeKind::Ident) {
    out.insert(e);  // constants, closures (which capture nothing here) and globals, converted or not
    return;
  }
  if (auto* c = dyn_cast<syntax::CallExpr>(e); c && isTypeExpr(c->fun) && c->args.size() == 1) {
    const syntax::Expr* x = c->args[0];
    while (auto* p = dyn_cast<syntax::ParenExpr>(x)) x = p->x;
    if (isConstant(x) || x->kind() == NodeKind::Ident) {  // B("11"), any(x): read-only data
      out.insert(c);
      out.insert(x);
    }
    return;
  }
  if (auto* u = dyn_cast<syntax::UnaryExpr>(e); u && u->op == TokenKind::And) {
    const syntax::Expr* x = u->x;
    while (auto* p = dyn_cast<syntax::ParenExpr>(x)) x = p->x;
    if (x->kind() == NodeKind::CompositeLit) {
      out.insert(u);
      staticData(x, out);
    }
    return;
  }
  auto* cl = dyn_cast<syntax::CompositeLit>(e);
  if (!cl || types::isa<types::Map>(types::underlying(typeOf(cl)))) return;
  out.insert(cl);
  for (const syntax::Expr* el : cl->elts) {
    if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) el = kv->value;
    staticData(el, out);
  }
}

void Walker::genDecl(const syntax::GenDecl* gd, bool global) {
  if (gd->tok != TokenKind::KwVar) return;
  for (const syntax::Spec* sp : gd->specs)
    if (auto* vs = dyn_cast<syntax::ValueSpec>(sp)) genValueSpec(vs, global);
}

void Walker::genValueSpec(const syntax::ValueSpec* vs, bool global) {
  {
    std::vector<Hole> ks;
    std::vector<const types::Type*> types;
    for (const syntax::Ident* n : vs->names) {
      const types::Object* o = nullptr;
      if (auto it = info_.defs.find(n); it != info_.defs.end()) o = it->second;
      types.push_back(o ? o->type : nullptr);
      if (global) {
        ks.push_back(n->name == "_" ? g_.discardHole() : g_.heapHole());
      } else {
        Location* l = declare(o);
        ks.push_back(l ? Hole{l} : g_.discardHole());
      }
    }
    if (!vs->values.empty()) assignList(ks, types, vs->values);  // a declaration is not a reassignment
  }
}

Hole Walker::addr(const syntax::Expr* lhs) {
  if (!lhs) return g_.discardHole();
  const syntax::Expr* e = lhs;
  while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  switch (e->kind()) {
    case NodeKind::Ident: {
      auto* id = cast<syntax::Ident>(e);
      if (id->name == "_") return g_.discardHole();
      const types::Object* o = objectOf(id);
      if (auto* v = types::dyn_cast<types::Var>(o))
        if (Location* l = varLoc(v)) return Hole{l};
      return g_.heapHole();  // a global
    }
    case NodeKind::SelectorExpr: {
      auto* sel = cast<syntax::SelectorExpr>(e);
      auto it = info_.selections.find(sel);
      if (it == info_.selections.end()) return g_.heapHole();  // pkg.Var
      const types::Selection& s = it->second;
      if (s.kind == types::SelectionKind::FieldVal) {
        // x.f stores into x's own storage unless a pointer is dereferenced on the way
        bool throughPointer = false;
        const types::Type* t = typeOf(sel->x);
        for (int idx : s.index) {
          const types::Type* u = types::underlying(t);
          if (auto* p = types::dyn_cast<types::Pointer>(u)) {
            throughPointer = true;
            u = types::underlying(p->elem);
          }
          auto* st = types::dyn_cast<types::Struct>(u);
          if (!st || idx < 0 || static_cast<size_t>(idx) >= st->fields.size()) break;
          t = st->fields[static_cast<size_t>(idx)]->type;
        }
        if (!throughPointer) return addr(sel->x);
      }
      discard(e);
      return g_.heapHole();
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<syntax::IndexExpr>(e);
      const types::Type* xt = types::underlying(typeOf(ix->x));
      if (auto* m = types::dyn_cast<types::Map>(xt)) {
        discard(ix->x);
        exprConv(g_.heapHole(), ix->index, m->key);  // the key of a map put
        return g_.heapHole();
      }
      discard(ix->index);
      if (types::isa<types::Array>(xt)) return addr(ix->x);
      discard(ix->x);
      return g_.heapHole();
    }
    default:
      discard(e);  // *p = ..., and anything else: stores through a pointer
      return g_.heapHole();
  }
}

std::optional<bool> Walker::constantBool(const syntax::Expr* e) const {
  if (!e) return std::nullopt;
  auto it = info_.types.find(e);
  if (it == info_.types.end() || it->second.mode != types::OperandMode::Constant) return std::nullopt;
  if (it->second.value.kind() != constant::Kind::Bool) return std::nullopt;
  return constant::boolVal(it->second.value);
}

void Walker::markReassigned(const std::vector<Hole>& ks) {
  for (const Hole& k : ks)
    if (k.dst && k.dst->var) k.dst->reassigned = true;
}

void Walker::assignList(const std::vector<Hole>& ks, const std::vector<const types::Type*>& dstTypes,
                        std::span<syntax::Expr* const> srcs, Pos at) {
  if (srcs.size() == 1 && ks.size() > 1) {
    // v1, v2 := f(), or the comma-ok forms m[k], x.(T), <-ch (only the first value can carry a pointer)
    const syntax::Expr* src = srcs[0];
    while (auto* p = dyn_cast<syntax::ParenExpr>(src)) src = p->x;
    if (auto* c = dyn_cast<syntax::CallExpr>(src); c && types::isa<types::Tuple>(typeOf(c))) {
      auto* tup = types::cast<types::Tuple>(typeOf(c));
      std::vector<Hole> rks;
      for (size_t i = 0; i < ks.size(); ++i) {
        Hole k = ks[i];
        // an implicit conversion of a result to an interface boxes it in a temporary (Go's .autotmp_N, which
        // vo does not name in messages)
        const types::Type* dt = i < dstTypes.size() ? dstTypes[i] : nullptr;
        if (dt && i < tup->size() && types::isInterface(dt) && !types::isInterface(tup->vars[i]->type) &&
            !isDirectIface(tup->vars[i]->type)) {
          Location* box = newLoc(false);
          flow(k.addr(), box);
          k = Hole{box};
        }
        rks.push_back(k);
      }
      call(rks, c);
      return;
    }
    exprConv(ks[0], srcs[0], dstTypes.empty() ? nullptr : dstTypes[0], at);
    return;
  }
  for (size_t i = 0; i < srcs.size(); ++i) {
    Hole k = i < ks.size() ? ks[i] : g_.discardHole();
    exprConv(k, srcs[i], i < dstTypes.size() ? dstTypes[i] : nullptr, at);
  }
}

void Walker::assignStmt(const syntax::AssignStmt* as) {
  std::vector<Hole> ks;
  std::vector<const types::Type*> types;
  std::vector<Hole> reassignedKs;
  if (as->tok == TokenKind::Define) {
    for (const syntax::Expr* l : as->lhs) {
      auto* id = dyn_cast<syntax::Ident>(l);
      const types::Object* o = nullptr;
      bool fresh = false;
      if (id) {
        if (auto it = info_.defs.find(id); it != info_.defs.end() && it->second) {
          o = it->second;
          fresh = !varLoc(types::dyn_cast<types::Var>(o));
        } else {
          o = objectOf(id);
        }
      }
      types.push_back(o ? o->type : typeOf(l));
      if (fresh) {
        Location* loc = declare(o);
        ks.push_back(loc ? Hole{loc} : g_.discardHole());
      } else {
        Hole k = addr(l);
        ks.push_back(k);
        reassignedKs.push_back(k);
      }
    }
    assignList(ks, types, as->rhs, as->pos());
    markReassigned(reassignedKs);
    return;
  }
  for (const syntax::Expr* l : as->lhs) {
    ks.push_back(addr(l));
    types.push_back(typeOf(l));
  }
  if (as->tok == TokenKind::Assign) {
    if (as->lhs.size() == as->rhs.size()) {
      for (size_t i = 0; i < as->lhs.size(); ++i) {
        if (!isSelfAssign(as->lhs[i], as->rhs[i])) continue;
        // Go's isSelfAssign: b.buf = b.buf[:n], p.p1 = p.p2 store what is already there: no flow
        ks[i] = g_.discardHole();
        // Go names the whole statement (`s[i], s[j] = s[j], s[i]` once for both pairs)
        auto list = [&](std::span<syntax::Expr* const> xs) {
          std::string out;
          for (size_t j = 0; j < xs.size(); ++j)
            out += (j ? ", " : "") + siteString(xs[j], SiteKind::Expr, info_, pkg_.pkg);
          return out;
        };
        messages_.push_back(
            {as->tokPos, curfn_->name + " ignoring self-assignment in " + list(as->lhs) + " = " + list(as->rhs)});
      }
    }
    assignList(ks, types, as->rhs, as->pos());
  } else {
    // x op= y: y flows into x (strings: the concatenation's result; numbers carry no pointers)
    for (size_t i = 0; i < as->rhs.size() && i < ks.size(); ++i) expr(ks[i], as->rhs[i]);
  }
  markReassigned(ks);
}

void Walker::returnValues(std::span<syntax::Expr* const> results) {
  if (results.empty()) return;
  std::vector<Hole> ks;
  std::vector<const types::Type*> types;
  for (size_t i = 0; i < curfn_->results.size(); ++i) {
    ks.push_back(Hole{curfn_->results[i]});
    types.push_back(curfn_->sig ? curfn_->sig->results->vars[i]->type : nullptr);
  }
  if (ks.empty()) {
    for (const syntax::Expr* e : results) expr(g_.heapHole(), e);
    return;
  }
  // Go reports a multi-value return's conversions at its last result
  assignList(ks, types, results, results.size() > 1 ? results.back()->pos() : Pos{});
  markReassigned(ks);  // a deferred closure may read the results: they change here
}

void Walker::rangeStmt(const syntax::RangeStmt* rs) {
  int old = loopDepth_;
  Location* tmp = newLoc(false);
  expr(Hole{tmp}, rs->x);
  ++loopDepth_;
  std::vector<Hole> ks;
  for (const syntax::Expr* e : {rs->key, rs->value}) {
    if (!e) {
      ks.push_back(g_.discardHole());
    } else if (rs->tok == TokenKind::Define) {
      Location* l = dyn_cast<syntax::Ident>(e) ? declareIdent(cast<syntax::Ident>(e)) : nullptr;
      ks.push_back(l ? Hole{l} : g_.discardHole());
    } else {
      Hole k = addr(e);
      ks.push_back(k);
    }
  }
  const types::Type* xt = types::underlying(typeOf(rs->x));
  const types::Type* vt = nullptr;  // the element type: values without pointers carry no address
  if (auto* a = types::dyn_cast<types::Array>(xt)) vt = a->elem;
  else if (auto* sl = types::dyn_cast<types::Slice>(xt)) vt = sl->elem;
  else if (auto* m = types::dyn_cast<types::Map>(xt)) vt = m->elem;
  else if (auto* p = types::dyn_cast<types::Pointer>(xt); p && types::isa<types::Array>(types::underlying(p->elem)))
    vt = types::cast<types::Array>(types::underlying(p->elem))->elem;
  if (vt && !hasPointers(vt)) {
    // nothing to flow
  } else if (types::isa<types::Array>(xt))
    flow(ks[1], tmp);  // the elements are copies of the array's own values
  else
    flow(ks[1].deref(), tmp);  // elements of a slice, *array, map, channel; string runes carry no pointer
  if (rs->tok != TokenKind::Define) markReassigned(ks);
  block(rs->body->stmts);
  loopDepth_ = old;
}

void Walker::typeSwitch(const syntax::TypeSwitchStmt* ts) {
  int old = loopDepth_;
  stmt(ts->init);
  std::vector<Hole> ks;
  for (const syntax::CaseClause* cc : ts->clauses) {
    auto it = info_.implicits.find(cc);
    if (it == info_.implicits.end() || !it->second) continue;
    Location* l = declare(it->second);
    const types::Type* vt = it->second->type;
    if (!l || !hasPointers(vt)) continue;
    Hole k{l};
    if (vt && !types::isInterface(vt) && !isDirectIface(vt)) k = k.deref();  // Go's dotType
    ks.push_back(k);
  }
  expr(tee(ks), ts->x);
  for (const syntax::CaseClause* cc : ts->clauses) block(cc->body);
  loopDepth_ = old;
}

void Walker::goDefer(const syntax::Expr* callExpr, bool isGo) {
  // The call's function value and argument values are kept by the statement: for go (and defer inside a loop)
  // until an unknown time (the heap); for defer at loop depth 1 until the function returns (Go's later hole).
  Hole k = g_.heapHole();
  if (!isGo && loopDepth_ == 1) k = g_.later(curfn_, loopDepth_, g_.discardHole());
  const syntax::Expr* e = callExpr;
  while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  auto* c = dyn_cast<syntax::CallExpr>(e);
  if (!c) {
    expr(g_.heapHole(), e);
    return;
  }
  if (c->args.empty() && !isTypeExpr(c->fun)) {
    auto* sig = types::dyn_cast<types::Signature>(types::underlying(typeOf(c->fun)));
    if (sig && sig->params->size() == 0 && sig->results->size() == 0) {
      // go f() / defer func(){...}(): the function value itself is what the statement keeps
      const syntax::Expr* fun = c->fun;
      while (auto* p = dyn_cast<syntax::ParenExpr>(fun)) fun = p->x;
      if (auto* fl = dyn_cast<syntax::FuncLit>(fun)) {
        funcLit(k, fl);
        return;
      }
      if (auto* sel = dyn_cast<syntax::SelectorExpr>(fun)) {
        auto it = info_.selections.find(sel);
        if (it != info_.selections.end() && it->second.kind == types::SelectionKind::MethodVal) {
          // go x.M(): the receiver is kept; it also flows to M's receiver parameter
          call({}, c, &k);
          return;
        }
      }
      expr(k, c->fun);
      return;
    }
  }
  call({}, c, &k);
}

}  // namespace vo::escape
