// Taking a variable's address, explicitly (`&x`, `&t.f`, `&arr[i]`) or implicitly (a pointer-receiver method call
// or method value on an addressable value, slicing an array): the variable needs memory, and moves to the heap only
// when the address outlives the frame. Go 1.19's `-m -l` output.
package main

type T struct {
	a, b int
	in   Inner
}

type Inner struct{ n int }

func (t *T) Inc()      { t.a++ } // ERROR "t does not escape$"
func (t T) Get() int   { return t.a }
func (i *Inner) Bump() { i.n++ } // ERROR "i does not escape$"

type E struct{ T }

func explicit() int {
	x := 1
	p := &x
	var t T
	q := &t.b
	var arr [4]int
	r := &arr[2]
	return *p + *q + *r
}

func implicit() int {
	var t T
	t.Inc()
	var u T
	u.in.Bump()
	var e E
	e.Inc()
	var v T
	f := v.Inc // ERROR "v.Inc does not escape$"
	f()
	var w T
	return t.Get() + w.Get()
}

func slicing() int {
	var arr [3]int
	s := arr[1:]
	sl := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape$"
	s2 := sl[1:]
	return len(s) + len(s2)
}

func throughPointers(p *T, ps []int) int { // ERROR "p does not escape$" "ps does not escape$"
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
	check(explicit()+implicit()+slicing()+throughPointers(&T{}, []int{1})+*param(1), 10) // ERROR "&T{} does not escape$" "\[\]int{...} does not escape$"
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
