package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	n := &node{1, nil}
	fmt.Println(n.val)
	fmt.Println(n.next.val)
}
