package main

import "fmt"

type node struct {
	key         int
	left, right *node
}

func insert(n *node, k int) *node {
	if n == nil {
		return &node{key: k}
	}
	if k < n.key {
		n.left = insert(n.left, k)
	} else if k > n.key {
		n.right = insert(n.right, k)
	}
	return n
}

func remove(n *node, k int) *node {
	if n == nil {
		return nil
	}
	switch {
	case k < n.key:
		n.left = remove(n.left, k)
	case k > n.key:
		n.right = remove(n.right, k)
	default:
		if n.left == nil {
			return n.right
		}
		if n.right == nil {
			return n.left
		}
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key = m.key
		n.right = remove(n.right, m.key)
	}
	return n
}

func walk(n *node, f func(int)) {
	if n != nil {
		walk(n.left, f)
		f(n.key)
		walk(n.right, f)
	}
}

func main() {
	var root *node
	x := 7
	for i := 0; i < 1500; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		root = insert(root, x%1000)
		if i%2 == 0 {
			root = remove(root, (x/7)%1000)
		}
	}
	count, sum := 0, 0
	walk(root, func(k int) { count++; sum += k })
	fmt.Println(count, sum)
}
