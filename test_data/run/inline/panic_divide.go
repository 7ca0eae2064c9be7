// Integer division by zero inside an inlined method with a value receiver.
package main

import "fmt"

type Ratio struct{ N, D int }

func (r Ratio) Int() int {
	return r.N /
		r.D
}

func main() {
	rs := []Ratio{{10, 2}, {9, 3}, {1, 0}}
	for _, r := range rs {
		fmt.Println(r.Int())
	}
}
