// Go 1.19's strings.Fields / bytes.Fields field splitting, shared by the strings and bytes natives.
#pragma once

#include <cstddef>
#include <string_view>

#include "stdlib/text/utf8.h"
#include "stdlib/unicode/unicode_case.h"

namespace vo::stdlib {

/// Calls f(lo, hi) for each field of `s`, in order, as Go's Fields finds them: the maximal runs of runes that
/// unicode.IsSpace rejects (ASCII spaces are '\t', '\n', '\v', '\f', '\r' and ' '; an invalid byte decodes as
/// U+FFFD, which is not a space). lo and hi are byte offsets into `s`.
template <typename F>
void forEachField(std::string_view s, F f) {
  size_t start = 0;
  bool in = false;
  for (size_t i = 0; i < s.size();) {
    int w = 1;
    auto c = static_cast<uint8_t>(s[i]);
    bool space = c < utf8::kRuneSelf ? (c == ' ' || (c >= '\t' && c <= '\r')) : unicode::isSpace(utf8::decodeRune(s, i, &w));
    if (space) {
      if (in) f(start, i);
      in = false;
    } else if (!in) {
      start = i;
      in = true;
    }
    i += static_cast<size_t>(w);
  }
  if (in) f(start, s.size());
}

}  // namespace vo::stdlib
