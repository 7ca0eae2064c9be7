// Addresses that outlive their frame through control flow: goroutines, deferred calls in loops, channels,
// select, named results modified by deferred closures, results of other functions, loops that carry a pointer
// from one iteration to the next, and mutual recursion. Each one must escape.
package main

import "runtime"

type Node struct {
	val  int
	next *Node
}

var sinkNode *Node
var sinkP *int

func goroutineCapture(done chan bool) { // ERROR "leaking param: done$"
	x := 1      // ERROR "moved to heap: x$"
	go func() { // ERROR "func literal escapes to heap$"
		x++
		done <- true
	}()
}

func goroutineArg(ch chan *int) { // ERROR "leaking param: ch$"
	x := 1                          // ERROR "moved to heap: x$"
	go func(p *int) { ch <- p }(&x) // ERROR "leaking param: p$" "func literal escapes to heap$"
}

func sendPointer(ch chan *Node) { // ERROR "ch does not escape$"
	n := Node{val: 1} // ERROR "moved to heap: n$"
	ch <- &n
}

func selectSend(ch chan *int) { // ERROR "ch does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	select {
	case ch <- &x:
	default:
	}
}

func namedResultByDefer() (p *int) {
	x := 1                    // ERROR "moved to heap: x$"
	defer func() { p = &x }() // ERROR "func literal does not escape$"
	return nil
}

func listInLoop() *Node {
	var head *Node
	for i := 0; i < 3; i++ {
		n := Node{val: i} // ERROR "moved to heap: n$"
		n.next = head
		head = &n
	}
	return head
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		x := i                        // ERROR "moved to heap: x$"
		defer func() { sinkP = &x }() // ERROR "func literal escapes to heap$"
	}
}

func keep(p *int) *int { // ERROR "leaking param: p$"
	sinkP = p
	return p
}

func throughCallee() {
	x := 1 // ERROR "moved to heap: x$"
	keep(&x)
}

func ping(n *Node, k int) { // ERROR "leaking param: n$"
	if k == 0 {
		sinkNode = n
		return
	}
	pong(n, k-1)
}

func pong(n *Node, k int) { ping(n, k) } // ERROR "leaking param: n$"

func recursive() {
	n := Node{val: 1} // ERROR "moved to heap: n$"
	ping(&n, 2)
}

func storedThroughParam(pp **int) { // ERROR "pp does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	*pp = &x
}

// clobber overwrites the stack below its caller with other values and runs the garbage collector, so that a
// pointer into a dead frame (a wrong "does not escape") reads garbage or crashes instead of the right value.
func clobber(depth int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -depth - i
	}
	runtime.GC()
	if depth == 0 {
		return pad[3]
	}
	return clobber(depth-1) + pad[5]
}

func check(ok bool, what string) { // ERROR "what does not escape$"
	if !ok {
		panic("wrong value through an escaped pointer: " + what) // ERROR ".wrong value through an escaped pointer: . \+ what escapes to heap$"
	}
}

func main() {
	done := make(chan bool, 1)
	goroutineCapture(done)
	<-done
	ch := make(chan *int, 2)
	goroutineArg(ch)
	_ = clobber(8)
	check(*<-ch == 1, "goroutine argument")
	nodes := make(chan *Node, 1)
	sendPointer(nodes)
	selectSend(ch)
	_ = clobber(8)
	check((<-nodes).val == 1, "sent pointer")
	check(*<-ch == 1, "select send")
	p := namedResultByDefer()
	head := listInLoop()
	_ = clobber(8)
	check(*p == 1, "named result set by a deferred closure")
	check(head.val == 2 && head.next.val == 1 && head.next.next.val == 0, "list built in a loop")
	deferInLoop()
	_ = clobber(8)
	check(*sinkP == 0, "deferred closure in a loop")
	throughCallee()
	_ = clobber(8)
	check(*sinkP == 1, "kept by a callee")
	recursive()
	var q *int
	storedThroughParam(&q)
	_ = clobber(8)
	check(sinkNode.val == 1, "kept through recursion")
	check(*q == 1, "stored through a parameter")
}
