package main

import (
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	if p == (Point{1, 2}) {
		fmt.Println("same point")
	}
	for _, q := range ([]Point{{0, 0}, {1, 2}}) {
		if q != (Point{}) {
			fmt.Println(q)
		}
	}
	switch (Point{X: 1}) {
	case p:
		fmt.Println("unreachable")
	}
	if n, err := strconv.Atoi("42"); err != nil {
		fmt.Println("bad number", err)
	} else if n > 40 {
		fmt.Println("big", n)
	} else {
		fmt.Println("small", n)
	}
	if x := p.X; x > 0 && (struct{ A int }{x}).A == 1 {
		fmt.Println("positive")
	}
}
