package main

import "fmt"

type node struct {
	v    int
	next *node
}

func main() {
	n := &node{1, nil}
	fmt.Printf("%v\n", n)
	fmt.Printf("%+v\n", n)
	fmt.Println(n.next)
	arr := &[2]string{"a", "b"}
	sl := &[]int{1}
	m := &map[string]int{"k": 1}
	fmt.Println(arr, sl, m)
}
