package main

import "fmt"

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprint(prefix, len(nums), " ", t)
}

func anyArgs(args ...interface{}) int { return len(args) }

func main() {
	fmt.Println(sum("a"))
	fmt.Println(sum("b", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("c", xs...))
	fmt.Println(anyArgs(1, "x", nil, 2.5), anyArgs())
	vs := []interface{}{1, 2}
	fmt.Println(anyArgs(vs...), anyArgs(vs))
}
