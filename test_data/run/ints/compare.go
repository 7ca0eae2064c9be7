package main

import "fmt"

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(3 < 5, 3 > 5, 3 <= 3, 3 >= 4, 3 == 3, 3 != 3)
	var u uint8 = 200
	var s int8 = -56
	fmt.Println(u > 100, s < 0, uint8(s) == u)
	fmt.Println(max(-1, -2), max(7, 9))
}
