// Go's strconv conversions on C++ strings, shared by the fmt and strconv natives: float formatting (ftoa.go),
// integer formatting and parsing (itoa.go, atoi.go), float parsing (atof.go) and quoting (quote.go). Outputs are
// byte-for-byte those of Go 1.19. Does not touch the GC heap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vo::stdlib::strconv {

/// Appends `v` formatted as strconv.AppendFloat(dst, v, fmt, prec, bitSize) does: fmt is one of 'b' 'e' 'E' 'f'
/// 'g' 'G' 'x' 'X' (anything else gives "%" followed by fmt, as Go); prec -1 means the shortest representation
/// that reads back exactly; bitSize 32 rounds to float32 first.
void appendFloat(std::string& out, double v, char fmt, int prec, int bitSize);

/// Bytes formatUint may write: 64 binary digits and a sign.
inline constexpr int kFormatUintBytes = 65;
/// The two-digit decimal strings "00" "01" ... "99" back to back (Go's smallsString): pair r is at 2*r.
inline constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
/// Writes `u` in `base` (2..36, lowercase digits; another base counts as 10), with a leading '-' when `negative`,
/// right-aligned in `buf`; returns the index of the first byte (the text is buf[start, kFormatUintBytes)).
/// Go's formatBits: two decimal digits per division by a constant, shifts and masks for powers of two.
int formatUint(char (&buf)[kFormatUintBytes], uint64_t u, int base, bool negative);
/// The number of decimal digits of `u` (1 for 0).
int decimalLen(uint64_t u);
/// Writes the decimalLen(u) digits of `u` ending just before `end` (no sign); returns the first digit's address.
/// For writing straight into the destination: formatUint's buffer read back with wider loads than its byte stores
/// stalls store-to-load forwarding (about 20 cycles) when the copy follows at once.
char* formatDecimal(char* end, uint64_t u);
/// Appends `u` in `base` (2..36, lowercase digits); `negative` prefixes '-'.
void appendUint(std::string& out, uint64_t u, int base, bool negative = false);
/// Appends `v` in `base` (2..36).
inline void appendInt(std::string& out, int64_t v, int base) {
  bool neg = v < 0;
  appendUint(out, neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v), base, neg);
}

/// Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020 (unicode.IsPrint).
bool isPrint(int32_t r);
/// Go's strconv.IsGraphic: IsPrint plus the Unicode space characters of category Zs.
bool isGraphic(int32_t r);
/// Go's strconv.CanBackquote.
bool canBackquote(std::string_view s);
/// Appends strconv.Quote(s) (asciiOnly: QuoteToASCII; graphicOnly: QuoteToGraphic).
void appendQuote(std::string& out, std::string_view s, bool asciiOnly = false, bool graphicOnly = false);
/// Appends strconv.QuoteRune(r) (asciiOnly: QuoteRuneToASCII); invalid runes quote as '\ufffd'... as Go does.
void appendQuoteRune(std::string& out, int64_t r, bool asciiOnly = false, bool graphicOnly = false);
/// strconv.Unquote: false on invalid syntax.
bool unquote(std::string_view s, std::string* out);

/// Why a parse failed (strconv.ErrSyntax / ErrRange), or Ok.
enum class ParseErrorKind : uint8_t { Ok, Syntax, Range, BadBase, BadBitSize };

/// strconv.ParseInt(s, base, bitSize): on Range the value is the clamped bound, as Go returns it.
ParseErrorKind parseInt(std::string_view s, int base, int bitSize, int64_t* out);
/// strconv.ParseUint.
ParseErrorKind parseUint(std::string_view s, int base, int bitSize, uint64_t* out);
/// strconv.ParseFloat(s, bitSize) (decimal and hexadecimal forms, underscores only with a base prefix, "inf",
/// "infinity", "nan" in any case); on Range the value is ±Inf.
ParseErrorKind parseFloat(std::string_view s, int bitSize, double* out);
/// atof.go parseFloatPrefix: parses the longest prefix of s in Go's float syntax and stores its length in *n (0
/// with Syntax when there is none); the value is as parseFloat's, NaN with math.NaN()'s bits.
ParseErrorKind parseFloatPrefix(std::string_view s, int bitSize, double* out, size_t* n);
/// strconv.ParseBool.
ParseErrorKind parseBool(std::string_view s, bool* out);

}  // namespace vo::stdlib::strconv
