// panic(...) inside an inlined body bound to a &T{...} literal held in registers (gen_scalar.cpp).
package main

import "fmt"

type Box struct{ W, H int }

func check(b *Box) int {
	if b.W < 0 {
		panic("negative width")
	}
	return b.W * b.H
}

func main() {
	for i := 2; i >= -1; i-- {
		fmt.Println(check(&Box{i, 3}))
	}
}
