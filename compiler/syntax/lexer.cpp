// The lexer: Go's lexical grammar (Go spec "Lexical elements") with gc's error texts and positions, plus the Vo
// tokens `?` and `~>`. It follows the structure of cmd/compile/internal/syntax/scanner.go and source.go: one current
// code point `ch_`, advanced by nextch(), which (like gc's source.nextch) reports and skips NUL bytes, invalid UTF-8
// and byte order marks after the first byte wherever they occur, even inside comments and literals.
// Literals are validated, never evaluated.
#include "compiler/syntax/lexer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace vo::syntax {

namespace {

struct UnicodeRange {
  char32_t lo;
  char32_t hi;
};

#include "compiler/syntax/unicode_tables.inc"  // defines kLetterRanges, kUpperRanges, kDigitRanges, kNonPrintRanges

template <size_t N>
bool inRanges(const UnicodeRange (&table)[N], char32_t c) {
  const UnicodeRange* end = table + N;
  const UnicodeRange* it =
      std::upper_bound(table, end, c, [](char32_t value, const UnicodeRange& r) { return value < r.lo; });
  return it != table && c <= (it - 1)->hi;
}

constexpr int32_t kEof = -1;
constexpr char32_t kMaxRune = 0x10FFFF;
constexpr char32_t kBom = 0xFEFF;

// gc's helpers: lower() maps an ASCII letter to lower case (and leaves -1 at -1).
constexpr int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
constexpr bool isAsciiLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
constexpr bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
constexpr bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

// Decodes the UTF-8 sequence at `s[i]` (whose first byte is >= 0x80) as Go's utf8.DecodeRune does: overlong forms,
// surrogates, values above U+10FFFF and truncated sequences are invalid. Returns {code point or -1, width}.
std::pair<int32_t, uint32_t> decodeRune(std::string_view s, size_t i) {
  auto byteAt = [&](size_t k) -> uint32_t { return i + k < s.size() ? static_cast<uint8_t>(s[i + k]) : 0; };
  uint32_t b0 = byteAt(0);
  uint32_t lo = 0x80, hi = 0xBF;  // accepted range of the second byte
  uint32_t width;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    width = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    width = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    width = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {-1, 1};
  }
  if (i + width > s.size()) return {-1, 1};
  uint32_t b1 = byteAt(1);
  if (b1 < lo || b1 > hi) return {-1, 1};
  for (uint32_t k = 2; k < width; ++k) {
    uint32_t b = byteAt(k);
    if (b < 0x80 || b > 0xBF) return {-1, 1};
  }
  uint32_t r = width == 2 ? b0 & 0x1F : width == 3 ? b0 & 0x0F : b0 & 0x07;
  for (uint32_t k = 1; k < width; ++k) r = (r << 6) | (byteAt(k) & 0x3F);
  return {static_cast<int32_t>(r), width};
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
bool isPrint(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return c <= kMaxRune && !inRanges(kNonPrintRanges, c);
}

// Go's %#U: `U+0040 '@'`, or just `U+0000` when the code point is not printable.
std::string formatCodePoint(uint32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", c);
  std::string s = buf;
  if (isPrint(c)) {
    s += " '";
    appendUtf8(s, c);
    s += '\'';
  }
  return s;
}

// Go's %q of a rune (strconv.QuoteRune): `'a'`, `'\n'`, `'\x01'`, `'\u00a0'`.
std::string quoteRune(char32_t c) {
  std::string s = "'";
  char buf[16];
  if (c == '\'' || c == '\\') {
    s += '\\';
    s += static_cast<char>(c);
  } else if (isPrint(c)) {
    appendUtf8(s, c);
  } else {
    switch (c) {
      case '\a': s += "\\a"; break;
      case '\b': s += "\\b"; break;
      case '\f': s += "\\f"; break;
      case '\n': s += "\\n"; break;
      case '\r': s += "\\r"; break;
      case '\t': s += "\\t"; break;
      case '\v': s += "\\v"; break;
      default:
        if (c < ' ' || c == 0x7F) {
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
        } else if (c < 0x10000) {
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        } else {
          std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
        }
        s += buf;
    }
  }
  s += '\'';
  return s;
}

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// The index of the first misplaced `_` in a number literal's text, or -1 (scanner.go invalidSep): every `_` must
// sit between two digits, where a base prefix `0x`/`0o`/`0b` counts as a digit.
int invalidSeparator(std::string_view x) {
  int32_t prefix = ' ';
  char prev, d = '.';  // '_', '0' (a digit) or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    prefix = lower(static_cast<unsigned char>(x[1]));
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    prev = d;
    auto c = static_cast<unsigned char>(x[i]);
    if (c == '_') {
      d = '_';
      if (prev != '0') return static_cast<int>(i);
    } else if (isDecimal(c) || (prefix == 'x' && isHex(c))) {
      d = '0';
    } else {
      if (prev == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  return d == '_' ? static_cast<int>(x.size()) - 1 : -1;
}

// Keywords in an open-addressing table built at compile time from tokens.def.
struct KeywordSlot {
  std::string_view spelling;
  TokenKind kind = TokenKind::Ident;
};
constexpr size_t kKeywordSlots = 128;

constexpr size_t keywordHash(std::string_view s) {
  return (((static_cast<size_t>(static_cast<unsigned char>(s[0])) << 4) ^ static_cast<unsigned char>(s[1])) +
          s.size()) &
         (kKeywordSlots - 1);
}

constexpr std::array<KeywordSlot, kKeywordSlots> buildKeywordTable() {
  constexpr KeywordSlot keywords[] = {
#define KEYWORD(Name, Spelling) {Spelling, TokenKind::Name},
#include "compiler/syntax/tokens.def"  // expands to: one {spelling, kind} per keyword
  };
  std::array<KeywordSlot, kKeywordSlots> table{};
  for (const KeywordSlot& k : keywords) {
    size_t h = keywordHash(k.spelling);
    while (!table[h].spelling.empty()) h = (h + 1) & (kKeywordSlots - 1);
    table[h] = k;
  }
  return table;
}

constexpr std::array<KeywordSlot, kKeywordSlots> kKeywordTable = buildKeywordTable();

// The keyword spelled `s` (at least 2 bytes), or Ident.
TokenKind lookupKeyword(std::string_view s) {
  for (size_t h = keywordHash(s); !kKeywordTable[h].spelling.empty(); h = (h + 1) & (kKeywordSlots - 1)) {
    if (kKeywordTable[h].spelling == s) return kKeywordTable[h].kind;
  }
  return TokenKind::Ident;
}

}  // namespace

bool Lexer::isUnicodeLetter(char32_t c) {
  if (c < 0x80) return ('a' <= (c | 0x20) && (c | 0x20) <= 'z');
  return inRanges(kLetterRanges, c);
}

bool Lexer::isUnicodeDigit(char32_t c) {
  if (c < 0x80) return isDecimal(static_cast<int32_t>(c));
  return inRanges(kDigitRanges, c);
}

bool Lexer::isUnicodeUpper(char32_t c) {
  if (c < 0x80) return 'A' <= c && c <= 'Z';
  return inRanges(kUpperRanges, c);
}

Lexer::Lexer(const SourceManager& sources, FileId file, DiagnosticEngine& diags, DialectKind dialect)
    : sources_(sources), src_(sources.contents(file)), file_(file), diags_(diags), dialect_(dialect) {
  // Offsets are 32-bit; SourceManager::loadFile already rejects larger files.
  if (src_.size() > SourceManager::kMaxFileSize) src_ = src_.substr(0, SourceManager::kMaxFileSize);
  nextch();
}

void Lexer::errorAt(uint32_t offset, std::string message) {
  if (errorCount_ > kMaxErrors) return;
  if (errorCount_++ == kMaxErrors) message = "too many errors";
  diags_.error(Pos{file_, offset}, std::move(message));
}

// Advances to the next code point (source.go nextch).
inline void Lexer::nextch() {
  offset_ += chw_;
  for (;;) {
    if (offset_ >= src_.size()) {
      ch_ = kEof;
      chw_ = 0;
      return;
    }
    auto b = static_cast<unsigned char>(src_[offset_]);
    if (b < 0x80) {
      // gc's source reads the first byte of the file on its slow path, which has no NUL check: a NUL there
      // reaches the scanner and is reported as `invalid character U+0000`.
      if (b != 0 || offset_ == 0) [[likely]] {
        ch_ = b;
        chw_ = 1;
        return;
      }
      errorAt(offset_, "invalid NUL character");
      offset_ += 1;
      continue;
    }
    auto [r, width] = decodeRune(src_, offset_);
    if (r < 0) {
      errorAt(offset_, "invalid UTF-8 encoding");
      offset_ += 1;
      continue;
    }
    if (static_cast<char32_t>(r) == kBom) {
      if (offset_ > 0) errorAt(offset_, "invalid BOM in the middle of the file");
      offset_ += width;
      continue;
    }
    ch_ = r;
    chw_ = width;
    return;
  }
}

// The code point after ch_, skipping what nextch() would skip, without reporting anything.
int32_t Lexer::peekAfterCurrent() const {
  for (size_t i = offset_ + chw_; i < src_.size();) {
    auto b = static_cast<unsigned char>(src_[i]);
    if (b < 0x80) {
      if (b != 0) return b;
      ++i;
      continue;
    }
    auto [r, width] = decodeRune(src_, i);
    if (r >= 0 && static_cast<char32_t>(r) != kBom) return r;
    i += r < 0 ? 1 : width;
  }
  return kEof;
}

Token Lexer::next() {
  bool nlsemi = insertSemicolon_;
  insertSemicolon_ = false;
  Token tok;

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  tokStart_ = offset_;
  tok.pos = Pos{file_, offset_};
  if (isAsciiLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
    nextch();
    scanIdent(tok);
    return tok;
  }

  // Sets the token kind after consuming `n` more code points (all ASCII here).
  auto take = [&](TokenKind kind, int n = 1) {
    for (int i = 0; i < n; ++i) nextch();
    tok.kind = kind;
  };
  auto implicitSemicolon = [&](std::string_view text) {
    tok.kind = TokenKind::Semicolon;
    tok.implicit = true;
    tok.text = text;
  };
  // An operator `op` that may be followed by `=` (gc's assignop label).
  auto withAssign = [&](TokenKind plain, TokenKind assign) {
    if (ch_ == '=') {
      take(assign);
    } else {
      tok.kind = plain;
    }
  };

  switch (ch_) {
    case kEof:
      if (nlsemi) {
        implicitSemicolon("EOF");
      } else {
        tok.kind = TokenKind::Eof;
      }
      break;
    case '\n':
      nextch();
      implicitSemicolon("newline");
      break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      scanNumber(tok, false);
      break;
    case '"':
      scanString(tok);
      break;
    case '`':
      scanRawString(tok);
      break;
    case '\'':
      scanRune(tok);
      break;
    case '(': take(TokenKind::LParen); break;
    case '[': take(TokenKind::LBrack); break;
    case '{': take(TokenKind::LBrace); break;
    case ',': take(TokenKind::Comma); break;
    case ';': take(TokenKind::Semicolon); break;
    case ')':
      take(TokenKind::RParen);
      insertSemicolon_ = true;
      break;
    case ']':
      take(TokenKind::RBrack);
      insertSemicolon_ = true;
      break;
    case '}':
      take(TokenKind::RBrace);
      insertSemicolon_ = true;
      break;
    case '?':
      // Vo's postfix `x?` can end a statement.
      take(TokenKind::Question);
      insertSemicolon_ = true;
      break;
    case ':':
      nextch();
      withAssign(TokenKind::Colon, TokenKind::Define);
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        scanNumber(tok, true);
      } else if (ch_ == '.' && peekAfterCurrent() == '.') {
        take(TokenKind::Ellipsis, 2);
      } else {
        tok.kind = TokenKind::Period;
      }
      break;
    case '+':
      nextch();
      if (ch_ == '+') {
        take(TokenKind::Inc);
        insertSemicolon_ = true;
      } else {
        withAssign(TokenKind::Add, TokenKind::AddAssign);
      }
      break;
    case '-':
      nextch();
      if (ch_ == '-') {
        take(TokenKind::Dec);
        insertSemicolon_ = true;
      } else {
        withAssign(TokenKind::Sub, TokenKind::SubAssign);
      }
      break;
    case '*':
      nextch();
      withAssign(TokenKind::Mul, TokenKind::MulAssign);
      break;
    case '/':
      nextch();
      if (ch_ == '/') {
        // A line comment; the newline that ends it is left for the semicolon rule. A `//line` directive must
        // start in column 1.
        while (ch_ != kEof && ch_ != '\n') nextch();
        if (src_.substr(tokStart_ + 2, 5) == "line " && (tokStart_ == 0 || src_[tokStart_ - 1] == '\n')) {
          lineDirective(tokStart_, offset_, true);
        }
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        bool sawNewline = false;
        if (skipGeneralComment(sawNewline) && src_.substr(tokStart_ + 2, 5) == "line ") {
          lineDirective(tokStart_, offset_, false);
        }
        if (sawNewline && nlsemi) {
          // A general comment containing a newline acts like a newline (Go spec "Comments").
          implicitSemicolon("newline");
          break;
        }
        goto redo;
      }
      withAssign(TokenKind::Quo, TokenKind::QuoAssign);
      break;
    case '%':
      nextch();
      withAssign(TokenKind::Rem, TokenKind::RemAssign);
      break;
    case '&':
      nextch();
      if (ch_ == '&') {
        take(TokenKind::LAnd);
      } else if (ch_ == '^') {
        nextch();
        withAssign(TokenKind::AndNot, TokenKind::AndNotAssign);
      } else {
        withAssign(TokenKind::And, TokenKind::AndAssign);
      }
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        take(TokenKind::LOr);
      } else {
        withAssign(TokenKind::Or, TokenKind::OrAssign);
      }
      break;
    case '^':
      nextch();
      withAssign(TokenKind::Xor, TokenKind::XorAssign);
      break;
    case '<':
      nextch();
      if (ch_ == '=') {
        take(TokenKind::Leq);
      } else if (ch_ == '<') {
        nextch();
        withAssign(TokenKind::Shl, TokenKind::ShlAssign);
      } else if (ch_ == '-') {
        take(TokenKind::Arrow);
      } else {
        tok.kind = TokenKind::Lss;
      }
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        take(TokenKind::Geq);
      } else if (ch_ == '>') {
        nextch();
        withAssign(TokenKind::Shr, TokenKind::ShrAssign);
      } else {
        tok.kind = TokenKind::Gtr;
      }
      break;
    case '=':
      nextch();
      withAssign(TokenKind::Assign, TokenKind::Eql);
      break;
    case '!':
      nextch();
      withAssign(TokenKind::Not, TokenKind::Neq);
      break;
    case '~':
      nextch();
      if (ch_ == '>') {
        take(TokenKind::DynArrow);
      } else {
        tok.kind = TokenKind::Tilde;
      }
      break;
    default:
      errorHere("invalid character " + formatCodePoint(static_cast<uint32_t>(ch_)));
      nextch();
      goto redo;
  }
  return tok;
}

// gc's atIdentChar: letters and `_` continue an identifier; a digit too, but not as the first character; any other
// non-ASCII code point is reported and taken into the identifier (so `x⊛y` is one bad name, as in gc).
bool Lexer::atIdentChar(bool first) {
  auto c = static_cast<char32_t>(ch_);
  if (ch_ == '_' || (ch_ >= 0 && isUnicodeLetter(c))) return true;
  if (ch_ >= 0 && isUnicodeDigit(c)) {
    if (first) errorHere("identifier cannot begin with digit " + formatCodePoint(c));
    return true;
  }
  if (ch_ >= 0x80) {
    errorHere("invalid character " + formatCodePoint(c) + " in identifier");
    return true;
  }
  return false;
}

// identifier = letter { letter | unicode_digit } . The first character is already consumed.
void Lexer::scanIdent(Token& tok) {
  while (isAsciiLetter(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= 0x80) {
    while (atIdentChar(false)) nextch();
  }
  std::string_view lit = segment();
  if (lit.size() >= 2) {
    TokenKind kind = lookupKeyword(lit);
    bool voOnly = kind == TokenKind::KwFail || kind == TokenKind::KwErrdefer;
    if (kind != TokenKind::Ident && (!voOnly || dialect_ == DialectKind::Vo)) {
      tok.kind = kind;
      insertSemicolon_ = kind == TokenKind::KwBreak || kind == TokenKind::KwContinue ||
                         kind == TokenKind::KwFallthrough || kind == TokenKind::KwReturn;
      return;
    }
  }
  tok.kind = TokenKind::Ident;
  tok.text = lit;
  insertSemicolon_ = true;
}

void Lexer::finishLiteral(Token& tok, TokenKind kind, bool ok) {
  tok.kind = kind;
  tok.text = segment();
  tok.bad = !ok;
  insertSemicolon_ = true;
}

// Accepts { digit | '_' } (scanner.go digits). For base <= 10 any decimal digit is accepted and the index of the
// first digit >= base (relative to the literal start) is stored in *invalid when it is still < 0.
// Returns bit 0 set if a digit was seen, bit 1 set if a `_` was seen.
int Lexer::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid != nullptr && *invalid < 0) {
        *invalid = static_cast<int>(offset_ - tokStart_);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

// int_lit, float_lit and imaginary_lit (Go spec "Integer literals", "Floating-point literals", "Imaginary
// literals"), checked as scanner.go number does. `seenPoint`: the literal started with `.` (already consumed).
void Lexer::scanNumber(Token& tok, bool seenPoint) {
  bool ok = true;
  TokenKind kind = TokenKind::IntLit;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x':
          nextch();
          base = 16, prefix = 'x';
          break;
        case 'o':
          nextch();
          base = 8, prefix = 'o';
          break;
        case 'b':
          nextch();
          base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0';
          digsep = 1;  // the leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = TokenKind::FloatLit;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    errorHere(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }

  if (int32_t e = lower(ch_); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorHere(quoteRune(static_cast<char32_t>(ch_)) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorHere(quoteRune(static_cast<char32_t>(ch_)) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = TokenKind::FloatLit;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == TokenKind::FloatLit && ok) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = TokenKind::ImagLit;
    nextch();
  }

  std::string_view lit = segment();
  if (kind == TokenKind::IntLit && invalid >= 0 && ok) {
    errorAt(tokStart_ + static_cast<uint32_t>(invalid),
            "invalid digit " + quoteRune(static_cast<unsigned char>(lit[static_cast<size_t>(invalid)])) + " in " +
                baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int i = invalidSeparator(lit); i >= 0) {
      errorAt(tokStart_ + static_cast<uint32_t>(i), "'_' must separate successive digits");
      ok = false;
    }
  }
  finishLiteral(tok, kind, ok);
}

// rune_lit = "'" ( unicode_value | byte_value ) "'" .
void Lexer::scanRune(Token& tok) {
  bool ok = true;
  nextch();
  for (int n = 0;; ++n) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(tokStart_, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!scanEscape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ == kEof) {
      if (ok) {
        errorAt(tokStart_, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  finishLiteral(tok, TokenKind::RuneLit, ok);
}

// interpreted_string_lit = `"` { unicode_value | byte_value } `"` .
void Lexer::scanString(Token& tok) {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!scanEscape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ == kEof) {
      errorAt(tokStart_, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  finishLiteral(tok, TokenKind::StringLit, ok);
}

// raw_string_lit = "`" { unicode_char | newline } "`" . Carriage returns stay in the text; the value drops them.
void Lexer::scanRawString(Token& tok) {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ == kEof) {
      errorAt(tokStart_, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  finishLiteral(tok, TokenKind::StringLit, ok);
}

// Skips the rest of a general comment after `/*`; reports `comment not terminated` at the comment start.
bool Lexer::skipGeneralComment(bool& sawNewline) {
  while (ch_ != kEof) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    if (ch_ == '\n') sawNewline = true;
    if (ch_ != kEof) nextch();
  }
  errorAt(tokStart_, "comment not terminated");
  return false;
}

// Reads the `line ` comment from `start` to `end` (after `*/`, or at the newline ending a `//` comment) as gc's
// parser.go updateBase does (see lexer.h) and records the directive; errors point at the bad number.
void Lexer::lineDirective(uint32_t start, uint32_t end, bool lineComment) {
  constexpr uint32_t kPrefix = 7;  // `//line ` or `/*line `
  std::string_view text = src_.substr(start + kPrefix, end - start - kPrefix - (lineComment ? 0 : 2));
  if (lineComment && !text.empty() && text.back() == '\r') text.remove_suffix(1);

  // gc's trailingDigits: the index just after the last ':' (0: none) and the decimal number after it, if it
  // parses as a uint64 (strconv.ParseUint: digits only, at least one).
  struct Trailing {
    size_t index = 0;
    uint64_t value = 0;
    bool ok = false;
  };
  auto trailingDigits = [](std::string_view s) {
    Trailing t;
    size_t colon = s.rfind(':');
    if (colon == std::string_view::npos) return t;
    t.index = colon + 1;
    std::string_view digits = s.substr(t.index);
    t.ok = !digits.empty();
    for (char c : digits) {
      auto d = static_cast<uint64_t>(c - '0');
      if (!isDecimal(c) || t.value > (UINT64_MAX - d) / 10) {
        t.ok = false;
        break;
      }
      t.value = t.value * 10 + d;
    }
    return t;
  };
  constexpr uint64_t kPosMax = uint64_t{1} << 30;  // gc's syntax.PosMax
  auto errorAtText = [&](size_t i, const char* what) {
    errorAt(start + kPrefix + static_cast<uint32_t>(i),
            std::string("invalid ") + what + " number: " + std::string(text.substr(i)));
  };

  Trailing last = trailingDigits(text);
  if (last.index == 0) return;  // not a line directive
  if (!last.ok) {
    errorAtText(last.index, "line");
    return;
  }
  Trailing lineNum = last;
  uint64_t column = 0;
  Trailing before = trailingDigits(text.substr(0, last.index - 1));
  if (before.ok) {
    lineNum = before;
    column = last.value;
    if (column == 0 || column > kPosMax) {
      errorAtText(last.index, "column");
      return;
    }
    text = text.substr(0, last.index - 1);
  }
  if (lineNum.value == 0 || lineNum.value > kPosMax) {
    errorAtText(lineNum.index, "line");
    return;
  }

  std::string filename(text.substr(0, lineNum.index - 1));
  if (filename.empty() && before.ok) filename = sources_.presumedLocation(Pos{file_, start}).filename;
  LineColumn at = sources_.lineColumn(Pos{file_, start});
  // gc's NewLineBase position: the start of the next line for `//line` (whose newline belongs to the comment),
  // the byte after the comment for `/*line*/` (counted on the comment's first line, even if it spans lines).
  LineColumn anchor = lineComment ? LineColumn{at.line + 1, 1} : LineColumn{at.line, at.column + (end - start)};
  sources_.addLineDirective(file_, end, anchor, std::move(filename), static_cast<uint32_t>(lineNum.value),
                            static_cast<uint32_t>(column));
}

// An escape sequence after `\` in a rune (quote `'`) or string (quote `"`) literal (scanner.go escape). Returns
// false after reporting an error. At the end of the file it returns true: the caller reports the missing quote.
bool Lexer::scanEscape(char32_t quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = kMaxRune;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = kMaxRune;
      break;
    default:
      if (ch_ == static_cast<int32_t>(quote)) {
        nextch();
        return true;
      }
      if (ch_ == kEof) return true;
      errorHere("unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    if (ch_ == kEof) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) {
      d = static_cast<uint32_t>(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      errorHere("invalid character " + quoteRune(static_cast<char32_t>(ch_)) + " in " +
                baseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }

  if (x > max && base == 8) {
    errorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    errorHere("escape is invalid Unicode code point " + formatCodePoint(x));
    return false;
  }
  return true;
}

}  // namespace vo::syntax
