// unicode: To with every case (and invalid cases), ToUpper/ToLower/ToTitle over the cases of Go 1.19's
// letter_test.go (ASCII, Latin-1, UpperLower sequences, Deseret, Cherokee), SimpleFold orbits and its answers for
// negative and out-of-range runes, SpecialCase (TurkishCase, AzeriCase, a custom one with UpperLower, an empty
// one) and the Range16/Range32 search of Is on hand-built RangeTables (strides, linear and binary search).
package main

import (
	"fmt"
	"unicode"
	. "unicode"
)

type caseT struct {
	cas     int
	in, out rune
}

var caseTest = []caseT{
	// errors
	{-1, '\n', 0xFFFD},
	{UpperCase, -1, -1},
	{UpperCase, 1 << 30, 1 << 30},

	// ASCII (special-cased so test carefully)
	{UpperCase, '\n', '\n'},
	{UpperCase, 'a', 'A'},
	{UpperCase, 'A', 'A'},
	{UpperCase, '7', '7'},
	{LowerCase, '\n', '\n'},
	{LowerCase, 'a', 'a'},
	{LowerCase, 'A', 'a'},
	{LowerCase, '7', '7'},
	{TitleCase, '\n', '\n'},
	{TitleCase, 'a', 'A'},
	{TitleCase, 'A', 'A'},
	{TitleCase, '7', '7'},

	// Latin-1: easy to read the tests!
	{UpperCase, 0x80, 0x80},
	{UpperCase, 'Å', 'Å'},
	{UpperCase, 'å', 'Å'},
	{LowerCase, 0x80, 0x80},
	{LowerCase, 'Å', 'å'},
	{LowerCase, 'å', 'å'},
	{TitleCase, 0x80, 0x80},
	{TitleCase, 'Å', 'Å'},
	{TitleCase, 'å', 'Å'},

	// 0131;LATIN SMALL LETTER DOTLESS I;Ll;0;L;;;;;N;;;0049;;0049
	{UpperCase, 0x0131, 'I'},
	{LowerCase, 0x0131, 0x0131},
	{TitleCase, 0x0131, 'I'},

	// 0133;LATIN SMALL LIGATURE IJ;Ll;0;L;<compat> 0069 006A;;;;N;LATIN SMALL LETTER I J;;0132;;0132
	{UpperCase, 0x0133, 0x0132},
	{LowerCase, 0x0133, 0x0133},
	{TitleCase, 0x0133, 0x0132},

	// 212A;KELVIN SIGN;Lu;0;L;004B;;;;N;DEGREES KELVIN;;;006B;
	{UpperCase, 0x212A, 0x212A},
	{LowerCase, 0x212A, 'k'},
	{TitleCase, 0x212A, 0x212A},

	// From an UpperLower sequence
	// A640;CYRILLIC CAPITAL LETTER ZEMLYA;Lu;0;L;;;;;N;;;;A641;
	{UpperCase, 0xA640, 0xA640},
	{LowerCase, 0xA640, 0xA641},
	{TitleCase, 0xA640, 0xA640},
	// A641;CYRILLIC SMALL LETTER ZEMLYA;Ll;0;L;;;;;N;;;A640;;A640
	{UpperCase, 0xA641, 0xA640},
	{LowerCase, 0xA641, 0xA641},
	{TitleCase, 0xA641, 0xA640},
	// A64E;CYRILLIC CAPITAL LETTER NEUTRAL YER;Lu;0;L;;;;;N;;;;A64F;
	{UpperCase, 0xA64E, 0xA64E},
	{LowerCase, 0xA64E, 0xA64F},
	{TitleCase, 0xA64E, 0xA64E},
	// A65F;CYRILLIC SMALL LETTER YN;Ll;0;L;;;;;N;;;A65E;;A65E
	{UpperCase, 0xA65F, 0xA65E},
	{LowerCase, 0xA65F, 0xA65F},
	{TitleCase, 0xA65F, 0xA65E},

	// From another UpperLower sequence
	// 0139;LATIN CAPITAL LETTER L WITH ACUTE;Lu;0;L;004C 0301;;;;N;LATIN CAPITAL LETTER L ACUTE;;;013A;
	{UpperCase, 0x0139, 0x0139},
	{LowerCase, 0x0139, 0x013A},
	{TitleCase, 0x0139, 0x0139},
	// 013F;LATIN CAPITAL LETTER L WITH MIDDLE DOT;Lu;0;L;<compat> 004C 00B7;;;;N;;;;0140;
	{UpperCase, 0x013f, 0x013f},
	{LowerCase, 0x013f, 0x0140},
	{TitleCase, 0x013f, 0x013f},
	// 0148;LATIN SMALL LETTER N WITH CARON;Ll;0;L;006E 030C;;;;N;LATIN SMALL LETTER N HACEK;;0147;;0147
	{UpperCase, 0x0148, 0x0147},
	{LowerCase, 0x0148, 0x0148},
	{TitleCase, 0x0148, 0x0147},

	// Lowercase lower than uppercase.
	// AB78;CHEROKEE SMALL LETTER GE;Ll;0;L;;;;;N;;;13A8;;13A8
	{UpperCase, 0xab78, 0x13a8},
	{LowerCase, 0xab78, 0xab78},
	{TitleCase, 0xab78, 0x13a8},
	{UpperCase, 0x13a8, 0x13a8},
	{LowerCase, 0x13a8, 0xab78},
	{TitleCase, 0x13a8, 0x13a8},

	// Last block in the 5.1.0 table
	// 10400;DESERET CAPITAL LETTER LONG I;Lu;0;L;;;;;N;;;;10428;
	{UpperCase, 0x10400, 0x10400},
	{LowerCase, 0x10400, 0x10428},
	{TitleCase, 0x10400, 0x10400},
	// 10427;DESERET CAPITAL LETTER EW;Lu;0;L;;;;;N;;;;1044F;
	{UpperCase, 0x10427, 0x10427},
	{LowerCase, 0x10427, 0x1044F},
	{TitleCase, 0x10427, 0x10427},
	// 10428;DESERET SMALL LETTER LONG I;Ll;0;L;;;;;N;;;10400;;10400
	{UpperCase, 0x10428, 0x10400},
	{LowerCase, 0x10428, 0x10428},
	{TitleCase, 0x10428, 0x10400},
	// 1044F;DESERET SMALL LETTER EW;Ll;0;L;;;;;N;;;10427;;10427
	{UpperCase, 0x1044F, 0x10427},
	{LowerCase, 0x1044F, 0x1044F},
	{TitleCase, 0x1044F, 0x10427},

	// First one not in the 5.1.0 table
	// 10450;SHAVIAN LETTER PEEP;Lo;0;L;;;;;N;;;;;
	{UpperCase, 0x10450, 0x10450},
	{LowerCase, 0x10450, 0x10450},
	{TitleCase, 0x10450, 0x10450},

	// Non-letters with case.
	{LowerCase, 0x2161, 0x2171},
	{UpperCase, 0x0345, 0x0399},
}
var simpleFoldTests = []string{
	// SimpleFold(x) returns the next equivalent rune > x or wraps
	// around to smaller values.

	// Easy cases.
	"Aa",
	"δΔ",

	// ASCII special cases.
	"KkK",
	"Ssſ",

	// Non-ASCII special cases.
	"ρϱΡ",
	"ͅΙιι",

	// Extra special cases: has lower/upper but no case fold.
	"İ",
	"ı",

	// Upper comes before lower (Cherokee).
	"\u13b0\uab80",
}

func main() {
	for _, c := range caseTest {
		got := To(c.cas, c.in)
		fmt.Printf("To(%d, %#x) = %#x ok=%v", c.cas, c.in, got, got == c.out)
		switch c.cas {
		case UpperCase:
			fmt.Printf(" ToUpper=%#x", ToUpper(c.in))
		case LowerCase:
			fmt.Printf(" ToLower=%#x", ToLower(c.in))
		case TitleCase:
			fmt.Printf(" ToTitle=%#x", ToTitle(c.in))
		}
		fmt.Println()
	}
	for _, cas := range []int{-1, 3, 4, 100} {
		fmt.Printf("To(%d, 'a') = %#x\n", cas, To(cas, 'a'))
	}

	for _, tt := range simpleFoldTests {
		cycle := []rune(tt)
		r := cycle[len(cycle)-1]
		ok := true
		for _, out := range cycle {
			if got := SimpleFold(r); got != out {
				ok = false
			}
			r = out
		}
		fmt.Printf("SimpleFold orbit %q ok=%v\n", tt, ok)
	}
	for _, r := range []rune{-42, -1, 0x10ffff, 0x110000, 'A', 'k', 'K', 0x212a, 's', 0x17f, '1', 0x1e9e, 0xdf} {
		fmt.Printf("SimpleFold(%#x) = %#x\n", r, SimpleFold(r))
	}

	for _, r := range []rune{'i', 'I', 0x130, 0x131, 'a', 'A', 'ß', 'ǅ', 0x10428, -1} {
		fmt.Printf("%#x: Turkish U=%#x L=%#x T=%#x Azeri U=%#x L=%#x\n", r, TurkishCase.ToUpper(r), TurkishCase.ToLower(r),
			TurkishCase.ToTitle(r), AzeriCase.ToUpper(r), AzeriCase.ToLower(r))
	}
	fmt.Println(len(TurkishCase), len(AzeriCase), TurkishCase[0].Lo, TurkishCase[0].Hi, TurkishCase[0].Delta)

	custom := SpecialCase{
		CaseRange{'a', 'c', [MaxCase]rune{'X' - 'a', 0, 'Y' - 'a'}},
		CaseRange{0x100, 0x10f, [MaxCase]rune{UpperLower, UpperLower, UpperLower}},
		CaseRange{'q', 'q', [MaxCase]rune{0, 0, 0}},
		CaseRange{0x10400, 0x10401, [MaxCase]rune{5, 6, 7}},
	}
	for _, r := range []rune{'a', 'b', 'c', 'd', 'q', 'Q', 0x100, 0x101, 0x10e, 0x10f, 0x110, 0x10400, 0x10402} {
		fmt.Printf("custom %#x: U=%#x L=%#x T=%#x\n", r, custom.ToUpper(r), custom.ToLower(r), custom.ToTitle(r))
	}
	var none SpecialCase
	fmt.Printf("%#x %#x %#x\n", none.ToUpper('x'), none.ToLower('X'), none.ToTitle('ǆ'))
	// A SpecialCase whose mapping equals the rune itself still counts as a mapping (no fallback).
	self := SpecialCase{CaseRange{'a', 'a', [MaxCase]rune{0, 0, 0}}}
	fmt.Printf("%#x %#x\n", self.ToUpper('a'), self.ToUpper('b'))
	upper := unicode.SpecialCase.ToUpper
	fmt.Printf("%#x\n", upper(TurkishCase, 'i'))

	// Hand-built tables: Range16 with strides, Range32, LatinOffset, long tables (binary search).
	t1 := &RangeTable{
		R16:         []Range16{{0x41, 0x5a, 1}, {0x61, 0x7a, 2}, {0x100, 0x200, 16}},
		R32:         []Range32{{0x10000, 0x10010, 4}, {0x20000, 0x20000, 1}},
		LatinOffset: 2,
	}
	for _, r := range []rune{-1, 0x40, 0x41, 0x5a, 0x61, 0x62, 0x63, 0x7a, 0x100, 0x110, 0x111, 0x200, 0x201, 0xffff, 0x10000, 0x10004, 0x10005, 0x10010, 0x20000, 0x20001} {
		fmt.Print(Is(t1, r), " ")
	}
	fmt.Println()
	var long16 []Range16
	var long32 []Range32
	for i := 0; i < 40; i++ {
		long16 = append(long16, Range16{uint16(0x300 + i*10), uint16(0x300 + i*10 + 4), 2})
		long32 = append(long32, Range32{uint32(0x30000 + i*100), uint32(0x30000 + i*100 + 50), 5})
	}
	t2 := &RangeTable{R16: long16, R32: long32}
	count := 0
	for r := rune(0); r < 0x31000; r++ {
		if Is(t2, r) {
			count++
		}
	}
	fmt.Println("long table members:", count, In(0x300, t1, t2), In(0x301, t1, t2), IsOneOf([]*RangeTable{t1, t2}, 0x30005))
	fmt.Println(Is(&RangeTable{}, 'a'), In('a'), IsOneOf(nil, 'a'))
}
