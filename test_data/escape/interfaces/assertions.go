// Type assertions and type switches: the asserted value is loaded out of the interface (for a pointer type, the
// pointer itself flows); the per-case variables of a type switch are new locations that take the switched value.
package main

type T struct{ n int }

var sink *T
var sinkAny any

func assertPointer(i any) *T { // ERROR "leaking param: i to result ~r0 level=0$"
	p, _ := i.(*T)
	return p
}

func assertValue(i any) int { // ERROR "i does not escape$"
	t, _ := i.(T)
	return t.n
}

func switchLeak(i any) { // ERROR "leaking param: i$"
	switch v := i.(type) {
	case *T:
		sink = v
	case int:
		_ = v
	}
}

func switchLocal(i any) int { // ERROR "i does not escape$"
	switch v := i.(type) {
	case *T:
		return v.n
	case T:
		return v.n
	}
	return 0
}

func roundTrip() int {
	t := T{1}
	var i any = &t
	p := i.(*T)
	return p.n
}

func roundTripEscaping() {
	t := T{2} // ERROR "moved to heap: t$"
	var i any = &t
	sinkAny = i
}

func main() {
	_ = assertPointer(nil)
	check(assertValue(nil), 0)
	switchLeak(nil)
	check(switchLocal(nil), 0)
	check(roundTrip(), 1)
	roundTripEscaping()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
