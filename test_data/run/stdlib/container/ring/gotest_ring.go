// Go 1.19's container/ring/ring_test.go (Copyright The Go Authors, BSD-style license) as a program: benchmarks dropped, package testing
// replaced by the small T below (Short is true, AllocsPerRun runs once and reports 0); the unexported fields next and prev
// read through Next() and Prev(); main runs each Test in order.
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	. "container/ring"
	"fmt"
)

// For debugging - keep around.
func dump(r *Ring) {
	if r == nil {
		fmt.Println("empty")
		return
	}
	i, n := 0, r.Len()
	for p := r; i < n; p = p.Next() {
		fmt.Printf("%4d: %p = {<- %p | %p ->}\n", i, p, p.Prev(), p.Next())
		i++
	}
	fmt.Println()
}

func verify(t *T, r *Ring, N int, sum int) {
	// Len
	n := r.Len()
	if n != N {
		t.Errorf("r.Len() == %d; expected %d", n, N)
	}

	// iteration
	n = 0
	s := 0
	r.Do(func(p any) {
		n++
		if p != nil {
			s += p.(int)
		}
	})
	if n != N {
		t.Errorf("number of forward iterations == %d; expected %d", n, N)
	}
	if sum >= 0 && s != sum {
		t.Errorf("forward ring sum = %d; expected %d", s, sum)
	}

	if r == nil {
		return
	}

	// connections
	if r.Next() != nil {
		var p *Ring // previous element
		for q := r; p == nil || q != r; q = q.Next() {
			if p != nil && p != q.Prev() {
				t.Errorf("prev = %p, expected q.Prev() = %p\n", p, q.Prev())
			}
			p = q
		}
		if p != r.Prev() {
			t.Errorf("prev = %p, expected r.Prev() = %p\n", p, r.Prev())
		}
	}

	// Next, Prev
	if r.Next() != r.Next() {
		t.Errorf("r.Next() != r.Next()")
	}
	if r.Prev() != r.Prev() {
		t.Errorf("r.Prev() != r.Prev()")
	}

	// Move
	if r.Move(0) != r {
		t.Errorf("r.Move(0) != r")
	}
	if r.Move(N) != r {
		t.Errorf("r.Move(%d) != r", N)
	}
	if r.Move(-N) != r {
		t.Errorf("r.Move(%d) != r", -N)
	}
	for i := 0; i < 10; i++ {
		ni := N + i
		mi := ni % N
		if r.Move(ni) != r.Move(mi) {
			t.Errorf("r.Move(%d) != r.Move(%d)", ni, mi)
		}
		if r.Move(-ni) != r.Move(-mi) {
			t.Errorf("r.Move(%d) != r.Move(%d)", -ni, -mi)
		}
	}
}

func TestCornerCases(t *T) {
	var (
		r0 *Ring
		r1 Ring
	)
	// Basics
	verify(t, r0, 0, 0)
	verify(t, &r1, 1, 0)
	// Insert
	r1.Link(r0)
	verify(t, r0, 0, 0)
	verify(t, &r1, 1, 0)
	// Insert
	r1.Link(r0)
	verify(t, r0, 0, 0)
	verify(t, &r1, 1, 0)
	// Unlink
	r1.Unlink(0)
	verify(t, &r1, 1, 0)
}

func makeN(n int) *Ring {
	r := New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	return r
}

func sumN(n int) int { return (n*n + n) / 2 }

func TestNew(t *T) {
	for i := 0; i < 10; i++ {
		r := New(i)
		verify(t, r, i, -1)
	}
	for i := 0; i < 10; i++ {
		r := makeN(i)
		verify(t, r, i, sumN(i))
	}
}

func TestLink1(t *T) {
	r1a := makeN(1)
	var r1b Ring
	r2a := r1a.Link(&r1b)
	verify(t, r2a, 2, 1)
	if r2a != r1a {
		t.Errorf("a) 2-element link failed")
	}

	r2b := r2a.Link(r2a.Next())
	verify(t, r2b, 2, 1)
	if r2b != r2a.Next() {
		t.Errorf("b) 2-element link failed")
	}

	r1c := r2b.Link(r2b)
	verify(t, r1c, 1, 1)
	verify(t, r2b, 1, 0)
}

func TestLink2(t *T) {
	var r0 *Ring
	r1a := &Ring{Value: 42}
	r1b := &Ring{Value: 77}
	r10 := makeN(10)

	r1a.Link(r0)
	verify(t, r1a, 1, 42)

	r1a.Link(r1b)
	verify(t, r1a, 2, 42+77)

	r10.Link(r0)
	verify(t, r10, 10, sumN(10))

	r10.Link(r1a)
	verify(t, r10, 12, sumN(10)+42+77)
}

func TestLink3(t *T) {
	var r Ring
	n := 1
	for i := 1; i < 10; i++ {
		n += i
		verify(t, r.Link(New(i)), n, -1)
	}
}

func TestUnlink(t *T) {
	r10 := makeN(10)
	s10 := r10.Move(6)

	sum10 := sumN(10)

	verify(t, r10, 10, sum10)
	verify(t, s10, 10, sum10)

	r0 := r10.Unlink(0)
	verify(t, r0, 0, 0)

	r1 := r10.Unlink(1)
	verify(t, r1, 1, 2)
	verify(t, r10, 9, sum10-2)

	r9 := r10.Unlink(9)
	verify(t, r9, 9, sum10-2)
	verify(t, r10, 9, sum10-2)
}

func TestLinkUnlink(t *T) {
	for i := 1; i < 4; i++ {
		ri := New(i)
		for j := 0; j < i; j++ {
			rj := ri.Unlink(j)
			verify(t, rj, j, -1)
			verify(t, ri, i-j, -1)
			ri.Link(rj)
			verify(t, ri, i, -1)
		}
	}
}

// Test that calling Move() on an empty Ring initializes it.
func TestMoveEmptyRing(t *T) {
	var r Ring

	r.Move(1)
	verify(t, &r, 1, 0)
}

// ---- A minimal stand-in for package testing's T, and main running each Test in order ----

type T struct {
	name   string
	failed bool
}

type fatalPanic struct{}
type skipPanic struct{}

func (t *T) Helper() {}
func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	fmt.Printf("--- FAIL: %s: %s\n", t.name, fmt.Sprintf(format, args...))
}
func (t *T) Error(args ...any) {
	t.failed = true
	fmt.Printf("--- FAIL: %s: %s", t.name, fmt.Sprintln(args...))
}
func (t *T) Fatalf(format string, args ...any) { t.Errorf(format, args...); panic(fatalPanic{}) }
func (t *T) Fatal(args ...any)                 { t.Error(args...); panic(fatalPanic{}) }
func (t *T) Logf(format string, args ...any)   {}
func (t *T) Log(args ...any)                   {}
func (t *T) Skip(args ...any)                  { panic(skipPanic{}) }
func (t *T) Skipf(format string, args ...any)  { panic(skipPanic{}) }
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + name}
	runTest(sub, f)
	if sub.failed {
		t.failed = true
	}
	return !sub.failed
}

func testingShort() bool { return true }

func allocsPerRun(runs int, f func()) float64 { f(); return 0 }

func runTest(t *T, f func(*T)) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case fatalPanic:
			case skipPanic:
				fmt.Println("--- SKIP:", t.name)
			default:
				panic(r)
			}
		}
	}()
	f(t)
}

func main() {
	for _, test := range []struct {
		name string
		f    func(*T)
	}{
		{"TestCornerCases", TestCornerCases},
		{"TestNew", TestNew},
		{"TestLink1", TestLink1},
		{"TestLink2", TestLink2},
		{"TestLink3", TestLink3},
		{"TestUnlink", TestUnlink},
		{"TestLinkUnlink", TestLinkUnlink},
		{"TestMoveEmptyRing", TestMoveEmptyRing},
	} {
		t := &T{name: test.name}
		runTest(t, test.f)
		if t.failed {
			fmt.Println("FAIL", test.name)
		} else {
			fmt.Println("ok  ", test.name)
		}
	}
}
