package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// An IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func valid(h IntHeap) bool {
	for i := 1; i < len(h); i++ {
		if h[(i-1)/2] > h[i] {
			return false
		}
	}
	return true
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println("init:", *h, valid(*h))
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println("pushed:", *h, valid(*h))
	fmt.Println("min:", (*h)[0])

	(*h)[3] = -5
	heap.Fix(h, 3)
	fmt.Println("fix down->up:", *h, valid(*h))
	(*h)[0] = 100
	heap.Fix(h, 0)
	fmt.Println("fix up->down:", *h, valid(*h))

	fmt.Println("remove idx 2:", heap.Remove(h, 2), *h, valid(*h))
	fmt.Println("remove last:", heap.Remove(h, h.Len()-1), *h, valid(*h))

	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println("popped:", out, sort.IntsAreSorted(out))

	// Deterministic pseudo-random workload: heap sort must match sort.Ints.
	x := uint32(12345)
	var all []int
	g := &IntHeap{}
	for i := 0; i < 300; i++ {
		x = x*1103515245 + 12345
		v := int(x>>16) % 1000
		all = append(all, v)
		heap.Push(g, v)
		if i%7 == 0 {
			heap.Pop(g)
		}
	}
	fmt.Println("len:", g.Len(), "valid:", valid(*g))
	var sorted []int
	for g.Len() > 0 {
		sorted = append(sorted, heap.Pop(g).(int))
	}
	fmt.Println("sorted:", sort.IntsAreSorted(sorted), len(sorted), sorted[:10], sorted[len(sorted)-5:])

	// Empty heap init and single element.
	e := &IntHeap{}
	heap.Init(e)
	heap.Push(e, 42)
	fmt.Println("single:", heap.Pop(e), e.Len())
}
