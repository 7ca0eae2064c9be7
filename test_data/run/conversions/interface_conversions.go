package main

import "fmt"

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) * 2 }

func main() {
	var i I = T(3)
	var e interface{} = i
	fmt.Println(i.M(), e.(I).M(), e.(T))
	var t T = e.(T)
	fmt.Println(t.M())
	f := func(x interface{}) interface{} { return x }
	fmt.Println(f(i).(I).M())
	var p *T
	var pe interface{} = p
	fmt.Println(pe == nil, pe.(*T) == nil)
}
