// strings: Trim, TrimLeft, TrimRight (ASCII and Unicode cutsets, invalid UTF-8), TrimSpace, TrimFunc and its
// Left/Right forms, TrimPrefix/TrimSuffix, HasPrefix/HasSuffix, Replace/ReplaceAll (n = 0, 1, many, empty old),
// Repeat (and its panics, recovered), ToValidUTF8, Compare and Clone, over the tables of Go 1.19's strings_test.go.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const space = "\t\v\r\f\n\u0085\u00a0\u2000\u3000"

type predicate struct {
	f    func(rune) bool
	name string
}

var isSpace = predicate{unicode.IsSpace, "IsSpace"}
var isDigit = predicate{unicode.IsDigit, "IsDigit"}
var isUpper = predicate{unicode.IsUpper, "IsUpper"}
var isValidRune = predicate{func(r rune) bool { return r != utf8.RuneError }, "IsValidRune"}

func not(p predicate) predicate {
	return predicate{func(r rune) bool { return !p.f(r) }, "not " + p.name}
}

func repeatPanic(s string, n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return strings.Repeat(s, n)
}

func main() {
	trims := [][2]string{{"abba", "a"}, {"abba", "ab"}, {"abba", "b"}, {"<tag>", "<>"}, {"* listitem", " *"},
		{`"quote"`, `"`}, {"\u2C6F\u2C6F\u0250\u0250\u2C6F\u2C6F", "\u2C6F"}, {"\x80test\xff", "\xff"},
		{" Ġ ", " "}, {" Ġİ0", "0 "}, {"abba", ""}, {"", "123"}, {"", ""}, {"☺\xc0", "☺"}, {"\xc0☺\xc0", "\uFFFD"},
		{"aabb", "a"}, {"aabb", "b"}, {"xxhixx", "x"}, {"ŉabcŉ", "ŉ"}, {"\x00a\x00", "\x00"}}
	for _, t := range trims {
		fmt.Printf("%q %q: Trim=%q TrimLeft=%q TrimRight=%q TrimPrefix=%q TrimSuffix=%q HasPrefix=%v HasSuffix=%v\n",
			t[0], t[1], strings.Trim(t[0], t[1]), strings.TrimLeft(t[0], t[1]), strings.TrimRight(t[0], t[1]),
			strings.TrimPrefix(t[0], t[1]), strings.TrimSuffix(t[0], t[1]), strings.HasPrefix(t[0], t[1]), strings.HasSuffix(t[0], t[1]))
	}

	spaces := []string{"", "abc", space + "abc" + space, " ", " \t\r\n \t\t\r\r\n\n ", " \t\r\n x\t\t\r\r\n\n ",
		" \u2000\t\r\n x\t\t\r\r\ny\n \u3000", "1 \t\r\n2", " x\x80", " x\xc0", "x \xc0\xc0 ", "x \xc0", "x \xc0 ",
		"x ☺\xc0\xc0 ", "x ☺ ", "\u200b x \u200b", "\u180e x"}
	for _, s := range spaces {
		fmt.Printf("TrimSpace(%q) = %q\n", s, strings.TrimSpace(s))
	}

	funcTests := []struct {
		f  predicate
		in string
	}{
		{isSpace, space + " hello " + space},
		{isDigit, "\u0e50\u0e5212hello34\u0e50\u0e51"},
		{isUpper, "\u2C6F\u2C6F\u2C6F\u2C6FABCDhelloEF\u2C6F\u2C6FGH\u2C6F\u2C6F"},
		{not(isSpace), "hello" + space + "hello"},
		{not(isDigit), "hello\u0e50\u0e521234\u0e50\u0e51helo"},
		{isValidRune, "ab\xc0a\xc0cd"},
		{not(isValidRune), "\xc0a\xc0"},
		{isSpace, ""},
		{isSpace, " "},
	}
	for _, tc := range funcTests {
		fmt.Printf("%s %q: TrimFunc=%q TrimLeftFunc=%q TrimRightFunc=%q\n", tc.f.name, tc.in,
			strings.TrimFunc(tc.in, tc.f.f), strings.TrimLeftFunc(tc.in, tc.f.f), strings.TrimRightFunc(tc.in, tc.f.f))
	}

	replaces := []struct {
		in, old, new string
		n            int
	}{
		{"hello", "l", "L", 0}, {"hello", "l", "L", -1}, {"hello", "x", "X", -1}, {"", "x", "X", -1},
		{"radar", "r", "<r>", -1}, {"", "", "<>", -1}, {"banana", "a", "<>", -1}, {"banana", "a", "<>", 1},
		{"banana", "a", "<>", 1000}, {"banana", "an", "<>", -1}, {"banana", "ana", "<>", -1},
		{"banana", "", "<>", -1}, {"banana", "", "<>", 10}, {"banana", "", "<>", 6}, {"banana", "", "<>", 5},
		{"banana", "", "<>", 1}, {"banana", "a", "a", -1}, {"banana", "a", "a", 1}, {"☺☻☹", "", "<>", -1},
		{"a\xffb", "", "-", -1}, {"aaaa", "aa", "b", -1}, {"abc", "abc", "", -1},
	}
	for _, r := range replaces {
		fmt.Printf("Replace(%q, %q, %q, %d) = %q", r.in, r.old, r.new, r.n, strings.Replace(r.in, r.old, r.new, r.n))
		if r.n == -1 {
			fmt.Printf(" ReplaceAll = %q", strings.ReplaceAll(r.in, r.old, r.new))
		}
		fmt.Println()
	}

	for _, r := range []struct {
		s string
		n int
	}{{"", 0}, {"", 1}, {"", 2}, {"-", 0}, {"-", 1}, {"-", 10}, {"abc ", 3}, {"☺", 4}, {"x", -1}, {"ab", 1 << 62}, {"", 1 << 62}} {
		fmt.Printf("Repeat(%q, %d) = %q\n", r.s, r.n, repeatPanic(r.s, r.n))
	}
	fmt.Println(len(strings.Repeat("abc", 1000)))

	valid := []struct{ in, repl string }{{"", "\uFFFD"}, {"abc", "\uFFFD"}, {"\uFDDD", "\uFFFD"}, {"a\xffb", "\uFFFD"},
		{"a\xffb\uFFFD", "X"}, {"a☺\xffb☺\xC0\xAFc☺\xff", ""}, {"a☺\xffb☺\xC0\xAFc☺\xff", "日本語"},
		{"\xC0\xAF", "\uFFFD"}, {"\xE0\x80\xAF", "\uFFFD"}, {"\xed\xa0\x80", "abc"}, {"\xed\xbf\xbf", "\uFFFD"},
		{"\xF0\x80\x80\xaf", "☺"}, {"\xF8\x80\x80\x80\xAF", "\uFFFD"}, {"\xFC\x80\x80\x80\x80\xAF", "\uFFFD"}}
	for _, v := range valid {
		fmt.Printf("ToValidUTF8(%q, %q) = %q\n", v.in, v.repl, strings.ToValidUTF8(v.in, v.repl))
	}

	cmps := [][2]string{{"", ""}, {"a", ""}, {"", "a"}, {"abc", "abc"}, {"ab", "abc"}, {"abc", "ab"}, {"x", "ab"},
		{"ab", "x"}, {"x", "a"}, {"b", "x"}, {"\xff", "a"}, {"☺", "☻"}, {"abcdefgh", "abcdefgh"}, {"abcdefghi", "abcdefghj"}}
	for _, c := range cmps {
		fmt.Printf("Compare(%q, %q) = %d\n", c[0], c[1], strings.Compare(c[0], c[1]))
	}
	for _, s := range []string{"", "abc", "☺☻☹"} {
		c := strings.Clone(s)
		fmt.Printf("Clone(%q) = %q equal=%v\n", s, c, c == s)
	}
}
