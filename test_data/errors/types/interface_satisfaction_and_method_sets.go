// A type implements an interface when its method set has every method: the method set of T holds the value
// receiver methods only, that of *T holds both (Go spec "Method sets").

package main

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Square struct{ side float64 }

func (s Square) Area() float64    { return s.side * s.side }
func (s *Square) Scale(f float64) { s.side *= f }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type Wrapper struct {
	*Square
}

func main() {
	var a Shape = &Square{1}
	var b Shape = Square{1} // ERROR "Square does not implement Shape \(method Scale has pointer receiver\)"
	var c Shape = Circle{1} // ERROR "Circle does not implement Shape \(missing method Scale\)"
	var d Shape = Wrapper{&Square{2}}
	var e interface{ Area() float64 } = Circle{2}
	_ = e.(Shape)
	_ = e.(Circle)
	_ = a.(Circle) // ERROR "impossible type assertion: a.\(Circle\)"
	_, _, _ = b, c, d
}
