package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{W: 1, H: 1}}
	for _, s := range shapes {
		fmt.Printf("%T %v %v\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(total(shapes))
}
