// Method values and calls through embedded fields: the receiver is the embedded field (a value field is part of
// the outer variable, a pointer field is followed); promoted pointer-receiver methods take the outer variable's
// address. A value-receiver method value through a pointer copies the pointee into the closure; when that value
// holds no pointers, nothing of the parameter leaks.
package main

type Inner struct{ n int }

func (i *Inner) Inc()    { i.n++ } // ERROR "i does not escape$"
func (i Inner) Get() int { return i.n }

type ByValue struct{ Inner }

type ByPointer struct{ *Inner }

var sinkF func()
var sinkG func() int

func promotedLocal() int {
	var v ByValue
	v.Inc()
	f := v.Inc // ERROR "v.Inner.Inc does not escape$"
	f()
	return v.Get()
}

func promotedEscaping() {
	var v ByValue // ERROR "moved to heap: v$"
	sinkF = v.Inc // ERROR "v.Inner.Inc escapes to heap$"
}

func pointerFieldEscaping(p ByPointer) { // ERROR "leaking param: p$"
	sinkF = p.Inc // ERROR "p.Inner.Inc escapes to heap$"
}

func valueMethodOfPointer(p *Inner) { // ERROR "p does not escape$"
	sinkG = p.Get // ERROR "p.Get escapes to heap$"
}

func valueMethodOfPointerField(p ByPointer) { // ERROR "p does not escape$"
	sinkG = p.Get // ERROR "p.Inner.Get escapes to heap$"
}

func main() {
	check(promotedLocal(), 2)
	promotedEscaping()
	pointerFieldEscaping(ByPointer{&Inner{}})      // ERROR "&Inner{} escapes to heap$"
	valueMethodOfPointer(&Inner{})                 // ERROR "&Inner{} does not escape$"
	valueMethodOfPointerField(ByPointer{&Inner{}}) // ERROR "&Inner{} does not escape$"
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
