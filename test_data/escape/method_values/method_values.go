// Method values: `x.M` makes a closure holding the receiver (a copy for a value receiver, the address for a
// pointer receiver on an addressable value). The closure is an allocation that escapes when the function value
// does; the receiver flows into it.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }
func (t *T) Inc()    { t.n++ } // ERROR "t does not escape$"

var sinkF func() int
var sinkG func()

func localValue() int {
	t := T{1}
	f := t.Get // ERROR "t.Get does not escape$"
	return f()
}

func localPointer() int {
	t := T{1}
	g := t.Inc // ERROR "t.Inc does not escape$"
	g()
	return t.n
}

func escapingValue() {
	t := T{1}
	sinkF = t.Get // ERROR "t.Get escapes to heap$"
}

func escapingPointer() {
	t := T{1}     // ERROR "moved to heap: t$"
	sinkG = t.Inc // ERROR "t.Inc escapes to heap$"
}

func methodOnPointer(p *T) func() { // ERROR "leaking param: p$"
	return p.Inc // ERROR "p.Inc escapes to heap$"
}

func methodExpression() int {
	t := T{2}
	f := T.Get
	g := (*T).Inc
	g(&t)
	return f(t)
}

func main() {
	check(localValue(), 1)
	check(localPointer(), 2)
	escapingValue()
	escapingPointer()
	_ = methodOnPointer(&T{}) // ERROR "&T{} escapes to heap$"
	check(methodExpression(), 3)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
