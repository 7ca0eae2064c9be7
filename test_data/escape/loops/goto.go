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
	check(backward(), 2)
	check(forward(), 1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
