// Expressions and types: operands, primary expressions, unary/binary operators, composite literals, the Vo
// postfix forms `x?` and `x~>...`, and every type literal with parameter lists and struct/interface bodies.
#include "compiler/syntax/parser_impl.h"

namespace vo::syntax {

namespace {

bool isLiteralToken(TokenKind k) {
  return k == TokenKind::IntLit || k == TokenKind::FloatLit || k == TokenKind::ImagLit ||
         k == TokenKind::RuneLit || k == TokenKind::StringLit;
}

// Binary operator precedence (Go spec "Operator precedence"); 0 for tokens that are not binary operators.
int precedence(TokenKind k) {
  switch (k) {
    case TokenKind::LOr:
      return 1;
    case TokenKind::LAnd:
      return 2;
    case TokenKind::Eql:
    case TokenKind::Neq:
    case TokenKind::Lss:
    case TokenKind::Leq:
    case TokenKind::Gtr:
    case TokenKind::Geq:
      return 3;
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Or:
    case TokenKind::Xor:
      return 4;
    case TokenKind::Mul:
    case TokenKind::Quo:
    case TokenKind::Rem:
    case TokenKind::Shl:
    case TokenKind::Shr:
    case TokenKind::And:
    case TokenKind::AndNot:
      return 5;
    default:
      return 0;
  }
}

// isValue reports whether x syntactically must be a value (and not a type) expression.
bool isValue(const Expr* x) {
  switch (x->kind()) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr:
    case NodeKind::TryExpr:
    case NodeKind::DynAccessExpr:
      return true;
    case NodeKind::ParenExpr:
      return isValue(cast<ParenExpr>(x)->x);
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(x);
      return isValue(ix->x) || isValue(ix->index);
    }
    default:
      return false;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Expressions

Expr* Parser::expr() { return binaryExpr(nullptr, 0); }

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> list{expr()};
  while (got(TokenKind::Comma)) list.push_back(expr());
  return list;
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  NestingGuard guard(*this);
  if (!guard.ok()) return x ? x : badExpr();
  if (!x) x = unaryExpr();
  for (int tprec = precedence(tok_.kind); tprec > prec; tprec = precedence(tok_.kind)) {
    TokenKind op = tok_.kind;
    Pos opPos = pos();
    next();
    Expr* y = binaryExpr(nullptr, tprec);
    x = make<BinaryExpr>(x->pos(), op, x, y, opPos);
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  NestingGuard guard(*this);
  if (!guard.ok()) return badExpr();
  Pos opPos = pos();
  switch (tok_.kind) {
    case TokenKind::Mul:
      next();
      return make<StarExpr>(opPos, unaryExpr());
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Not:
    case TokenKind::Xor:
    case TokenKind::Tilde: {
      TokenKind op = tok_.kind;
      next();
      return make<UnaryExpr>(opPos, op, unaryExpr());
    }
    case TokenKind::And:
      next();
      // unaryExpr may have returned a parenthesised composite literal: remove the parentheses
      return make<UnaryExpr>(opPos, TokenKind::And, unparen(unaryExpr()));
    case TokenKind::Arrow: {
      // receive (<-x) or receive-only channel type (<-chan E); known only after the operand is parsed
      next();
      Expr* x = unaryExpr();
      if (auto* outer = dyn_cast<ChanType>(x)) {
        // <-(chan E) => (<-chan E); <-(chan<- E) => (<-chan (<-E))
        ChanDirKind dir = ChanDirKind::Send;
        Expr* t = x;
        while (dir == ChanDirKind::Send) {
          auto* c = dyn_cast<ChanType>(t);
          if (!c) break;
          dir = c->dir;
          if (dir == ChanDirKind::Recv) {
            // t is <-chan E, but <-<-chan E is not permitted
            syntaxError("unexpected <-, expected chan");
          }
          c->dir = ChanDirKind::Recv;
          t = c->elem;
        }
        if (dir == ChanDirKind::Send) {
          // the channel direction is <- but the element is not a channel
          syntaxError("unexpected " + exprString(t) + ", expected chan");
        }
        return make<ChanType>(opPos, outer->dir, outer->elem);
      }
      return make<UnaryExpr>(opPos, TokenKind::Arrow, x);
    }
    default:
      return pexpr(nullptr, true);
  }
}

// Operand     = Literal | OperandName | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// OperandName = identifier | QualifiedIdent .
// Parentheses are kept as ParenExpr nodes: the type checker needs them for `(x) := 1` and similar errors.
Expr* Parser::operand(bool /*keepParens*/) {
  switch (tok_.kind) {
    case TokenKind::Ident:
      return name();
    case TokenKind::IntLit:
    case TokenKind::FloatLit:
    case TokenKind::ImagLit:
    case TokenKind::RuneLit:
    case TokenKind::StringLit:
      return literalOrNull();
    case TokenKind::LParen: {
      Pos lparen = pos();
      next();
      ++xnest_;
      Expr* x = expr();
      --xnest_;
      Pos rparen = pos();
      want(TokenKind::RParen);
      return make<ParenExpr>(lparen, x, rparen);
    }
    case TokenKind::KwFunc: {
      Pos funcPos = pos();
      next();
      FuncType* ftype = funcType(funcPos, "function type");
      if (at(TokenKind::LBrace)) {
        ++xnest_;
        BlockStmt* body = funcBody();
        --xnest_;
        return make<FuncLit>(funcPos, ftype, body);
      }
      return ftype;
    }
    case TokenKind::LBrack:
    case TokenKind::KwChan:
    case TokenKind::KwMap:
    case TokenKind::KwStruct:
    case TokenKind::KwInterface:
      return type();
    default: {
      Expr* x = badExpr();
      syntaxError("expected expression");
      advance({TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index | PrimaryExpr Slice |
//               PrimaryExpr TypeAssertion | PrimaryExpr Arguments | PrimaryExpr "?" | PrimaryExpr DynAccess .
// Selector = "." identifier . Index = "[" Expression "]" .
// Slice = "[" [ Expression ] ":" [ Expression ] "]" | "[" [ Expression ] ":" Expression ":" Expression "]" .
// TypeAssertion = "." "(" Type ")" .
// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
Expr* Parser::pexpr(Expr* x, bool keepParens) {
  if (!x) x = operand(keepParens);
  for (;;) {
    Pos tokPos = pos();
    switch (tok_.kind) {
      case TokenKind::Period: {
        next();
        if (at(TokenKind::Ident)) {
          x = make<SelectorExpr>(x->pos(), x, name());
        } else if (at(TokenKind::LParen)) {
          Pos lparen = pos();
          next();
          Expr* typ = got(TokenKind::KwType) ? nullptr : type();
          Pos rparen = pos();
          want(TokenKind::RParen);
          x = make<TypeAssertExpr>(x->pos(), x, typ, lparen, rparen);
        } else {
          syntaxError("expected name or (");
          advance({TokenKind::Semicolon, TokenKind::RParen});
        }
        break;
      }
      case TokenKind::LBrack: {
        next();
        Expr* index = nullptr;
        if (!at(TokenKind::Colon)) {
          bool comma = false;
          if (at(TokenKind::RBrack)) {
            // invalid empty index or slice expression; accept but complain
            syntaxError("expected operand");
            index = badExpr();
          } else {
            std::vector<Expr*> indices = typeList(comma);
            index = indices[0];
            if (comma) reportGenerics(tokPos);  // x[i,] or x[i, j]: an instantiation
          }
          if (comma || at(TokenKind::RBrack)) {
            Pos rbrack = pos();
            want(TokenKind::RBrack);
            x = make<IndexExpr>(x->pos(), x, index, tokPos, rbrack);
            break;
          }
        }
        // x[i:...
        if (!got(TokenKind::Colon)) {
          syntaxError("expected comma, : or ]");
          advance({TokenKind::Comma, TokenKind::Colon, TokenKind::RBrack});
        }
        ++xnest_;
        Expr* high = nullptr;
        Expr* max = nullptr;
        bool slice3 = false;
        if (!at(TokenKind::Colon) && !at(TokenKind::RBrack)) high = expr();
        if (at(TokenKind::Colon)) {
          slice3 = true;
          if (!high) {
            errorAt(pos(), "middle index required in 3-index slice");
            high = badExpr();
          }
          next();
          if (!at(TokenKind::RBrack)) {
            max = expr();
          } else {
            errorAt(pos(), "final index required in 3-index slice");
            max = badExpr();
          }
        }
        --xnest_;
        Pos rbrack = pos();
        want(TokenKind::RBrack);
        x = make<SliceExpr>(x->pos(), x, index, high, max, slice3, tokPos, rbrack);
        break;
      }
      case TokenKind::LParen: {
        next();
        Pos ellipsis, rparen;
        std::vector<Expr*> args = argList(ellipsis, rparen);
        x = make<CallExpr>(x->pos(), x, list(args), tokPos, rparen, ellipsis);
        break;
      }
      case TokenKind::LBrace: {
        // does '{' start a composite literal or a block?
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind()) {
          case NodeKind::Ident:
          case NodeKind::SelectorExpr:
            complitOk = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complitOk = xnest_ >= 0 && !isValue(t);
            break;
          case NodeKind::ArrayType:
          case NodeKind::SliceType:
          case NodeKind::StructType:
          case NodeKind::MapType:
            complitOk = true;
            break;
          default:
            break;
        }
        if (!complitOk) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        // T[A]{...}: a composite literal of an instantiated generic type (array types are written [N]T)
        if (auto* inst = dyn_cast<IndexExpr>(t)) reportGenerics(inst->lbrack);
        x = complitExpr(x);
        break;
      }
      case TokenKind::Question:
        next();
        x = make<TryExpr>(x->pos(), x, tokPos);
        break;
      case TokenKind::DynArrow:
        x = dynAccess(x);
        break;
      default:
        return x;
    }
  }
}

// DynAccess = "~>" ( identifier [ Arguments ] | "[" Expression "]" | Arguments ) .  (Vo)
Expr* Parser::dynAccess(Expr* x) {
  Pos arrow = pos();
  next();
  Pos ellipsis, rparen;
  switch (tok_.kind) {
    case TokenKind::Ident: {
      Ident* member = name();
      if (got(TokenKind::LParen)) {
        std::vector<Expr*> args = argList(ellipsis, rparen);
        return make<DynAccessExpr>(x->pos(), x, DynAccessKind::MethodCall, member, nullptr, list(args), arrow,
                                   ellipsis);
      }
      return make<DynAccessExpr>(x->pos(), x, DynAccessKind::Attr, member, nullptr, std::span<Expr*>{}, arrow,
                                 ellipsis);
    }
    case TokenKind::LBrack: {
      next();
      ++xnest_;
      Expr* index = expr();
      --xnest_;
      want(TokenKind::RBrack);
      return make<DynAccessExpr>(x->pos(), x, DynAccessKind::Index, nullptr, index, std::span<Expr*>{}, arrow,
                                 ellipsis);
    }
    case TokenKind::LParen: {
      next();
      std::vector<Expr*> args = argList(ellipsis, rparen);
      return make<DynAccessExpr>(x->pos(), x, DynAccessKind::Call, nullptr, nullptr, list(args), arrow, ellipsis);
    }
    default:
      syntaxError("expected name, [ or ( after ~>");
      return x;
  }
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .  ("(" already consumed)
std::vector<Expr*> Parser::argList(Pos& ellipsis, Pos& rparen) {
  std::vector<Expr*> args;
  ++xnest_;
  rparen = parseList("argument list", TokenKind::Comma, TokenKind::RParen, [&] {
    args.push_back(expr());
    if (at(TokenKind::Ellipsis)) {
      ellipsis = pos();
      next();
      return true;
    }
    return false;
  });
  --xnest_;
  return args;
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr() {
  if (at(TokenKind::LBrace)) return complitExpr(nullptr);  // '{' start_complit braced_keyval_list '}'
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" . ElementList = KeyedElement { "," KeyedElement } .
// KeyedElement = [ Key ":" ] Element .
CompositeLit* Parser::complitExpr(Expr* type) {
  Pos lbrace = pos();
  NestingGuard guard(*this);
  std::vector<Expr*> elts;
  Pos rbrace = lbrace;
  if (guard.ok()) {
    ++xnest_;
    want(TokenKind::LBrace);
    rbrace = parseList("composite literal", TokenKind::Comma, TokenKind::RBrace, [&] {
      Expr* e = bareComplitExpr();
      if (at(TokenKind::Colon)) {
        Pos colon = pos();
        next();
        e = make<KeyValueExpr>(e->pos(), e, bareComplitExpr(), colon);
      }
      elts.push_back(e);
      return false;
    });
    --xnest_;
  }
  return make<CompositeLit>(type ? type->pos() : lbrace, type, list(elts), lbrace, rbrace);
}

Ident* Parser::name() {
  if (at(TokenKind::Ident)) {
    auto* n = make<Ident>(pos(), tok_.text);
    next();
    return n;
  }
  auto* n = make<Ident>(pos(), "_");
  syntaxError("expected name");
  advance();
  return n;
}

// IdentifierList = identifier { "," identifier } . The first name is given.
std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> names{first};
  while (got(TokenKind::Comma)) names.push_back(name());
  return names;
}

// QualifiedIdent = PackageName "." identifier ; the first name may be given.
Expr* Parser::qualifiedName(Ident* first) {
  Expr* x;
  if (first) {
    x = first;
  } else if (at(TokenKind::Ident)) {
    x = name();
  } else {
    x = make<Ident>(pos(), "_");
    syntaxError("expected name");
    advance({TokenKind::Period, TokenKind::Semicolon, TokenKind::RBrace});
  }
  if (at(TokenKind::Period)) {
    next();
    x = make<SelectorExpr>(x->pos(), x, name());
  }
  if (at(TokenKind::LBrack)) x = typeInstance(x);
  return x;
}

// TypeArgs = "[" TypeList [ "," ] "]" . Reported as unsupported generics; parsed for recovery.
Expr* Parser::typeInstance(Expr* x) {
  Pos lbrack = pos();
  want(TokenKind::LBrack);
  reportGenerics(lbrack);
  Expr* index;
  if (at(TokenKind::RBrack)) {
    syntaxError("expected type argument list");
    index = badExpr();
  } else {
    ++xnest_;
    index = type();
    while (got(TokenKind::Comma) && !at(TokenKind::RBrack)) type();
    --xnest_;
  }
  Pos rbrack = pos();
  want(TokenKind::RBrack);
  return make<IndexExpr>(x->pos(), x, index, lbrack, rbrack);
}

BasicLit* Parser::literalOrNull() {
  if (!isLiteralToken(tok_.kind)) return nullptr;
  auto* lit = make<BasicLit>(pos(), tok_.kind, tok_.text, tok_.bad);
  next();
  return lit;
}

// typeList = arg { "," arg } [ "," ] . The first element may be an expression; `comma` tells whether a comma
// (separating or trailing) was seen.
std::vector<Expr*> Parser::typeList(bool& comma) {
  ++xnest_;
  std::vector<Expr*> list{expr()};
  if (got(TokenKind::Comma)) {
    comma = true;
    if (Expr* t = typeOrNull()) {
      list.push_back(t);
      while (got(TokenKind::Comma)) {
        t = typeOrNull();
        if (!t) break;
        list.push_back(t);
      }
    }
  }
  --xnest_;
  return list;
}

// ---------------------------------------------------------------------------------------------------------------
// Types

Expr* Parser::type() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expected type");
    advance({TokenKind::Comma, TokenKind::Colon, TokenKind::Semicolon, TokenKind::RParen, TokenKind::RBrack,
             TokenKind::RBrace});
  }
  return t;
}

// Type     = TypeName | TypeLit | "(" Type ")" .
// TypeName = identifier | QualifiedIdent .
// TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType | SliceType | MapType | ChannelType .
// Returns nullptr (without an error) when no type starts here.
Expr* Parser::typeOrNull() {
  NestingGuard guard(*this);
  if (!guard.ok()) return badExpr();
  Pos typePos = pos();
  switch (tok_.kind) {
    case TokenKind::Mul:
      next();
      return make<StarExpr>(typePos, type());
    case TokenKind::Arrow:
      next();
      want(TokenKind::KwChan);
      return make<ChanType>(typePos, ChanDirKind::Recv, chanElem());
    case TokenKind::KwFunc:
      next();
      return funcType(typePos, "function type");
    case TokenKind::LBrack:
      next();
      if (got(TokenKind::RBrack)) return make<SliceType>(typePos, type());
      return arrayType(typePos, nullptr);
    case TokenKind::KwChan: {
      next();
      ChanDirKind dir = got(TokenKind::Arrow) ? ChanDirKind::Send : ChanDirKind::Both;
      return make<ChanType>(typePos, dir, chanElem());
    }
    case TokenKind::KwMap: {
      next();
      want(TokenKind::LBrack);
      Expr* key = type();
      want(TokenKind::RBrack);
      return make<MapType>(typePos, key, type());
    }
    case TokenKind::KwStruct:
      return structType();
    case TokenKind::KwInterface:
      return interfaceType();
    case TokenKind::Ident:
      return qualifiedName(nullptr);
    case TokenKind::LParen: {
      next();
      Expr* t = type();
      Pos rparen = pos();
      want(TokenKind::RParen);
      return make<ParenExpr>(typePos, t, rparen);
    }
    default:
      return nullptr;
  }
}

// Signature = Parameters [ Result ] . ("func" and the name, if any, already consumed)
FuncType* Parser::funcType(Pos typePos, const char* context) {
  if (at(TokenKind::LBrack)) {
    Pos lbrack = pos();
    next();
    if (context) {
      syntaxErrorAt(typePos, std::string(context) + " must have no type parameters");
    } else {
      reportGenerics(lbrack);
    }
    if (at(TokenKind::RBrack)) {
      syntaxError("empty type parameter list");
      next();
    } else {
      paramList(nullptr, nullptr, TokenKind::RBrack, true);  // parsed for recovery only
    }
  }
  want(TokenKind::LParen);
  std::vector<Field*> params = paramList(nullptr, nullptr, TokenKind::RParen, false);
  std::vector<Field*> results = funcResult();
  return make<FuncType>(typePos, list(params), list(results));
}

// ArrayType = "[" ArrayLength "]" ElementType ; "[" already consumed at `lbrack`; `len` may be parsed already.
Expr* Parser::arrayType(Pos lbrack, Expr* len) {
  if (!len && !got(TokenKind::Ellipsis)) {
    ++xnest_;
    len = expr();
    --xnest_;
  }
  if (at(TokenKind::Comma)) {
    // Trailing commas are accepted in type parameter lists but not in array type declarations.
    syntaxError("unexpected comma; expected ]");
    next();
  }
  want(TokenKind::RBrack);
  return make<ArrayType>(lbrack, len, type());
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
    // assume the element type is simply absent: don't advance
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  Pos structPos = pos();
  want(TokenKind::KwStruct);
  Pos lbrace = pos();
  want(TokenKind::LBrace);
  std::vector<Field*> fields;
  Pos rbrace = parseList("struct type", TokenKind::Semicolon, TokenKind::RBrace, [&] {
    fieldDecl(fields);
    return false;
  });
  return make<StructType>(structPos, list(fields), lbrace, rbrace);
}

// FieldDecl      = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField  = [ "*" ] TypeName .
// Tag            = string_lit .
void Parser::fieldDecl(std::vector<Field*>& fields) {
  Pos fieldPos = pos();
  switch (tok_.kind) {
    case TokenKind::Ident: {
      Ident* first = name();
      if (at(TokenKind::Period) || isLiteralToken(tok_.kind) || at(TokenKind::Semicolon) || at(TokenKind::RBrace)) {
        // embedded type
        Expr* typ = qualifiedName(first);
        BasicLit* tag = literalOrNull();
        fields.push_back(make<Field>(fieldPos, nullptr, typ, tag));
        return;
      }
      // name1, name2, ... Type [ tag ]
      std::vector<Ident*> names = nameList(first);
      Expr* typ;
      if (names.size() == 1 && at(TokenKind::LBrack)) {
        // an embedded instantiated type T[P1, P2] or a field T of array or slice type
        bool isInstance = false;
        typ = arrayOrTArgs(first, isInstance);
        if (isInstance) {
          BasicLit* tag = literalOrNull();
          fields.push_back(make<Field>(fieldPos, nullptr, typ, tag));
          return;
        }
      } else {
        typ = type();
      }
      BasicLit* tag = literalOrNull();
      for (Ident* n : names) fields.push_back(make<Field>(n->pos(), n, typ, tag));
      return;
    }
    case TokenKind::Mul: {
      next();
      Expr* typ;
      if (at(TokenKind::LParen)) {
        // *(T)
        syntaxError("cannot parenthesize embedded type");
        next();
        typ = qualifiedName(nullptr);
        got(TokenKind::RParen);  // no need to complain if missing
      } else {
        typ = qualifiedName(nullptr);
      }
      BasicLit* tag = literalOrNull();
      fields.push_back(make<Field>(fieldPos, nullptr, make<StarExpr>(fieldPos, typ), tag));
      return;
    }
    case TokenKind::LParen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (at(TokenKind::Mul)) {
        // (*T)
        Pos starPos = pos();
        next();
        typ = make<StarExpr>(starPos, qualifiedName(nullptr));
      } else {
        typ = qualifiedName(nullptr);
      }
      got(TokenKind::RParen);  // no need to complain if missing
      BasicLit* tag = literalOrNull();
      fields.push_back(make<Field>(fieldPos, nullptr, typ, tag));
      return;
    }
    default:
      syntaxError("expected field name or embedded type");
      advance({TokenKind::Semicolon, TokenKind::RBrace});
      return;
  }
}

// After `name` at "[": `[n]E` or `[]E` (isInstance false: returns the array or slice type) or the type arguments of
// an instantiation `name[A, B]` (isInstance true: returns the IndexExpr, generics reported).
Expr* Parser::arrayOrTArgs(Ident* first, bool& isInstance) {
  Pos lbrack = pos();
  want(TokenKind::LBrack);
  if (got(TokenKind::RBrack)) return make<SliceType>(lbrack, type());
  // x [n]E or x[n,], x[n1, n2], ...
  bool comma = false;
  std::vector<Expr*> args = typeList(comma);
  Pos rbrack = pos();
  want(TokenKind::RBrack);
  if (!comma) {
    if (Expr* elem = typeOrNull()) return make<ArrayType>(lbrack, args[0], elem);
  }
  isInstance = true;
  reportGenerics(lbrack);
  return make<IndexExpr>(first->pos(), first, args[0], lbrack, rbrack);
}

// InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}" .
InterfaceType* Parser::interfaceType() {
  Pos ifacePos = pos();
  want(TokenKind::KwInterface);
  Pos lbrace = pos();
  want(TokenKind::LBrace);
  std::vector<Field*> elems;
  Pos rbrace = parseList("interface type", TokenKind::Semicolon, TokenKind::RBrace, [&] {
    Field* f = nullptr;
    if (at(TokenKind::Ident)) f = methodDecl();
    if (!f || !f->name) f = embeddedElem(f);
    elems.push_back(f);
    return false;
  });
  return make<InterfaceType>(ifacePos, list(elems), lbrace, rbrace);
}

// Result = Parameters | Type .
std::vector<Field*> Parser::funcResult() {
  if (got(TokenKind::LParen)) return paramList(nullptr, nullptr, TokenKind::RParen, false);
  Pos resultPos = pos();
  if (Expr* t = typeOrNull()) return {make<Field>(resultPos, nullptr, t, nullptr)};
  return {};
}

// MethodSpec = MethodName Signature | InterfaceTypeName .
Field* Parser::methodDecl() {
  Pos methodPos = pos();
  Ident* methodName = name();
  switch (tok_.kind) {
    case TokenKind::LParen:
      return make<Field>(methodPos, methodName, funcType(pos(), "interface method"), nullptr);
    case TokenKind::LBrack: {
      // a generic method m[T C](x T) or an embedded instantiated type T[P1, P2]; both unsupported
      Pos lbrack = pos();
      reportGenerics(lbrack);
      next();
      if (!got(TokenKind::RBrack)) paramList(nullptr, nullptr, TokenKind::RBrack, false);
      if (at(TokenKind::LParen))
        return make<Field>(methodPos, methodName, funcType(pos(), "interface method"), nullptr);
      return make<Field>(methodPos, nullptr, methodName, nullptr);
    }
    default:
      // embedded type
      return make<Field>(methodPos, nullptr, qualifiedName(methodName), nullptr);
  }
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embeddedElem(Field* f) {
  if (!f) {
    Pos elemPos = pos();
    f = make<Field>(elemPos, nullptr, embeddedTerm(), nullptr);
  }
  while (at(TokenKind::Or)) {
    Pos opPos = pos();
    next();
    Expr* y = embeddedTerm();
    f->type = make<BinaryExpr>(f->type->pos(), TokenKind::Or, f->type, y, opPos);
  }
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embeddedTerm() {
  if (at(TokenKind::Tilde)) {
    Pos tildePos = pos();
    next();
    return make<UnaryExpr>(tildePos, TokenKind::Tilde, type());
  }
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expected ~ term or type");
    advance({TokenKind::Or, TokenKind::Semicolon, TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type . One name at a time; paramList distributes the types.
Field* Parser::paramDeclOrNull(Ident* first, TokenKind close) {
  bool typeSetsOk = close == TokenKind::RBrack;  // type set notation is ok in type parameter lists
  Pos fieldPos = first ? first->pos() : pos();
  if (!first && typeSetsOk && at(TokenKind::Tilde)) return embeddedElem(nullptr);

  auto* f = make<Field>(fieldPos, nullptr, nullptr, nullptr);
  if (at(TokenKind::Ident) || first) {
    if (!first) first = name();
    if (at(TokenKind::LBrack)) {
      // name "[" ...
      bool isInstance = false;
      f->type = arrayOrTArgs(first, isInstance);
      if (!isInstance) f->name = first;  // name "[" n "]" E
      if (typeSetsOk && at(TokenKind::Or)) f = embeddedElem(f);
      return f;
    }
    if (at(TokenKind::Period)) {
      // name "." ...
      f->type = qualifiedName(first);
      if (typeSetsOk && at(TokenKind::Or)) f = embeddedElem(f);
      return f;
    }
    if (typeSetsOk && at(TokenKind::Or)) {
      // name "|" ...
      f->type = first;
      return embeddedElem(f);
    }
    f->name = first;
  }

  if (at(TokenKind::Ellipsis)) {
    // [name] "..." ...
    Pos ellipsisPos = pos();
    next();
    Expr* elem = typeOrNull();
    if (!elem) {
      elem = badExpr();
      syntaxError("... is missing type");
    }
    f->type = make<EllipsisType>(ellipsisPos, elem);
    return f;
  }

  if (typeSetsOk && at(TokenKind::Tilde)) {
    // [name] "~" ...
    f->type = embeddedElem(nullptr)->type;
    return f;
  }

  f->type = typeOrNull();
  if (typeSetsOk && at(TokenKind::Or) && f->type) f = embeddedElem(f);
  if (f->name || f->type) return f;

  syntaxError("expected " + tokstring(close));
  advance({TokenKind::Comma, close});
  return nullptr;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// "(" or "[" is already consumed. If `first` is set it is the first name; if `typ` is set too, (first, typ) is the
// first parameter. In the result either every Field has a name or none has.
std::vector<Field*> Parser::paramList(Ident* first, Expr* typ, TokenKind close, bool requireNames) {
  if (first && typ && at(close)) {
    next();
    return {make<Field>(first->pos(), first, typ, nullptr)};
  }

  std::vector<Field*> params;
  size_t named = 0;  // parameters with an explicit name and type
  size_t typed = 0;  // parameters with an explicit type
  Pos end = parseList("parameter list", TokenKind::Comma, close, [&] {
    Field* par = typ ? make<Field>(first->pos(), first, typ, nullptr) : paramDeclOrNull(first, close);
    first = nullptr;  // the first name was consumed if present
    typ = nullptr;    // the first type was consumed if present
    if (par) {
      if (par->name && par->type) ++named;
      if (par->type) ++typed;
      params.push_back(par);
    }
    return false;
  });
  if (params.empty()) return params;

  if (named == 0 && !requireNames) {
    // all unnamed: the names found are type names
    for (Field* par : params) {
      if (par->name) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != params.size()) {
    // some named, or a type parameter list: every parameter must be named
    Pos errPos;      // left-most error position
    Expr* t = nullptr;  // current type, from right to left
    for (size_t i = params.size(); i-- > 0;) {
      Field* par = params[i];
      if (par->type) {
        t = par->type;
        if (!par->name) {
          errPos = t->pos();
          par->name = make<Ident>(errPos, "_");
        }
      } else if (t) {
        par->type = t;
      } else {
        // par->type == nullptr && t == nullptr: only a name
        errPos = par->name->pos();
        par->type = make<BadExpr>(errPos);
      }
    }
    if (errPos.isValid()) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = end;  // position the error at the closing ]
          msg = "missing type constraint";
        } else {
          msg = "missing type parameter name";
          if (params.size() == 1) msg += " or invalid array length";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }
  return params;
}

}  // namespace vo::syntax
