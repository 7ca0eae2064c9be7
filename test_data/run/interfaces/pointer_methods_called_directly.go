// Calls through interfaces of methods declared on pointer-shaped types themselves (the VM calls them without the
// interface-pair variant in between): receivers, parameters of several slots (strings, interfaces, structs),
// several results, a nil pointer inside a non-nil interface, recover in a method called by defer, and panics
// inside such a method (the trace shows the method, then its caller).
package main

import (
	"errors"
	"fmt"
	"os"
)

type Counter struct{ n int }

func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c *Counter) Label(prefix string, v interface{}, p struct{ A, B int }) (string, int, error) {
	if c == nil {
		return prefix + "<nil>", 0, errors.New("nil counter")
	}
	return fmt.Sprint(prefix, v, p.A+p.B, c.n), c.n * 2, nil
}
func (c *Counter) Reset() { c.n = 0 }

type Handler func(int) int

func (h Handler) Add(k int) int { return h(k) }
func (h Handler) Label(prefix string, v interface{}, p struct{ A, B int }) (string, int, error) {
	return prefix + "handler", h(p.A), nil
}
func (h Handler) Reset() {}

type Table map[string]int

func (t Table) Add(k int) int { t["k"] += k; return t["k"] }
func (t Table) Label(prefix string, v interface{}, p struct{ A, B int }) (string, int, error) {
	return fmt.Sprint(prefix, len(t)), t["k"], nil
}
func (t Table) Reset() { delete(t, "k") }

type Adder interface {
	Add(int) int
	Label(string, interface{}, struct{ A, B int }) (string, int, error)
	Reset()
}

// Value receivers reached through a pointer keep Go's wrapper (and its nil check).
type Point struct{ X, Y int }

func (p Point) Add(k int) int { return p.X + p.Y + k }
func (p Point) Label(prefix string, v interface{}, q struct{ A, B int }) (string, int, error) {
	return prefix + "point", p.X, nil
}
func (p Point) Reset() {}

type Boom struct{ msg string }

func (b *Boom) Add(k int) int {
	if k < 0 {
		panic(b.msg)
	}
	return k
}
func (b *Boom) Label(string, interface{}, struct{ A, B int }) (string, int, error) {
	var m map[string]int
	m[b.msg] = 1 // nil map write: run-time error inside a method called through the interface
	return "", 0, nil
}
func (b *Boom) Reset() {
	if r := recover(); r != nil {
		fmt.Println("Reset recovered:", r)
	}
}

func use(a Adder, k int) {
	s, n, err := a.Label("L:", k, struct{ A, B int }{k, 2 * k})
	fmt.Println(a.Add(k), a.Add(k+1), s, n, err)
	a.Reset()
}

func recovered(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	c := &Counter{}
	use(c, 3)
	use(c, 4)
	fmt.Println("counter", c.n)
	use(Handler(func(k int) int { return k * 10 }), 5)
	t := Table{"a": 1}
	use(t, 6)
	fmt.Println("table", t)
	use(&Point{1, 2}, 7)
	use(Point{3, 4}, 8)

	var nc *Counter
	var a Adder = nc
	s, n, err := a.Label("x", nil, struct{ A, B int }{})
	fmt.Println(s, n, err)
	recovered(func() { a.Add(1) })
	var np *Point
	a = np
	recovered(func() { a.Add(1) })

	b := &Boom{"boom"}
	a = b
	fmt.Println(a.Add(2))
	recovered(func() { a.Add(-1) })
	recovered(func() { a.Label("", nil, struct{ A, B int }{}) })
	func() {
		defer a.Reset()
		panic("to Reset")
	}()
	// Many calls in a loop: the shifted parameter slots never leak into later calls.
	sum := 0
	var as = []Adder{c, Handler(func(k int) int { return -k }), t, &Point{5, 6}}
	for i := 0; i < 1000; i++ {
		for _, x := range as {
			sum += x.Add(i)
			_, m, _ := x.Label("", i, struct{ A, B int }{i, i})
			sum += m
		}
	}
	fmt.Println("sum", sum)
	if len(os.Args) > 5 {
		return
	}
	a = b
	a.Add(-2)
}
