// Go's strconv quoting (quote.go): Quote, QuoteToASCII, QuoteRune, CanBackquote, Unquote, IsPrint, IsGraphic.
#include <algorithm>

#include "stdlib/strconv/strconv_core.h"
#include "stdlib/text/utf8.h"

namespace vo::stdlib::strconv {
namespace {

struct RuneRange {
  int32_t lo, hi;
};

#include "stdlib/strconv/isprint_table.inc"

template <size_t N>
bool inRanges(const RuneRange (&table)[N], int32_t r) {
  auto it = std::upper_bound(std::begin(table), std::end(table), r,
                             [](int32_t v, const RuneRange& rr) { return v < rr.lo; });
  if (it == std::begin(table)) return false;
  --it;
  return r <= it->hi;
}

const char kLowerHex[] = "0123456789abcdef";

void appendEscapedRune(std::string& buf, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  if (r == quote || r == '\\') {
    buf += '\\';
    buf += static_cast<char>(r);
    return;
  }
  if (asciiOnly) {
    if (r < utf8::kRuneSelf && isPrint(r)) {
      buf += static_cast<char>(r);
      return;
    }
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    utf8::appendRune(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf += kLowerHex[(r >> 4) & 0xF];
    buf += kLowerHex[r & 0xF];
    return;
  }
  if (!utf8::validRune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  }
}

int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Go's UnquoteChar; false on ErrSyntax.
bool unquoteChar(std::string_view& s, char quote, int32_t* value, bool* multibyte) {
  *multibyte = false;
  if (s.empty()) return false;
  char c = s[0];
  if (c == quote && (quote == '\'' || quote == '"')) return false;
  if (static_cast<uint8_t>(c) >= utf8::kRuneSelf) {
    int w;
    *value = utf8::decodeRune(s, 0, &w);
    *multibyte = true;
    s.remove_prefix(w);
    return true;
  }
  if (c != '\\') {
    *value = static_cast<uint8_t>(c);
    s.remove_prefix(1);
    return true;
  }
  if (s.size() <= 1) return false;
  c = s[1];
  s.remove_prefix(2);
  switch (c) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x':
    case 'u':
    case 'U': {
      size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      int32_t v = 0;
      for (size_t j = 0; j < n; ++j) {
        int x = unhex(s[j]);
        if (x < 0) return false;
        v = (v << 4) | x;
      }
      s.remove_prefix(n);
      if (c == 'x') {
        *value = v;
        break;
      }
      if (!utf8::validRune(v)) return false;
      *value = v;
      *multibyte = true;
      break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = c - '0';
      if (s.size() < 2) return false;
      for (size_t j = 0; j < 2; ++j) {
        int x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | x;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      *value = v;
      break;
    }
    case '\\': *value = '\\'; break;
    case '\'':
    case '"':
      if (c != quote) return false;
      *value = c;
      break;
    default:
      return false;
  }
  return true;
}

}  // namespace

bool isPrint(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return inRanges(kPrintRanges, r);
}

bool isGraphic(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return inRanges(kGraphicRanges, r);
}

bool canBackquote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = utf8::decodeRune(s, i, &w);
    i += w;
    if (w > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == utf8::kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

void appendQuote(std::string& buf, std::string_view s, bool asciiOnly, bool graphicOnly) {
  buf += '"';
  for (size_t i = 0; i < s.size();) {
    int32_t r = static_cast<uint8_t>(s[i]);
    int width = 1;
    if (r >= utf8::kRuneSelf) r = utf8::decodeRune(s, i, &width);
    if (width == 1 && r == utf8::kRuneError) {
      buf += "\\x";
      buf += kLowerHex[static_cast<uint8_t>(s[i]) >> 4];
      buf += kLowerHex[static_cast<uint8_t>(s[i]) & 0xF];
      i += 1;
      continue;
    }
    appendEscapedRune(buf, r, '"', asciiOnly, graphicOnly);
    i += width;
  }
  buf += '"';
}

void appendQuoteRune(std::string& buf, int64_t r, bool asciiOnly, bool graphicOnly) {
  // Go converts to rune (int32) first: QuoteRune(r rune).
  int32_t r32 = static_cast<int32_t>(r);
  buf += '\'';
  if (!utf8::validRune(r32)) r32 = utf8::kRuneError;
  appendEscapedRune(buf, r32, '\'', asciiOnly, graphicOnly);
  buf += '\'';
}

bool unquote(std::string_view in, std::string* out) {
  out->clear();
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t endq = in.find(quote, 1);
  if (endq == std::string_view::npos) return false;
  if (quote == '`') {
    if (endq != in.size() - 1) return false;
    for (size_t i = 1; i < endq; ++i) {
      if (in[i] != '\r') *out += in[i];
    }
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  std::string_view s = in.substr(1);
  while (!s.empty() && s[0] != quote) {
    if (s[0] == '\n') return false;
    int32_t r;
    bool multibyte;
    if (!unquoteChar(s, quote, &r, &multibyte)) return false;
    if (r < utf8::kRuneSelf || !multibyte) {
      *out += static_cast<char>(r);
    } else {
      utf8::appendRune(*out, r);
    }
    if (quote == '\'') break;
  }
  if (s.empty() || s[0] != quote) return false;
  s.remove_prefix(1);
  if (!s.empty()) return false;
  return true;
}

}  // namespace vo::stdlib::strconv
