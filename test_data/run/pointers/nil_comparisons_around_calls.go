// Comparisons with nil of every pointer-shaped kind (pointers, maps, chans, funcs, slices) in loops, recursion
// and right after calls whose frames cover the caller's upper slots: each must still see nil as nil.
package main

import "fmt"

type Node struct {
	left, right *Node
	val         int
}

func build(d int) *Node {
	if d == 0 {
		return &Node{val: 1}
	}
	return &Node{build(d - 1), build(d - 1), d}
}

func (n *Node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

// big has a large frame full of integers: its calls overwrite many of the caller's upper slots.
func big(n int) int {
	a, b, c, d, e, f, g, h := n+1, n+2, n+3, n+4, n+5, n+6, n+7, n+8
	return a*b + c*d + e*f + g*h
}

func kinds(i int) (p *int, m map[int]int, ch chan int, fn func() int, s []int) {
	if i%2 == 0 {
		x := i
		p, m, ch, fn, s = &x, map[int]int{i: i}, make(chan int, 1), func() int { return i }, []int{i}
	}
	return
}

func main() {
	t := build(10)
	fmt.Println(t.count())
	nils, non := 0, 0
	for i := 0; i < 10; i++ {
		p, m, ch, fn, s := kinds(i)
		big(i)
		if p == nil && m == nil && ch == nil && fn == nil && s == nil {
			nils++
		}
		big(i + 1)
		if p != nil && nil != m && ch != nil && fn != nil && s != nil {
			non++
		}
		isNil := p == nil
		fmt.Print(isNil, " ", m != nil, " ", s == nil, "; ")
	}
	fmt.Println()
	fmt.Println(nils, non)
	var empty []int
	made := make([]int, 0)
	fmt.Println(empty == nil, made == nil, made[:0] == nil, empty[:0] == nil)
	var n *Node
	for i := 0; n == nil && i < 3; i++ {
		big(i)
		if i == 2 {
			n = t
		}
	}
	fmt.Println(n != nil, n.left != nil)
}
