package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key   int
	order int
}

type byKey []rec

func (r byKey) Len() int           { return len(r) }
func (r byKey) Less(i, j int) bool { return r[i].key < r[j].key }
func (r byKey) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

// counting wraps an Interface and counts the calls.
type counting struct {
	sort.Interface
	less, swap int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.Interface.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swap++; c.Interface.Swap(i, j) }

func data(n int) []rec {
	out := make([]rec, n)
	x := uint32(99)
	for i := range out {
		x = x*1103515245 + 12345
		out[i] = rec{int(x>>16) % 10, i}
	}
	return out
}

func stableOK(r []rec) bool {
	for i := 1; i < len(r); i++ {
		if r[i-1].key > r[i].key || r[i-1].key == r[i].key && r[i-1].order > r[i].order {
			return false
		}
	}
	return true
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 200} {
		a := data(n)
		b := append([]rec(nil), a...)
		ca := &counting{Interface: byKey(a)}
		sort.Sort(ca)
		cb := &counting{Interface: byKey(b)}
		sort.Stable(cb)
		fmt.Printf("n=%d sorted=%v stable=%v less=%d/%d swap=%d/%d\n", n, sort.IsSorted(byKey(a)), stableOK(b),
			ca.less, cb.less, ca.swap, cb.swap)
		if n == 13 {
			fmt.Println(" Sort:  ", a)
			fmt.Println(" Stable:", b)
		}
	}

	// Slice / SliceStable / SliceIsSorted on a slice of structs and of strings.
	s := data(30)
	sort.SliceStable(s, func(i, j int) bool { return s[i].key > s[j].key })
	fmt.Println("SliceStable desc:", s[:8], sort.SliceIsSorted(s, func(i, j int) bool { return s[i].key > s[j].key }))
	s = data(30)
	sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
	fmt.Println("Slice:", sort.SliceIsSorted(s, func(i, j int) bool { return s[i].key < s[j].key }), s[:6])
	names := []string{"kiwi", "fig", "banana", "apple", "date", "cherry"}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) < len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j] })
	fmt.Println("by length:", names)
	arr := [4]int{4, 3, 2, 1}
	sort.Ints(arr[1:])
	fmt.Println("subslice:", arr)

	// Reverse.
	r := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println("reverse ints:", r)
	rs := []string{"a", "c", "b"}
	sort.Stable(sort.Reverse(sort.StringSlice(rs)))
	fmt.Println("reverse strings:", rs)

	// Slice panics on a non-slice.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
}
