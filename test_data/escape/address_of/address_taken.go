// Taking a variable's address, explicitly or implicitly, moves it to the heap; reading it or taking the address of
// memory it points to does not.
package main

type T struct {
	a, b int
	in   Inner
}

type Inner struct{ n int }

func (t *T) Inc()     { t.a++ }
func (t T) Get() int  { return t.a }
func (i *Inner) Bump() { i.n++ }

type E struct{ T }

func explicit() int {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	var t T // ERROR "moved to heap: t$"
	q := &t.b
	var arr [4]int // ERROR "moved to heap: arr$"
	r := &arr[2]
	return *p + *q + *r
}

func implicit() int {
	var t T // ERROR "moved to heap: t$"
	t.Inc()
	var u T // ERROR "moved to heap: u$"
	u.in.Bump()
	var e E // ERROR "moved to heap: e$"
	e.Inc()
	var v T // ERROR "moved to heap: v$"
	f := v.Inc
	f()
	var w T
	return t.Get() + w.Get()
}

func slicing() int {
	var arr [3]int // ERROR "moved to heap: arr$"
	s := arr[1:]
	sl := []int{1, 2, 3}
	s2 := sl[1:]
	return len(s) + len(s2)
}

func throughPointers(p *T, ps []int) int {
	q := &p.a
	r := &ps[0]
	p.Inc()
	var arr [2]int
	arr[0] = 1
	return *q + *r + arr[0]
}

func param(n int) *int { // ERROR "moved to heap: n$"
	return &n
}

func main() {
	_ = explicit() + implicit() + slicing() + throughPointers(&T{}, []int{1}) + *param(1)
}
