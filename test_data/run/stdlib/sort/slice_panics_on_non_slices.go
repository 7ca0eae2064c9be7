package main

import (
	"fmt"
	"sort"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	less := func(i, j int) bool { return false }
	try("Slice nil", func() { sort.Slice(nil, less) })
	try("SliceStable string", func() { sort.SliceStable("abc", less) })
	try("SliceIsSorted int", func() { sort.SliceIsSorted(42, less) })
	try("SliceIsSorted nil", func() { sort.SliceIsSorted(nil, less) })
	try("Slice array", func() { sort.Slice([3]int{}, less) })
	try("Slice ptr", func() { sort.Slice(&[]int{1}, less) })
	var ns []int
	try("Slice nil slice", func() { sort.Slice(ns, less); fmt.Println("ok") })
	try("less out of range", func() {
		s := []int{3, 1, 2}
		sort.Slice(s, func(i, j int) bool { return s[i+5] < s[j] })
	})
}
