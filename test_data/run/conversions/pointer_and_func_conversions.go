package main

import "fmt"

type IntPtr *int
type Fn func(int) int
type Pt struct{ X int }
type Pt2 Pt

func main() {
	x := 5
	var p IntPtr = &x
	q := (*int)(p)
	*q = 6
	fmt.Println(x)
	f := Fn(func(v int) int { return v + 1 })
	g := (func(int) int)(f)
	fmt.Println(f(1), g(2))
	pp := &Pt{1}
	p2 := (*Pt2)(pp)
	p2.X = 9
	fmt.Println(*pp)
}
