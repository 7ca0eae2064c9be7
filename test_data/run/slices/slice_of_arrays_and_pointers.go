package main

import "fmt"

func main() {
	pairs := [][2]int{{1, 2}, {3, 4}}
	pairs[1][0] = 30
	fmt.Println(pairs)
	x, y := 1, 2
	ptrs := []*int{&x, &y}
	*ptrs[0] = 10
	fmt.Println(x, *ptrs[1])
	fs := []func(int) int{
		func(v int) int { return v + 1 },
		func(v int) int { return v * 2 },
	}
	v := 5
	for _, f := range fs {
		v = f(v)
	}
	fmt.Println(v)
}
