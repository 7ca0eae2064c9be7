package main

import "fmt"

var (
	counter int
	names   = []string{"a", "b"}
	total   = sum(1, 2, 3)
)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func bump() { counter++ }

func main() {
	bump()
	bump()
	names = append(names, "c")
	fmt.Println(counter, names, total)
}
