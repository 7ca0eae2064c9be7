// UTF-8 helpers shared by string.cpp and stdlib natives (unicode/utf8 semantics).
#pragma once

#include <cstdint>

namespace vo::rt {

/// Writes the UTF-8 encoding of `r` (U+FFFD when r is negative, above U+10FFFF or a surrogate) to `p` (room for
/// 4 bytes); returns the byte count.
int encodeRune(uint8_t* p, int64_t r);
/// Bytes encodeRune writes for `r`.
int runeLen(int64_t r);
/// Decodes the first rune of the `n` bytes at `p` (utf8.DecodeRune): (U+FFFD, width 1) on invalid input,
/// (U+FFFD, width 0) when n <= 0.
int64_t decodeRuneAt(const uint8_t* p, int64_t n, int* width);

}  // namespace vo::rt
