// Token kind names, keyword classification, the dialect of a path and gc's wording of a token in syntax errors.
#include "compiler/syntax/token.h"

#include <array>

namespace vo::syntax {

namespace {

constexpr std::array<std::string_view, static_cast<size_t>(TokenKind::NumTokens)> kSpellings = {
#define TOKEN(Name, Spelling) std::string_view(Spelling),
#include "compiler/syntax/tokens.def"  // expands to: the spelling of every token, in enum order
};

}  // namespace

DialectKind dialectOfPath(std::string_view path) {
  return path.ends_with(".vo") ? DialectKind::Vo : DialectKind::Go;
}

std::string_view tokenSpelling(TokenKind kind) {
  auto index = static_cast<size_t>(kind);
  return index < kSpellings.size() ? kSpellings[index] : std::string_view("illegal token");
}

bool isKeyword(TokenKind kind) { return kind >= TokenKind::KwBreak && kind <= TokenKind::KwErrdefer; }

std::string describeToken(const Token& tok) {
  switch (tok.kind) {
    case TokenKind::Ident:
      return "name " + std::string(tok.text);
    case TokenKind::IntLit:
    case TokenKind::FloatLit:
    case TokenKind::ImagLit:
    case TokenKind::RuneLit:
    case TokenKind::StringLit:
      return "literal " + std::string(tok.text);
    case TokenKind::Semicolon:
      // gc keeps "semicolon", "newline" or "EOF" as the literal text of a `;` token and prints that.
      return tok.implicit ? std::string(tok.text) : std::string("semicolon");
    default:
      break;
  }
  if (isKeyword(tok.kind)) return "keyword " + std::string(tokenSpelling(tok.kind));
  return std::string(tokenSpelling(tok.kind));
}

}  // namespace vo::syntax
