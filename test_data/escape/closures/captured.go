// Variables captured by function literals: they move to the heap only when a closure that captures them by
// reference outlives the frame. Go 1.19's `-m -l` output, except where a `// vo:` comment says otherwise.
package main

func counter() func() int {
	n := 0              // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func nested(a int) int {
	b := 2
	f := func() int { // ERROR "func literal does not escape$"
		c := 3
		g := func(d int) int { // ERROR "func literal does not escape$"
			return a + b + c + d
		}
		local := 4
		return g(local)
	}
	return f()
}

func loops() int {
	sum := 0 // ERROR "moved to heap: sum$"
	var fs []func()
	// vo: Go 1.22 per-iteration loop variables (LANGUAGE.md, loops/per_iteration.go): the body never reassigns
	// i, so the closure captures it by value; Go 1.19 reports "moved to heap: i" on the next line.
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { sum += i }) // ERROR "func literal escapes to heap$"
	}
	// vo: Go 1.22 per-iteration loop variables: v is never reassigned, so it is captured by value; Go 1.19 also
	// reports "moved to heap: v" on the next line.
	for _, v := range []int{1, 2} { // ERROR "\[\]int{...} does not escape$"
		defer func() { sum += v }() // ERROR "func literal escapes to heap$"
	}
	for _, f := range fs {
		f()
	}
	return sum
}

func results() (r int) {
	defer func() { r++ }() // ERROR "func literal does not escape$"
	return 1
}

var global = 0

func usesGlobal() func() {
	return func() { global++ } // ERROR "func literal escapes to heap$"
}

var pkgClosure = func(x int) int {
	y := x * 2
	return y
}

func main() {
	_ = counter()() + nested(1) + loops() + results() + pkgClosure(1)
	usesGlobal()()
}
