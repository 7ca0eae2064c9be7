package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type edge struct {
	to   string
	cost int
}

type state struct {
	node string
	dist int
	path []string
}

type pq []*state

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int)  { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)    { *q = append(*q, x.(*state)) }
func (q *pq) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

func dijkstra(g map[string][]edge, src string) map[string]*state {
	best := map[string]*state{}
	q := &pq{{src, 0, []string{src}}}
	for q.Len() > 0 {
		s := heap.Pop(q).(*state)
		if _, done := best[s.node]; done {
			continue
		}
		best[s.node] = s
		for _, e := range g[s.node] {
			if _, done := best[e.to]; !done {
				p := append(append([]string(nil), s.path...), e.to)
				heap.Push(q, &state{e.to, s.dist + e.cost, p})
			}
		}
	}
	return best
}

// mergeK merges sorted lists with a heap of cursors.
type cursor struct{ list, pos int }
type cursors struct {
	lists [][]int
	c     []cursor
}

func (h *cursors) Len() int { return len(h.c) }
func (h *cursors) Less(i, j int) bool {
	return h.lists[h.c[i].list][h.c[i].pos] < h.lists[h.c[j].list][h.c[j].pos]
}
func (h *cursors) Swap(i, j int) { h.c[i], h.c[j] = h.c[j], h.c[i] }
func (h *cursors) Push(x any)    { h.c = append(h.c, x.(cursor)) }
func (h *cursors) Pop() any {
	x := h.c[len(h.c)-1]
	h.c = h.c[:len(h.c)-1]
	return x
}

func mergeK(lists [][]int) []int {
	h := &cursors{lists: lists}
	for i, l := range lists {
		if len(l) > 0 {
			h.c = append(h.c, cursor{i, 0})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		top := h.c[0]
		out = append(out, lists[top.list][top.pos])
		if top.pos+1 < len(lists[top.list]) {
			h.c[0].pos++
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return out
}

func main() {
	g := map[string][]edge{
		"A": {{"B", 7}, {"C", 9}, {"F", 14}},
		"B": {{"A", 7}, {"C", 10}, {"D", 15}},
		"C": {{"A", 9}, {"B", 10}, {"D", 11}, {"F", 2}},
		"D": {{"B", 15}, {"C", 11}, {"E", 6}},
		"E": {{"D", 6}, {"F", 9}},
		"F": {{"A", 14}, {"C", 2}, {"E", 9}},
		"G": {},
	}
	best := dijkstra(g, "A")
	var names []string
	for n := range best {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %2d via %s\n", n, best[n].dist, strings.Join(best[n].path, "->"))
	}
	_, reached := best["G"]
	fmt.Println("G reached:", reached)

	lists := [][]int{{1, 4, 9, 12}, {}, {2, 3, 10}, {0, 5, 6, 7, 8, 11, 13}, {4, 4, 4}}
	merged := mergeK(lists)
	fmt.Println(merged, sort.IntsAreSorted(merged), len(merged))

	// Top-k with a bounded min-heap.
	words := strings.Fields("the quick brown fox jumps over the lazy dog the fox barks and the dog runs over the hill")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type wc struct {
		w string
		c int
	}
	var all []wc
	for w, c := range freq {
		all = append(all, wc{w, c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].c != all[j].c {
			return all[i].c > all[j].c
		}
		return all[i].w < all[j].w
	})
	fmt.Println(all[:4])
}
