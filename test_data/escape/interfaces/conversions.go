// Conversions to an interface: a non-pointer-shaped value is copied into a new object ("x escapes to heap" when
// the interface escapes, "x does not escape" when it does not); pointer-shaped values (pointers, maps, channels,
// functions) need no copy and flow directly; converting an interface to another interface copies nothing.
package main

type S struct{ v any }

type I interface{ M() int }

type V struct{ n int }

func (v V) M() int { return v.n }

type P struct{ n int }

func (p *P) M() int { return p.n } // ERROR "p does not escape$"

var sink any
var sinkI I

func explicit() any {
	x := 1
	return any(x) // ERROR "any\(x\) escapes to heap$"
}

func toGlobal() {
	y := "y"
	sink = y // ERROR "y escapes to heap$"
	z := 2.5
	var j any = z // ERROR "z escapes to heap$"
	sink = j
}

func local() int {
	var i any = 42 // ERROR "42 does not escape$"
	n, _ := i.(int)
	var v I = V{3} // ERROR "V{...} escapes to heap$"
	return n + callM(v)
}

func callM(i I) int { return i.M() } // ERROR "leaking param: i$"

func pointerShaped() {
	p := &P{1} // ERROR "&P{...} escapes to heap$"
	sinkI = p
	m := map[string]int{} // ERROR "map\[string\]int{} escapes to heap$"
	sink = m
	ch := make(chan int)
	sink = ch
}

func ifaceToIface(i I) any { // ERROR "leaking param: i to result ~r0 level=0$"
	return i
}

func intoStruct(x int) S {
	return S{v: x} // ERROR "x escapes to heap$"
}

func takesAny(v any) int { // ERROR "v does not escape$"
	n, _ := v.(int)
	return n
}

func argument() int {
	c := 3
	return takesAny(c) // ERROR "c does not escape$"
}

func constant() {
	sink = 7       // ERROR "7 escapes to heap$"
	sink = "const" // ERROR ".const. escapes to heap$"
}

func main() {
	_ = explicit()
	toGlobal()
	check(local(), 45)
	pointerShaped()
	_ = ifaceToIface(V{1}) // ERROR "V{...} does not escape$"
	_ = intoStruct(1)
	check(argument(), 3)
	constant()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
