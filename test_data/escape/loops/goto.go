// A label that a later goto jumps back to starts a loop: the statements after it are at a deeper loop depth,
// as in Go's escape analysis (a looping label). A label only jumped forward to does not.
package main

func backward() int {
	var p *int
	n := 0
loop:
	x := n // ERROR "moved to heap: x$"
	p = &x
	n++
	if n < 3 {
		goto loop
	}
	return *p
}

func forward() int {
	var p *int
	n := 0
	if n > 0 {
		goto done
	}
	n = 1
done:
	y := n
	p = &y
	return *p
}

func main() {
	_ = backward()
	_ = forward()
}
