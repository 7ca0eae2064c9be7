// Values flattened into more register slots than escape::kMaxFrameSlots (64) cannot live in registers, but they
// are far below any frame-size limit: their storage is in the frame (frameVars), and Go reports nothing for them.
package main

type Big struct {
	a [30]string
	b [5]int
}

func main() {
	var small [64]int
	var large [65]int
	var b Big
	var ok [32]string
	small[0] = 1
	large[0] = 1
	b.b[0] = 1
	ok[0] = "x"
	_ = small[0] + large[0] + b.b[0] + len(ok[0])
}
