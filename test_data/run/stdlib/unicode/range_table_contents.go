// unicode: the RangeTable variables hold Go 1.19's rows — R16/R32 lengths, LatinOffset and a checksum of every
// table in Categories, Scripts and Properties, a few tables printed whole, aliases sharing one pointer (Digit and
// Nd, Letter and L, STerm and Sentence_Terminal), and Is over the tables' own Lo/Hi/stride edges.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func sum(t *unicode.RangeTable) uint64 {
	var s uint64
	for _, r := range t.R16 {
		s = s*1000003 + uint64(r.Lo)*3 + uint64(r.Hi)*5 + uint64(r.Stride)*7
	}
	for _, r := range t.R32 {
		s = s*1000003 + uint64(r.Lo)*3 + uint64(r.Hi)*5 + uint64(r.Stride)*7
	}
	return s
}

func dump(name string, m map[string]*unicode.RangeTable) {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	bad := 0
	for _, n := range names {
		t := m[n]
		fmt.Printf("%s.%s: R16=%d R32=%d LatinOffset=%d sum=%#x\n", name, n, len(t.R16), len(t.R32), t.LatinOffset, sum(t))
		// Every row's edges: Lo and Hi are members, Lo-1 and Hi+1 only if another row holds them.
		for _, r := range t.R16 {
			if !unicode.Is(t, rune(r.Lo)) || !unicode.Is(t, rune(r.Hi)) {
				bad++
			}
			if r.Stride > 1 && r.Hi > r.Lo && unicode.Is(t, rune(r.Lo)+1) {
				bad++
			}
		}
		for _, r := range t.R32 {
			if !unicode.Is(t, rune(r.Lo)) || !unicode.Is(t, rune(r.Hi)) {
				bad++
			}
		}
	}
	fmt.Println(name, "edge failures:", bad)
}

func main() {
	fmt.Printf("%v\n", *unicode.Zs)
	fmt.Printf("%+v\n", unicode.White_Space.R16)
	fmt.Println(unicode.Cs.R16, unicode.Cs.R32 == nil, unicode.Nko.R32 == nil, len(unicode.Nko.R16))
	fmt.Println(unicode.Latin.R16[:5], unicode.Latin.LatinOffset)
	fmt.Println(unicode.Lt.R16)
	fmt.Println(unicode.Digit == unicode.Nd, unicode.Letter == unicode.L, unicode.STerm == unicode.Sentence_Terminal,
		unicode.Upper == unicode.Lu, unicode.Categories["Lu"] == unicode.Lu, unicode.Scripts["Han"] == unicode.Han,
		unicode.Properties["STerm"] == unicode.STerm, unicode.Lu == unicode.Ll)
	dump("Categories", unicode.Categories)
	dump("Scripts", unicode.Scripts)
	dump("Properties", unicode.Properties)
}
