// Tuple assignments: the index and pointer operands of every target are evaluated before any store (Go spec
// "Assignment statements"), whether or not a target of the same statement assigns the variable they read.
package main

import "fmt"

type pair struct {
	a   [3]int
	idx int
}

func set(p *int, s []int, i int) {
	*p, s[i] = 9, 7
}

func main() {
	s := []int{0, 1, 2, 3}
	i := 1
	i, s[i] = 2, 10 // s[1] = 10
	fmt.Println(i, s)
	s[i], i = 20, 3 // s[2] = 20
	fmt.Println(i, s)
	t := []int{100, 200}
	s, s[0] = t, 5 // the old s[0] = 5
	fmt.Println(s, t)

	var arr [4]int
	j := 0
	arr[j], j, arr[j] = 1, 2, 3 // arr[0] = 1, then arr[0] = 3 (j evaluated first)
	fmt.Println(arr, j)

	p := pair{idx: 1}
	p.a[p.idx], p.idx = 5, 2
	fmt.Println(p)
	p.idx, p.a[p.idx] = 0, 6
	fmt.Println(p)

	m := map[int]int{}
	k := 1
	k, m[k] = 2, 11
	fmt.Println(k, m)

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	q := &x
	z := 0
	q, *q = &z, 50 // *q uses the old q
	fmt.Println(x, z, *q)

	u := []int{0, 0, 0}
	n := 1
	set(&n, u, n) // inlined: *p aliases n; s[i] must use i's value from before the store
	fmt.Println(n, u)

	for a, b := 0, 3; a < b; a, b = a+1, b-1 {
		s2 := []int{1, 2, 3, 4}
		s2[a], s2[b] = s2[b], s2[a]
		fmt.Println(s2)
	}
}
