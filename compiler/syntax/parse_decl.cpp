// Declarations: import, const, type and var declarations (grouped or not), and function and method declarations.
#include "compiler/syntax/parser_impl.h"

namespace vo::syntax {

namespace {

// isTypeElem reports whether x is a (possibly parenthesised) type element expression: true only when x cannot be
// an ordinary value expression. Used to tell `type A[P *T] ...` (type parameters) from `type A [P * T]int`.
bool isTypeElem(const Expr* x) {
  switch (x->kind()) {
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(x);
      return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(x);
      return u->op == TokenKind::Tilde || isTypeElem(u->x);
    }
    case NodeKind::StarExpr:
      return isTypeElem(cast<StarExpr>(x)->x);
    case NodeKind::ParenExpr:
      return isTypeElem(cast<ParenExpr>(x)->x);
    default:
      return false;
  }
}

// extractName splits x into a type parameter name and a constraint when x can syntactically be written as
// `name constraint`: P, P *C, P(C), P *C|D. The split happens only if the rest is a type element or `force`
// is set. Returns (name, rest) — rest may be nullptr for a lone name — or (nullptr, x).
std::pair<Ident*, Expr*> extractName(Expr* x, bool force) {
  if (auto* id = dyn_cast<Ident>(x)) return {id, nullptr};
  if (auto* b = dyn_cast<BinaryExpr>(x)) {
    if (b->op == TokenKind::Mul) {
      if (auto* id = dyn_cast<Ident>(b->x); id && (force || isTypeElem(b->y))) return {id, b->y};
    } else if (b->op == TokenKind::Or) {
      auto [id, lhs] = extractName(b->x, force || isTypeElem(b->y));
      if (id && lhs) return {id, b};
    }
  }
  if (auto* c = dyn_cast<CallExpr>(x)) {
    if (auto* id = dyn_cast<Ident>(c->fun)) {
      if (c->args.size() == 1 && !c->hasEllipsis() && (force || isTypeElem(c->args[0]))) return {id, c->args[0]};
    }
  }
  return {nullptr, x};
}

}  // namespace

// Declaration = ConstDecl | TypeDecl | VarDecl | ImportDecl, each `keyword ( Spec | "(" { Spec ";" } ")" )`.
GenDecl* Parser::genDecl(TokenKind keyword) {
  Pos declPos = pos();
  next();  // the keyword
  std::vector<Spec*> specs;
  Pos lparen, rparen;
  if (at(TokenKind::LParen)) {
    lparen = pos();
    next();
    uint32_t iota = 0;
    rparen = parseList("grouped declaration", TokenKind::Semicolon, TokenKind::RParen, [&] {
      if (Spec* s = spec(keyword, iota++)) specs.push_back(s);
      return false;
    });
  } else if (Spec* s = spec(keyword, 0)) {
    specs.push_back(s);
  }
  return make<GenDecl>(declPos, keyword, list(specs), lparen, rparen);
}

Spec* Parser::spec(TokenKind keyword, uint32_t iota) {
  switch (keyword) {
    case TokenKind::KwImport:
      return importSpec();
    case TokenKind::KwConst:
      return constSpec(iota);
    case TokenKind::KwType:
      return typeSpec();
    default:
      return varSpec(iota);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
Spec* Parser::importSpec() {
  Pos specPos = pos();
  Ident* local = nullptr;
  if (at(TokenKind::Ident)) {
    local = name();
  } else if (at(TokenKind::Period)) {
    local = make<Ident>(pos(), ".");
    next();
  }
  BasicLit* path = literalOrNull();
  if (!path) {
    syntaxError("missing import path");
    advance({TokenKind::Semicolon, TokenKind::RParen});
  } else if (!path->bad && path->litKind != TokenKind::StringLit) {
    syntaxErrorAt(path->pos(), "import path must be a string");
    path = nullptr;
  }
  auto* s = make<ImportSpec>(specPos, local, path);
  imports_.push_back(s);
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Spec* Parser::constSpec(uint32_t iota) {
  Pos specPos = pos();
  std::vector<Ident*> names = nameList(name());
  Expr* typ = nullptr;
  std::vector<Expr*> values;
  if (!at(TokenKind::Eof) && !at(TokenKind::Semicolon) && !at(TokenKind::RParen)) {
    typ = typeOrNull();
    if (gotAssign()) values = exprList();
  }
  return make<ValueSpec>(specPos, list(names), typ, list(values), iota);
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Spec* Parser::typeSpec() {
  Pos specPos = pos();
  Ident* typeName = name();
  Expr* typ = nullptr;
  Pos assign;
  if (at(TokenKind::LBrack)) {
    // typeName "[" ...: an array or slice type, or a type parameter list
    Pos lbrack = pos();
    next();
    if (at(TokenKind::Ident)) {
      // An array length expression or the start of a type parameter list: parse an expression and decide.
      Expr* x = name();
      if (!at(TokenKind::LBrack)) {
        ++xnest_;
        x = binaryExpr(pexpr(x, false), 0);
        --xnest_;
      }
      auto [pname, ptype] = extractName(x, at(TokenKind::Comma));
      if (pname && (ptype || !at(TokenKind::RBrack))) {
        reportGenerics(lbrack);
        paramList(pname, ptype, TokenKind::RBrack, true);  // parsed for recovery only
        if (at(TokenKind::Assign)) assign = pos();
        gotAssign();
        typ = typeOrNull();
      } else {
        typ = arrayType(lbrack, x);
      }
    } else if (at(TokenKind::RBrack)) {
      next();
      typ = make<SliceType>(lbrack, type());
    } else {
      typ = arrayType(lbrack, nullptr);
    }
  } else {
    if (at(TokenKind::Assign)) assign = pos();
    gotAssign();
    typ = typeOrNull();
  }
  if (!typ) {
    typ = badExpr();
    syntaxError("in type declaration");
    advance({TokenKind::Semicolon, TokenKind::RParen});
  }
  return make<TypeSpec>(specPos, typeName, typ, assign);
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Spec* Parser::varSpec(uint32_t iota) {
  Pos specPos = pos();
  std::vector<Ident*> names = nameList(name());
  Expr* typ = nullptr;
  std::vector<Expr*> values;
  if (gotAssign()) {
    values = exprList();
  } else {
    typ = type();
    if (gotAssign()) values = exprList();
  }
  return make<ValueSpec>(specPos, list(names), typ, list(values), iota);
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
// Receiver     = Parameters .
FuncDecl* Parser::funcDeclOrNull() {
  Pos funcPos = pos();
  want(TokenKind::KwFunc);
  Field* recv = nullptr;
  const char* context = nullptr;
  if (at(TokenKind::LParen)) {
    context = "method";
    next();
    std::vector<Field*> rcvr = paramList(nullptr, nullptr, TokenKind::RParen, false);
    // reported at the method name, as gc does
    if (rcvr.empty()) {
      errorAt(pos(), "method has no receiver");
    } else {
      if (rcvr.size() > 1) errorAt(pos(), "method has multiple receivers");
      recv = rcvr[0];
    }
  }

  Ident* funcName;
  FuncType* ftype;
  if (at(TokenKind::Ident)) {
    funcName = name();
    ftype = funcType(pos(), context);
  } else {
    funcName = make<Ident>(pos(), "_");
    ftype = make<FuncType>(pos(), std::span<Field*>{}, std::span<Field*>{});
    syntaxError(context ? "expected name" : "expected name or (");
    advance({TokenKind::LBrace, TokenKind::Semicolon});
  }

  BlockStmt* body = nullptr;
  if (at(TokenKind::LBrace)) body = funcBody();
  return make<FuncDecl>(funcPos, recv, funcName, ftype, body);
}

// FunctionBody = Block .
BlockStmt* Parser::funcBody() {
  ++fnest_;
  int outer = xnest_;
  xnest_ = 0;
  BlockStmt* body = blockStmt("");
  xnest_ = outer;
  --fnest_;
  return body;
}

}  // namespace vo::syntax
