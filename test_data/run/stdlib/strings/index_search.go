// strings: Index, LastIndex, IndexAny, LastIndexAny, IndexByte, LastIndexByte, IndexRune, IndexFunc,
// LastIndexFunc, Contains, ContainsAny, ContainsRune and Count over the tables of Go 1.19's strings_test.go
// (invalid UTF-8 and RuneError included), plus a deterministic comparison of Index with a naive search.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var abcd = "abcd"
var faces = "☺☻☹"
var commas = "1,2,3,4"
var dots = "1....2....3....4"

type IndexTest struct {
	s   string
	sep string
	out int
}

var indexTests = []IndexTest{
	{"", "", 0},
	{"", "a", -1},
	{"", "foo", -1},
	{"fo", "foo", -1},
	{"foo", "foo", 0},
	{"oofofoofooo", "f", 2},
	{"oofofoofooo", "foo", 4},
	{"barfoobarfoo", "foo", 3},
	{"foo", "", 0},
	{"foo", "o", 1},
	{"abcABCabc", "A", 3},
	// cases with one byte strings - test special case in Index()
	{"", "a", -1},
	{"x", "a", -1},
	{"x", "x", 0},
	{"abc", "a", 0},
	{"abc", "b", 1},
	{"abc", "c", 2},
	{"abc", "x", -1},
	// test special cases in Index() for short strings
	{"", "ab", -1},
	{"bc", "ab", -1},
	{"ab", "ab", 0},
	{"xab", "ab", 1},
	{"xab"[:2], "ab", -1},
	{"", "abc", -1},
	{"xbc", "abc", -1},
	{"abc", "abc", 0},
	{"xabc", "abc", 1},
	{"xabc"[:3], "abc", -1},
	{"xabxc", "abc", -1},
	{"", "abcd", -1},
	{"xbcd", "abcd", -1},
	{"abcd", "abcd", 0},
	{"xabcd", "abcd", 1},
	{"xyabcd"[:5], "abcd", -1},
	{"xbcqq", "abcqq", -1},
	{"abcqq", "abcqq", 0},
	{"xabcqq", "abcqq", 1},
	{"xyabcqq"[:6], "abcqq", -1},
	{"xabxcqq", "abcqq", -1},
	{"xabcqxq", "abcqq", -1},
	{"", "01234567", -1},
	{"32145678", "01234567", -1},
	{"01234567", "01234567", 0},
	{"x01234567", "01234567", 1},
	{"x0123456x01234567", "01234567", 9},
	{"xx01234567"[:9], "01234567", -1},
	{"", "0123456789", -1},
	{"3214567844", "0123456789", -1},
	{"0123456789", "0123456789", 0},
	{"x0123456789", "0123456789", 1},
	{"x012345678x0123456789", "0123456789", 11},
	{"xyz0123456789"[:12], "0123456789", -1},
	{"x01234567x89", "0123456789", -1},
	{"", "0123456789012345", -1},
	{"3214567889012345", "0123456789012345", -1},
	{"0123456789012345", "0123456789012345", 0},
	{"x0123456789012345", "0123456789012345", 1},
	{"x012345678901234x0123456789012345", "0123456789012345", 17},
	{"", "01234567890123456789", -1},
	{"32145678890123456789", "01234567890123456789", -1},
	{"01234567890123456789", "01234567890123456789", 0},
	{"x01234567890123456789", "01234567890123456789", 1},
	{"x0123456789012345678x01234567890123456789", "01234567890123456789", 21},
	{"xyz01234567890123456789"[:22], "01234567890123456789", -1},
	{"", "0123456789012345678901234567890", -1},
	{"321456788901234567890123456789012345678911", "0123456789012345678901234567890", -1},
	{"0123456789012345678901234567890", "0123456789012345678901234567890", 0},
	{"x0123456789012345678901234567890", "0123456789012345678901234567890", 1},
	{"x012345678901234567890123456789x0123456789012345678901234567890", "0123456789012345678901234567890", 32},
	{"xyz0123456789012345678901234567890"[:33], "0123456789012345678901234567890", -1},
	{"", "01234567890123456789012345678901", -1},
	{"32145678890123456789012345678901234567890211", "01234567890123456789012345678901", -1},
	{"01234567890123456789012345678901", "01234567890123456789012345678901", 0},
	{"x01234567890123456789012345678901", "01234567890123456789012345678901", 1},
	{"x0123456789012345678901234567890x01234567890123456789012345678901", "01234567890123456789012345678901", 33},
	{"xyz01234567890123456789012345678901"[:34], "01234567890123456789012345678901", -1},
	{"xxxxxx012345678901234567890123456789012345678901234567890123456789012", "012345678901234567890123456789012345678901234567890123456789012", 6},
	{"", "0123456789012345678901234567890123456789", -1},
	{"xx012345678901234567890123456789012345678901234567890123456789012", "0123456789012345678901234567890123456789", 2},
	{"xx012345678901234567890123456789012345678901234567890123456789012"[:41], "0123456789012345678901234567890123456789", -1},
	{"xx012345678901234567890123456789012345678901234567890123456789012", "0123456789012345678901234567890123456xxx", -1},
	{"xx0123456789012345678901234567890123456789012345678901234567890120123456789012345678901234567890123456xxx", "0123456789012345678901234567890123456xxx", 65},
	// test fallback to Rabin-Karp.
	{"oxoxoxoxoxoxoxoxoxoxoxoy", "oy", 22},
	{"oxoxoxoxoxoxoxoxoxoxoxox", "oy", -1},
}

var lastIndexTests = []IndexTest{
	{"", "", 0},
	{"", "a", -1},
	{"", "foo", -1},
	{"fo", "foo", -1},
	{"foo", "foo", 0},
	{"foo", "f", 0},
	{"oofofoofooo", "f", 7},
	{"oofofoofooo", "foo", 7},
	{"barfoobarfoo", "foo", 9},
	{"foo", "", 3},
	{"foo", "o", 2},
	{"abcABCabc", "A", 3},
	{"abcABCabc", "a", 6},
}

var indexAnyTests = []IndexTest{
	{"", "", -1},
	{"", "a", -1},
	{"", "abc", -1},
	{"a", "", -1},
	{"a", "a", 0},
	{"\x80", "\xffb", 0},
	{"aaa", "a", 0},
	{"abc", "xyz", -1},
	{"abc", "xcz", 2},
	{"ab☺c", "x☺yz", 2},
	{"a☺b☻c☹d", "cx", len("a☺b☻")},
	{"a☺b☻c☹d", "uvw☻xyz", len("a☺b")},
	{"aRegExp*", ".(|)*+?^$[]", 7},
	{dots + dots + dots, " ", -1},
	{"012abcba210", "\xffb", 4},
	{"012\x80bcb\x80210", "\xffb", 3},
	{"0123456\xcf\x80abc", "\xcfb\x80", 10},
}

var lastIndexAnyTests = []IndexTest{
	{"", "", -1},
	{"", "a", -1},
	{"", "abc", -1},
	{"a", "", -1},
	{"a", "a", 0},
	{"\x80", "\xffb", 0},
	{"aaa", "a", 2},
	{"abc", "xyz", -1},
	{"abc", "ab", 1},
	{"ab☺c", "x☺yz", 2},
	{"a☺b☻c☹d", "cx", len("a☺b☻")},
	{"a☺b☻c☹d", "uvw☻xyz", len("a☺b")},
	{"a.RegExp*", ".(|)*+?^$[]", 8},
	{dots + dots + dots, " ", -1},
	{"012abcba210", "\xffb", 6},
	{"012\x80bcb\x80210", "\xffb", 7},
	{"0123456\xcf\x80abc", "\xcfb\x80", 10},
}

func run(name string, f func(s, sep string) int, tests []IndexTest) {
	for _, tt := range tests {
		got := f(tt.s, tt.sep)
		mark := ""
		if got != tt.out {
			mark = " MISMATCH"
		}
		fmt.Printf("%s(%q, %q) = %d%s\n", name, tt.s, tt.sep, got, mark)
	}
}

func simpleIndex(s, sep string) int {
	n := len(sep)
	for i := n; i <= len(s); i++ {
		if s[i-n:i] == sep {
			return i - n
		}
	}
	return -1
}

func main() {
	run("Index", strings.Index, indexTests)
	run("LastIndex", strings.LastIndex, lastIndexTests)
	run("IndexAny", strings.IndexAny, indexAnyTests)
	run("LastIndexAny", strings.LastIndexAny, lastIndexAnyTests)
	for _, tt := range indexTests {
		if len(tt.sep) == 1 {
			fmt.Printf("IndexByte(%q, %q) = %d LastIndexByte = %d\n", tt.s, tt.sep[0], strings.IndexByte(tt.s, tt.sep[0]), strings.LastIndexByte(tt.s, tt.sep[0]))
		}
	}
	for _, tt := range []IndexTest{{"", "q", -1}, {"abcdefabcdef", "a", 6}, {"abcdefabcdef", "f", 11}, {"zabcdefabcdef", "z", 0}, {"a☺b☻c☹d", "b", 4}} {
		fmt.Printf("LastIndexByte(%q, %q) = %d\n", tt.s, tt.sep[0], strings.LastIndexByte(tt.s, tt.sep[0]))
	}

	runeTests := []struct {
		in   string
		rune rune
	}{
		{"", 'a'}, {"", '☺'}, {"foo", '☹'}, {"foo", 'o'}, {"foo☺bar", '☺'}, {"foo☺☻☹bar", '☹'}, {"a A x", 'A'},
		{"some_text=some_value", '='}, {"☺a", 'a'}, {"a☻☺b", '☺'},
		{"�", '�'}, {"\xff", '�'}, {"☻x�", '�'}, {"☻x\xe2\x98", '�'}, {"☻x\xe2\x98�", '�'}, {"☻x\xe2\x98x", '�'},
		{"a☺b☻c☹d\xe2\x98�\xff�\xed\xa0\x80", -1}, {"a☺b☻c☹d\xe2\x98�\xff�\xed\xa0\x80", 0xD800},
		{"a☺b☻c☹d\xe2\x98�\xff�\xed\xa0\x80", utf8.MaxRune + 1},
	}
	for _, tt := range runeTests {
		fmt.Printf("IndexRune(%q, %d) = %d ContainsRune = %v\n", tt.in, tt.rune, strings.IndexRune(tt.in, tt.rune), strings.ContainsRune(tt.in, tt.rune))
	}

	funcTests := []string{"", "abc", "\u0e50\u0e5212hello34\u0e50\u0e51", "12\u0e50\u0e52hello34\u0e50\u0e51", "\x80\x80\xff", "☺\xffx", "  \t\n", "Abc DEF"}
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsSpace", unicode.IsSpace}, {"IsDigit", unicode.IsDigit}, {"IsUpper", unicode.IsUpper},
		{"not IsLower", func(r rune) bool { return !unicode.IsLower(r) }},
		{"isValidRune", func(r rune) bool { return r != utf8.RuneError }},
	}
	for _, s := range funcTests {
		for _, p := range preds {
			fmt.Printf("IndexFunc(%q, %s) = %d LastIndexFunc = %d\n", s, p.name, strings.IndexFunc(s, p.f), strings.LastIndexFunc(s, p.f))
		}
	}

	containsTests := [][2]string{{"abc", "bc"}, {"abc", "bcd"}, {"abc", ""}, {"", "a"}, {"", ""}, {"xxxxxx", "01"}, {"xx01x", "01"}, {"☺☻", "☻"}, {"a\xff", "\xff"}}
	for _, c := range containsTests {
		fmt.Printf("Contains(%q, %q) = %v ContainsAny = %v Count = %d\n", c[0], c[1], strings.Contains(c[0], c[1]), strings.ContainsAny(c[0], c[1]), strings.Count(c[0], c[1]))
	}
	countTests := [][2]string{{"", ""}, {"", "notempty"}, {"notempty", ""}, {"smaller", "not smaller"}, {"12345678987654321", "6"},
		{"611161116", "6"}, {"notequal", "NotEqual"}, {"equal", "equal"}, {"abc1231231123q", "123"}, {"11111", "11"}, {"☺☻☹", ""}, {"aaa", "a"}, {"\xff\xfe", ""}}
	for _, c := range countTests {
		fmt.Printf("Count(%q, %q) = %d\n", c[0], c[1], strings.Count(c[0], c[1]))
	}

	// A deterministic pseudo-random comparison with a naive search.
	const chars = "abcA"
	seed := uint32(12345)
	next := func(n int) int {
		seed = seed*1103515245 + 12345
		return int(seed>>16) % n
	}
	bad := 0
	for times := 0; times < 200; times++ {
		b := make([]byte, 1+next(40))
		for i := range b {
			b[i] = chars[next(len(chars))]
		}
		s := string(b)
		begin := next(len(s) + 1)
		end := begin + next(len(s)+1-begin)
		sep := s[begin:end]
		if times%3 == 0 {
			sep += "a"
		}
		if strings.Index(s, sep) != simpleIndex(s, sep) {
			bad++
		}
		if strings.Contains(s, sep) != (simpleIndex(s, sep) >= 0) {
			bad++
		}
	}
	fmt.Println("random Index mismatches:", bad)
}
