package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	fmt.Stringer
	Shape
	Rename(name string)
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Label struct {
	name string
}

func (l *Label) Rename(name string) { l.name = name }
func (l Label) String() string      { return l.name }

type Tile struct {
	Rect
	*Label
	z int
}

type Counter int

func (Counter) Kind() string { return "counter" }

func (c *Counter) Inc() { *c++ }

func describe(n Named) string {
	return fmt.Sprintf("%s: %.1f", n, n.Area())
}

func main() {
	t := Tile{Rect{2, 3}, &Label{"floor"}, 1}
	t.Rename("roof")
	fmt.Println(describe(t), t.Perimeter(), t.Rect.W, t.z)
	var c Counter
	c.Inc()
	fmt.Println(c, c.Kind())
}
