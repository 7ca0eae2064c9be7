package main

import "fmt"

type (
	Celsius float64
	Temp    = Celsius
	Grid    [3][3]int
	Names   []string
	Index   map[string][]int
	Node    *node
	Handler func(string, int) (bool, error)
	Visitor func(n int) func(int) int
	Pipe    (chan int)
)

type node struct {
	next *node
	val  int
}

func noArgs() {}

func oneResult(x int) int { return x * 2 }

func grouped(a, b int, s string) (int, string) { return a + b, s }

func named(x, y int) (sum, diff int) {
	sum = x + y
	diff = x - y
	return
}

func variadic(prefix string, nums ...int) int {
	total := len(prefix)
	for _, n := range nums {
		total += n
	}
	return total
}

func unnamedParams(int, string) {}

func returnsFunc() func(int) (int, error) {
	return func(n int) (int, error) { return n, nil }
}

func takesFunc(f func(...string) []string, h Handler) {}

func main() {
	const limit = 3
	type pair struct{ k, v string }
	var t Temp = 21.5
	var g Grid
	var p = pair{"a", "b"}
	var n Node = &node{val: 1}
	noArgs()
	fmt.Println(oneResult(2), t, g[1][2], p, n.val, limit)
	s, d := named(5, 3)
	fmt.Println(s, d, variadic("x", 1, 2, 3), variadic("y", []int{4, 5}...))
	unnamedParams(1, "two")
	fmt.Println(grouped(1, 2, "three"))
	f := returnsFunc()
	fmt.Println(f(7))
	takesFunc(nil, nil)
}
