package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Name  string
	Tags  []string
	Attrs map[string]int
	Next  *Line
}

func main() {
	p := Point{1, 2}
	l := Line{A: p, B: Point{3, 4}, Name: "l1", Tags: []string{"x"}, Attrs: map[string]int{"w": 2}}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, "s", 42, map[string]bool{"t": true})
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil}, []int{1, 2})
	var np *Point
	fmt.Printf("%v %+v\n", np, nil)
}
