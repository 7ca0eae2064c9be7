package main

import "fmt"

func find(xs []int, target int) int {
	i := 0
next:
	if i >= len(xs) {
		return -1
	}
	if xs[i] == target {
		goto found
	}
	i++
	goto next
found:
	return i
}

func main() {
	fmt.Println(find([]int{4, 8, 15, 16}, 15), find([]int{1}, 2))
}
