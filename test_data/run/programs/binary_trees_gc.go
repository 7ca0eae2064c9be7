package main

import "fmt"

type Node struct{ left, right *Node }

func bottomUp(d int) *Node {
	if d <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(d - 1), bottomUp(d - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	long := bottomUp(8)
	for d := 2; d <= 8; d += 2 {
		iters := 1 << (8 - d)
		c := 0
		for i := 0; i < iters; i++ {
			c += bottomUp(d).check()
		}
		fmt.Println(iters, "trees of depth", d, "check:", c)
	}
	fmt.Println("long lived:", long.check())
}
