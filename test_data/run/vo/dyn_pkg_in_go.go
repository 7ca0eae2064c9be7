// golden: by hand — package dyn's functions from a .go file (LANGUAGE.md: programs may import dyn in both
// dialects); Go has no dyn.
package main

import (
	"dyn"
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func main() {
	p := &Point{1, 2}
	x, err := dyn.GetAttr(p, "X")
	fmt.Println("X:", x, err)
	_, err = dyn.CallMethod(p, "Move", 10, 20)
	fmt.Println("Move:", err, *p)
	err = dyn.SetAttr(p, "Y", 5)
	fmt.Println("SetAttr:", err, *p)
	_, err = dyn.GetAttr(p, "Z")
	fmt.Println("missing:", err, errors.Is(err, dyn.ErrBadField))
}
