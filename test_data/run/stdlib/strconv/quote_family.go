// The Quote family over ASCII, controls, invalid UTF-8, non-printable and non-graphic runes, surrogates and
// runes past U+10FFFF; IsPrint, IsGraphic, CanBackquote; Unquote of every literal form and its errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "abc", "a\"b'c`d", "\\", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f", "\x80\xff", "é☺😀",
		"\u00a0\u2028\u2029\ufeff", "\u00ad\u200b\u3000", "a\xc3", "\xed\xa0\x80", "\U0010ffff", "\u0378"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	runes := []rune{0, 7, '\n', ' ', '\'', '"', '\\', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 'é', 0x378, 0x2028, 0x3000,
		0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x1f600, 0xe0001, 0x10ffff, 0x110000, -1}
	for _, r := range runes {
		fmt.Println(r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r),
			strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	printable, graphic := 0, 0
	for r := rune(0); r <= 0x10ffff; r += 7 {
		if strconv.IsPrint(r) {
			printable++
		}
		if strconv.IsGraphic(r) {
			graphic++
		}
	}
	fmt.Println("printable", printable, "graphic", graphic)
	for _, s := range []string{"`a\\nb`", "`a\nb`", "`a\rb`", "\"a\\x41\\101\\u0041\\U00000041\"", `"\'"`, `'\''`,
		`'"'`, `"\""`, `'ab'`, `''`, `'é'`, `'\xff'`, `"\xff"`, `"\400"`, `"\uD800"`, `"\U00110000"`, `"a`, `a"`,
		`"a"b"`, "\"a\nb\"", `"\q"`, `"é"`, "\"\xff\"", "'\xff'", "`\xff`", `x`, ``, `"`, "`"} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%q) = %q %v\n", s, u, err)
	}
	for _, s := range []string{`\n`, `\x41rest`, `\u263a!`, `\U0001F600`, `é`, `\'`, `\"`, `\777`, `\08`, "\xff"} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("UnquoteChar(%q, %q) = %d %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	for _, s := range []string{`"abc"def`, "`x`y", `'a'b`, `"unterminated`, `'ab'`, `"a\"b"c`, ``} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("QuotedPrefix(%q) = %q %v\n", s, p, err)
	}
}
