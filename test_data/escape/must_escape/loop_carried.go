// Addresses carried from one loop iteration to the next or out of the loop, through every kind of loop: each must
// escape. The main reads everything back after clobbering the stack and collecting garbage (with Go 1.22's loop
// variables: Go 1.19 fails the closures' check).
package main

import "runtime"

type Node struct {
	val  int
	next *Node
}

func gotoLoop() *Node {
	var head *Node
	i := 0
again:
	n := Node{val: i} // ERROR "moved to heap: n$"
	n.next = head
	head = &n
	i++
	if i < 3 {
		goto again
	}
	return head
}

func rangeChannel() []*Node {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	var out []*Node
	for v := range ch {
		n := Node{val: v} // ERROR "moved to heap: n$"
		out = append(out, &n)
	}
	return out
}

func closuresOutOfLoop() []func() int {
	var fs []func() int
	// vo: Go 1.22 loop variables (loops/per_iteration.go): the closures capture i by value; Go 1.19 reports
	// "moved to heap: i" on the next line, and its closures all see i == 3.
	for i := 0; i < 3; i++ {
		x := i * 10
		fs = append(fs, func() int { return x + i }) // ERROR "func literal escapes to heap$"
	}
	return fs
}

func methodValuesOutOfLoop() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		n := Node{val: i}      // ERROR "moved to heap: n$"
		fs = append(fs, n.Val) // ERROR "n.Val escapes to heap$"
	}
	return fs
}

func (n *Node) Val() int { return n.val } // ERROR "n does not escape$"

func arraySlicesOutOfLoop() [][]int {
	var out [][]int
	for i := 0; i < 3; i++ {
		var a [2]int // ERROR "moved to heap: a$"
		a[0] = i
		out = append(out, a[:])
	}
	return out
}

func pass(p *Node) *Node  { return p }             // ERROR "leaking param: p to result ~r0 level=0$"
func pass2(p *Node) *Node { return pass(pass(p)) } // ERROR "leaking param: p to result ~r0 level=0$"

func chainOfResults() *Node {
	n := Node{val: 7} // ERROR "moved to heap: n$"
	return pass2(&n)
}

func selectLoop() *Node {
	ch := make(chan *Node, 1)
	var last *Node
	for i := 0; i < 3; i++ {
		n := Node{val: i} // ERROR "moved to heap: n$"
		select {
		case ch <- &n:
		default:
		}
		last = &n
	}
	return last
}

func recoverInLoop() (kept []*int) {
	for i := 0; i < 2; i++ {
		func() { // ERROR "func literal does not escape$"
			defer func() { // ERROR "func literal does not escape$"
				if recover() != nil {
					v := i // ERROR "moved to heap: v$"
					kept = append(kept, &v)
				}
			}()
			panic("x") // ERROR ".x. escapes to heap$"
		}()
	}
	return kept
}

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
		panic("wrong value: " + what) // ERROR ".wrong value: . \+ what escapes to heap$"
	}
}

func main() {
	head := gotoLoop()
	nodes := rangeChannel()
	fs := closuresOutOfLoop()
	ms := methodValuesOutOfLoop()
	slices := arraySlicesOutOfLoop()
	chained := chainOfResults()
	last := selectLoop()
	kept := recoverInLoop()
	_ = clobber(8)
	check(head.val == 2 && head.next.val == 1 && head.next.next.val == 0, "goto loop")
	check(nodes[0].val == 1 && nodes[1].val == 2 && nodes[2].val == 3, "range over a channel")
	check(fs[0]() == 0 && fs[1]() == 11 && fs[2]() == 22, "closures")
	check(ms[0]() == 0 && ms[2]() == 2, "method values")
	check(slices[0][0] == 0 && slices[2][0] == 2, "slices of arrays")
	check(chained.val == 7, "chain of results")
	check(last.val == 2, "select loop")
	check(*kept[0] == 0 && *kept[1] == 1, "recover in a loop")
}
