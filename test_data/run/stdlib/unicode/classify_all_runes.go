// unicode: every Is* predicate and the case mappings over all of Latin-1 (printed rune by rune where anything is
// set) and over a sample of every 7th code point up to MaxRune+1 (per-predicate counts and checksums), plus
// membership counts for every table of Categories, Scripts and Properties over every 61st code point.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

type pred struct {
	name string
	f    func(rune) bool
}

var preds = []pred{
	{"Letter", unicode.IsLetter}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber},
	{"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Title", unicode.IsTitle},
	{"Space", unicode.IsSpace}, {"Punct", unicode.IsPunct}, {"Symbol", unicode.IsSymbol},
	{"Mark", unicode.IsMark}, {"Control", unicode.IsControl}, {"Graphic", unicode.IsGraphic},
	{"Print", unicode.IsPrint},
}

func tables(m map[string]*unicode.RangeTable, step rune) {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := m[n]
		c := 0
		for r := rune(0); r <= unicode.MaxRune; r += step {
			if unicode.Is(t, r) {
				c++
			}
		}
		fmt.Printf("%s=%d ", n, c)
	}
	fmt.Println()
}

func main() {
	for r := rune(0); r <= unicode.MaxLatin1; r++ {
		fmt.Printf("%#x", r)
		for _, p := range preds {
			if p.f(r) {
				fmt.Print(" ", p.name)
			}
		}
		fmt.Printf(" U=%#x L=%#x T=%#x F=%#x\n", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}

	counts := make([]int, len(preds))
	sums := make([]uint32, len(preds))
	var up, lo, ti, fo uint64
	for r := rune(-2); r <= unicode.MaxRune+1; r += 7 {
		for i, p := range preds {
			if p.f(r) {
				counts[i]++
				sums[i] = sums[i]*31 + uint32(r)
			}
		}
		up = up*1000003 + uint64(unicode.ToUpper(r))
		lo = lo*1000003 + uint64(unicode.ToLower(r))
		ti = ti*1000003 + uint64(unicode.ToTitle(r))
		fo = fo*1000003 + uint64(unicode.SimpleFold(r))
	}
	for i, p := range preds {
		fmt.Printf("%s: %d %#x\n", p.name, counts[i], sums[i])
	}
	fmt.Printf("case checksums: %#x %#x %#x %#x\n", up, lo, ti, fo)

	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties))
	tables(unicode.Categories, 61)
	tables(unicode.Scripts, 61)
	tables(unicode.Properties, 61)
	fmt.Println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, '\u3000'), unicode.IsOneOf(unicode.PrintRanges, '\u3000'), unicode.IsGraphic('\u3000'), unicode.IsPrint('\u3000'), unicode.IsPrint(' '))
}
