package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case []Shape, map[string]Shape, *Square:
		return "shape container"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(describe(nil), describe(3), describe("hi"), describe(errors.New("e")))
	fmt.Println(describe(func() int { return 1 }), describe(&Square{2}), describe(1.5))
	var s Shape = Square{3}
	switch s.(type) {
	case Square:
		fmt.Println("a square")
	}
	switch sq := s.(Square); y := interface{}(sq.side).(type) {
	case float64:
		fmt.Println("side", y)
	}
}
