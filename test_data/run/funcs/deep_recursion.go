package main

import "fmt"

type tree struct {
	left, right *tree
	v           int
}

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d - 1), build(d - 1), d}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.left.sum() + t.right.sum()
}

func count(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = 1
	return pad[n%8] + count(n-1)
}

func main() {
	fmt.Println(build(12).sum())
	fmt.Println(count(200000))
}
