// The Parser class shared by parser.cpp, parse_decl.cpp, parse_expr.cpp and parse_stmt.cpp. Private to syntax/.
//
// A recursive-descent parser with one token of lookahead, structured like cmd/compile/internal/syntax/parser.go:
// the same productions, the same error messages and the same recovery (skip to a follow set; inside functions
// also to statement keywords). `xnest_` resolves the composite-literal/block ambiguity of `if x == T{}`:
// it is -1 in statement headers and >= 0 inside parentheses, brackets and braces.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "compiler/syntax/lexer.h"
#include "compiler/syntax/parser.h"

namespace vo::syntax {

class Parser {
 public:
  Parser(AstContext& ctx, const SourceManager& sources, FileId file, DiagnosticEngine& diags, DialectKind dialect,
         const ParseLimits& limits);

  /// SourceFile; nullptr when the package clause is missing or broken.
  File* parseFile();

 private:
  friend class NestingGuard;

  // ---- tokens and errors (parser.cpp)
  void next();
  bool got(TokenKind kind);
  void want(TokenKind kind);
  bool gotAssign();
  Pos pos() const { return tok_.pos; }
  bool at(TokenKind kind) const { return tok_.kind == kind; }
  void syntaxError(const std::string& msg) { syntaxErrorAt(tok_.pos, msg); }
  void syntaxErrorAt(Pos pos, const std::string& msg);
  void errorAt(Pos pos, const std::string& msg);
  void advance(std::initializer_list<TokenKind> followlist = {});
  void reportGenerics(Pos pos);
  /// Enters one nesting level; false (after reporting once and skipping to EOF) when the limit is exceeded.
  bool enter();
  void leave() { --depth_; }

  template <class T, class... Args>
  T* make(Args&&... args) {
    return ctx_.make<T>(std::forward<Args>(args)...);
  }
  template <class T>
  std::span<T> list(const std::vector<T>& v) {
    return ctx_.copyList(v);
  }

  // ---- declarations (parse_decl.cpp)
  GenDecl* genDecl(TokenKind keyword);
  Spec* importSpec();
  Spec* constSpec(uint32_t iota);
  Spec* typeSpec();
  Spec* varSpec(uint32_t iota);
  Spec* spec(TokenKind keyword, uint32_t iota);
  FuncDecl* funcDeclOrNull();
  BlockStmt* funcBody();

  // ---- expressions and types (parse_expr.cpp)
  Expr* expr();
  std::vector<Expr*> exprList();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* operand(bool keepParens);
  Expr* pexpr(Expr* x, bool keepParens);
  Expr* bareComplitExpr();
  CompositeLit* complitExpr(Expr* type);
  std::vector<Expr*> argList(Pos& ellipsis, Pos& rparen);
  Expr* dynAccess(Expr* x);
  Ident* name();
  std::vector<Ident*> nameList(Ident* first);
  Expr* qualifiedName(Ident* name);
  BasicLit* literalOrNull();
  BadExpr* badExpr() { return make<BadExpr>(pos()); }

  Expr* type();
  Expr* typeOrNull();
  /// Signature after `func` (and a name). `context` names the construct for `... must have no type parameters`;
  /// nullptr allows a type parameter list (reported as unsupported generics).
  FuncType* funcType(Pos pos, const char* context);
  Expr* arrayOrTArgs(Ident* name, bool& isInstance);
  Expr* typeInstance(Expr* x);
  Expr* arrayType(Pos lbrack, Expr* len);
  Expr* chanElem();
  StructType* structType();
  InterfaceType* interfaceType();
  std::vector<Field*> funcResult();
  void fieldDecl(std::vector<Field*>& fields);
  Field* methodDecl();
  Field* embeddedElem(Field* f);
  Expr* embeddedTerm();
  Field* paramDeclOrNull(Ident* name, TokenKind close);
  std::vector<Field*> paramList(Ident* name, Expr* typ, TokenKind close, bool requireNames);
  std::vector<Expr*> typeList(bool& comma);

  /// list = [ f { sep f } [sep] ] close. Calls `f` per element until it returns true; returns close's position.
  template <class F>
  Pos parseList(const char* context, TokenKind sep, TokenKind close, F f);

  // ---- statements (parse_stmt.cpp)
  Stmt* stmtOrNull();
  std::vector<Stmt*> stmtList();
  BlockStmt* blockStmt(const char* context);
  Stmt* simpleStmt(std::vector<Expr*> lhs, TokenKind keyword);
  Stmt* rangeClause(std::vector<Expr*> lhs, TokenKind tok, Pos pos);
  void header(TokenKind keyword, Stmt*& init, Stmt*& cond, Stmt*& post);
  Expr* condExpr(Stmt* cond);
  Stmt* ifStmt();
  Stmt* forStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  Stmt* labeledStmtOrNull(Ident* label);
  Stmt* callStmt();
  /// After the Vo keyword `fail` or `errdefer` (named by `keyword`): when the current token cannot start its
  /// operand but can follow a name (`fail := 1`, `errdefer = x`, `fail.x`, a lone `fail`), reports that the
  /// keyword is not a name in .vo files, skips to the end of the statement and returns true.
  bool voKeywordMisused(const char* keyword);

  AstContext& ctx_;
  const SourceManager& sources_;
  DiagnosticEngine& diags_;
  Lexer lexer_;
  DialectKind dialect_;
  ParseLimits limits_;
  Token tok_;
  size_t firstErrorCount_;  // diags_.errorCount() when parsing started
  bool hadError() const { return diags_.errorCount() > firstErrorCount_; }
  int fnest_ = 0;  // function nesting level (decides whether statement keywords stop error recovery)
  int xnest_ = 0;  // expression nesting level (composite literal ambiguity)
  uint32_t depth_ = 0;
  bool tooDeep_ = false;
  std::vector<ImportSpec*> imports_;
};

/// RAII nesting level for recursive productions; `ok()` is false when the limit was hit.
class NestingGuard {
 public:
  explicit NestingGuard(Parser& p) : p_(p), ok_(p.enter()) {}
  ~NestingGuard() { p_.leave(); }
  bool ok() const { return ok_; }

 private:
  Parser& p_;
  bool ok_;
};

/// `x` with any enclosing parentheses removed.
Expr* unparen(Expr* x);

/// How a token is named when it is expected: `comma`, `semicolon or newline`, `)` (tokstring in parser.go).
std::string tokstring(TokenKind kind);

}  // namespace vo::syntax

namespace vo::syntax {

template <class F>
Pos Parser::parseList(const char* context, TokenKind sep, TokenKind close, F f) {
  bool done = false;
  while (!at(TokenKind::Eof) && !at(close) && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && !at(close)) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
      advance({TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace});
      if (!at(close)) return pos();  // position could be better, but there was an error already
    }
  }
  Pos closePos = pos();
  want(close);
  return closePos;
}

}  // namespace vo::syntax
