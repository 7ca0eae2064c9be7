// Statements: simple statements, blocks, if/for/switch/select with their headers, labels, go/defer and the Vo
// statements `fail` and `errdefer`.
#include "compiler/syntax/parser_impl.h"

namespace vo::syntax {

namespace {

bool isAssignOp(TokenKind k) {
  switch (k) {
    case TokenKind::AddAssign:
    case TokenKind::SubAssign:
    case TokenKind::MulAssign:
    case TokenKind::QuoAssign:
    case TokenKind::RemAssign:
    case TokenKind::AndAssign:
    case TokenKind::OrAssign:
    case TokenKind::XorAssign:
    case TokenKind::ShlAssign:
    case TokenKind::ShrAssign:
    case TokenKind::AndNotAssign:
      return true;
    default:
      return false;
  }
}

// An expression with a top-level binary operator in parentheses, to make a misplaced `=` stand out.
std::string emphasize(const std::vector<Expr*>& list) {
  std::string s;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) s += ", ";
    s += exprString(list[i]);
  }
  if (list.size() == 1 && isa<BinaryExpr>(list[0])) return "(" + s + ")";
  return s;
}

std::string listString(std::span<Expr* const> list) {
  std::string s;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) s += ", ";
    s += exprString(list[i]);
  }
  return s;
}

// A simple statement as gc prints it in `cannot use ... as value`.
std::string simpleStmtString(const Stmt* s) {
  switch (s->kind()) {
    case NodeKind::AssignStmt: {
      auto* a = cast<AssignStmt>(s);
      return listString(a->lhs) + " " + std::string(tokenSpelling(a->tok)) + " " + listString(a->rhs);
    }
    case NodeKind::IncDecStmt: {
      auto* i = cast<IncDecStmt>(s);
      return exprString(i->x) + std::string(tokenSpelling(i->tok));
    }
    case NodeKind::SendStmt: {
      auto* send = cast<SendStmt>(s);
      return exprString(send->chan) + " <- " + exprString(send->value);
    }
    case NodeKind::ExprStmt:
      return exprString(cast<ExprStmt>(s)->x);
    default:
      return std::string(nodeKindName(s->kind()));
  }
}

// Where gc positions a simple statement in errors: at the operator of an assignment, increment or send.
Pos operatorPos(const Stmt* s) {
  if (auto* a = dyn_cast<AssignStmt>(s)) return a->tokPos;
  if (auto* i = dyn_cast<IncDecStmt>(s)) return i->tokPos;
  if (auto* send = dyn_cast<SendStmt>(s)) return send->arrow;
  return s->pos();
}

// `v := x.(type)` or `x.(type)`: the guard of a type switch.
bool isTypeSwitchGuard(const Stmt* s) {
  auto isGuardExpr = [](const Expr* x) {
    auto* a = dyn_cast<TypeAssertExpr>(x);
    return a && !a->type;
  };
  if (auto* e = dyn_cast<ExprStmt>(s)) return isGuardExpr(e->x);
  if (auto* a = dyn_cast<AssignStmt>(s)) {
    return a->tok == TokenKind::Define && a->lhs.size() == 1 && isa<Ident>(a->lhs[0]) && a->rhs.size() == 1 &&
           isGuardExpr(a->rhs[0]);
  }
  return false;
}

}  // namespace

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// `keyword` is For when a range clause is permitted, Switch in a switch header, Illegal otherwise.
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, TokenKind keyword) {
  if (keyword == TokenKind::KwFor && at(TokenKind::KwRange)) return rangeClause({}, TokenKind::Illegal, pos());
  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && !at(TokenKind::Assign) && !at(TokenKind::Define)) {
    Pos opPos = pos();
    Expr* x = lhs[0];
    if (isAssignOp(tok_.kind)) {
      // lhs op= rhs
      TokenKind op = tok_.kind;
      next();
      std::vector<Expr*> rhs{expr()};
      return make<AssignStmt>(x->pos(), list(lhs), op, list(rhs), opPos);
    }
    if (at(TokenKind::Inc) || at(TokenKind::Dec)) {
      TokenKind op = tok_.kind;
      next();
      return make<IncDecStmt>(x->pos(), x, op, opPos);
    }
    if (at(TokenKind::Arrow)) {
      next();
      return make<SendStmt>(x->pos(), x, expr(), opPos);
    }
    return make<ExprStmt>(x->pos(), x);
  }

  if (at(TokenKind::Assign) || at(TokenKind::Define)) {
    Pos opPos = pos();
    TokenKind op = tok_.kind;
    next();
    if (keyword == TokenKind::KwFor && at(TokenKind::KwRange)) return rangeClause(std::move(lhs), op, pos());
    std::vector<Expr*> rhs = exprList();
    return make<AssignStmt>(lhs[0]->pos(), list(lhs), op, list(rhs), opPos);
  }

  syntaxError("expected := or = or comma");
  advance({TokenKind::Semicolon, TokenKind::RBrace});
  return make<ExprStmt>(lhs[0]->pos(), lhs[0]);  // make the best of what we have
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . At "range"; the RangeStmt gets
// its body and the `for` position in forStmt.
Stmt* Parser::rangeClause(std::vector<Expr*> lhs, TokenKind tok, Pos rangePos) {
  next();  // range
  Expr* x = expr();
  if (lhs.size() > 2) errorAt(lhs[2]->pos(), "range clause permits at most two iteration variables");
  Expr* key = lhs.size() > 0 ? lhs[0] : nullptr;
  Expr* value = lhs.size() > 1 ? lhs[1] : nullptr;
  return make<RangeStmt>(rangePos, key, value, tok, x, nullptr);
}

// Header = [ SimpleStmt ";" ] [ Condition ] for if and switch; ForClause or RangeClause for for.
// `cond` is returned as the statement it was parsed as; ifStmt/forStmt/switchStmt unpack it.
void Parser::header(TokenKind keyword, Stmt*& init, Stmt*& cond, Stmt*& post) {
  init = cond = post = nullptr;
  if (at(TokenKind::LBrace)) {
    if (keyword == TokenKind::KwIf) {
      syntaxError("missing condition in if statement");
      cond = make<ExprStmt>(pos(), badExpr());
    }
    return;
  }

  int outer = xnest_;
  xnest_ = -1;

  if (!at(TokenKind::Semicolon)) {
    // accept a var declaration but complain
    if (got(TokenKind::KwVar))
      syntaxError("var declaration not allowed in " + std::string(tokenSpelling(keyword)) + " initializer");
    init = simpleStmt({}, keyword);
    // a range clause ends the header (keyword == For only)
    if (isa<RangeStmt>(init)) {
      xnest_ = outer;
      return;
    }
  }

  Pos semiPos;
  bool semiExplicit = false;
  if (!at(TokenKind::LBrace)) {
    if (at(TokenKind::Semicolon)) {
      semiPos = pos();
      semiExplicit = !tok_.implicit;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(TokenKind::LBrace);
      if (!at(TokenKind::LBrace)) advance({TokenKind::LBrace, TokenKind::RBrace});
    }
    if (keyword == TokenKind::KwFor) {
      if (!at(TokenKind::Semicolon)) {
        if (at(TokenKind::LBrace)) {
          syntaxError("expected for loop condition");
          xnest_ = outer;
          return;
        }
        cond = simpleStmt({}, TokenKind::Illegal);
      }
      want(TokenKind::Semicolon);
      if (!at(TokenKind::LBrace)) {
        post = simpleStmt({}, TokenKind::Illegal);
        if (auto* a = dyn_cast<AssignStmt>(post); a && a->tok == TokenKind::Define)
          syntaxErrorAt(a->tokPos, "cannot declare in post statement of for loop");
      }
    } else if (!at(TokenKind::LBrace)) {
      cond = simpleStmt({}, keyword);
    }
  } else {
    cond = init;
    init = nullptr;
  }

  if (!cond && keyword == TokenKind::KwIf && semiPos.isValid()) {
    if (!semiExplicit) {
      syntaxErrorAt(semiPos, "unexpected newline, expected { after if clause");
    } else {
      syntaxErrorAt(semiPos, "missing condition in if statement");
    }
    cond = make<ExprStmt>(semiPos, make<BadExpr>(semiPos));
  }
  xnest_ = outer;
}

// The condition of an if or for, or the tag of an expression switch, from the statement the header parsed.
Expr* Parser::condExpr(Stmt* cond) {
  if (!cond) return nullptr;
  if (auto* e = dyn_cast<ExprStmt>(cond)) return e->x;
  // A common mistake is `=` for `==`, which turns the expression into an assignment: say so explicitly.
  std::string str;
  auto* a = dyn_cast<AssignStmt>(cond);
  if (a && a->tok == TokenKind::Assign) {
    str = "assignment " + emphasize({a->lhs.begin(), a->lhs.end()}) + " = " + emphasize({a->rhs.begin(), a->rhs.end()});
  } else {
    str = simpleStmtString(cond);
  }
  syntaxErrorAt(operatorPos(cond), "cannot use " + str + " as value");
  return make<BadExpr>(cond->pos());
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Parser::ifStmt() {
  Pos ifPos = pos();
  want(TokenKind::KwIf);
  Stmt *init, *condStmt, *post;
  header(TokenKind::KwIf, init, condStmt, post);
  Expr* cond = condExpr(condStmt);
  BlockStmt* then = blockStmt("if clause");
  Stmt* els = nullptr;
  if (got(TokenKind::KwElse)) {
    if (at(TokenKind::KwIf)) {
      els = ifStmt();
    } else if (at(TokenKind::LBrace)) {
      els = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({TokenKind::Ident, TokenKind::RBrace});
    }
  }
  return make<IfStmt>(ifPos, init, cond, then, els);
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::forStmt() {
  Pos forPos = pos();
  want(TokenKind::KwFor);
  Stmt *init, *condStmt, *post;
  header(TokenKind::KwFor, init, condStmt, post);
  Expr* cond = condExpr(condStmt);
  BlockStmt* body = blockStmt("for clause");
  if (auto* r = dyn_cast<RangeStmt>(init)) return make<RangeStmt>(forPos, r->key, r->value, r->tok, r->x, body);
  return make<ForStmt>(forPos, init, cond, post, body);
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
Stmt* Parser::switchStmt() {
  Pos switchPos = pos();
  want(TokenKind::KwSwitch);
  Stmt *init, *condStmt, *post;
  header(TokenKind::KwSwitch, init, condStmt, post);
  bool typeSwitch = condStmt && isTypeSwitchGuard(condStmt);
  Expr* tag = typeSwitch ? nullptr : condExpr(condStmt);

  if (!got(TokenKind::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({TokenKind::KwCase, TokenKind::KwDefault, TokenKind::RBrace});
  }
  std::vector<CaseClause*> clauses;
  while (!at(TokenKind::Eof) && !at(TokenKind::RBrace)) clauses.push_back(caseClause());
  Pos rbrace = pos();
  want(TokenKind::RBrace);

  if (!typeSwitch) return make<SwitchStmt>(switchPos, init, tag, list(clauses), rbrace);
  Ident* binding = nullptr;
  Expr* guard;
  if (auto* a = dyn_cast<AssignStmt>(condStmt)) {
    binding = cast<Ident>(a->lhs[0]);
    guard = a->rhs[0];
  } else {
    guard = cast<ExprStmt>(condStmt)->x;
  }
  return make<TypeSwitchStmt>(switchPos, init, binding, cast<TypeAssertExpr>(guard)->x, list(clauses), rbrace);
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::selectStmt() {
  Pos selectPos = pos();
  want(TokenKind::KwSelect);
  if (!got(TokenKind::LBrace)) {
    syntaxError("missing { after select clause");
    advance({TokenKind::KwCase, TokenKind::KwDefault, TokenKind::RBrace});
  }
  std::vector<CommClause*> clauses;
  while (!at(TokenKind::Eof) && !at(TokenKind::RBrace)) clauses.push_back(commClause());
  Pos rbrace = pos();
  want(TokenKind::RBrace);
  return make<SelectStmt>(selectPos, list(clauses), rbrace);
}

// ExprCaseClause = ExprSwitchCase ":" StatementList . ExprSwitchCase = "case" ExpressionList | "default" .
CaseClause* Parser::caseClause() {
  Pos casePos = pos();
  std::vector<Expr*> exprs;
  bool isDefault = false;
  switch (tok_.kind) {
    case TokenKind::KwCase:
      next();
      exprs = exprList();
      break;
    case TokenKind::KwDefault:
      next();
      isDefault = true;
      break;
    default:
      syntaxError("expected case or default or }");
      advance({TokenKind::Colon, TokenKind::KwCase, TokenKind::KwDefault, TokenKind::RBrace});
      break;
  }
  Pos colon = pos();
  want(TokenKind::Colon);
  std::vector<Stmt*> body = stmtList();
  return make<CaseClause>(casePos, list(exprs), isDefault, list(body), colon);
}

// CommClause = CommCase ":" StatementList . CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
// Any simple statement is accepted here; the type checker rejects the ones that are not communications.
CommClause* Parser::commClause() {
  Pos casePos = pos();
  Stmt* comm = nullptr;
  switch (tok_.kind) {
    case TokenKind::KwCase:
      next();
      comm = simpleStmt({}, TokenKind::Illegal);
      break;
    case TokenKind::KwDefault:
      next();
      break;
    default:
      syntaxError("expected case or default or }");
      advance({TokenKind::Colon, TokenKind::KwCase, TokenKind::KwDefault, TokenKind::RBrace});
      break;
  }
  Pos colon = pos();
  want(TokenKind::Colon);
  std::vector<Stmt*> body = stmtList();
  return make<CommClause>(casePos, comm, list(body), colon);
}

// LabeledStmt = Label ":" Statement . At ":".
Stmt* Parser::labeledStmtOrNull(Ident* label) {
  Pos colonPos = pos();
  want(TokenKind::Colon);
  if (at(TokenKind::RBrace)) {
    // A statement must follow, but semicolons may be omitted before "}": this is an empty statement.
    return make<LabeledStmt>(label->pos(), label, make<EmptyStmt>(pos()));
  }
  if (Stmt* s = stmtOrNull()) return make<LabeledStmt>(label->pos(), label, s);
  syntaxErrorAt(colonPos, "missing statement after label");
  return nullptr;  // avoids follow-on errors
}

// GoStmt = "go" Expression . DeferStmt = "defer" Expression . Vo: ErrdeferStmt = "errdefer" Expression .
bool Parser::voKeywordMisused(const char* keyword) {
  TokenKind k = tok_.kind;
  if (k == TokenKind::Semicolon || k == TokenKind::RBrace) {
    syntaxError(std::string("expected expression after ") + keyword);
  } else if (k == TokenKind::Define || k == TokenKind::Assign || k == TokenKind::Comma || k == TokenKind::Period ||
             k == TokenKind::Colon || k == TokenKind::Inc || k == TokenKind::Dec || isAssignOp(k)) {
    syntaxError(std::string("after ") + keyword + ": " + keyword + " is a keyword in .vo files, not a name");
  } else {
    return false;
  }
  advance({TokenKind::Semicolon, TokenKind::RBrace});
  return true;
}

Stmt* Parser::callStmt() {
  Pos stmtPos = pos();
  TokenKind keyword = tok_.kind;
  next();
  if (keyword == TokenKind::KwErrdefer && voKeywordMisused("errdefer")) return make<EmptyStmt>(stmtPos);
  Expr* x = pexpr(nullptr, at(TokenKind::LParen));
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos(), "expression in " + std::string(tokenSpelling(keyword)) + " must not be parenthesized");
    x = t;
  }
  if (keyword == TokenKind::KwGo) return make<GoStmt>(stmtPos, x);
  return make<DeferStmt>(stmtPos, x, keyword == TokenKind::KwErrdefer);
}

// Block = "{" StatementList "}" . `context` names the construct in `expected { after ...`.
BlockStmt* Parser::blockStmt(const char* context) {
  Pos lbrace = pos();
  // people coming from C may forget that braces are mandatory in Go
  if (!got(TokenKind::LBrace)) {
    syntaxError(std::string("expected { after ") + context);
    advance({TokenKind::Ident, TokenKind::RBrace});
    Pos rbrace = pos();
    if (got(TokenKind::RBrace)) return make<BlockStmt>(lbrace, std::span<Stmt*>{}, rbrace);
  }
  std::vector<Stmt*> stmts = stmtList();
  Pos rbrace = pos();
  want(TokenKind::RBrace);
  return make<BlockStmt>(lbrace, list(stmts), rbrace);
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> stmts;
  while (!at(TokenKind::Eof) && !at(TokenKind::RBrace) && !at(TokenKind::KwCase) && !at(TokenKind::KwDefault)) {
    Stmt* s = stmtOrNull();
    if (!s) break;
    stmts.push_back(s);
    // ";" is optional before "}"
    if (!got(TokenKind::Semicolon) && !at(TokenKind::RBrace)) {
      syntaxError("at end of statement");
      advance({TokenKind::Semicolon, TokenKind::RBrace, TokenKind::KwCase, TokenKind::KwDefault});
      got(TokenKind::Semicolon);  // avoid a spurious empty statement
    }
  }
  return stmts;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt | ContinueStmt |
//             GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt
//             | FailStmt | ErrdeferStmt (Vo) .
// Returns nullptr when no statement starts here.
Stmt* Parser::stmtOrNull() {
  NestingGuard guard(*this);
  if (!guard.ok()) return nullptr;
  Pos stmtPos = pos();
  switch (tok_.kind) {
    case TokenKind::Ident: {
      // most statements start with an identifier
      std::vector<Expr*> lhs = exprList();
      if (lhs.size() == 1 && at(TokenKind::Colon)) {
        if (auto* label = dyn_cast<Ident>(lhs[0])) return labeledStmtOrNull(label);
      }
      return simpleStmt(std::move(lhs), TokenKind::Illegal);
    }
    case TokenKind::KwVar:
    case TokenKind::KwConst:
    case TokenKind::KwType:
      return make<DeclStmt>(stmtPos, genDecl(tok_.kind));
    case TokenKind::LBrace:
      return blockStmt("");
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Mul:
    case TokenKind::And:
    case TokenKind::Xor:
    case TokenKind::Not:
    case TokenKind::IntLit:
    case TokenKind::FloatLit:
    case TokenKind::ImagLit:
    case TokenKind::RuneLit:
    case TokenKind::StringLit:
    case TokenKind::KwFunc:
    case TokenKind::LParen:
    case TokenKind::LBrack:
    case TokenKind::KwStruct:
    case TokenKind::KwMap:
    case TokenKind::KwChan:
    case TokenKind::KwInterface:
    case TokenKind::Arrow:
      return simpleStmt({}, TokenKind::Illegal);
    case TokenKind::KwFor:
      return forStmt();
    case TokenKind::KwSwitch:
      return switchStmt();
    case TokenKind::KwSelect:
      return selectStmt();
    case TokenKind::KwIf:
      return ifStmt();
    case TokenKind::KwFallthrough:
      next();
      return make<BranchStmt>(stmtPos, TokenKind::KwFallthrough, nullptr);
    case TokenKind::KwBreak:
    case TokenKind::KwContinue: {
      TokenKind keyword = tok_.kind;
      next();
      Ident* label = at(TokenKind::Ident) ? name() : nullptr;
      return make<BranchStmt>(stmtPos, keyword, label);
    }
    case TokenKind::KwGo:
    case TokenKind::KwDefer:
    case TokenKind::KwErrdefer:
      return callStmt();
    case TokenKind::KwGoto: {
      next();
      return make<BranchStmt>(stmtPos, TokenKind::KwGoto, name());
    }
    case TokenKind::KwReturn: {
      next();
      std::vector<Expr*> results;
      if (!at(TokenKind::Semicolon) && !at(TokenKind::RBrace)) results = exprList();
      return make<ReturnStmt>(stmtPos, list(results));
    }
    case TokenKind::KwFail:
      next();
      if (voKeywordMisused("fail")) return make<EmptyStmt>(stmtPos);
      return make<FailStmt>(stmtPos, expr());
    case TokenKind::Semicolon:
      return make<EmptyStmt>(stmtPos);
    default:
      return nullptr;
  }
}

}  // namespace vo::syntax
