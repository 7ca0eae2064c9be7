// Closures capturing locals by reference (the closure sees and makes every change) and by value (never
// reassigned after capture), closures that do not outlive their function, and nested closures.
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc() { c.N++ }

func each(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func twice(f func()) { f(); f() }

func compose(f, g func(int) int) int { return f(g(3)) }

func makeAdder(base int) func(int) int { return func(x int) int { return base + x } }

func main() {
	total := 0
	each(4, func(i int) { total += i })
	fmt.Println("total", total)

	// Captured by value: never reassigned after the closure is made.
	scale := 3
	offset := Counter{N: 100}
	var parts []int
	each(3, func(i int) { parts = append(parts, i*scale+offset.N) })
	fmt.Println("parts", parts)

	// Captured by reference and also addressed.
	c := Counter{}
	pc := &c
	twice(func() { c.Inc(); pc.Inc() })
	fmt.Println("counter", c.N, pc.N)

	// Changes after the closure is made are seen by it.
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	fmt.Println(show())

	// An immediately called literal and nested closures.
	x := 1
	func() {
		x *= 10
		func() { x += 5 }()
	}()
	fmt.Println("x", x)

	// Closure results flowing into calls; a closure that escapes through the result.
	k := 2
	fmt.Println(compose(func(v int) int { return v * k }, func(v int) int { return v + k }))
	add := makeAdder(40)
	fmt.Println(add(2))

	// A struct captured by reference, modified through a method value.
	var cnt Counter
	inc := cnt.Inc // method value: receiver &cnt
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println("method value", cnt.N)

	// Per-iteration variables captured by closures that run later.
	var fns []func() int
	for i := 0; i < 3; i++ {
		v := i * i
		fns = append(fns, func() int { return v })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Arrays captured by reference and sliced inside the closure.
	var buf [4]int
	each(4, func(i int) { buf[i] = i + 1 })
	s := buf[1:3]
	s[0] = 20
	fmt.Println(buf, s)
}
