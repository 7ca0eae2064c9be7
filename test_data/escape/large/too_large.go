// Values flattened into more than 64 register slots live on the heap, whatever their use.
package main

type Big struct {
	a [30]string
	b [5]int
}

func main() {
	var small [64]int
	var large [65]int // ERROR "moved to heap: large$"
	var b Big         // ERROR "moved to heap: b$"
	var ok [32]string
	small[0] = 1
	large[0] = 1
	b.b[0] = 1
	ok[0] = "x"
	_ = small[0] + large[0] + b.b[0] + len(ok[0])
}
