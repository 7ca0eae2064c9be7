// unicode: the exported tables CaseRanges, FoldCategory and FoldScript hold Go 1.19's data (lengths, first and
// last entries, checksums, membership through Is), and To agrees with a binary search over CaseRanges.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	cr := unicode.CaseRanges
	fmt.Println(len(cr), cr[0], cr[len(cr)-1])
	var sum uint64
	for _, c := range cr {
		sum = sum*131 + uint64(c.Lo) + uint64(c.Hi)*7 + uint64(c.Delta[0])*11 + uint64(c.Delta[1])*13 + uint64(c.Delta[2])*17
	}
	fmt.Printf("checksum %#x\n", sum)
	bad := 0
	for _, c := range cr {
		for r := rune(c.Lo); r <= rune(c.Hi); r++ {
			for k := 0; k < unicode.MaxCase; k++ {
				want := r + c.Delta[k]
				if c.Delta[k] == unicode.UpperLower {
					want = rune(c.Lo) + ((r-rune(c.Lo))&^1 | rune(k&1))
				}
				if unicode.To(k, r) != want {
					bad++
				}
			}
		}
	}
	fmt.Println("To disagreements with CaseRanges:", bad)

	for _, m := range []map[string]*unicode.RangeTable{unicode.FoldCategory, unicode.FoldScript} {
		var names []string
		for n := range m {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			t := m[n]
			c := 0
			for r := rune(0); r < 0x20000; r++ {
				if unicode.Is(t, r) {
					c++
				}
			}
			fmt.Printf("%s: R16=%d R32=%d LatinOffset=%d members=%d\n", n, len(t.R16), len(t.R32), t.LatinOffset, c)
		}
	}
	fmt.Println(unicode.Is(unicode.FoldCategory["Lu"], 0x212a), unicode.Is(unicode.FoldScript["Greek"], 0x345))
}
