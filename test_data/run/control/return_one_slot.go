// Functions whose one-slot result is a variable returned as it is (`mov1 r0, x; ret` is one `ret1 x`): results
// of each slot kind (int, float64, bool, pointer, map, func), recursion, returns inside loops and switches, a
// result returned to a native caller (sort.Slice's less), a closure, a method value, a goroutine's function,
// deferred calls and recover (which keep the plain return), named results and a panic through such a frame.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type node struct {
	v    int
	next *node
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func half(x float64) float64 {
	y := x / 2
	return y
}

func even(n int) bool {
	r := n%2 == 0
	return r
}

func last(n *node) *node {
	for n.next != nil {
		n = n.next
	}
	return n
}

func pick(k int, m map[string]int) map[string]int {
	switch k {
	case 0:
		return nil
	case 1:
		return m
	}
	var o map[string]int
	return o
}

func adder(d int) func(int) int {
	f := func(x int) int {
		s := x + d
		return s
	}
	return f
}

func firstOver(xs []int, t int) int {
	for i, x := range xs {
		if x > t {
			return i
		}
	}
	n := -1
	return n
}

func recovered() (r int) {
	defer func() {
		if recover() != nil {
			r = 42
		}
	}()
	v := 7
	if v > 0 {
		panic("boom")
	}
	return v
}

func deferred() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func named() (n int) {
	n = 5
	return
}

func mustPositive(v int) int {
	if v < 0 {
		panic(errors.New("negative"))
	}
	return v
}

type counter struct{ n int }

func (c *counter) get() int {
	v := c.n
	return v
}

func main() {
	fmt.Println(fib(20), half(3), even(4), even(7))
	l := &node{1, &node{2, &node{3, nil}}}
	fmt.Println(last(l).v)
	m := map[string]int{"a": 1}
	fmt.Println(pick(0, m) == nil, len(pick(1, m)), pick(2, m) == nil)
	fmt.Println(adder(3)(4), firstOver([]int{1, 5, 9}, 4), firstOver(nil, 0))
	fmt.Println(recovered(), deferred(), named())
	xs := []int{5, 2, 8, 1}
	sort.Slice(xs, func(i, j int) bool {
		lt := xs[i] < xs[j]
		return lt
	})
	fmt.Println(xs)
	c := &counter{9}
	g := c.get
	fmt.Println(g())
	done := make(chan int)
	go func() { done <- fib(10) }()
	fmt.Println(<-done)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(mustPositive(3))
		fmt.Println(mustPositive(-1))
	}()
}
