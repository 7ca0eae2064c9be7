// Mutually recursive functions are analysed together (one strongly connected component of the call graph): the
// flows between them are direct edges, and a parameter leaks only if some path through the cycle leaks it.
package main

type Node struct {
	val  int
	next *Node
}

var sink *Node

func sum(n *Node) int { // ERROR "n does not escape$"
	if n == nil {
		return 0
	}
	return n.val + sum(n.next)
}

func even(n *Node, k int) *Node { // ERROR "leaking param: n$"
	if k == 0 {
		return n
	}
	return odd(n, k-1)
}

func odd(n *Node, k int) *Node { // ERROR "leaking param: n$"
	if k == 0 {
		return nil
	}
	return even(n, k-1)
}

func leakA(n *Node, k int) { // ERROR "leaking param: n$"
	if k > 0 {
		leakB(n, k-1)
	}
}

func leakB(n *Node, k int) { // ERROR "leaking param: n$"
	if k == 0 {
		sink = n
		return
	}
	leakA(n, k-1)
}

func use() int {
	a := Node{val: 1}
	b := Node{val: 2} // ERROR "moved to heap: b$"
	c := Node{val: 3} // ERROR "moved to heap: c$"
	leakA(&c, 3)
	return sum(&a) + even(&b, 2).val
}

func main() {
	check(use(), 3)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
