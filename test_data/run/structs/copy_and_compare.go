package main

import "fmt"

type pair struct {
	a int
	b string
}

type withArray struct {
	vals [2]float64
	p    pair
}

func main() {
	x := pair{1, "one"}
	y := x
	y.a = 2
	fmt.Println(x, y, x == y)
	y.a = 1
	fmt.Println(x == y)
	w1 := withArray{[2]float64{1, 2}, x}
	w2 := w1
	fmt.Println(w1 == w2)
	w2.vals[1] = 3
	fmt.Println(w1 == w2, w1, w2)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
}
