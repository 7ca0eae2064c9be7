package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{0, 1, 2, 3, 4, 9, 12, 13} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
		found := i < len(a) && a[i] == x
		fmt.Printf("Search(%d) = %d found=%v SearchInts=%d\n", x, i, found, sort.SearchInts(a, x))
	}
	fmt.Println("Search(0, f):", sort.Search(0, func(int) bool { panic("not called") }))
	fmt.Println("Search never true:", sort.Search(10, func(int) bool { return false }))
	fmt.Println("Search always true:", sort.Search(10, func(int) bool { return true }))

	// Descending data with a reversed predicate.
	d := []int{90, 70, 50, 30, 10}
	fmt.Println("descending:", sort.Search(len(d), func(i int) bool { return d[i] <= 50 }))

	// Find (Go 1.19): index of the first i where cmp(i) <= 0, and whether cmp(i) == 0.
	words := []string{"apple", "banana", "cherry", "date", "fig"}
	for _, target := range []string{"apple", "cherry", "coconut", "fig", "zebra", ""} {
		i, found := sort.Find(len(words), func(i int) int { return strings.Compare(target, words[i]) })
		fmt.Printf("Find(%q) = %d %v\n", target, i, found)
	}
	i, found := sort.Find(0, func(int) int { return 0 })
	fmt.Println("Find(0):", i, found)

	// Guessing game from the sort.Search docs, with a fixed answer.
	secret := 37
	calls := 0
	guess := sort.Search(100, func(n int) bool {
		calls++
		return n >= secret
	})
	fmt.Println("guess:", guess, "calls:", calls)

	// Integer square root by binary search over a large range.
	target := 1 << 40
	r := sort.Search(1<<21, func(n int) bool { return n*n >= target })
	fmt.Println("sqrt:", r, r*r == target)
}
