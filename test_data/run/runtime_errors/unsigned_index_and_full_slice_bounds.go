// Bounds errors whose text depends on how the expression was written: an index of unsigned type (uint, uint64,
// uintptr) prints its value unsigned (Go's panicIndexU), and a full slice expression s[lo:hi:max] whose max
// equals the capacity still reports the three-index forms.
package main

import "fmt"

var sink any

func try(name string, f func()) {
	defer func() { fmt.Printf("%-18s %v\n", name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	var u uint
	u--
	var u64 uint64 = 1 << 63
	var up uintptr = 5
	var u8 uint8 = 200
	k, m := 2, 3
	arr := [3]int{}
	try("uint slice index", func() { sink = s[u] })
	try("uint64 str index", func() { sink = str[u64] })
	try("uintptr index", func() { sink = s[up] })
	try("uint8 index", func() { sink = s[u8] })
	try("uint store", func() { s[u] = 1 })
	try("uint addr", func() { sink = &s[u] })
	try("int index", func() { sink = s[int(u)] })
	try("full slice lo>hi", func() { sink = s[k:1:m] })
	try("full slice hi>max", func() { sink = s[0:m:k] })
	try("full arr lo>hi", func() { sink = arr[k:1:m] })
	try("full arr hi>max", func() { sink = arr[0:m:k] })
	try("two-index lo>hi", func() { sink = s[k:1] })
	try("arr two-index", func() { sink = arr[k:1] })
}
