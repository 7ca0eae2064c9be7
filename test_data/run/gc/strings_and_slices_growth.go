package main

import (
	"fmt"
	"strings"
)

func main() {
	var parts []string
	for i := 0; i < 400; i++ {
		parts = append(parts, strings.Repeat("x", i%5)+fmt.Sprint(i))
	}
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
		sb.WriteByte(',')
	}
	s := sb.String()
	fmt.Println(len(parts), len(s), s[:40])
	grid := make([][]string, 20)
	for i := range grid {
		for j := 0; j < 20; j++ {
			grid[i] = append(grid[i], fmt.Sprint(i*j))
		}
	}
	fmt.Println(grid[19][19], grid[7][3], len(grid[5]))
	acc := ""
	for i := 0; i < 200; i++ {
		acc += string(rune('a' + i%26))
	}
	fmt.Println(len(acc), acc[190:])
}
