// A run-time error inside an inlined body whose pointer parameter aliases the caller's registers
// (gen_scalar.cpp): the trace shows the inlined frame and the caller, as Go does.
package main

import "fmt"

type Ratio struct{ N, D int }

func (r *Ratio) Reduce() {
	r.N /= r.D
	r.D = 1
}

func main() {
	rs := []int{10, 9, 0}
	for _, d := range rs {
		r := Ratio{90, d}
		r.Reduce()
		fmt.Println(r)
	}
}
