// The implicit address of a pointer-receiver method call `x.M()` on an addressable value: the receiver parameter's
// leak summary decides, as for an explicit `(&x).M()`.
package main

type T struct {
	a  int
	in Inner
}

type Inner struct{ n int }

var global *T

func (t *T) Inc()          { t.a++ }      // ERROR "t does not escape$"
func (t *T) Self() *T      { return t }   // ERROR "leaking param: t to result ~r0 level=0$"
func (t *T) Keep()         { global = t } // ERROR "leaking param: t$"
func (t T) Get() int       { return t.a }
func (i *Inner) Bump()     { i.n++ }       // ERROR "i does not escape$"
func (i *Inner) Ptr() *int { return &i.n } // ERROR "leaking param: i to result ~r0 level=0$"

type E struct{ T }

func nonEscaping() int {
	var t T
	t.Inc()
	var u T
	u.in.Bump()
	var e E
	e.Inc()
	var w T
	return t.Get() + u.a + e.a + w.Get()
}

func escaping() {
	var t T // ERROR "moved to heap: t$"
	t.Keep()
	var e E // ERROR "moved to heap: e$"
	e.Keep()
}

func throughResult() *T {
	var t T // ERROR "moved to heap: t$"
	return t.Self()
}

func throughResultLocal() int {
	var t T
	p := t.Self()
	p.Inc()
	var in Inner
	q := in.Ptr()
	*q = 2
	return t.a + in.n
}

func main() {
	check(nonEscaping(), 2)
	escaping()
	_ = throughResult()
	check(throughResultLocal(), 3)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
