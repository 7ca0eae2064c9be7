// Go 1.19's printing of expressions in -m messages (ir/fmt.go exprFmt): see expr_string.h for the forms and the
// differences between Go's IR and our AST that the printer reproduces. Types: expr_string_types.cpp.
#include "escape/expr_string.h"

#include <algorithm>
#include <vector>

#include "compiler/constant/constant.h"
#include "compiler/types/universe.h"

namespace vo::escape {

namespace {

using syntax::NodeKind;
using syntax::TokenKind;

// A type that Go prints by name (has a Sym): conversions to it print `T(x)` rather than `(T)(x)`.
bool hasGoName(const types::Type* t) {
  return types::isa<types::Basic>(t) || types::isa<types::Named>(t) || t == types::Universe::get().anyType();
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions (ir/fmt.go exprFmt)

// Go's OpPrec for the node kinds that can appear in messages.
constexpr int kPrecPrimary = 8;  // names, literals, calls, conversions, selectors, index, slice, composite literals
constexpr int kPrecUnary = 7;    // + - ! ^ & * <- (and pointer types)
constexpr int kPrecNone = 0;     // OCLOSURE, OPTRLIT, OADDSTR, ORECOVER: absent from OpPrec

int binaryPrec(TokenKind op) {
  switch (op) {
    case TokenKind::Mul:
    case TokenKind::Quo:
    case TokenKind::Rem:
    case TokenKind::Shl:
    case TokenKind::Shr:
    case TokenKind::And:
    case TokenKind::AndNot:
      return 6;
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Or:
    case TokenKind::Xor:
      return 5;
    case TokenKind::Eql:
    case TokenKind::Neq:
    case TokenKind::Lss:
    case TokenKind::Leq:
    case TokenKind::Gtr:
    case TokenKind::Geq:
      return 4;
    case TokenKind::LAnd:
      return 2;
    case TokenKind::LOr:
      return 1;
    default:
      return kPrecPrimary;
  }
}

const syntax::Expr* unparen(const syntax::Expr* e) {
  while (auto* p = syntax::dyn_cast<syntax::ParenExpr>(e)) e = p->x;
  return e;
}

class ExprPrinter {
 public:
  ExprPrinter(const types::Info& info, const types::Package* local) : info_(info), local_(local) {}

  std::string take() { return std::move(out_); }
  void append(std::string_view text) { out_ += text; }

  void expr(const syntax::Expr* e, int prec) {
    e = unparen(e);
    if (!e) {
      out_ += "<nil>";
      return;
    }
    if (prec > precedence(e)) {
      out_ += '(';
      expr(e, kPrecNone);
      out_ += ')';
      return;
    }
    if (isConstant(e)) {
      // Go keeps the source text of a constant expression (noder's OrigConst of syntax.String).
      out_ += syntax::exprString(e);
      return;
    }
    switch (e->kind()) {
      case NodeKind::Ident:
        ident(syntax::cast<syntax::Ident>(e));
        return;
      case NodeKind::BasicLit:
        out_ += syntax::cast<syntax::BasicLit>(e)->value;
        return;
      case NodeKind::CompositeLit:
        compositeLit(syntax::cast<syntax::CompositeLit>(e));
        return;
      case NodeKind::KeyValueExpr: {
        auto* kv = syntax::cast<syntax::KeyValueExpr>(e);
        expr(kv->key, kPrecNone);
        out_ += ':';
        expr(kv->value, kPrecNone);
        return;
      }
      case NodeKind::FuncLit:
        out_ += kGoFuncLiteral;
        return;
      case NodeKind::SelectorExpr:
        selector(syntax::cast<syntax::SelectorExpr>(e));
        return;
      case NodeKind::IndexExpr: {
        auto* ix = syntax::cast<syntax::IndexExpr>(e);
        expr(ix->x, kPrecPrimary);
        out_ += '[';
        expr(ix->index, kPrecNone);
        out_ += ']';
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = syntax::cast<syntax::SliceExpr>(e);
        expr(s->x, kPrecPrimary);
        out_ += '[';
        if (s->low) expr(s->low, kPrecNone);
        out_ += ':';
        if (s->high) expr(s->high, kPrecNone);
        if (s->slice3) {
          out_ += ':';
          if (s->max) expr(s->max, kPrecNone);
        }
        out_ += ']';
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* a = syntax::cast<syntax::TypeAssertExpr>(e);
        expr(a->x, kPrecPrimary);
        out_ += ".(";
        if (a->type) {
          type(typeOf(a->type));
        } else {
          out_ += "type";
        }
        out_ += ')';
        return;
      }
      case NodeKind::CallExpr:
        call(syntax::cast<syntax::CallExpr>(e));
        return;
      case NodeKind::StarExpr:
        if (isTypeExpr(e)) {
          type(typeOf(e));
          return;
        }
        out_ += '*';
        expr(syntax::cast<syntax::StarExpr>(e)->x, kPrecUnary + 1);
        return;
      case NodeKind::UnaryExpr:
        unary(syntax::cast<syntax::UnaryExpr>(e));
        return;
      case NodeKind::BinaryExpr:
        binary(syntax::cast<syntax::BinaryExpr>(e));
        return;
      case NodeKind::TryExpr:
        expr(syntax::cast<syntax::TryExpr>(e)->x, kPrecPrimary);
        out_ += '?';
        return;
      case NodeKind::ArrayType:
      case NodeKind::SliceType:
      case NodeKind::StructType:
      case NodeKind::FuncType:
      case NodeKind::InterfaceType:
      case NodeKind::MapType:
      case NodeKind::ChanType:
        if (const types::Type* t = typeOf(e)) {
          type(t);
          return;
        }
        out_ += syntax::exprString(e);
        return;
      default:
        // BadExpr, DynAccessExpr (Vo), EllipsisType: no Go IR counterpart; the source text.
        out_ += syntax::exprString(e);
        return;
    }
  }

 private:
  const types::TypeAndValue* tv(const syntax::Expr* e) const {
    auto it = info_.types.find(e);
    return it == info_.types.end() ? nullptr : &it->second;
  }
  const types::Type* typeOf(const syntax::Expr* e) const {
    const types::TypeAndValue* t = tv(e);
    return t ? t->type : nullptr;
  }
  bool isConstant(const syntax::Expr* e) const {
    const types::TypeAndValue* t = tv(e);
    return t && t->mode == types::OperandMode::Constant;
  }
  bool isTypeExpr(const syntax::Expr* e) const {
    const types::TypeAndValue* t = tv(e);
    return t && t->mode == types::OperandMode::TypeExpr;
  }
  const types::Object* objectOf(const syntax::Ident* id) const {
    if (auto it = info_.uses.find(id); it != info_.uses.end()) return it->second;
    if (auto it = info_.defs.find(id); it != info_.defs.end()) return it->second;
    return nullptr;
  }
  const types::Selection* selectionOf(const syntax::SelectorExpr* s) const {
    auto it = info_.selections.find(s);
    return it == info_.selections.end() ? nullptr : &it->second;
  }

  void type(const types::Type* t) { out_ += goTypeString(t, local_); }

  // A composite literal whose elided type is a pointer: Go builds `&T{...}` (OPTRLIT).
  const types::Type* elidedPointerElem(const syntax::CompositeLit* c) const {
    if (c->type) return nullptr;
    auto* p = types::dyn_cast<types::Pointer>(types::underlying(typeOf(c)));
    return p ? p->elem : nullptr;
  }

  // Go's OpPrec of the IR node `e` (unparenthesised) becomes.
  int precedence(const syntax::Expr* e) const {
    if (isConstant(e)) return kPrecPrimary;
    switch (e->kind()) {
      case NodeKind::FuncLit:
        return kPrecNone;
      case NodeKind::CompositeLit:
        return elidedPointerElem(syntax::cast<syntax::CompositeLit>(e)) ? kPrecNone : kPrecPrimary;
      case NodeKind::StarExpr:
        return kPrecUnary;
      case NodeKind::UnaryExpr: {
        auto* u = syntax::cast<syntax::UnaryExpr>(e);
        if (u->op == TokenKind::And && syntax::isa<syntax::CompositeLit>(unparen(u->x))) return kPrecNone;
        return kPrecUnary;
      }
      case NodeKind::BinaryExpr: {
        auto* b = syntax::cast<syntax::BinaryExpr>(e);
        if (isStringConcat(b)) return kPrecNone;
        return binaryPrec(b->op);
      }
      case NodeKind::CallExpr:
        return isBuiltin(syntax::cast<syntax::CallExpr>(e), types::BuiltinId::Recover) ? kPrecNone : kPrecPrimary;
      default:
        return kPrecPrimary;
    }
  }

  bool isStringConcat(const syntax::BinaryExpr* b) const {
    return b->op == TokenKind::Add && types::isString(typeOf(b));
  }

  const types::Builtin* builtinOf(const syntax::CallExpr* c) const {
    auto* id = syntax::dyn_cast<syntax::Ident>(unparen(c->fun));
    if (!id) return nullptr;
    return types::dyn_cast<types::Builtin>(objectOf(id));
  }
  bool isBuiltin(const syntax::CallExpr* c, types::BuiltinId id) const {
    const types::Builtin* b = builtinOf(c);
    return b && b->id == id;
  }

  // A name: package-level objects of other packages print as `pkgname.Name` (the package's own name, not the
  // import's local name).
  void ident(const syntax::Ident* id) {
    const types::Object* obj = objectOf(id);
    if (obj) qualifyPackageLevel(obj);
    out_ += id->name;
  }
  void qualifyPackageLevel(const types::Object* obj) {
    if (!obj->pkg || obj->pkg == local_ || obj->parent != obj->pkg->scope) return;
    out_ += obj->pkg->name;
    out_ += '.';
  }

  void compositeLit(const syntax::CompositeLit* c) {
    if (const types::Type* elem = elidedPointerElem(c)) {
      out_ += '&';
      type(elem);
    } else {
      type(typeOf(c));
    }
    out_ += c->elts.empty() ? "{}" : "{...}";
  }

  // `.T.U` for the embedded fields a promoted selection goes through (all of `index` but the last entry), starting
  // from the type of the operand. Returns the type reached (the receiver's type for a method).
  const types::Type* embeddedPath(const types::Type* t, const types::Selection& sel) {
    for (size_t i = 0; i + 1 < sel.index.size(); ++i) {
      const types::Type* u = types::underlying(t);
      if (auto* p = types::dyn_cast<types::Pointer>(u)) u = types::underlying(p->elem);
      auto* s = types::dyn_cast<types::Struct>(u);
      if (!s || sel.index[i] < 0 || static_cast<size_t>(sel.index[i]) >= s->fields.size()) return nullptr;
      const types::Var* f = s->fields[sel.index[i]];
      out_ += '.';
      out_ += f->name;
      t = f->type;
    }
    return t;
  }

  void selector(const syntax::SelectorExpr* s) {
    const types::Selection* sel = selectionOf(s);
    if (!sel) {
      // A qualified identifier `pkg.Name` (or an unchecked selector).
      const types::Object* obj = objectOf(s->sel);
      if (obj && obj->pkg && obj->pkg != local_) {
        out_ += obj->pkg->name;
        out_ += '.';
        out_ += s->sel->name;
        return;
      }
      expr(s->x, kPrecPrimary);
      out_ += '.';
      out_ += s->sel->name;
      return;
    }
    if (sel->kind == types::SelectionKind::MethodExpr) {
      methodExprType(typeOf(s->x));
    } else {
      expr(s->x, kPrecPrimary);
      embeddedPath(typeOf(s->x), *sel);
    }
    out_ += '.';
    out_ += s->sel->name;
  }

  // The receiver type of a method expression: a pointer type is an OTYPE of ODEREF precedence, so `(*T)`.
  void methodExprType(const types::Type* t) {
    bool paren = types::isa<types::Pointer>(t);
    if (paren) out_ += '(';
    type(t);
    if (paren) out_ += ')';
  }

  void unary(const syntax::UnaryExpr* u) {
    const syntax::Expr* x = unparen(u->x);
    if (u->op == TokenKind::And && syntax::isa<syntax::CompositeLit>(x)) {
      out_ += '&';  // OPTRLIT: `&%v` of the literal
      expr(x, kPrecNone);
      return;
    }
    out_ += syntax::tokenSpelling(u->op);
    // Go separates a repeated operator: `- (-x)`, `! (!b)`, `<- (<-cc)`.
    auto* inner = syntax::dyn_cast<syntax::UnaryExpr>(x);
    if (inner && inner->op == u->op && !isConstant(inner)) out_ += ' ';
    expr(x, kPrecUnary + 1);
  }

  void binary(const syntax::BinaryExpr* b) {
    if (isStringConcat(b)) {
      // OADDSTR: one node listing the operands, each printed at precedence 0.
      expr(b->x, kPrecNone);
      out_ += " + ";
      expr(b->y, kPrecNone);
      return;
    }
    int prec = binaryPrec(b->op);
    expr(b->x, prec);
    out_ += ' ';
    out_ += syntax::tokenSpelling(b->op);
    out_ += ' ';
    expr(b->y, prec + 1);
  }

  void call(const syntax::CallExpr* c) {
    const syntax::Expr* fun = unparen(c->fun);
    if (isTypeExpr(fun)) {
      conversion(c, typeOf(fun));
      return;
    }
    if (const types::Builtin* b = builtinOf(c)) {
      builtinCall(c, b);
      return;
    }
    auto* sig = types::dyn_cast<types::Signature>(types::underlying(typeOf(fun)));
    if (auto* s = syntax::dyn_cast<syntax::SelectorExpr>(fun); s && staticMethodCall(c, s, sig)) return;
    expr(fun, kPrecPrimary);
    out_ += '(';
    arguments(c, sig, false);
    out_ += ')';
  }

  // `T(x)` when T has a name, `(T)(x)` otherwise (OCONV and friends). A constant string converted to a rune slice
  // is a slice literal in Go's IR (typecheck's stringtoruneslit): `[]rune{...}`, `[]rune{}` for "".
  void conversion(const syntax::CallExpr* c, const types::Type* t) {
    if (c->args.size() == 1 && isConstant(c->args[0]) && types::isString(typeOf(c->args[0]))) {
      auto* slice = types::dyn_cast<types::Slice>(types::underlying(t));
      if (slice && types::basicKindOf(slice->elem) == types::BasicKind::Int32) {
        type(t);
        out_ += constant::stringVal(tv(c->args[0])->value).empty() ? "{}" : "{...}";
        return;
      }
    }
    if (hasGoName(t)) {
      type(t);
    } else {
      out_ += '(';
      type(t);
      out_ += ')';
    }
    out_ += '(';
    if (!c->args.empty()) expr(c->args[0], kPrecNone);
    out_ += ')';
  }

  void builtinCall(const syntax::CallExpr* c, const types::Builtin* b) {
    out_ += b->name;
    out_ += '(';
    if (b->id == types::BuiltinId::New) {
      auto* p = types::dyn_cast<types::Pointer>(typeOf(c));
      type(p ? p->elem : nullptr);
    } else if (b->id == types::BuiltinId::Make) {
      // OMAKESLICE/OMAKEMAP/OMAKECHAN: the made type as Go spells it, then the sizes.
      type(typeOf(c));
      for (size_t i = 1; i < c->args.size(); ++i) {
        out_ += ", ";
        expr(c->args[i], kPrecNone);
      }
    } else {
      for (size_t i = 0; i < c->args.size(); ++i) {
        if (i) out_ += ", ";
        expr(c->args[i], kPrecNone);
      }
      if (c->hasEllipsis()) out_ += "...";
    }
    out_ += ')';
  }

  // The arguments of a call of `sig`; `afterReceiver` when a receiver was printed before them. A variadic call
  // without `...` passes Go's implicit slice: `... argument...`, or `nil...` when there are no variadic arguments.
  void arguments(const syntax::CallExpr* c, const types::Signature* sig, bool afterReceiver) {
    size_t n = c->args.size();
    size_t fixed = n;
    bool dots = c->hasEllipsis();
    // f(g()) with a multi-value g prints as written.
    bool spread = n == 1 && types::isa<types::Tuple>(typeOf(c->args[0]));
    bool implicitSlice = sig && sig->variadic && !dots && !spread && !sig->params->vars.empty();
    if (implicitSlice) fixed = std::min(n, sig->params->vars.size() - 1);
    bool first = !afterReceiver;
    for (size_t i = 0; i < fixed; ++i) {
      if (!first) out_ += ", ";
      first = false;
      expr(c->args[i], kPrecNone);
    }
    if (implicitSlice) {
      if (!first) out_ += ", ";
      out_ += n > fixed ? std::string(kGoDotsArgument) + "..." : std::string("nil...");
    } else if (dots) {
      out_ += "...";
    }
  }

  // `x.M(args)` with a method of a non-interface receiver: Go (escape's FixMethodCall) prints the call as a call
  // of the method expression, the receiver first with its embedded path: `T.M(o.T)`, `(*T).N(t)`.
  bool staticMethodCall(const syntax::CallExpr* c, const syntax::SelectorExpr* s, const types::Signature* sig) {
    const types::Selection* sel = selectionOf(s);
    if (!sel || sel->kind != types::SelectionKind::MethodVal) return false;
    auto* method = types::dyn_cast<types::Func>(sel->obj);
    if (!method) return false;
    const types::Signature* msig = method->signature();
    if (!msig || !msig->recv || types::isInterface(msig->recv->type)) return false;
    // The receiver's path decides whether this is an interface call through an embedded interface field.
    std::string saved = std::move(out_);
    out_.clear();
    const syntax::Expr* x = unparen(s->x);
    expr(x, sel->index.size() > 1 ? kPrecPrimary : kPrecNone);
    const types::Type* recvType = embeddedPath(typeOf(x), *sel);
    std::string receiver = std::move(out_);
    out_ = std::move(saved);
    const types::Type* base = types::underlying(recvType);
    if (auto* p = types::dyn_cast<types::Pointer>(base)) base = types::underlying(p->elem);
    if (!recvType || types::isa<types::Interface>(base)) return false;
    methodExprType(msig->recv->type);
    out_ += '.';
    out_ += s->sel->name;
    out_ += '(';
    out_ += receiver;
    arguments(c, sig, true);
    out_ += ')';
    return true;
  }

  const types::Info& info_;
  const types::Package* local_;
  std::string out_;
};

// The package that declared the objects of `info`: the package being compiled.
const types::Package* packageOf(const types::Info& info) {
  for (const auto& [id, obj] : info.defs) {
    if (obj && obj->pkg && obj->kind() != types::ObjectKind::PkgName) return obj->pkg;
  }
  return nullptr;
}

}  // namespace

std::string goExprString(const syntax::Expr* e, const types::Info& info, const types::Package* local) {
  ExprPrinter p(info, local ? local : packageOf(info));
  p.expr(e, kPrecNone);
  return p.take();
}

Pos goExprPos(const syntax::Expr* e, const SourceManager* sources) {
  e = unparen(e);
  if (!e) return Pos{};
  // The `.` before `at`, skipping white space (a selector may continue on the next line); without the text, the
  // byte before `at`.
  auto dotBefore = [&](Pos at) {
    if (!sources) return at.offset > 0 ? Pos{at.file, at.offset - 1} : at;
    std::string_view text = sources->contents(at.file);
    uint32_t i = at.offset;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r')) --i;
    if (i > 0 && text[i - 1] == '.') return Pos{at.file, i - 1};
    return at;
  };
  switch (e->kind()) {
    case NodeKind::CallExpr:
      return syntax::cast<syntax::CallExpr>(e)->lparen;
    case NodeKind::CompositeLit:
      return syntax::cast<syntax::CompositeLit>(e)->lbrace;
    case NodeKind::BinaryExpr:
      return syntax::cast<syntax::BinaryExpr>(e)->opPos;
    case NodeKind::IndexExpr:
      return syntax::cast<syntax::IndexExpr>(e)->lbrack;
    case NodeKind::SliceExpr:
      return syntax::cast<syntax::SliceExpr>(e)->lbrack;
    case NodeKind::SelectorExpr:
      return dotBefore(syntax::cast<syntax::SelectorExpr>(e)->sel->pos());
    case NodeKind::TypeAssertExpr:
      return dotBefore(syntax::cast<syntax::TypeAssertExpr>(e)->lparen);
    default:
      return e->pos();
  }
}

std::string goAssignString(const syntax::AssignStmt* s, const types::Info& info, const types::Package* local) {
  ExprPrinter p(info, local ? local : packageOf(info));
  auto list = [&](std::span<syntax::Expr* const> exprs) {
    for (size_t i = 0; i < exprs.size(); ++i) {
      if (i) p.append(", ");
      p.expr(exprs[i], kPrecNone);
    }
  };
  list(s->lhs);
  switch (s->tok) {
    case TokenKind::Assign:
      p.append(" = ");
      break;
    case TokenKind::Define:
      p.append(" := ");
      break;
    default:  // op-assign: `x += y` (OASOP prints the operator, then `=`)
      p.append(" ");
      p.append(syntax::tokenSpelling(s->tok));
      p.append(" ");
      break;
  }
  list(s->rhs);
  return p.take();
}

std::string goResultName(const types::Tuple& results, size_t i) {
  std::string_view name = i < results.vars.size() ? results.vars[i]->name : std::string_view();
  if (name.empty()) return "~r" + std::to_string(i);
  if (name == "_") return "~b" + std::to_string(i);
  return std::string(name);
}

bool goReportsParam(const types::Var& param) { return !param.name.empty() && param.name != "_"; }

}  // namespace vo::escape
