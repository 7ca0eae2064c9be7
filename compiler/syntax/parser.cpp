// Parser core: token handling, error reporting and recovery, nesting limits, and the SourceFile production.
#include "compiler/syntax/parser.h"

#include "compiler/syntax/parser_impl.h"

namespace vo::syntax {

namespace {

// Keywords that start a statement: synchronisation points for error recovery inside function bodies.
bool isStopToken(TokenKind k) {
  switch (k) {
    case TokenKind::KwBreak:
    case TokenKind::KwConst:
    case TokenKind::KwContinue:
    case TokenKind::KwDefer:
    case TokenKind::KwFallthrough:
    case TokenKind::KwFor:
    case TokenKind::KwGo:
    case TokenKind::KwGoto:
    case TokenKind::KwIf:
    case TokenKind::KwReturn:
    case TokenKind::KwSelect:
    case TokenKind::KwSwitch:
    case TokenKind::KwType:
    case TokenKind::KwVar:
    case TokenKind::KwFail:
    case TokenKind::KwErrdefer:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string tokstring(TokenKind kind) {
  if (kind == TokenKind::Semicolon) return "semicolon or newline";
  return std::string(tokenSpelling(kind));
}

Expr* unparen(Expr* x) {
  while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

Parser::Parser(AstContext& ctx, const SourceManager& sources, FileId file, DiagnosticEngine& diags,
               DialectKind dialect, const ParseLimits& limits)
    : ctx_(ctx), sources_(sources), diags_(diags), lexer_(sources, file, diags, dialect), dialect_(dialect),
      limits_(limits), firstErrorCount_(diags.errorCount()) {
  next();
}

void Parser::next() { tok_ = lexer_.next(); }

bool Parser::got(TokenKind kind) {
  if (tok_.kind == kind) {
    next();
    return true;
  }
  return false;
}

void Parser::want(TokenKind kind) {
  if (!got(kind)) {
    syntaxError("expected " + tokstring(kind));
    advance();
  }
}

// gotAssign is like got(Assign) but also accepts ":=" (and reports an error) for better recovery.
bool Parser::gotAssign() {
  if (at(TokenKind::Define)) {
    syntaxError("expected =");
    next();
    return true;
  }
  return got(TokenKind::Assign);
}

void Parser::errorAt(Pos pos, const std::string& msg) { diags_.error(pos, msg); }

void Parser::syntaxErrorAt(Pos pos, const std::string& msg) {
  if (at(TokenKind::Eof) && hadError()) return;  // avoid meaningless follow-up errors
  std::string suffix;
  if (msg.empty()) {
    // nothing to add
  } else if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    suffix = " " + msg;
  } else if (msg.starts_with("expected ")) {
    suffix = ", " + msg;
  } else {
    // plain error: the current token is not named
    diags_.syntaxError(pos, msg);
    return;
  }
  diags_.syntaxError(pos, "unexpected " + describeToken(tok_) + suffix);
}

// advance consumes tokens until it finds a token of the followlist (or, inside a function, a statement keyword).
// With an empty followlist it consumes exactly one token. EOF is never skipped.
void Parser::advance(std::initializer_list<TokenKind> followlist) {
  auto inFollow = [&](TokenKind k) {
    if (k == TokenKind::Eof) return true;
    if (followlist.size() == 0) return false;
    if (fnest_ > 0 && isStopToken(k)) return true;
    for (TokenKind f : followlist)
      if (f == k) return true;
    return false;
  };
  while (!inFollow(tok_.kind)) {
    next();
    if (followlist.size() == 0) break;
  }
}

void Parser::reportGenerics(Pos pos) { errorAt(pos, "generics are not supported (type parameters and instantiation)"); }

bool Parser::enter() {
  ++depth_;
  if (depth_ <= limits_.maxNestingDepth && !tooDeep_) return true;
  if (!tooDeep_) {
    tooDeep_ = true;
    diags_.syntaxError(pos(), "nesting too deep (limit " + std::to_string(limits_.maxNestingDepth) + ")");
    while (!at(TokenKind::Eof)) next();  // everything after this point is skipped; every production unwinds at EOF
  }
  return false;
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::parseFile() {
  Pos filePos = pos();
  if (!got(TokenKind::KwPackage)) {
    syntaxError("package statement must be first");
    return nullptr;
  }
  Ident* pkgName = name();
  want(TokenKind::Semicolon);
  // don't bother continuing if the package clause has errors
  if (hadError()) return nullptr;

  std::vector<Decl*> decls;
  // Accept import declarations anywhere for error tolerance, but complain.
  TokenKind prev = TokenKind::KwImport;
  while (!at(TokenKind::Eof)) {
    if (at(TokenKind::KwImport) && prev != TokenKind::KwImport)
      syntaxError("imports must appear before other declarations");
    prev = tok_.kind;

    switch (tok_.kind) {
      case TokenKind::KwImport:
      case TokenKind::KwConst:
      case TokenKind::KwType:
      case TokenKind::KwVar:
        decls.push_back(genDecl(tok_.kind));
        break;
      case TokenKind::KwFunc:
        if (FuncDecl* f = funcDeclOrNull()) decls.push_back(f);
        break;
      default: {
        auto* last = decls.empty() ? nullptr : dyn_cast<FuncDecl>(decls.back());
        if (at(TokenKind::LBrace) && last && !last->body) {
          // opening { of a function declaration on the next line
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({TokenKind::KwImport, TokenKind::KwConst, TokenKind::KwType, TokenKind::KwVar, TokenKind::KwFunc});
        continue;
      }
    }

    if (!at(TokenKind::Eof) && !got(TokenKind::Semicolon)) {
      syntaxError("after top level declaration");
      advance({TokenKind::KwImport, TokenKind::KwConst, TokenKind::KwType, TokenKind::KwVar, TokenKind::KwFunc});
    }
  }
  return make<File>(filePos, pkgName, list(decls), list(imports_), dialect_);
}

File* parseFile(AstContext& ctx, const SourceManager& sources, FileId file, DiagnosticEngine& diags,
                DialectKind dialect, const ParseLimits& limits) {
  Parser parser(ctx, sources, file, diags, dialect, limits);
  return parser.parseFile();
}

}  // namespace vo::syntax
