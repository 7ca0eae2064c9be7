package main

import "fmt"

type coord struct{ x, y int }

func main() {
	visited := map[coord]int{}
	path := []coord{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 0}}
	for _, c := range path {
		visited[c]++
	}
	fmt.Println(len(visited), visited[coord{0, 0}], visited[coord{0, 1}], visited[coord{5, 5}])
	fmt.Println(visited)
	type k2 struct {
		s string
		a [2]int
	}
	m2 := map[k2]string{{"a", [2]int{1, 2}}: "first"}
	fmt.Println(m2[k2{"a", [2]int{1, 2}}], m2[k2{"a", [2]int{2, 1}}] == "")
}
