// The conservative per-variable escape rule (escape.h: analyzeConservative), kept as the baseline the data-flow
// analysis is measured against (`VO_ESCAPE=conservative`). One walk over every function body and closure of a
// package, recording for each local variable why it must live on the heap:
//  - address-taking sites: `&e`, and the implicit `&x` of `x.M` / `x.M()` with a pointer-receiver M on an
//    addressable non-pointer x, and `a[i:j]` on an array; `e` is followed through field selections that do not
//    dereference a pointer and through array indexing, down to the variable whose storage it is;
//  - uses of a variable inside a function other than its owner (a closure capture);
//  - implicit and explicit conversions to an interface type of an operand that is the variable itself;
//  - declarations of variables whose type flattens into more than kMaxFrameSlots slots.
// Every other variable lives in registers; frameVars, capturedByValue and frameAllocs stay empty.
#include "escape/escape.h"
#include "escape/sizes.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "compiler/types/object.h"
#include "compiler/types/type.h"

namespace vo::escape {
namespace {

using syntax::cast;
using syntax::dyn_cast;

/// Why a variable lives on the heap (bit set).
enum ReasonBits : uint8_t {
  kAddressTaken = 1 << 0,  ///< `&x`, `&x.f`, `&a[i]`, `a[:]`, implicit & of a pointer-receiver method
  kCaptured = 1 << 1,      ///< referenced by a function literal declared inside its function
  kToInterface = 1 << 2,   ///< converted to an interface type
  kTooLarge = 1 << 3,      ///< more than kMaxFrameSlots register slots
};

/// One function being analysed: a FuncDecl with a body or a FuncLit. This is the unit the full analysis works
/// on (Go's escape.batch analyses strongly connected groups of these); for the per-variable rule it only records
/// which variables the function declares and which signature its return statements convert to.
struct Function {
  const syntax::Node* node = nullptr;     ///< FuncDecl or FuncLit
  const types::Signature* sig = nullptr;  ///< nullptr after a type error
  Function* outer = nullptr;              ///< enclosing function of a closure
  std::vector<const types::Var*> locals;  ///< params, results and body variables, in declaration order
};

class Analyzer {
 public:
  explicit Analyzer(const types::Info& info) : info_(info) {}

  void file(const syntax::File* f) {
    for (const syntax::Decl* d : f->decls) {
      if (auto* fd = dyn_cast<syntax::FuncDecl>(d)) {
        if (!fd->body) continue;
        const types::Signature* sig = nullptr;
        if (auto it = info_.defs.find(fd->name); it != info_.defs.end() && it->second)
          sig = types::dyn_cast<types::Signature>(it->second->type);
        function(fd, sig, fd->recv, fd->type, fd->body);
      } else if (auto* gd = dyn_cast<syntax::GenDecl>(d)) {
        genDecl(gd);  // package-level initialisers may hold closures
      }
    }
  }

  Result result() {
    Result r;
    for (const auto& fn : functions_) {
      for (const types::Var* v : fn->locals) {
        uint8_t why = reasons_[v];
        if (!why) continue;
        r.heapVars.insert(v);
        r.explanations.push_back({v->pos, "moved to heap: " + std::string(v->name)});
      }
    }
    std::stable_sort(r.explanations.begin(), r.explanations.end(),
                     [](const Explanation& a, const Explanation& b) { return a.pos < b.pos; });
    return r;
  }

 private:
  const types::Info& info_;
  std::vector<std::unique_ptr<Function>> functions_;
  std::unordered_map<const types::Var*, Function*> owner_;  ///< local variable → declaring function
  std::unordered_map<const types::Var*, uint8_t> reasons_;
  Function* cur_ = nullptr;

  // ---- objects and types ----------------------------------------------------------------------------------

  const types::Type* typeOf(const syntax::Expr* e) const {
    auto it = info_.types.find(e);
    return it == info_.types.end() ? nullptr : it->second.type;
  }
  bool isTypeExpr(const syntax::Expr* e) const {
    auto it = info_.types.find(e);
    return it != info_.types.end() && it->second.mode == types::OperandMode::TypeExpr;
  }
  static const syntax::Expr* unparen(const syntax::Expr* e) {
    while (auto* p = dyn_cast<syntax::ParenExpr>(e)) e = p->x;
    return e;
  }
  /// The local variable an expression names (through parentheses), or nullptr.
  const types::Var* localVar(const syntax::Expr* e) const {
    auto* id = dyn_cast<syntax::Ident>(unparen(e));
    if (!id) return nullptr;
    auto it = info_.uses.find(id);
    if (it == info_.uses.end()) it = info_.defs.find(id);
    if (it == info_.defs.end() || !it->second) return nullptr;
    auto* v = types::dyn_cast<types::Var>(it->second);
    return v && owner_.count(v) ? v : nullptr;
  }

  void declare(const types::Object* o) {
    auto* v = types::dyn_cast<types::Var>(o);
    if (!v || v->name == "_" || !cur_ || owner_.count(v)) return;
    owner_[v] = cur_;
    cur_->locals.push_back(v);
    if (v->type && slotCount(v->type, kMaxFrameSlots) > static_cast<uint64_t>(kMaxFrameSlots))
      reasons_[v] |= kTooLarge;
  }
  void declareIdent(const syntax::Ident* id) {
    if (!id) return;
    if (auto it = info_.defs.find(id); it != info_.defs.end()) declare(it->second);
  }
  void mark(const types::Var* v, uint8_t why) {
    if (v) reasons_[v] |= why;
  }

  /// `&e` (explicit or implicit): the variable whose storage `e` is part of, when that storage is the variable's
  /// own (fields of a struct variable, elements of an array variable), not memory it points to.
  void addressOf(const syntax::Expr* e) {
    e = unparen(e);
    if (auto* sel = dyn_cast<syntax::SelectorExpr>(e)) {
      auto it = info_.selections.find(sel);
      if (it != info_.selections.end() && it->second.kind == types::SelectionKind::FieldVal && !it->second.indirect)
        addressOf(sel->x);
      return;
    }
    if (auto* ix = dyn_cast<syntax::IndexExpr>(e)) {
      if (types::isa<types::Array>(types::underlying(typeOf(ix->x)))) addressOf(ix->x);
      return;
    }
    mark(localVar(e), kAddressTaken);
  }

  /// `e` is converted to `target` (assignment, argument, return, composite literal element, explicit conversion).
  void convertTo(const types::Type* target, const syntax::Expr* e) {
    if (!target || !e || !types::isInterface(target)) return;
    const types::Type* from = typeOf(e);
    if (!from || types::isInterface(from)) return;
    mark(localVar(e), kToInterface);
  }

  // ---- functions ------------------------------------------------------------------------------------------

  void function(const syntax::Node* node, const types::Signature* sig, const syntax::Field* recv,
                const syntax::FuncType* type, const syntax::BlockStmt* body) {
    auto fn = std::make_unique<Function>();
    fn->node = node;
    fn->sig = sig;
    fn->outer = cur_;
    Function* saved = cur_;
    cur_ = fn.get();
    functions_.push_back(std::move(fn));
    if (recv) declareIdent(recv->name);
    for (const syntax::Field* p : type->params) declareIdent(p->name);
    for (const syntax::Field* r : type->results) declareIdent(r->name);
    block(body->stmts);
    cur_ = saved;
  }

  // ---- statements -----------------------------------------------------------------------------------------

  void block(std::span<syntax::Stmt* const> stmts) {
    for (const syntax::Stmt* s : stmts) stmt(s);
  }

  void genDecl(const syntax::GenDecl* gd) {
    if (gd->tok != syntax::TokenKind::KwVar) return;
    for (const syntax::Spec* sp : gd->specs) {
      auto* vs = dyn_cast<syntax::ValueSpec>(sp);
      if (!vs) continue;
      for (const syntax::Expr* v : vs->values) expr(v);
      for (const syntax::Ident* n : vs->names) declareIdent(n);
      if (vs->values.size() == vs->names.size()) {
        for (size_t i = 0; i < vs->names.size(); ++i) {
          auto it = info_.defs.find(vs->names[i]);
          if (it != info_.defs.end() && it->second) convertTo(it->second->type, vs->values[i]);
        }
      }
    }
  }

  void stmt(const syntax::Stmt* s) {
    if (!s) return;
    using syntax::NodeKind;
    switch (s->kind()) {
      case NodeKind::DeclStmt: genDecl(cast<syntax::DeclStmt>(s)->decl); return;
      case NodeKind::LabeledStmt: stmt(cast<syntax::LabeledStmt>(s)->stmt); return;
      case NodeKind::ExprStmt: expr(cast<syntax::ExprStmt>(s)->x); return;
      case NodeKind::SendStmt: {
        auto* ss = cast<syntax::SendStmt>(s);
        expr(ss->chan);
        expr(ss->value);
        if (auto* ch = types::dyn_cast<types::Chan>(types::underlying(typeOf(ss->chan)))) convertTo(ch->elem, ss->value);
        return;
      }
      case NodeKind::IncDecStmt: expr(cast<syntax::IncDecStmt>(s)->x); return;
      case NodeKind::AssignStmt: assign(cast<syntax::AssignStmt>(s)); return;
      case NodeKind::GoStmt: expr(cast<syntax::GoStmt>(s)->call); return;
      case NodeKind::DeferStmt: expr(cast<syntax::DeferStmt>(s)->call); return;
      case NodeKind::FailStmt: {
        auto* fs = cast<syntax::FailStmt>(s);
        expr(fs->err);
        if (cur_ && cur_->sig && cur_->sig->results->size() > 0)
          convertTo(cur_->sig->results->vars.back()->type, fs->err);
        return;
      }
      case NodeKind::ReturnStmt: {
        auto* rs = cast<syntax::ReturnStmt>(s);
        for (const syntax::Expr* e : rs->results) expr(e);
        if (cur_ && cur_->sig && rs->results.size() == cur_->sig->results->size())
          for (size_t i = 0; i < rs->results.size(); ++i) convertTo(cur_->sig->results->vars[i]->type, rs->results[i]);
        return;
      }
      case NodeKind::BlockStmt: block(cast<syntax::BlockStmt>(s)->stmts); return;
      case NodeKind::IfStmt: {
        auto* is = cast<syntax::IfStmt>(s);
        stmt(is->init);
        expr(is->cond);
        stmt(is->then);
        stmt(is->els);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* ss = cast<syntax::SwitchStmt>(s);
        stmt(ss->init);
        expr(ss->tag);
        const types::Type* tagType = ss->tag ? typeOf(ss->tag) : nullptr;
        for (const syntax::CaseClause* cc : ss->clauses) {
          for (const syntax::Expr* e : cc->list) {
            expr(e);
            convertTo(tagType, e);  // `switch iface { case x: }` compares x as an interface
          }
          block(cc->body);
        }
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = cast<syntax::TypeSwitchStmt>(s);
        stmt(ts->init);
        expr(ts->x);
        for (const syntax::CaseClause* cc : ts->clauses) {
          if (auto it = info_.implicits.find(cc); it != info_.implicits.end()) declare(it->second);
          block(cc->body);
        }
        return;
      }
      case NodeKind::SelectStmt:
        for (const syntax::CommClause* cc : cast<syntax::SelectStmt>(s)->clauses) {
          stmt(cc->comm);
          block(cc->body);
        }
        return;
      case NodeKind::ForStmt: {
        auto* fs = cast<syntax::ForStmt>(s);
        stmt(fs->init);
        expr(fs->cond);
        stmt(fs->post);
        stmt(fs->body);
        return;
      }
      case NodeKind::RangeStmt: {
        auto* rs = cast<syntax::RangeStmt>(s);
        expr(rs->x);
        for (const syntax::Expr* e : {rs->key, rs->value}) {
          if (!e) continue;
          if (rs->tok == syntax::TokenKind::Define) {
            if (auto* id = dyn_cast<syntax::Ident>(e)) declareIdent(id);
          } else {
            expr(e);
          }
        }
        stmt(rs->body);
        return;
      }
      default: return;  // empty, branch, bad statements
    }
  }

  void assign(const syntax::AssignStmt* as) {
    for (const syntax::Expr* e : as->rhs) expr(e);
    for (const syntax::Expr* l : as->lhs) {
      auto* id = dyn_cast<syntax::Ident>(l);
      if (as->tok == syntax::TokenKind::Define && id && info_.defs.count(id))
        declareIdent(id);
      else
        expr(l);
    }
    if ((as->tok == syntax::TokenKind::Assign || as->tok == syntax::TokenKind::Define) &&
        as->lhs.size() == as->rhs.size()) {
      for (size_t i = 0; i < as->lhs.size(); ++i) {
        const types::Type* target = typeOf(as->lhs[i]);
        if (auto* id = dyn_cast<syntax::Ident>(as->lhs[i]); id && !target) {
          auto it = info_.defs.find(id);
          if (it != info_.defs.end() && it->second) target = it->second->type;
        }
        convertTo(target, as->rhs[i]);
      }
    }
  }

  // ---- expressions ----------------------------------------------------------------------------------------

  void exprs(std::span<syntax::Expr* const> list) {
    for (const syntax::Expr* e : list) expr(e);
  }

  void expr(const syntax::Expr* e) {
    if (!e || isTypeExpr(e)) return;
    using syntax::NodeKind;
    switch (e->kind()) {
      case NodeKind::Ident: {
        const types::Var* v = localVar(e);
        if (v && cur_ && owner_[v] != cur_) mark(v, kCaptured);
        return;
      }
      case NodeKind::CompositeLit: compositeLit(cast<syntax::CompositeLit>(e)); return;
      case NodeKind::KeyValueExpr: {
        auto* kv = cast<syntax::KeyValueExpr>(e);
        expr(kv->key);
        expr(kv->value);
        return;
      }
      case NodeKind::FuncLit: {
        auto* fl = cast<syntax::FuncLit>(e);
        function(fl, types::dyn_cast<types::Signature>(typeOf(fl)), nullptr, fl->type, fl->body);
        return;
      }
      case NodeKind::ParenExpr: expr(cast<syntax::ParenExpr>(e)->x); return;
      case NodeKind::SelectorExpr: {
        auto* sel = cast<syntax::SelectorExpr>(e);
        expr(sel->x);
        auto it = info_.selections.find(sel);
        if (it == info_.selections.end() || it->second.kind != types::SelectionKind::MethodVal) return;
        auto* m = types::dyn_cast<types::Func>(it->second.obj);
        const types::Var* recv = m ? m->signature()->recv : nullptr;
        if (recv && types::isa<types::Pointer>(recv->type) && !it->second.indirect &&
            !types::isa<types::Pointer>(typeOf(sel->x)))
          addressOf(sel->x);  // x.M() with func (*T) M: the call takes &x
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = cast<syntax::IndexExpr>(e);
        expr(ix->x);
        expr(ix->index);
        if (auto* m = types::dyn_cast<types::Map>(types::underlying(typeOf(ix->x)))) convertTo(m->key, ix->index);
        return;
      }
      case NodeKind::SliceExpr: {
        auto* se = cast<syntax::SliceExpr>(e);
        expr(se->x);
        expr(se->low);
        expr(se->high);
        expr(se->max);
        if (types::isa<types::Array>(types::underlying(typeOf(se->x)))) addressOf(se->x);
        return;
      }
      case NodeKind::TypeAssertExpr: expr(cast<syntax::TypeAssertExpr>(e)->x); return;
      case NodeKind::CallExpr: call(cast<syntax::CallExpr>(e)); return;
      case NodeKind::StarExpr: expr(cast<syntax::StarExpr>(e)->x); return;
      case NodeKind::UnaryExpr: {
        auto* ue = cast<syntax::UnaryExpr>(e);
        expr(ue->x);
        if (ue->op == syntax::TokenKind::And) addressOf(ue->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* be = cast<syntax::BinaryExpr>(e);
        expr(be->x);
        expr(be->y);
        if (be->op == syntax::TokenKind::Eql || be->op == syntax::TokenKind::Neq) {
          convertTo(typeOf(be->x), be->y);  // mixed comparisons convert the non-interface operand
          convertTo(typeOf(be->y), be->x);
        }
        return;
      }
      case NodeKind::TryExpr: expr(cast<syntax::TryExpr>(e)->x); return;
      case NodeKind::DynAccessExpr: {
        auto* da = cast<syntax::DynAccessExpr>(e);
        expr(da->x);
        expr(da->index);
        exprs(da->args);
        // dynamic access passes keys and arguments as `any`
        const types::Type* any = da->x ? typeOf(da->x) : nullptr;
        convertTo(any, da->index);
        for (const syntax::Expr* a : da->args) convertTo(any, a);
        return;
      }
      default: return;  // literals, types, bad expressions
    }
  }

  void compositeLit(const syntax::CompositeLit* cl) {
    const types::Type* t = types::underlying(typeOf(cl));
    if (auto* p = types::dyn_cast<types::Pointer>(t)) t = types::underlying(p->elem);  // elided &T in [] *T{{}}
    auto* st = types::dyn_cast<types::Struct>(t);
    for (size_t i = 0; i < cl->elts.size(); ++i) {
      const syntax::Expr* el = cl->elts[i];
      const syntax::Expr* key = nullptr;
      const syntax::Expr* value = el;
      if (auto* kv = dyn_cast<syntax::KeyValueExpr>(el)) {
        key = kv->key;
        value = kv->value;
      }
      if (key && !st) expr(key);  // struct keys are field names
      expr(value);
      if (st) {
        const types::Var* field = nullptr;
        if (auto* id = dyn_cast<syntax::Ident>(key)) {
          for (const types::Var* f : st->fields)
            if (f->name == id->name) field = f;
        } else if (!key && i < st->fields.size()) {
          field = st->fields[i];
        }
        if (field) convertTo(field->type, value);
      } else if (auto* m = types::dyn_cast<types::Map>(t)) {
        convertTo(m->key, key);
        convertTo(m->elem, value);
      } else if (auto* s = types::dyn_cast<types::Slice>(t)) {
        convertTo(s->elem, value);
      } else if (auto* a = types::dyn_cast<types::Array>(t)) {
        convertTo(a->elem, value);
      }
    }
  }

  void call(const syntax::CallExpr* c) {
    const syntax::Expr* fun = unparen(c->fun);
    if (isTypeExpr(fun)) {  // conversion T(x)
      exprs(c->args);
      if (c->args.size() == 1) convertTo(typeOf(fun), c->args[0]);
      return;
    }
    const types::Builtin* builtin = nullptr;
    if (auto* id = dyn_cast<syntax::Ident>(fun)) {
      if (auto it = info_.uses.find(id); it != info_.uses.end()) builtin = types::dyn_cast<types::Builtin>(it->second);
    }
    if (builtin) {
      exprs(c->args);  // type arguments of new/make are skipped by expr
      if (builtin->id == types::BuiltinId::Panic && c->args.size() == 1) {
        markIfNotInterface(c->args[0]);
      } else if (builtin->id == types::BuiltinId::Assert) {
        for (size_t i = 1; i < c->args.size(); ++i) markIfNotInterface(c->args[i]);  // assert(cond, args ...any)
      } else if (builtin->id == types::BuiltinId::Append && !c->hasEllipsis() && !c->args.empty()) {
        if (auto* s = types::dyn_cast<types::Slice>(types::underlying(typeOf(c->args[0]))))
          for (size_t i = 1; i < c->args.size(); ++i) convertTo(s->elem, c->args[i]);
      }
      return;
    }
    expr(c->fun);
    exprs(c->args);
    auto* sig = types::dyn_cast<types::Signature>(types::underlying(typeOf(c->fun)));
    if (!sig) return;
    const auto& params = sig->params->vars;
    if (c->args.size() == 1 && params.size() > 1) return;  // f(g()) with several results
    for (size_t i = 0; i < c->args.size(); ++i) {
      const types::Type* target = nullptr;
      if (sig->variadic && !c->hasEllipsis() && !params.empty() && i + 1 >= params.size()) {
        if (auto* s = types::dyn_cast<types::Slice>(params.back()->type)) target = s->elem;
      } else if (i < params.size()) {
        target = params[i]->type;
      }
      convertTo(target, c->args[i]);
    }
  }

  /// panic(x), assert(cond, x...): the arguments are converted to `any`.
  void markIfNotInterface(const syntax::Expr* e) {
    const types::Type* from = typeOf(e);
    if (from && !types::isInterface(from)) mark(localVar(e), kToInterface);
  }
};

}  // namespace

Result analyzeConservative(const types::Package* pkg, std::span<const syntax::File* const> files,
                           const types::Info& info) {
  (void)pkg;
  Analyzer a(info);
  for (const syntax::File* f : files) a.file(f);
  return a.result();
}

}  // namespace vo::escape
