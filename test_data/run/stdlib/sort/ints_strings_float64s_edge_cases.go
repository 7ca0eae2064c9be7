package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	var empty []int
	sort.Ints(empty)
	fmt.Println("empty:", empty, sort.IntsAreSorted(empty), sort.SearchInts(empty, 3))
	one := []int{7}
	sort.Ints(one)
	fmt.Println("one:", one, sort.IntsAreSorted(one))

	neg := []int{3, -1, math.MaxInt64, math.MinInt64, 0, -1, 3, 3}
	sort.Ints(neg)
	fmt.Println("ints:", neg, sort.IntsAreSorted(neg))

	strs := []string{"b", "", "B", "ab", "a", "é", "Z", "aa", "a"}
	sort.Strings(strs)
	fmt.Printf("strings: %q %v\n", strs, sort.StringsAreSorted(strs))
	fmt.Println("search strings:", sort.SearchStrings(strs, "a"), sort.SearchStrings(strs, "ab"), sort.SearchStrings(strs, "zzz"), sort.SearchStrings(strs, ""))

	nan := math.NaN()
	fl := []float64{3, nan, -0.0, math.Inf(1), 1.5, nan, math.Inf(-1), -2, 0}
	sort.Float64s(fl)
	fmt.Println("floats:", fl, sort.Float64sAreSorted(fl))
	fmt.Println("search floats:", sort.SearchFloat64s(fl, 1.5), sort.SearchFloat64s(fl, 1.6), sort.SearchFloat64s(fl, math.Inf(1)))
	fmt.Println("unsorted:", sort.Float64sAreSorted([]float64{1, nan, 0}), sort.IntsAreSorted([]int{2, 1}), sort.StringsAreSorted([]string{"b", "a"}))

	// The typed slices and their methods.
	is := sort.IntSlice{5, 1, 4}
	is.Sort()
	fmt.Println("IntSlice:", is, is.Len(), is.Less(0, 1), is.Search(4), is.Search(9))
	is.Swap(0, 2)
	fmt.Println("swapped:", is, sort.IsSorted(is))
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println("StringSlice:", ss, ss.Search("b"), ss.Search("bb"))
	fs := sort.Float64Slice{2, nan, 1}
	fmt.Println("Float64Slice.Less NaN:", fs.Less(1, 0), fs.Less(0, 1), fs.Less(1, 1))
	fs.Sort()
	fmt.Println("Float64Slice:", fs, fs.Search(2), fs.Search(0.5))

	// Larger inputs: results are checked, not printed.
	big := make([]int, 2000)
	x := uint32(7)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x>>8) % 500
	}
	sort.Ints(big)
	fmt.Println("big sorted:", sort.IntsAreSorted(big), big[0], big[999], big[1999])
	for i := range big {
		big[i] = 2000 - i
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println("big reversed:", big[0], big[1], big[1999], sort.IsSorted(sort.Reverse(sort.IntSlice(big))))
}
