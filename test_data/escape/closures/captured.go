// A variable referenced by a function literal declared inside its function is captured: it moves to the heap.
// Variables declared inside the literal, and the literal's own parameters, stay in its frame.
package main

func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int {
		n++
		return n
	}
}

func nested(a int) int { // ERROR "moved to heap: a$"
	b := 2 // ERROR "moved to heap: b$"
	f := func() int {
		c := 3 // ERROR "moved to heap: c$"
		g := func(d int) int {
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
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		fs = append(fs, func() { sum += i })
	}
	for _, v := range []int{1, 2} { // ERROR "moved to heap: v$"
		defer func() { sum += v }()
	}
	for _, f := range fs {
		f()
	}
	return sum
}

func results() (r int) { // ERROR "moved to heap: r$"
	defer func() { r++ }()
	return 1
}

var global = 0

func usesGlobal() func() {
	return func() { global++ }
}

var pkgClosure = func(x int) int {
	y := x * 2
	return y
}

func main() {
	_ = counter()() + nested(1) + loops() + results() + pkgClosure(1)
	usesGlobal()()
}
