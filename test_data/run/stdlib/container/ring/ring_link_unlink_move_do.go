package main

import (
	"container/ring"
	"fmt"
)

func dump(name string, r *ring.Ring) {
	fmt.Printf("%s len=%d:", name, r.Len())
	r.Do(func(p any) { fmt.Print(" ", p) })
	fmt.Println()
}

func main() {
	fmt.Println("New(0) nil:", ring.New(0) == nil, "New(-1) nil:", ring.New(-1) == nil)
	var nilRing *ring.Ring
	fmt.Println("nil len:", nilRing.Len())
	nilRing.Do(func(any) { fmt.Println("never") })

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	dump("r", r)
	dump("prev", r.Prev())
	dump("move 2", r.Move(2))
	dump("move -2", r.Move(-2))
	dump("move 7", r.Move(7))
	dump("move 0", r.Move(0))

	// Zero Ring is a one-element ring.
	var z ring.Ring
	fmt.Println("zero len:", z.Len(), z.Next() == &z, z.Prev() == &z)

	// Link two rings.
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 * (i + 1)
		s = s.Next()
	}
	old := r.Link(s)
	dump("linked", r)
	dump("old", old)

	// Unlink removes n elements after r.
	removed := r.Unlink(3)
	dump("after unlink 3", r)
	dump("removed", removed)
	fmt.Println("unlink 0 nil:", r.Unlink(0) == nil)
	removed = r.Unlink(7) // n % Len
	dump("after unlink 7", r)
	dump("removed", removed)

	// Link a ring with itself (splits it).
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = string(rune('a' + i))
		t = t.Next()
	}
	part := t.Link(t.Move(3))
	dump("t", t)
	dump("part", part)

	// Sum with Do.
	sum := 0
	u := ring.New(10)
	for i := 1; i <= 10; i++ {
		u.Value = i
		u = u.Next()
	}
	u.Do(func(p any) { sum += p.(int) })
	fmt.Println("sum:", sum)
}
