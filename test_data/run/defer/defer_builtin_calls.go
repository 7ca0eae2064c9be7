package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	defer fmt.Println(len(m))
	defer delete(m, "a")
	s := []int{1, 2, 3}
	defer fmt.Println("copied", copy(s, []int{9}))
	defer print("print builtin\n")
	fmt.Println(m, s)
}
