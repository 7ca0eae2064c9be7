package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func three(a, b, c int) int { return a + b + c }

func main() {
	r := three(t("a", 1), t("b", 2), t("c", 3))
	fmt.Println(r, trace)
	trace = nil
	x := t("x", 1) + t("y", 2)*t("z", 3)
	fmt.Println(x, trace)
	trace = nil
	s := []int{t("s0", 0), t("s1", 1)}
	m := map[int]int{t("k", 1): t("v", 2)}
	fmt.Println(s, m, trace)
}
