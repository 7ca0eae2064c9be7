package main

import "fmt"

type T struct{ vals []int }

func (t *T) At(i int) int { return t.vals[i] }

func main() {
	var t *T
	f := t.At
	fmt.Println("got method value")
	fmt.Println(f(0))
}
