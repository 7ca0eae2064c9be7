// Package-level declarations may refer to each other in any order: mutually recursive functions, types that refer
// to each other through pointers, slices and maps, constant groups with iota and skipped values, variables whose
// initialisers use later declarations, methods declared before their type.

package main

import "fmt"

var total = sum(values...)

var values = []int{A, B, C, D}

func (l *List) Push(v int) { l.head = &Node{val: v, next: l.head} }

type List struct{ head *Node }

type Node struct {
	val  int
	next *Node
	list *List
}

type Tree struct {
	children []Tree
	index    map[string]*Tree
}

type Celsius float64

const (
	A = iota * 10
	B
	_
	D
	C = 7
)

const (
	KB Size = 1 << (10 * (iota + 1))
	MB
	GB
)

type Size int64

var q, r = divmod(17, 5)

func divmod(a, b int) (int, int) { return a / b, a % b }

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func init() {
	total++
}

func init() {
	total--
}

func main() {
	const local = iota
	type pair struct{ a, b int }
	var p = pair{q, r}
	var l List
	l.Push(local)
	var t Tree
	var c Celsius = 36.6
	fmt.Println(total, p, l.head.val, len(t.children), even(10), KB, MB, GB, c)
}
