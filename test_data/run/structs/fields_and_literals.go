package main

import "fmt"

type point struct {
	X, Y int
}

type rect struct {
	Min, Max point
	Label    string
}

func main() {
	p := point{1, 2}
	q := point{Y: 5}
	r := rect{Min: p, Max: point{10, 20}, Label: "r"}
	fmt.Println(p, q, r)
	r.Max.X = 11
	fmt.Println(r.Max, r.Max.X-r.Min.X)
	fmt.Printf("%v\n%+v\n%#v\n", r, r, p)
	pp := &r.Min
	pp.Y = 99
	fmt.Println(r.Min)
}
