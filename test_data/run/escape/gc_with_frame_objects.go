// Locals whose storage may be in the frame holding the only references to heap objects (pointers, strings,
// slices, maps, interfaces, closures) across collections, in loops, recursion and goroutines. Run it also with
// VO_GC_STRESS=1.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	Next  *Node
	Name  string
	Vals  []int
	Attrs map[string]int
	Any   interface{}
	Fn    func() int
	F     float64
	B     byte
}

func grow(n *Node, depth int) {
	if depth == 0 {
		return
	}
	d := depth
	n.Next = &Node{Name: strings.Repeat("n", depth), Vals: make([]int, depth), Attrs: map[string]int{"d": depth},
		Any: fmt.Sprint("any", depth), Fn: func() int { return d * 100 }}
	churn()
	grow(n.Next, depth-1)
}

func churn() {
	var junk [][]byte
	for i := 0; i < 50; i++ {
		junk = append(junk, make([]byte, 512))
	}
	runtime.GC()
	_ = junk
}

func walk(n *Node) (s int) {
	for ; n != nil; n = n.Next {
		s += len(n.Name) + len(n.Vals) + n.Attrs["d"]
		if str, ok := n.Any.(string); ok {
			s += len(str)
		}
		if n.Fn != nil {
			s += n.Fn()
		}
	}
	return
}

func inFrame(depth int) int {
	root := Node{Name: "root", F: 2.5, B: 1}
	grow(&root, depth)
	if depth > 1 {
		sub := inFrame(depth - 1)
		churn()
		return walk(&root) + sub
	}
	churn()
	return walk(&root)
}

type Holder struct {
	Items []*Node
	Index map[string]*Node
}

func (h *Holder) Add(name string) {
	n := &Node{Name: name, Vals: []int{len(name)}}
	h.Items = append(h.Items, n)
	if h.Index == nil {
		h.Index = map[string]*Node{}
	}
	h.Index[name] = n
}

func main() {
	var root Node
	root.Any = strings.Repeat("r", 3)
	grow(&root, 5)
	for i := 0; i < 3; i++ {
		churn()
	}
	fmt.Println(walk(&root), root.Any)
	fmt.Println(inFrame(4))

	var h Holder
	for i := 0; i < 20; i++ {
		h.Add(fmt.Sprint("item", i))
		if i%5 == 0 {
			churn()
		}
	}
	total := 0
	for _, n := range h.Items {
		total += n.Vals[0]
	}
	fmt.Println(len(h.Items), len(h.Index), total, h.Index["item7"].Name)

	results := make(chan int)
	for g := 0; g < 3; g++ {
		go func(k int) {
			local := Node{Name: fmt.Sprint("g", k)}
			grow(&local, k+2)
			churn()
			results <- walk(&local)
		}(g)
	}
	sum := 0
	for g := 0; g < 3; g++ {
		sum += <-results
	}
	fmt.Println(sum)

	for i := 0; i < 100; i++ {
		p := &Node{Name: strings.Repeat("x", i%7), Vals: []int{i, i}}
		arr := [3]*Node{p, p, nil}
		s := []string{p.Name, "tail"}
		if i%25 == 0 {
			churn()
		}
		if arr[1].Vals[1] != i || s[0] != p.Name {
			fmt.Println("corrupted at", i)
		}
	}
	fmt.Println("done")
}
