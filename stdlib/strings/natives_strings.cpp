// strings' natives: searching (Index, Count, IndexRune, IndexAny, ...), case mapping, trimming, Repeat, Replace and
// EqualFold, with Go 1.19's semantics for invalid UTF-8 (it decodes as U+FFFD, one byte at a time). Results that
// are substrings share the argument's bytes (interior pointers are valid strings).
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"
#include "stdlib/text/fields.h"
#include "stdlib/text/utf8.h"
#include "stdlib/unicode/unicode_case.h"

namespace vo::stdlib {
namespace {

using std::string_view;

int64_t index(string_view s, string_view sub) {
  size_t i = s.find(sub);
  return i == string_view::npos ? -1 : static_cast<int64_t>(i);
}

int64_t count(string_view s, string_view sub) {
  if (sub.empty()) return utf8::runeCount(s) + 1;
  int64_t n = 0;
  for (size_t i = 0; (i = s.find(sub, i)) != string_view::npos; i += sub.size()) ++n;
  return n;
}

int64_t indexRune(string_view s, int32_t r) {
  if (r >= 0 && r < utf8::kRuneSelf) {
    size_t i = s.find(static_cast<char>(r));
    return i == string_view::npos ? -1 : static_cast<int64_t>(i);
  }
  if (r == utf8::kRuneError) {
    for (size_t i = 0; i < s.size();) {
      int w;
      if (utf8::decodeRune(s, i, &w) == utf8::kRuneError) return static_cast<int64_t>(i);
      i += w;
    }
    return -1;
  }
  if (!utf8::validRune(r)) return -1;
  std::string enc;
  utf8::appendRune(enc, r);
  return index(s, enc);
}

int64_t indexAny(string_view s, string_view chars) {
  if (chars.empty()) return -1;
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = utf8::decodeRune(s, i, &w);
    if (indexRune(chars, r) >= 0) return static_cast<int64_t>(i);
    i += w;
  }
  return -1;
}

/// The start of the rune that ends at `end` (> 0) and its value, as utf8.DecodeLastRuneInString(s[:end]).
int32_t lastRune(string_view s, size_t end, size_t* start) {
  size_t st = end - 1;
  if (static_cast<uint8_t>(s[st]) < 0x80) {
    *start = st;
    return static_cast<uint8_t>(s[st]);
  }
  size_t lim = end >= 4 ? end - 4 : 0;
  while (st > lim && (static_cast<uint8_t>(s[st]) & 0xC0) == 0x80) --st;
  int w;
  int32_t r = utf8::decodeRune(s.substr(0, end), st, &w);
  if (st + static_cast<size_t>(w) != end) {
    *start = end - 1;
    return utf8::kRuneError;
  }
  *start = st;
  return r;
}

int64_t lastIndexAny(string_view s, string_view chars) {
  if (chars.empty()) return -1;
  for (size_t i = s.size(); i > 0;) {
    size_t st;
    int32_t r = lastRune(s, i, &st);
    if (indexRune(chars, r) >= 0) return static_cast<int64_t>(st);
    i = st;
  }
  return -1;
}

bool inCutset(string_view cutset, int32_t r) { return indexRune(cutset, r) >= 0; }

rt::String sub(const rt::String& s, size_t from, size_t to) { return rt::String{s.ptr + from, static_cast<int64_t>(to - from)}; }

size_t trimLeftIndex(string_view s, string_view cutset) {
  size_t i = 0;
  while (i < s.size()) {
    int w;
    int32_t r = utf8::decodeRune(s, i, &w);
    if (!inCutset(cutset, r)) break;
    i += w;
  }
  return i;
}

size_t trimRightIndex(string_view s, size_t lo, string_view cutset) {
  size_t end = s.size();
  while (end > lo) {
    size_t st;
    int32_t r = lastRune(s, end, &st);
    if (!inCutset(cutset, r)) break;
    end = st;
  }
  return end;
}

template <int32_t (*Map)(int32_t)>
std::string mapRunes(string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int w;
    int32_t r = utf8::decodeRune(s, i, &w);
    utf8::appendRune(out, Map(r));
    i += w;
  }
  return out;
}

bool equalFold(string_view s, string_view t) {
  size_t i = 0, j = 0;
  while (i < s.size() && j < t.size()) {
    int ws, wt;
    int32_t sr = utf8::decodeRune(s, i, &ws);
    int32_t tr = utf8::decodeRune(t, j, &wt);
    i += ws;
    j += wt;
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < utf8::kRuneSelf) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = unicode::simpleFold(sr);
    while (r != sr && r < tr) r = unicode::simpleFold(r);
    if (r == tr) continue;
    return false;
  }
  return i == s.size() && j == t.size();
}

// ---- natives (slot layouts in comments: results first) ------------------------------------------------------

void compare(rt::NativeContext&, uint64_t* s) {  // Compare(a, b string) int: r, a(2), b(2)
  int c = slotString(s + 1).view().compare(slotString(s + 3).view());
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(c < 0 ? -1 : c > 0 ? 1 : 0));
}
void indexN(rt::NativeContext&, uint64_t* s) {  // Index(s, substr string) int: r, s(2), substr(2)
  s[0] = static_cast<uint64_t>(index(slotString(s + 1).view(), slotString(s + 3).view()));
}
void countN(rt::NativeContext&, uint64_t* s) {
  s[0] = static_cast<uint64_t>(count(slotString(s + 1).view(), slotString(s + 3).view()));
}
void lastIndexN(rt::NativeContext&, uint64_t* s) {
  string_view str = slotString(s + 1).view(), subs = slotString(s + 3).view();
  size_t i = str.rfind(subs);
  s[0] = static_cast<uint64_t>(i == string_view::npos ? int64_t{-1} : static_cast<int64_t>(i));
}
void indexByteN(rt::NativeContext&, uint64_t* s) {  // IndexByte(s string, c byte) int: r, s(2), c
  string_view str = slotString(s + 1).view();
  size_t i = str.find(static_cast<char>(s[3]));
  s[0] = static_cast<uint64_t>(i == string_view::npos ? int64_t{-1} : static_cast<int64_t>(i));
}
void lastIndexByteN(rt::NativeContext&, uint64_t* s) {
  string_view str = slotString(s + 1).view();
  size_t i = str.rfind(static_cast<char>(s[3]));
  s[0] = static_cast<uint64_t>(i == string_view::npos ? int64_t{-1} : static_cast<int64_t>(i));
}
void indexRuneN(rt::NativeContext&, uint64_t* s) {  // IndexRune(s string, r rune) int: r, s(2), rune
  s[0] = static_cast<uint64_t>(indexRune(slotString(s + 1).view(), static_cast<int32_t>(s[3])));
}
void indexAnyN(rt::NativeContext&, uint64_t* s) {
  s[0] = static_cast<uint64_t>(indexAny(slotString(s + 1).view(), slotString(s + 3).view()));
}
void lastIndexAnyN(rt::NativeContext&, uint64_t* s) {
  s[0] = static_cast<uint64_t>(lastIndexAny(slotString(s + 1).view(), slotString(s + 3).view()));
}

template <int32_t (*Map)(int32_t), bool Upper>
void caseMap(rt::NativeContext&, uint64_t* s) {  // ToUpper(s string) string: out(2), s(2)
  rt::String in = slotString(s + 2);
  string_view v = in.view();
  bool ascii = true, change = false;
  for (char c : v) {
    auto b = static_cast<uint8_t>(c);
    if (b >= 0x80) {
      ascii = false;
      break;
    }
    change |= Upper ? (b >= 'a' && b <= 'z') : (b >= 'A' && b <= 'Z');
  }
  if (ascii && !change) {
    setString(s, in);
    return;
  }
  setString(s, newString(mapRunes<Map>(v)));
}

// Trim(s, cutset string) string: out(2), s(2), cutset(2)
void trim(rt::NativeContext&, uint64_t* s) {
  rt::String in = slotString(s + 2);
  string_view v = in.view(), cut = slotString(s + 4).view();
  if (v.empty() || cut.empty()) {
    setString(s, in);
    return;
  }
  size_t lo = trimLeftIndex(v, cut);
  setString(s, sub(in, lo, trimRightIndex(v, lo, cut)));
}
void trimLeft(rt::NativeContext&, uint64_t* s) {
  rt::String in = slotString(s + 2);
  string_view v = in.view(), cut = slotString(s + 4).view();
  if (v.empty() || cut.empty()) {
    setString(s, in);
    return;
  }
  setString(s, sub(in, trimLeftIndex(v, cut), v.size()));
}
void trimRight(rt::NativeContext&, uint64_t* s) {
  rt::String in = slotString(s + 2);
  string_view v = in.view(), cut = slotString(s + 4).view();
  if (v.empty() || cut.empty()) {
    setString(s, in);
    return;
  }
  setString(s, sub(in, 0, trimRightIndex(v, 0, cut)));
}

// TrimSpace(s string) string: out(2), s(2)
void trimSpace(rt::NativeContext&, uint64_t* s) {
  rt::String in = slotString(s + 2);
  string_view v = in.view();
  size_t lo = 0;
  while (lo < v.size()) {
    int w;
    int32_t r = utf8::decodeRune(v, lo, &w);
    if (!unicode::isSpace(r)) break;
    lo += w;
  }
  size_t hi = v.size();
  while (hi > lo) {
    size_t st;
    int32_t r = lastRune(v, hi, &st);
    if (!unicode::isSpace(r)) break;
    hi = st;
  }
  setString(s, sub(in, lo, hi));
}

// Replace(s, old, new string, n int) string: out(2), s(2), old(2), new(2), n
void replace(rt::NativeContext&, uint64_t* s) {
  rt::String in = slotString(s + 2);
  string_view v = in.view(), old = slotString(s + 4).view(), nw = slotString(s + 6).view();
  auto n = static_cast<int64_t>(s[8]);
  if (old == nw || n == 0) {
    setString(s, in);
    return;
  }
  int64_t m = count(v, old);
  if (m == 0) {
    setString(s, in);
    return;
  }
  if (n < 0 || m < n) n = m;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; ++i) {
    size_t j = start;
    if (old.empty()) {
      if (i > 0) {
        int w;
        utf8::decodeRune(v, start, &w);
        j += static_cast<size_t>(w);
      }
    } else {
      j = v.find(old, start);
    }
    out.append(v.substr(start, j - start));
    out.append(nw);
    start = j + old.size();
  }
  out.append(v.substr(std::min(start, v.size())));
  setString(s, newString(out));
}

void equalFoldN(rt::NativeContext&, uint64_t* s) {  // EqualFold(s, t string) bool: r, s(2), t(2)
  s[0] = equalFold(slotString(s + 1).view(), slotString(s + 3).view());
}

void repeat(rt::NativeContext&, uint64_t* s) {  // repeat(s string, count int) string: out(2), s(2), count
  string_view v = slotString(s + 2).view();
  auto n = static_cast<int64_t>(s[4]);
  // Go's Repeat grows a Builder to the total: beyond the heap's limit (maxAlloc, 2^48 on amd64) make fails.
  if (static_cast<uint64_t>(v.size()) * static_cast<uint64_t>(n) > (uint64_t{1} << 48))
    throw rt::RuntimeError{"makeslice: cap out of range"};
  std::string out;
  if (v.empty() || n <= 0) {  // Go builds len(s)*count == 0 bytes without looping count times
    setString(s, newString(out));
    return;
  }
  out.reserve(v.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.append(v);
  setString(s, newString(out));
}

// bytesString(b []byte) string: out(2), b(3). Builder.String's zero-copy view of its buffer (Go 1.19 converts
// with unsafe): the Builder only appends after the bytes the string covers, so they never change.
void bytesString(rt::NativeContext&, uint64_t* s) {
  rt::Slice b = slotSlice(s + 2);
  setString(s, rt::String{static_cast<const uint8_t*>(b.ptr), b.len});
}

// countFields(s string) int: r, s(2)
void countFields(rt::NativeContext&, uint64_t* s) {
  int64_t n = 0;
  forEachField(slotString(s + 1).view(), [&](size_t, size_t) { ++n; });
  s[0] = static_cast<uint64_t>(n);
}

// fillFields(s string, a []string): s(2), a(3). a is a fresh []string of countFields(s) elements.
void fillFields(rt::NativeContext&, uint64_t* s) {
  rt::String in = slotString(s);
  rt::Slice a = slotSlice(s + 2);
  auto* out = static_cast<rt::String*>(a.ptr);
  int64_t k = 0;
  forEachField(in.view(), [&](size_t lo, size_t hi) {
    if (k >= a.len) return;
    rt::writeBarrier(reinterpret_cast<void**>(const_cast<uint8_t**>(&out[k].ptr)), const_cast<uint8_t*>(in.ptr + lo));
    out[k].len = static_cast<int64_t>(hi - lo);
    ++k;
  });
}

// Join(elems []string, sep string) string: out(2), elems(3), sep(2). Go's Join: no elements give "", one gives
// that element itself, more a new string.
void join(rt::NativeContext&, uint64_t* s) {
  rt::Slice elems = slotSlice(s + 2);
  string_view sep = slotString(s + 5).view();
  const auto* e = static_cast<const rt::String*>(elems.ptr);
  if (elems.len == 0) {
    setString(s, rt::String{});
    return;
  }
  if (elems.len == 1) {
    setString(s, e[0]);
    return;
  }
  size_t n = sep.size() * static_cast<size_t>(elems.len - 1);
  for (int64_t i = 0; i < elems.len; ++i) n += static_cast<size_t>(e[i].len);
  std::string out;
  out.reserve(n);
  out.append(e[0].view());
  for (int64_t i = 1; i < elems.len; ++i) {
    out.append(sep);
    out.append(e[i].view());
  }
  setString(s, newString(out));
}

// replace(oldnew []string, s string) string: out(2), oldnew(3), s(2). Go's genericReplacer.WriteString rule, which
// the byte, byte-to-string and single-string replacers agree with: at each position the earliest pair whose old
// string is a prefix of the rest replaces it; an empty old string matches at most once per position (after it the
// position is tried again without it, then its byte is copied). Unchanged input is returned as is.
void replacerReplace(rt::NativeContext&, uint64_t* s) {
  rt::Slice pairs = slotSlice(s + 2);
  rt::String in = slotString(s + 5);
  string_view v = in.view();
  const auto* on = static_cast<const rt::String*>(pairs.ptr);
  int64_t n = pairs.len & ~int64_t{1};
  std::string out;
  bool changed = false, prevEmpty = false;
  size_t last = 0;
  for (size_t i = 0; i <= v.size();) {
    int64_t best = -1;
    for (int64_t k = 0; k < n; k += 2) {
      string_view old = on[k].view();
      if (old.empty() ? !prevEmpty : v.compare(i, old.size(), old) == 0 && i + old.size() <= v.size()) {
        best = k;
        break;
      }
    }
    prevEmpty = best >= 0 && on[best].len == 0;
    if (best < 0) {
      ++i;
      continue;
    }
    changed = true;
    out.append(v.substr(last, i - last));
    out.append(on[best + 1].view());
    i += static_cast<size_t>(on[best].len);
    last = i;
  }
  if (!changed) {
    setString(s, in);
    return;
  }
  out.append(v.substr(last));
  setString(s, newString(out));
}

const NativeEntry kStringsNatives[] = {
    {"strings.Compare", compare},
    {"strings.Count", countN},
    {"strings.EqualFold", equalFoldN},
    {"strings.Index", indexN},
    {"strings.Join", join},
    {"strings.IndexAny", indexAnyN},
    {"strings.IndexByte", indexByteN},
    {"strings.IndexRune", indexRuneN},
    {"strings.LastIndex", lastIndexN},
    {"strings.LastIndexAny", lastIndexAnyN},
    {"strings.LastIndexByte", lastIndexByteN},
    {"strings.Replace", replace},
    {"strings.ToLower", caseMap<unicode::toLower, false>},
    {"strings.ToTitle", caseMap<unicode::toTitle, true>},
    {"strings.ToUpper", caseMap<unicode::toUpper, true>},
    {"strings.Trim", trim},
    {"strings.TrimLeft", trimLeft},
    {"strings.TrimRight", trimRight},
    {"strings.TrimSpace", trimSpace},
    {"strings.bytesString", bytesString},
    {"strings.countFields", countFields},
    {"strings.fillFields", fillFields},
    {"strings.repeat", repeat},
    {"strings.replace", replacerReplace},
};

}  // namespace

std::span<const NativeEntry> stringsNatives() { return kStringsNatives; }

}  // namespace vo::stdlib
