package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a { // ranges over a copy
		a[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(a)
	p := &a
	for i, v := range p { // over the pointed-to array
		p[2] = 7
		fmt.Println(i, v)
	}
	var grid [2][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
}
