// unicode/utf8: DecodeRune, DecodeLastRune, FullRune (string and []byte forms) on every prefix of Go 1.19's
// utf8_test.go encodings, surrogates and invalid sequences; EncodeRune, AppendRune, RuneLen, ValidRune on the
// boundary runes; RuneCount, Valid, RuneStart; and checksums over every two-byte sequence and a grid of three-
// and four-byte ones, compared with the decoding of `for range` and []rune conversion.
package main

import (
	"fmt"
	"unicode/utf8"
)

type Utf8Map struct {
	r   rune
	str string
}

var utf8map = []Utf8Map{
	{0x0000, "\x00"},
	{0x0001, "\x01"},
	{0x007e, "\x7e"},
	{0x007f, "\x7f"},
	{0x0080, "\xc2\x80"},
	{0x0081, "\xc2\x81"},
	{0x00bf, "\xc2\xbf"},
	{0x00c0, "\xc3\x80"},
	{0x00c1, "\xc3\x81"},
	{0x00c8, "\xc3\x88"},
	{0x00d0, "\xc3\x90"},
	{0x00e0, "\xc3\xa0"},
	{0x00f0, "\xc3\xb0"},
	{0x00f8, "\xc3\xb8"},
	{0x00ff, "\xc3\xbf"},
	{0x0100, "\xc4\x80"},
	{0x07ff, "\xdf\xbf"},
	{0x0400, "\xd0\x80"},
	{0x0800, "\xe0\xa0\x80"},
	{0x0801, "\xe0\xa0\x81"},
	{0x1000, "\xe1\x80\x80"},
	{0xd000, "\xed\x80\x80"},
	{0xd7ff, "\xed\x9f\xbf"}, // last code point before surrogate half.
	{0xe000, "\xee\x80\x80"}, // first code point after surrogate half.
	{0xfffe, "\xef\xbf\xbe"},
	{0xffff, "\xef\xbf\xbf"},
	{0x10000, "\xf0\x90\x80\x80"},
	{0x10001, "\xf0\x90\x80\x81"},
	{0x40000, "\xf1\x80\x80\x80"},
	{0x10fffe, "\xf4\x8f\xbf\xbe"},
	{0x10ffff, "\xf4\x8f\xbf\xbf"},
	{0xFFFD, "\xef\xbf\xbd"},
}
var surrogateMap = []Utf8Map{
	{0xd800, "\xed\xa0\x80"}, // surrogate min decodes to (RuneError, 1)
	{0xdfff, "\xed\xbf\xbf"}, // surrogate max decodes to (RuneError, 1)
}
var testStrings = []string{
	"",
	"abcd",
	"☺☻☹",
	"日a本b語ç日ð本Ê語þ日¥本¼語i日©",
	"日a本b語ç日ð本Ê語þ日¥本¼語i日©日a本b語ç日ð本Ê語þ日¥本¼語i日©日a本b語ç日ð本Ê語þ日¥本¼語i日©",
	"\x80\x80\x80\x80",
}
var invalidSequenceTests = []string{
	"\xed\xa0\x80\x80", // surrogate min
	"\xed\xbf\xbf\x80", // surrogate max

	// xx
	"\x91\x80\x80\x80",

	// s1
	"\xC2\x7F\x80\x80",
	"\xC2\xC0\x80\x80",
	"\xDF\x7F\x80\x80",
	"\xDF\xC0\x80\x80",

	// s2
	"\xE0\x9F\xBF\x80",
	"\xE0\xA0\x7F\x80",
	"\xE0\xBF\xC0\x80",
	"\xE0\xC0\x80\x80",

	// s3
	"\xE1\x7F\xBF\x80",
	"\xE1\x80\x7F\x80",
	"\xE1\xBF\xC0\x80",
	"\xE1\xC0\x80\x80",

	//s4
	"\xED\x7F\xBF\x80",
	"\xED\x80\x7F\x80",
	"\xED\x9F\xC0\x80",
	"\xED\xA0\x80\x80",

	// s5
	"\xF0\x8F\xBF\xBF",
	"\xF0\x90\x7F\xBF",
	"\xF0\x90\x80\x7F",
	"\xF0\xBF\xBF\xC0",
	"\xF0\xBF\xC0\x80",
	"\xF0\xC0\x80\x80",

	// s6
	"\xF1\x7F\xBF\xBF",
	"\xF1\x80\x7F\xBF",
	"\xF1\x80\x80\x7F",
	"\xF1\xBF\xBF\xC0",
	"\xF1\xBF\xC0\x80",
	"\xF1\xC0\x80\x80",

	// s7
	"\xF4\x7F\xBF\xBF",
	"\xF4\x80\x7F\xBF",
	"\xF4\x80\x80\x7F",
	"\xF4\x8F\xBF\xC0",
	"\xF4\x8F\xC0\x80",
	"\xF4\x90\x80\x80",
}

func show(s string) {
	b := []byte(s)
	r, n := utf8.DecodeRuneInString(s)
	rb, nb := utf8.DecodeRune(b)
	lr, ln := utf8.DecodeLastRuneInString(s)
	lrb, lnb := utf8.DecodeLastRune(b)
	fmt.Printf("%q: Decode=%#x,%d Last=%#x,%d Full=%v Count=%d Valid=%v", s, r, n, lr, ln, utf8.FullRuneInString(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	if rb != r || nb != n || lrb != lr || lnb != ln || utf8.FullRune(b) != utf8.FullRuneInString(s) || utf8.RuneCount(b) != utf8.RuneCountInString(s) || utf8.Valid(b) != utf8.ValidString(s) {
		fmt.Print(" BYTES DIFFER")
	}
	fmt.Println()
}

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, m := range utf8map {
		b := make([]byte, 4)
		n := utf8.EncodeRune(b, m.r)
		fmt.Printf("%#x: Encode=%q RuneLen=%d ValidRune=%v Append=%q", m.r, b[:n], utf8.RuneLen(m.r), utf8.ValidRune(m.r), utf8.AppendRune([]byte("x"), m.r))
		fmt.Printf(" match=%v\n", string(b[:n]) == m.str)
		for i := 0; i <= len(m.str); i++ {
			show(m.str[:i])
		}
		show(m.str + "z")
		show("z" + m.str)
	}
	for _, m := range surrogateMap {
		show(m.str)
	}
	for _, s := range testStrings {
		show(s)
		rs := []rune(s)
		fmt.Println(len(rs), string(rs) == s)
	}
	for _, s := range invalidSequenceTests {
		for i := 1; i <= len(s); i++ {
			show(s[:i])
		}
	}

	for _, r := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, 0x7fffffff, -0x80000000} {
		b := make([]byte, 4)
		n := utf8.EncodeRune(b, r)
		fmt.Printf("%#x: RuneLen=%d ValidRune=%v Encode=%q Append=%q\n", r, utf8.RuneLen(r), utf8.ValidRune(r), b[:n], utf8.AppendRune(nil, r))
	}
	for _, c := range []byte{0, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xf0, 0xf4, 0xf5, 0xff} {
		fmt.Printf("RuneStart(%#x)=%v ", c, utf8.RuneStart(c))
	}
	fmt.Println()

	// EncodeRune into a buffer that is too short panics like an index expression.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		utf8.EncodeRune(make([]byte, 2), '☺')
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		utf8.EncodeRune(nil, 'a')
	}()

	// Every two-byte sequence, and a grid of longer ones: a checksum of all results, and agreement with range.
	var sum uint64
	disagree := 0
	buf := make([]byte, 4)
	check := func(b []byte) {
		r, n := utf8.DecodeRune(b)
		lr, ln := utf8.DecodeLastRune(b)
		full := utf8.FullRune(b)
		valid := utf8.Valid(b)
		count := utf8.RuneCount(b)
		sum = sum*1000003 + uint64(r)*31 + uint64(n)*7 + uint64(lr)*17 + uint64(ln)*3 + uint64(count)*13
		if full {
			sum += 1
		}
		if valid {
			sum += 2
		}
		k := 0
		for range string(b) {
			k++
		}
		if k != count {
			disagree++
		}
	}
	for i := 0; i < 256; i++ {
		buf[0] = byte(i)
		check(buf[:1])
		for j := 0; j < 256; j++ {
			buf[1] = byte(j)
			check(buf[:2])
		}
	}
	edges := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}
	for i := 0xc0; i < 0x100; i++ {
		buf[0] = byte(i)
		for _, j := range edges {
			buf[1] = j
			for _, k := range edges {
				buf[2] = k
				check(buf[:3])
				for _, l := range edges {
					buf[3] = l
					check(buf[:4])
				}
			}
		}
	}
	fmt.Printf("checksum %#x disagreements %d\n", sum, disagree)
}
