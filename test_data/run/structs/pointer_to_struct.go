package main

import "fmt"

type node struct {
	val  int
	next *node
}

type counter struct {
	hits map[string]int
	n    int
}

func newCounter() *counter { return &counter{hits: map[string]int{}} }

func (c *counter) hit(k string) {
	c.hits[k]++
	c.n++
}

func main() {
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	c := newCounter()
	c.hit("a")
	c.hit("b")
	c.hit("a")
	fmt.Println(c.n, c.hits)
	p := &struct{ a, b int }{1, 2}
	p.b = 20
	fmt.Println(*p, p.a)
	fmt.Println(head.next.next.val, &node{val: 9} != nil)
	fmt.Printf("%v %+v\n", head.next.next.val, head.next.next)
}
