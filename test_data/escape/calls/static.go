// Calls to analysed functions use the callee's summary: an argument escapes only if the callee leaks it.
// Function values and calls through interfaces are not analysed: their arguments escape.
package main

type T struct{ n int }

var sink *T

func keep(t *T)       { sink = t }   // ERROR "leaking param: t$"
func look(t *T) int   { return t.n } // ERROR "t does not escape$"
func pass(t *T) *T    { return t }   // ERROR "leaking param: t to result ~r0 level=0$"
func (t *T) Get() int { return t.n } // ERROR "t does not escape$"
func (t *T) Keep()    { sink = t }   // ERROR "leaking param: t$"

func staticCalls() int {
	a := T{1}
	b := T{2} // ERROR "moved to heap: b$"
	keep(&b)
	c := &T{3} // ERROR "&T{...} does not escape$"
	d := &T{4} // ERROR "&T{...} escapes to heap$"
	keep(d)
	return look(&a) + look(c)
}

func throughResult() int {
	a := T{1}
	p := pass(&a)
	b := T{2} // ERROR "moved to heap: b$"
	sink = pass(&b)
	return p.n
}

func methodExpr() int {
	a := T{1}
	b := T{2} // ERROR "moved to heap: b$"
	(*T).Keep(&b)
	return (*T).Get(&a)
}

func funcValue(f func(*T) int) int { // ERROR "f does not escape$"
	a := T{1} // ERROR "moved to heap: a$"
	return f(&a)
}

func localFuncValue() int {
	f := look
	a := T{1}
	return f(&a)
}

func literalCalled() int {
	a := T{1}
	return func(t *T) int { return t.n }(&a) // ERROR "t does not escape$" "func literal does not escape$"
}

func main() {
	check(staticCalls(), 4)
	check(throughResult(), 1)
	check(methodExpr(), 1)
	_ = funcValue(look)
	check(localFuncValue(), 1)
	check(literalCalled(), 1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
