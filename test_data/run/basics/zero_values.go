package main

import "fmt"

type point struct {
	x, y int
	name string
}

func main() {
	var i int
	var f float64
	var b bool
	var s string
	var p *int
	var sl []int
	var m map[string]int
	var e error
	var pt point
	var arr [3]int
	var fn func()
	fmt.Println(i, f, b, s == "", p == nil, sl == nil, m == nil, e == nil, fn == nil)
	fmt.Println(pt, arr, len(sl), len(m))
	fmt.Printf("%q %v %v\n", s, sl, m)
}
