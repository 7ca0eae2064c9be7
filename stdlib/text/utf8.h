// UTF-8 helpers for the natives, with Go's unicode/utf8 semantics (invalid bytes decode as RuneError, width 1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vo::stdlib::utf8 {

inline constexpr int32_t kRuneError = 0xFFFD;
inline constexpr int32_t kMaxRune = 0x10FFFF;
inline constexpr uint8_t kRuneSelf = 0x80;

/// Decodes the rune starting at s[i] (i < s.size()); sets `width` to its byte count (1 for invalid input, which
/// yields kRuneError). Follows Go's utf8.DecodeRuneInString (rejects overlong forms and surrogates).
inline int32_t decodeRune(std::string_view s, size_t i, int* width) {
  auto b = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  uint8_t c0 = b(i);
  size_t n = s.size() - i;
  *width = 1;
  if (c0 < 0x80) return c0;
  if (c0 < 0xC2 || c0 > 0xF4) return kRuneError;
  if (c0 < 0xE0) {
    if (n < 2 || (b(i + 1) & 0xC0) != 0x80) return kRuneError;
    *width = 2;
    return ((c0 & 0x1F) << 6) | (b(i + 1) & 0x3F);
  }
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 == 0xE0) lo = 0xA0;
  else if (c0 == 0xED) hi = 0x9F;
  else if (c0 == 0xF0) lo = 0x90;
  else if (c0 == 0xF4) hi = 0x8F;
  if (n < 2 || b(i + 1) < lo || b(i + 1) > hi) return kRuneError;
  if (c0 < 0xF0) {
    if (n < 3 || (b(i + 2) & 0xC0) != 0x80) return kRuneError;
    *width = 3;
    return ((c0 & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
  }
  if (n < 4 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return kRuneError;
  *width = 4;
  return ((c0 & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
}

/// Go's utf8.ValidRune.
inline bool validRune(int64_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune); }

/// Appends the UTF-8 encoding of `r` (invalid runes encode as RuneError), as Go's utf8.AppendRune.
inline void appendRune(std::string& out, int64_t r) {
  if (!validRune(r)) r = kRuneError;
  uint32_t u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (u >> 6)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (u >> 12)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (u >> 18)));
    out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
}

/// Byte count of r's encoding (RuneError's for invalid runes).
inline int runeLen(int64_t r) {
  if (!validRune(r)) return 3;
  return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

/// Number of runes in s (each invalid byte counts as one), as utf8.RuneCountInString.
inline int64_t runeCount(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    if (static_cast<uint8_t>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int w;
    decodeRune(s, i, &w);
    i += w;
  }
  return n;
}

}  // namespace vo::stdlib::utf8
