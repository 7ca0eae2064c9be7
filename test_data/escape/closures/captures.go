// Captured variables: a closure that does not outlive its function leaves its captured variables in the frame;
// a closure that escapes takes them with it (by reference: moved to heap; by value: copied into the closure).
// Go captures by value a variable that is never reassigned after capture, whose address is not taken and that
// is at most 128 bytes; every other capture is by reference.
package main

var sinkF func() int
var sinkP *int

func counter() func() int {
	n := 0              // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func byValueEscaping() func() int {
	n := 42
	return func() int { return n } // ERROR "func literal escapes to heap$"
}

func bigByValue() func() int {
	var big [20]int // ERROR "moved to heap: big$"
	big[3] = 1
	return func() int { return big[3] } // ERROR "func literal escapes to heap$"
}

func localCall(a int) int {
	b := 2
	f := func() int { // ERROR "func literal does not escape$"
		b++
		return a + b
	}
	return f()
}

func immediate() int {
	x := 1
	func() { // ERROR "func literal does not escape$"
		x = 2
	}()
	return x
}

func storedGlobal() {
	y := 1               // ERROR "moved to heap: y$"
	sinkF = func() int { // ERROR "func literal escapes to heap$"
		y++
		return y
	}
}

func addressInside() {
	z := 1        // ERROR "moved to heap: z$"
	f := func() { // ERROR "func literal does not escape$"
		sinkP = &z
	}
	f()
}

func results() (r int) {
	defer func() { r++ }() // ERROR "func literal does not escape$"
	return 1
}

func paramCaptured(p int) func() int { // ERROR "moved to heap: p$"
	return func() int { // ERROR "func literal escapes to heap$"
		p++
		return p
	}
}

func main() {
	_ = counter()()
	_ = byValueEscaping()()
	_ = bigByValue()()
	check(localCall(1), 4)
	check(immediate(), 2)
	storedGlobal()
	addressInside()
	_ = results()
	_ = paramCaptured(1)()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
