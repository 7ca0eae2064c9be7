package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	// Bytes compare unsigned: "\xff" and "é" sort after ASCII; a prefix sorts first.
	s := []string{"\xff", "é", "e", "", "ab", "a", "a\x00", "A", "\x7f", "\x80", "abc", "ab\xff", "zz", ""}
	sort.Strings(s)
	fmt.Printf("%q\n", s)

	// Large inputs: sort.Ints/Strings must agree with sort.Sort on the typed slices.
	x := uint64(88172645463325252)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	a := make([]int, 5000)
	for i := range a {
		a[i] = int(next()%2001) - 1000
		if i%97 == 0 {
			a[i] = int(next()) // full range, negative too
		}
	}
	b := append([]int(nil), a...)
	sort.Ints(a)
	sort.Sort(sort.IntSlice(b))
	same := true
	for i := range a {
		same = same && a[i] == b[i]
	}
	fmt.Println("ints:", same, sort.IntsAreSorted(a), a[0] < 0, a[2500], a[4999] > 0)

	words := make([]string, 3000)
	for i := range words {
		var sb strings.Builder
		n := int(next() % 6)
		for j := 0; j < n; j++ {
			sb.WriteByte("ab\x00\xffz"[next()%5])
		}
		words[i] = sb.String()
	}
	w2 := append([]string(nil), words...)
	sort.Strings(words)
	sort.Sort(sort.StringSlice(w2))
	same = true
	for i := range words {
		same = same && words[i] == w2[i]
	}
	fmt.Printf("strings: %v %v %q %q %q\n", same, sort.StringsAreSorted(words), words[0], words[1500], words[2999])

	// Sorting a subslice leaves the rest alone; sorting shares the backing array.
	c := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(c[1:4])
	fmt.Println("sub:", c)
	d := []string{"c", "b", "a"}
	e := d[:2]
	sort.Strings(e)
	fmt.Println("shared:", d, e)
	var nilInts []int
	var nilStrs []string
	sort.Ints(nilInts)
	sort.Strings(nilStrs)
	fmt.Println("nil:", nilInts == nil, nilStrs == nil)
}
