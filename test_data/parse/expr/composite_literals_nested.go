package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

func main() {
	origin := Point{}
	p := Point{1, 2}
	q := &Point{Y: 5, X: -1}
	line := Line{From: p, To: Point{3, 4}, Label: "diagonal"}
	path := []Point{{0, 0}, {1, 1}, {X: 2}}
	ptrs := []*Point{{1, 1}, &Point{2, 2}}
	primes := [...]int{2, 3, 5, 7, 11}
	sparse := [8]bool{1: true, 5: true}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	byName := map[string][]Point{
		"square": {{0, 0}, {0, 1}, {1, 1}, {1, 0}},
		"empty":  nil,
	}
	byPoint := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	matrix := [][]float64{
		{1, 0},
		{0, 1},
	}
	fmt.Println(origin, p, *q, line, path, *ptrs[1], primes, sparse, grid, byName, byPoint, matrix)
}
