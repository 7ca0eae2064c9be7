// Objects allocated by a loop body: each iteration sees a fresh zero object (partial literals, new, make with a
// constant size, slice literals, var declarations), even when the storage is reused (frame objects).
package main

import "fmt"

type T struct {
	A, B int
	S    string
	P    *int
	L    []int
	M    map[string]int
	I    interface{}
}

func touch(t *T, i int) {
	t.B = i * 10
	t.S = fmt.Sprint("s", i)
	t.P = &t.A
	t.L = append(t.L, i)
	t.I = i
}

func check(t *T) bool {
	return t.B == 0 && t.S == "" && t.P == nil && t.L == nil && t.M == nil && t.I == nil
}

func sum(s []int) (n int) {
	for _, v := range s {
		n += v
	}
	return
}

func main() {
	bad := 0
	total := 0
	for i := 0; i < 4; i++ {
		t := &T{A: i}
		if !check(t) {
			bad++
		}
		touch(t, i)
		total += t.A + t.B + len(t.S) + *t.P + sum(t.L)

		n := new(int)
		if *n != 0 {
			bad++
		}
		*n += i

		arr := make([]int, 4, 6)
		if sum(arr[:6]) != 0 {
			bad++
		}
		arr[i] = *n

		lit := []int{2: 7}
		if lit[0] != 0 || lit[1] != 0 {
			bad++
		}
		lit[0], lit[1] = i, i

		var v T
		if !check(&v) {
			bad++
		}
		touch(&v, i)

		total += sum(arr) + sum(lit) + v.B
		fmt.Println(i, t.S, *n, arr, lit, v.S, total)
	}

	// Nested loops, labelled continue and break, and a loop made of goto.
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			p := &T{A: i, B: j}
			if p.S != "" || p.L != nil {
				bad++
			}
			p.S = "used"
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			total += p.A*10 + p.B
		}
	}
	k := 0
again:
	q := &T{A: k}
	if q.B != 0 {
		bad++
	}
	q.B = 5
	total += q.A + q.B
	k++
	if k < 3 {
		goto again
	}

	// Pointers kept past their iteration must stay distinct.
	var keep []*T
	for i := 0; i < 3; i++ {
		x := T{A: i}
		keep = append(keep, &x)
	}
	for _, p := range keep {
		fmt.Print(p.A, " ")
	}
	fmt.Println()
	fmt.Println("bad", bad, "total", total)
}
