package main

import "fmt"

type A interface{ M() string }
type B interface {
	M() string
	N() int
}

type T struct{ v int }

func (t T) M() string { return fmt.Sprint("M", t.v) }
func (t T) N() int    { return t.v }

type U struct{}

func (U) M() string { return "U.M" }

func main() {
	var b B = T{3}
	var a A = b // implicit conversion
	fmt.Println(a.M())
	if bb, ok := a.(B); ok {
		fmt.Println("a is B", bb.N())
	}
	a = U{}
	_, ok := a.(B)
	fmt.Println(ok, a.M())
	var e interface{} = a
	fmt.Println(e.(A).M())
}
