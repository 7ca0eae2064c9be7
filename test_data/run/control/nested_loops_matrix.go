package main

import "fmt"

func main() {
	const n = 5
	var tri [n][n]int
	for i := 0; i < n; i++ {
		tri[i][0] = 1
		for j := 1; j <= i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			fmt.Print(tri[i][j], " ")
		}
		fmt.Println()
	}
}
