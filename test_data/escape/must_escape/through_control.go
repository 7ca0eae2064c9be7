// Addresses that outlive their frame through control flow: goroutines, deferred calls in loops, channels,
// select, named results modified by deferred closures, results of other functions, loops that carry a pointer
// from one iteration to the next, and mutual recursion. Each one must escape.
package main

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

func main() {
	done := make(chan bool, 1)
	goroutineCapture(done)
	<-done
	ch := make(chan *int, 2)
	goroutineArg(ch)
	sendPointer(make(chan *Node, 1))
	selectSend(ch)
	_ = namedResultByDefer()
	_ = listInLoop()
	deferInLoop()
	throughCallee()
	recursive()
	var p *int
	storedThroughParam(&p)
}
