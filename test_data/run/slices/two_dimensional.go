package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	for _, row := range jag {
		fmt.Println(len(row), row)
	}
	grid[1] = append(grid[1], 9)
	fmt.Println(grid[1], len(grid[1]))
}
