// strings: ToUpper, ToLower, ToTitle, Title (separators, invalid UTF-8), the Special forms with
// unicode.TurkishCase/AzeriCase and a custom SpecialCase, Map (dropping runes, growing and shrinking encodings,
// invalid bytes, mapping to invalid runes) and EqualFold, over the tables of Go 1.19's strings_test.go.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	step := rune(13)
	if r >= 'a' && r <= 'z' {
		return ((r - 'a' + step) % 26) + 'a'
	}
	if r >= 'A' && r <= 'Z' {
		return ((r - 'A' + step) % 26) + 'A'
	}
	return r
}

func main() {
	inputs := []string{"", "ONLYUPPER", "abc", "AbC123", "azAZ09_", "longStrinGwitHmixofsmaLLandcAps",
		"long\u0250string\u0250with\u0250nonascii\u2C6Fchars", "\u0250\u0250\u0250\u0250\u0250",
		"\u2C6D\u2C6D\u2C6D\u2C6D\u2C6D", "a\u0080\U0010FFFF", "A\u0080\U0010FFFF", "ǆǅǄ ǳ ß ﬁ", "ΣΑΣ σας ς",
		"İstanbul ıi", "a\xffb\xc0", "\xed\xa0\x80", "Ǉǈǉ", "ÿøû ŉ", "ɐɑɒ ꞭꞮ", "𐐨𐐀 𞤢𞤀"}
	for _, s := range inputs {
		fmt.Printf("%q: Upper=%q Lower=%q Title=%q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
		fmt.Printf("  TurkishUpper=%q TurkishLower=%q TurkishTitle=%q AzeriUpper=%q\n",
			strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s),
			strings.ToTitleSpecial(unicode.TurkishCase, s), strings.ToUpperSpecial(unicode.AzeriCase, s))
	}

	lower := "abcçdefgğhıijklmnoöprsştuüvyz"
	upper := "ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ"
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, upper) == upper, strings.ToUpperSpecial(unicode.TurkishCase, lower) == upper)
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, lower) == lower, strings.ToLowerSpecial(unicode.TurkishCase, upper) == lower)
	fmt.Println(strings.ToUpper(lower), strings.ToLower(upper))

	// A SpecialCase of one's own, including an UpperLower range and a range that maps nothing.
	custom := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{'X' - 'a', 0, 'Y' - 'a'}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x10f, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		unicode.CaseRange{Lo: 'q', Hi: 'q', Delta: [unicode.MaxCase]rune{0, 0, 0}},
	}
	for _, s := range []string{"abcdq", "ĀāĂăďĎĐ", "QqZ"} {
		fmt.Printf("custom %q: %q %q %q\n", s, strings.ToUpperSpecial(custom, s), strings.ToLowerSpecial(custom, s), strings.ToTitleSpecial(custom, s))
	}
	var empty unicode.SpecialCase
	fmt.Printf("%q\n", strings.ToUpperSpecial(empty, "hello ß"))

	titles := []string{"", "a", " aaa aaa aaa ", " Aaa Aaa Aaa ", "123a456", "double-blind", "ÿøû", "with_underscore",
		"unicode \xe2\x80\xa8 line separator", "dž ǆ", "hello,world.foo!bar", "ab\xffcd", "tab\tnew\nline"}
	for _, s := range titles {
		fmt.Printf("Title(%q) = %q\n", s, strings.Title(s))
	}

	m := strings.Map(rot13, "Hello, World! ☺")
	fmt.Printf("rot13: %q back: %q\n", m, strings.Map(rot13, m))
	dropA := func(r rune) rune {
		if r == 'a' || r == '☺' {
			return -1
		}
		return r
	}
	fmt.Printf("%q\n", strings.Map(dropA, "abracadabra ☺☺ a"))
	grow := func(r rune) rune { return '\U0001F600' }
	fmt.Printf("%q\n", strings.Map(grow, "ab☺"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "ok\xffok\xe2\x98"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return unicode.MaxRune + 1 }, "ab"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "\xff"))
	fmt.Printf("%q\n", strings.Map(unicode.ToUpper, ""))

	folds := [][2]string{{"abc", "abc"}, {"ABcd", "ABcd"}, {"123abc", "123ABC"}, {"αβδ", "ΑΒΔ"}, {"abc", "xyz"},
		{"abc", "XYZ"}, {"abcdefghijk", "abcdefghijX"}, {"abcdefghijk", "abcdefghij\u212A"},
		{"abcdefghijK", "abcdefghij\u212A"}, {"abcdefghijkz", "abcdefghij\u212Ay"}, {"abcdefghijKz", "abcdefghij\u212Ay"},
		{"1", "2"}, {"utf-8", "US-ASCII"}, {"", ""}, {"a", ""}, {"ß", "SS"}, {"ſ", "S"}, {"ǅ", "ǆ"}, {"\xff", "\xfe"},
		{"\xff", "\uFFFD"}, {"ΣΑΣ", "σας"}, {"İ", "i"}, {"K", "\u212a"}}
	for _, f := range folds {
		fmt.Printf("EqualFold(%q, %q) = %v\n", f[0], f[1], strings.EqualFold(f[0], f[1]))
	}
}
