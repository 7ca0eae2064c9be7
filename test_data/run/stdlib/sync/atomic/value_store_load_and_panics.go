// atomic.Value: Load before Store, Store/Swap/CompareAndSwap of one concrete type, and Go's panics for nil
// values and inconsistent types.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %T: %v\n", what, r, r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	fmt.Println("CAS on empty with non-nil old:", v.CompareAndSwap(config{"x", 1}, config{"y", 2}))
	fmt.Println("CAS on empty with nil old:", v.CompareAndSwap(nil, config{"a", 1}))
	fmt.Println("Load:", v.Load())
	v.Store(config{"b", 2})
	fmt.Println("Swap:", v.Swap(config{"c", 3}))
	fmt.Println("CAS match:", v.CompareAndSwap(config{"c", 3}, config{"d", 4}))
	fmt.Println("CAS mismatch:", v.CompareAndSwap(config{"c", 3}, config{"e", 5}))
	fmt.Println("Load:", v.Load().(config).name)

	try("Store nil", func() { v.Store(nil) })
	try("Store other type", func() { v.Store("text") })
	try("Swap nil", func() { v.Swap(nil) })
	try("Swap other type", func() { v.Swap(1) })
	try("CAS nil new", func() { v.CompareAndSwap(config{}, nil) })
	try("CAS old/new types differ", func() { v.CompareAndSwap(1, "x") })
	try("CAS new type differs from stored", func() { v.CompareAndSwap("x", "y") })

	var s atomic.Value
	s.Store([]int{1})
	try("CAS uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })
	var e atomic.Value
	fmt.Println("Swap on empty:", e.Swap(7), e.Load())
}
